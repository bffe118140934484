import { stackedFansChart } from '$lib/components/charts/stacked-fans-chart';
import { survivalChart } from '$lib/components/charts/survival-chart';
import { dict } from '$lib/i18n';
import { dataGaps, stackRows, survivalCurves } from '$lib/report/view-model';
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
	const name = (c: string) => (c === 'organic' ? v.organicAndEarlier : (v.channelNames[c] ?? c));
	const curves = survivalCurves(report);
	const owner = ctx.state.analysis;
	const survival = memoChart(owner, `survival|${locals.lang}`, () =>
		curves.length
			? renderBoth(
					(w) =>
						survivalChart(
							curves.map((c) => ({ ...c, label: v.channelNames[c.channel] ?? c.channel })),
							{ locale: v.locale, ageAxis: v.ageAxis, survivalAxis: v.survivalAxis },
							w
						),
					v.survivalTitle
				)
			: null
	);
	const gaps = dataGaps(series);
	const stack = gaps.fans ? [] : stackRows(series);
	const stacked = memoChart(owner, `stacked|${locals.lang}`, () =>
		stack.length > 2
			? renderBoth(
					(w) =>
						stackedFansChart(
							stack,
							{ locale: v.locale, fansAxis: `↑ ${dict(locals.lang).chartFans}`, channel: name },
							w
						),
					v.stackedTitle
				)
			: null
	);
	// the table behind the stacked chart: one row per month (its last sampled day)
	const byMonth = new Map<string, Record<string, number>>();
	for (const r of stack) {
		const m = r.day.slice(0, 7);
		const row = byMonth.get(m);
		if (!row || row.__day < Date.parse(r.day)) byMonth.set(m, { __day: Date.parse(r.day) });
		byMonth.get(m)![r.channel] = r.fans;
	}
	const stackChannels = [...new Set(stack.map((r) => r.channel))];
	return serverRendered(isDataRequest, {
		failed: null,
		ready: {
			computedAt: ctx.state.computedAt,
			tookMs: ctx.state.tookMs,
			platform: ctx.page.platform,
			channels: report.channels,
			curves,
			survival,
			stacked,
			stackChannels,
			stackTable: [...byMonth].map(([month, row]) => ({ month, row })),
			gaps
		}
	});
};
