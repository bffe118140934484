import { error, redirect } from '@sveltejs/kit';
import { dict } from '$lib/i18n';
import { workspaceLabel } from '$lib/i18n/workspaces';
import { store } from '$lib/server/store';
import { contents, deleteWorkspace, getWorkspace } from '$lib/server/workspaces';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const db = await store();
	const workspace = await getWorkspace(db, params.ws);
	if (!workspace) error(404, 'Not found');
	return { workspace, contents: await contents(db, { workspace: workspace.slug }) };
};

export const actions: Actions = {
	default: async ({ params, locals }) => {
		const db = await store();
		const workspace = await getWorkspace(db, params.ws);
		if (!workspace || !(await deleteWorkspace(db, params.ws))) error(404, 'Not found');
		const name = workspaceLabel(workspace, dict(locals.lang).ws);
		redirect(303, `/?done=deleted&name=${encodeURIComponent(name)}`);
	}
};
