import { error, fail, redirect } from '@sveltejs/kit';
import { listPagesPaged } from '$lib/server/pages';
import { shareActions, shareListing } from '$lib/server/share-actions';
import { store } from '$lib/server/store';
import { getWorkspace, nameSchema, renameWorkspace } from '$lib/server/workspaces';
import { pageOf, PAGE_SIZE } from '$lib/workspaces/paging';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, setHeaders }) => {
	// after "Create the link" this page shows a share token once: never kept by a cache
	setHeaders({ 'cache-control': 'private, no-store' });
	const db = await store();
	const workspace = await getWorkspace(db, params.ws);
	if (!workspace) error(404, 'Not found');
	const p = pageOf(url);
	// side by side: the store has several reader connections
	const [listing, shares] = await Promise.all([
		listPagesPaged(db, {
			workspace: workspace.slug,
			limit: PAGE_SIZE,
			offset: (p - 1) * PAGE_SIZE
		}),
		shareListing(workspace.slug, url)
	]);
	return { workspace, listing, p, shares };
};

export const actions: Actions = {
	...shareActions,
	rename: async ({ params, request }) => {
		const name = nameSchema.safeParse(String((await request.formData()).get('name') ?? ''));
		if (!name.success) return fail(400, { renameError: 'badName' as const });
		const done = await renameWorkspace(await store(), params.ws, name.data);
		if (done === 'missing') error(404, 'Not found');
		if (done === 'taken') return fail(400, { renameError: 'taken' as const });
		redirect(303, `/workspaces/${params.ws}?done=renamed`);
	}
};
