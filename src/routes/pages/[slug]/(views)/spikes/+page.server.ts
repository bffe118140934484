import { timelineChart } from '$lib/components/charts/timeline-chart';
import { dict } from '$lib/i18n';
import { dataGaps } from '$lib/report/view-model';
import { memoChart, renderBoth, viewContext } from '$lib/server/analysis-page';
import { serverRendered } from '$lib/server-rendered';
import type { PageServerLoad } from './$types';

/** Classes nobody declared that may be inorganic: the ones a CM should label in the ledger. */
const ASK = new Set(['likely_inorganic', 'possible', 'unexplained']);

export const load: PageServerLoad = async ({ isDataRequest, locals, url, parent }) => {
	const ctx = await viewContext((await parent()).page, url, locals.lang);
	if (ctx.state?.status !== 'ready')
		return serverRendered(isDataRequest, {
			ready: null,
			failed: ctx.state?.status === 'failed' ? ctx.state.message : null
		});
	const { report, series } = ctx.state.analysis;
	const v = dict(locals.lang).views;
	const added = new Map(series.days.map((d) => [d.day, d.added]));
	const spikes = report.anomalies.map((a, i) => {
		const campaign = a.campaignId ? report.campaigns.find((c) => c.id === a.campaignId) : null;
		const prefill = new URLSearchParams({
			channel: a.class === 'likely_inorganic' ? 'bought' : 'other',
			start: a.start,
			end: a.end,
			promised_qty: String(Math.round(a.excessFans))
		});
		return {
			n: i + 1,
			...a,
			campaignLabel: campaign ? (campaign.label ?? v.channelNames[campaign.channel]) : null,
			ask: ASK.has(a.class) && !a.campaignId,
			prefill: `?${prefill}`
		};
	});
	const gaps = dataGaps(series);
	const points = series.days.map((d) => ({ day: d.day, fans: d.added }));
	const chart = memoChart(ctx.state.analysis, `spikes|${locals.lang}`, () =>
		points.filter((p) => p.fans !== null).length >= 2
			? renderBoth(
					(w) =>
						timelineChart(
							points,
							[],
							[],
							spikes.map((s) => ({
								day: s.start,
								fans: added.get(s.start) ?? null,
								label: `${s.n}. ${v.classes[s.class]}`
							})),
							{ locale: v.locale, fansAxis: v.newFansAxis },
							w
						),
					v.spikesChart
				)
			: null
	);
	return serverRendered(isDataRequest, {
		failed: null,
		ready: {
			computedAt: ctx.state.computedAt,
			tookMs: ctx.state.tookMs,
			spikes,
			chart,
			gaps,
			platform: ctx.page.platform
		}
	});
};
