import { counterfactualPanels } from '$lib/components/charts/counterfactual-chart';
import { people, rangeText } from '$lib/components/format';
import { dict, formatDay, type Lang } from '$lib/i18n';
import { memoChart, memoView, renderBoth, viewContext } from '$lib/server/analysis-page';
import { listCampaigns } from '$lib/server/campaigns';
import { serverRendered } from '$lib/server-rendered';
import type { ReportEffect } from '$lib/report/schema';
import type { CounterfactualDay } from '$lib/report/series';
import type { PageServerLoad } from './$types';

const OUTCOMES = ['fansAdded', 'engagedUsers', 'reachOrganic'] as const;

/**
 * The cumulative-gap chart's table: day, observed, expected (range), gap, cumulative gap (range),
 * all counts of people, so whole.
 */
function tableRows(days: CounterfactualDay[], lang: Lang): string[][] {
	const n = (x: number) => people(x, lang);
	return days.map((d) => [
		formatDay(d.day, lang),
		people(d.observed, lang),
		`${people(d.expected, lang)} (${rangeText({ estimate: d.expected, low: d.low90, high: d.high90 }, lang, n)})`,
		d.effect === null ? '–' : people(d.effect, lang),
		d.cumulative === null
			? '–'
			: `${people(d.cumulative, lang)} (${rangeText({ estimate: d.cumulative, low: d.cumulativeLow, high: d.cumulativeHigh }, lang, n)})`
	]);
}

export const load: PageServerLoad = async ({ isDataRequest, locals, url, parent }) => {
	const ctx = await viewContext((await parent()).page, url, locals.lang);
	if (ctx.state?.status !== 'ready')
		return serverRendered(isDataRequest, {
			ready: null,
			failed: ctx.state?.status === 'failed' ? ctx.state.message : null
		});
	const owner = ctx.state.analysis;
	const { report, series } = owner;
	const v = dict(locals.lang).views;
	const words = {
		locale: v.locale,
		dailyAxis: v.dailyAxis,
		effectAxis: v.gapAxis,
		cumulativeAxis: v.cumulativeAxis
	};
	const ledger = await listCampaigns(ctx.db, ctx.page.id);
	// each table written once per cached analysis and language, then read
	const tables = await memoView(
		owner,
		`campaign-tables|${locals.lang}`,
		async () =>
			new Map(
				Object.entries(series.counterfactuals).map(([id, days]) => [
					id,
					tableRows(days, locals.lang)
				])
			)
	);
	const currency = ledger.find((c) => c.currency)?.currency ?? 'EUR';
	const campaigns = report.campaigns.map((c) => {
		const effects = OUTCOMES.map((o) => ({ outcome: o, effect: c.effects[o] as ReportEffect }));
		const refused = effects.filter((e) => e.effect.estimate === null);
		const reasons = [...new Set(refused.map((e) => ('reason' in e.effect ? e.effect.reason : '')))];
		const days = series.counterfactuals[c.id];
		const panels = days
			? [0, 1, 2].map((i) =>
					memoChart(owner, `cf|${c.id}|${i}|${locals.lang}`, () =>
						renderBoth((w) => counterfactualPanels(days, c, words, w)[i], `${c.label ?? c.id}`)
					)!
				)
			: null;
		return {
			...c,
			effectsList: effects,
			/** every outcome refused for the same reason: said once */
			sameReason: refused.length === effects.length && reasons.length === 1 ? reasons[0] : null,
			panels,
			table: tables.get(c.id) ?? null
		};
	});
	const ongoing = ledger.filter(
		(e) =>
			e.end >= report.period.from &&
			e.start <= report.period.to &&
			!report.campaigns.some((c) => c.id === String(e.id))
	).length;
	return serverRendered(isDataRequest, {
		failed: null,
		ready: {
			computedAt: ctx.state.computedAt,
			tookMs: ctx.state.tookMs,
			campaigns,
			currency,
			ongoing
		}
	});
};
