import { fail } from '@sveltejs/kit';
import { isEvent } from '$lib/analytics/campaign-effects';
import { channelCost } from '$lib/analytics/roi';
import { timelineChart } from '$lib/components/charts/timeline-chart';
import { money, people } from '$lib/components/format';
import { dict, formatDay, formatNumber } from '$lib/i18n';
import { bottomLine, change, dataGaps, isWeekly, weeklyFans } from '$lib/report/view-model';
import { comparisons, memoView, renderBoth, viewContext } from '$lib/server/analysis-page';
import { listCampaigns } from '$lib/server/campaigns';
import { getFansSeries } from '$lib/server/daily';
import { deleteImport, listImports } from '$lib/server/imports';
import { calendarFor } from '$lib/server/page-events';
import { store } from '$lib/server/store';
import { serverRendered } from '$lib/server-rendered';
import type { Actions, PageServerLoad } from './$types';

/**
 * The overview: the bottom line (from the cached analysis) and the fans timeline. The timeline
 * needs only SQL (fans, ledger, platform events), so it shows while the analysis is computed;
 * the analysis adds the spike marks.
 */
export const load: PageServerLoad = async ({ isDataRequest, locals, url, parent, params }) => {
	const db = await store();
	// independent queries side by side (the store has several reader connections): the page's
	// imports (by its address) while the layout reads the page, its comparisons while the view's
	// context (values, analysis) is read
	const listed = listImports(db, params.slug);
	listed.catch(() => undefined); // awaited below, unless the page is not found first
	const { page, period: asked } = await parent();
	const compared = asked ? comparisons(db, page, asked) : null;
	compared?.catch(() => undefined); // awaited below when the analysis is ready
	const [ctx, imports] = await Promise.all([viewContext(page, url, locals.lang), listed]);
	const { period } = ctx;
	const lang = locals.lang;
	const t = dict(lang);
	const v = t.views;
	const failed = ctx.state?.status === 'failed' ? ctx.state.message : null;
	if (!period)
		return serverRendered(isDataRequest, { imports, failed, ready: null, timeline: null });

	const ready = ctx.state?.status === 'ready' ? ctx.state : null;
	const daily = url.searchParams.get('daily') === '1';
	const weekly = isWeekly(period.from, period.to, daily);
	// the timeline depends only on what the analysis' key covers (period, data and ledger
	// versions): built once per cached analysis, language and display, then read
	const { timeline, currency } = await memoView(
		ready?.analysis ?? null,
		`overview|${lang}|${weekly}|${daily}`,
		async () => {
			const campaigns = await listCampaigns(db, page.id);
			const currency = campaigns.find((c) => c.currency)?.currency ?? 'EUR';
			// the analysis holds the period's days; without it, SQL gives them
			const days =
				ready?.analysis.series.days ??
				(await getFansSeries(db, page.id))
					.filter((r) => r.day >= period.from && r.day <= period.to)
					.map((r) => ({
						day: r.day,
						fans: r.fans_total,
						added: r.fans_added,
						removed: r.fans_removed
					}));
			const points = weekly ? weeklyFans(days) : days.map((d) => ({ day: d.day, fans: d.fans }));
			const entries = campaigns.map((c) => ({
				...c,
				id: String(c.id),
				hourlyRate: c.hourly_rate,
				promisedQty: c.promised_qty
			}));
			// the label's cost: cash and valued hours, as the report counts it
			const bands = entries
				.filter((c) => c.end >= period.from && c.start <= period.to && isEvent(c))
				.map((c, i) => ({
					letter: String.fromCharCode(65 + (i % 26)),
					start: c.start < period.from ? period.from : c.start,
					end: c.end > period.to ? period.to : c.end,
					label: `${c.label ?? v.channelNames[c.channel]} · ${v.channelNames[c.channel]} · ${money(channelCost([c], c.start, c.end).total, c.currency ?? currency, lang)}`
				}));
			const breaks = (await calendarFor(db, page, period.from, period.to)).map((e) => ({
				day: e.day,
				label: lang === 'fr' ? e.fr : e.en
			}));
			const fansOn = new Map(days.map((d) => [d.day, d.fans]));
			const marks = (ready?.analysis.report.anomalies ?? []).map((a) => ({
				day: a.start,
				fans: fansOn.get(a.start) ?? null,
				label: `${v.classes[a.class]} · +${people(a.excessFans, lang)}`
			}));
			const known = points.filter((p) => p.fans !== null).length;
			const chart =
				known >= 2
					? renderBoth(
							(w) =>
								timelineChart(
									points,
									bands,
									breaks,
									marks,
									{ locale: v.locale, fansAxis: `↑ ${t.chartFans}` },
									w
								),
							v.timeline
						)
					: null;
			// the chart's table, written once per language here rather than at every render
			const rows = points.map((p) => [formatDay(p.day, lang), formatNumber(p.fans, lang)]);
			return { currency, timeline: { chart, weekly, daily, rows, bands, breaks, marks } };
		}
	);
	if (!ready) return serverRendered(isDataRequest, { imports, failed, ready: null, timeline });

	const { report, series } = ready.analysis;
	const line = bottomLine(report, series);
	const cmp = await (compared ?? comparisons(db, page, period));
	const ratio = (w: typeof cmp.current) =>
		w.covered && w.reach ? (w.engaged ?? 0) / w.reach : null;
	const fansNow = line.fans?.value ?? null;
	return serverRendered(isDataRequest, {
		imports,
		failed,
		timeline,
		ready: {
			computedAt: ready.computedAt,
			tookMs: ready.tookMs,
			headline: report.narrative.headline,
			gaps: dataGaps(series),
			platform: page.platform,
			line,
			currency,
			changes: {
				fans: {
					previous: cmp.previous.covered ? change(fansNow, cmp.previous.fans) : null,
					yearEarlier: cmp.yearEarlier.covered ? change(fansNow, cmp.yearEarlier.fans) : null
				},
				engagement: {
					previous: change(line.engagementByReach, ratio(cmp.previous)),
					yearEarlier: change(line.engagementByReach, ratio(cmp.yearEarlier))
				},
				covered: { previous: cmp.previous.covered, yearEarlier: cmp.yearEarlier.covered }
			}
		}
	});
};

export const actions: Actions = {
	/** Removes exactly what one import of this page brought in; older overlapping values come back. */
	deleteImport: async ({ request, params }) => {
		const db = await store();
		const id = Number((await request.formData()).get('id'));
		const mine = (await listImports(db, params.slug)).some(
			(i) => i.id === id && i.status !== 'deleted'
		);
		if (!mine || !(await deleteImport(db, id))) return fail(404, { deleted: null });
		return { deleted: id };
	}
};
