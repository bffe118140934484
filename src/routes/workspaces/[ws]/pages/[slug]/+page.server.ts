import { error, fail, redirect } from '@sveltejs/kit';
import { dict } from '$lib/i18n';
import { workspaceLabel } from '$lib/i18n/workspaces';
import { getPage } from '$lib/server/pages';
import { store } from '$lib/server/store';
import { listWorkspaces, movePage, nameSchema, renamePage } from '$lib/server/workspaces';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const db = await store();
	const page = await getPage(db, params.slug);
	if (!page) error(404, 'Not found');
	// the page moved since this address was written: its settings live under its workspace now
	if (page.workspace !== params.ws)
		redirect(307, `/workspaces/${page.workspace}/pages/${page.slug}`);
	return { page, workspaces: await listWorkspaces(db) };
};

export const actions: Actions = {
	rename: async ({ params, request }) => {
		const name = nameSchema.safeParse(String((await request.formData()).get('name') ?? ''));
		if (!name.success) return fail(400, { renameError: true });
		if (!(await renamePage(await store(), params.slug, name.data))) error(404, 'Not found');
		redirect(303, `/workspaces/${params.ws}/pages/${params.slug}?done=renamed`);
	},
	move: async ({ params, request, locals }) => {
		const db = await store();
		const to = String((await request.formData()).get('workspace') ?? '');
		const target = (await listWorkspaces(db)).find((w) => w.slug === to);
		if (!target || !(await movePage(db, params.slug, to))) return fail(400, { moveError: true });
		redirect(
			303,
			`/workspaces/${to}/pages/${params.slug}?done=moved&name=${encodeURIComponent(workspaceLabel(target, dict(locals.lang).ws))}`
		);
	}
};
