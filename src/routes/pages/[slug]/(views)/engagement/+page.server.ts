import { engagementChart } from '$lib/components/charts/engagement-chart';
import { dict } from '$lib/i18n';
import { dataGaps, engagementByMonth, engagementByReach } from '$lib/report/view-model';
import { memoChart, renderBoth, viewContext } from '$lib/server/analysis-page';
import { serverRendered } from '$lib/server-rendered';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ isDataRequest, locals, url, parent }) => {
	const ctx = await viewContext((await parent()).page, url, locals.lang);
	if (ctx.state?.status !== 'ready')
		return serverRendered(isDataRequest, {
			ready: null,
			failed: ctx.state?.status === 'failed' ? ctx.state.message : null
		});
	const { report, series } = ctx.state.analysis;
	const v = dict(locals.lang).views;
	const months = engagementByMonth(series);
	const rows = months.flatMap((m) => [
		{ day: `${m.month}-01`, series: v.erReach, rate: m.erReach },
		{ day: `${m.month}-01`, series: v.erFans, rate: m.erFans },
		{ day: `${m.month}-01`, series: v.erFansActive, rate: m.erFansActive }
	]);
	const known = rows.filter((r) => r.rate !== null).length;
	const chart = memoChart(ctx.state.analysis, `engagement|${locals.lang}`, () =>
		known >= 2
			? renderBoth(
					(w) => engagementChart(rows, { locale: v.locale, rateAxis: v.rateAxis }, w),
					v.engagementOverTime
				)
			: null
	);
	return serverRendered(isDataRequest, {
		failed: null,
		ready: {
			computedAt: ctx.state.computedAt,
			tookMs: ctx.state.tookMs,
			dilution: report.dilution,
			erReach: engagementByReach(series.engagement),
			months,
			chart,
			gaps: dataGaps(series),
			platform: ctx.page.platform
		}
	});
};
