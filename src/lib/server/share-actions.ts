import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { listPageNames } from './pages.ts';
import { createSchema, createShare, DEFAULT_DAYS, listShares, revokeShare } from './share.ts';
import { store } from './store.ts';

/**
 * The share panel of a workspace's page: what it lists (its links, the pages it may share) and
 * its two form actions, `?/share` (the new link, shown once in the action's result) and
 * `?/revoke`. Plain form posts: they work without JavaScript.
 */
export async function shareListing(workspace: string, url: URL) {
	const db = await store();
	const [pages, links] = await Promise.all([
		listPageNames(db, workspace),
		listShares(db, workspace)
	]);
	const asked = url.searchParams.get('share');
	return {
		links,
		pages: pages.map(({ slug, name }) => ({ slug, name })),
		preselect: asked && pages.some((p) => p.slug === asked) ? asked : null,
		defaultDays: DEFAULT_DAYS
	};
}

type Event = RequestEvent<{ ws: string }>;

export const shareActions = {
	share: async ({ params, request, url, locals }: Event) => {
		const form = await request.formData();
		// 'workspace', 'page:<slug>' (its report) or 'page:<slug>:<view>'
		const what = String(form.get('what') ?? '');
		const [, page, view] = /^page:([^:]+)(?::([a-z]+))?$/.exec(what) ?? [];
		const parsed = createSchema.safeParse({
			target: what === 'workspace' ? { workspace: params.ws } : { page: page ?? '' },
			what: view ?? 'report',
			lang: form.get('lang') ?? locals.lang,
			days: form.get('days') ?? DEFAULT_DAYS,
			label: String(form.get('label') ?? '')
		});
		if (!parsed.success || (what !== 'workspace' && !page))
			return fail(400, { shareError: 'badInput' as const });
		const target = parsed.data.target;
		// a page is shared from its own workspace's page only
		if ('page' in target) {
			const pages = await listPageNames(await store());
			if (!pages.some((p) => p.slug === target.page && p.workspace === params.ws))
				return fail(400, { shareError: 'missing' as const });
		}
		const made = await createShare(await store(), parsed.data);
		if (!made) return fail(400, { shareError: 'missing' as const });
		return {
			shared: {
				id: made.id,
				url: `${url.origin}/s/${made.token}`,
				expiresAt: made.expiresAt,
				choice: what
			}
		};
	},
	revoke: async ({ params, request }: Event) => {
		const id = Number((await request.formData()).get('id'));
		if (!Number.isInteger(id) || id <= 0) error(400, 'id');
		if (!(await revokeShare(await store(), params.ws, id))) error(404, 'Not found');
		return { revokedId: id };
	}
};
