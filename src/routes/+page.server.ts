import { fail, redirect } from '@sveltejs/kit';
import { listPagesPaged } from '$lib/server/pages';
import { store } from '$lib/server/store';
import { createWorkspace, listWorkspaces, nameSchema } from '$lib/server/workspaces';
import { pageOf, PAGE_SIZE } from '$lib/workspaces/paging';
import type { Actions, PageServerLoad } from './$types';

/** Home: the pages, a result page at a time, grouped by workspace; a search; the workspaces. */
export const load: PageServerLoad = async ({ url }) => {
	const db = await store();
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
	const p = pageOf(url);
	const [listing, workspaces] = await Promise.all([
		listPagesPaged(db, { q, limit: PAGE_SIZE, offset: (p - 1) * PAGE_SIZE }),
		listWorkspaces(db)
	]);
	return { q, p, listing, workspaces };
};

export const actions: Actions = {
	createWorkspace: async ({ request }) => {
		const name = nameSchema.safeParse(String((await request.formData()).get('name') ?? ''));
		if (!name.success) return fail(400, { createError: 'badName' as const, name: '' });
		const slug = await createWorkspace(await store(), name.data);
		if (!slug) return fail(400, { createError: 'taken' as const, name: name.data });
		redirect(303, `/workspaces/${slug}?done=created`);
	}
};
