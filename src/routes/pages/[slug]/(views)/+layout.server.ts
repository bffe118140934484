import { resolvePeriod } from '$lib/report/view-model';
import { pageOr404 } from '$lib/server/analysis-page';
import { serverRendered } from '$lib/server-rendered';
import type { LayoutServerLoad } from './$types';

/**
 * Views are rendered on the server only: no client script, charts sent once (issue 11 §2). Every
 * load of this group returns `serverRendered(isDataRequest, …)` data, which SvelteKit then does not
 * serialise for a hydration that never comes ($lib/server-rendered); a client-side navigation from
 * a page with script still asks for the data (`__data.json`) and gets it whole.
 */
export const csr = false;

export const load: LayoutServerLoad = async ({ isDataRequest, params, locals, url }) => {
	const { page } = await pageOr404(params.slug, locals.lang);
	const q = url.searchParams;
	const period =
		page.firstDay && page.lastDay
			? resolvePeriod(
					{ period: q.get('period'), from: q.get('from'), to: q.get('to') },
					page.firstDay,
					page.lastDay
				)
			: null;
	// the period travels from view to view in the links
	const keep = new URLSearchParams();
	if (period && q.get('period')) {
		keep.set('period', period.choice);
		if (period.choice === 'custom') {
			keep.set('from', period.from);
			keep.set('to', period.to);
		}
	}
	return serverRendered(isDataRequest, {
		page,
		period,
		periodQuery: keep.size ? `?${keep}` : '',
		url: url.pathname + url.search
	});
};
