import { counterfactualPanels } from '$lib/components/charts/counterfactual-chart';
import { dict } from '$lib/i18n';
import { memoChart, renderBoth, viewContext } from '$lib/server/analysis-page';
import { listCampaigns } from '$lib/server/campaigns';
import { serverRendered } from '$lib/server-rendered';
import type { ReportEffect } from '$lib/report/schema';
import type { PageServerLoad } from './$types';

const OUTCOMES = ['fansAdded', 'engagedUsers', 'reachOrganic'] as const;

export const load: PageServerLoad = async ({ locals, url, parent }) => {
	const ctx = await viewContext((await parent()).page, url, locals.lang);
	if (ctx.state?.status !== 'ready')
		return serverRendered({
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
			days: days ?? null
		};
	});
	const ongoing = ledger.filter(
		(e) =>
			e.end >= report.period.from &&
			e.start <= report.period.to &&
			!report.campaigns.some((c) => c.id === String(e.id))
	).length;
	return serverRendered({
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
