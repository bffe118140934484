import { error, redirect } from '@sveltejs/kit';
import { getPage } from '$lib/server/pages';
import { store } from '$lib/server/store';
import { contents, deletePage } from '$lib/server/workspaces';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const db = await store();
	const page = await getPage(db, params.slug);
	if (!page) error(404, 'Not found');
	if (page.workspace !== params.ws)
		redirect(307, `/workspaces/${page.workspace}/pages/${page.slug}/delete`);
	return { page, contents: await contents(db, { page: page.slug }) };
};

export const actions: Actions = {
	default: async ({ params }) => {
		const db = await store();
		const page = await getPage(db, params.slug);
		if (!page || !(await deletePage(db, params.slug))) error(404, 'Not found');
		redirect(
			303,
			`/workspaces/${page.workspace}?done=deleted&name=${encodeURIComponent(page.name)}`
		);
	}
};
