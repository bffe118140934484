import { sql } from '../sql.ts';
import type { Db } from './db/index.ts';
import { getPage, listPages } from './pages.ts';
import { localDay } from '../local-day.ts';
import { defaultPeriod, pageReportInputs } from './report.ts';
import { renderPlot } from './render-plot.ts';
import { DASHBOARD_REPS, getAnalysisNow } from './analysis.ts';
import { getPageValues } from './analysis-page.ts';
import { counterfactualPanels } from '../components/charts/counterfactual-chart.ts';
import { stackedFansChart } from '../components/charts/stacked-fans-chart.ts';
import { survivalChart } from '../components/charts/survival-chart.ts';
import { dict } from '../i18n/index.ts';
import { runAnalysis, type Analysis } from '../report/analysis-job.ts';
import { dataGaps, stackRows, survivalCurves } from '../report/view-model.ts';
import type { ViewSeries } from '../report/series.ts';
import { getBranding, getNotes, workspaceId, type StoredBranding } from './report-store.ts';
import { REPORT_WORDS } from '../i18n/report.ts';
import { toDocument } from '../report/document/build.ts';
import { scenarioChart } from '../report/document/charts.ts';
import { renderHtml, type RenderOptions } from '../report/document/html.ts';
import type { PeriodFacts, ReportDocument } from '../report/document/types.ts';
import type { ReportOptions } from '../report/build-report.ts';
import type { Report } from '../report/schema.ts';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const shiftDays = (d: string, n: number) => iso(Date.parse(d) + n * DAY);
const shiftYear = (d: string) => {
	const t = new Date(`${d}T00:00:00Z`);
	t.setUTCFullYear(t.getUTCFullYear() - 1);
	return iso(t.getTime());
};
const spanDays = (from: string, to: string) =>
	Math.round((Date.parse(to) - Date.parse(from)) / DAY) + 1;

/** Observed facts of [from, to] (SQL, bound parameters): what the summary tiles compare. */
export async function periodFacts(
	db: Db,
	pageId: number,
	from: string,
	to: string
): Promise<PeriodFacts> {
	const [row] = await db.query<{
		fans_known: number;
		new_fans: number | null;
		new_known: number;
		er: number | null;
		er_known: number;
		fans_end: number | null;
	}>(sql`SELECT
		count(fans_total)::INTEGER AS fans_known,
		sum(fans_added)::DOUBLE AS new_fans,
		count(fans_added)::INTEGER AS new_known,
		avg(CAST(engaged_users AS DOUBLE) / NULLIF(fans_total, 0)) AS er,
		count(CAST(engaged_users AS DOUBLE) / NULLIF(fans_total, 0))::INTEGER AS er_known,
		arg_max(fans_total, day) FILTER (WHERE fans_total IS NOT NULL
			AND day >= CAST(${to} AS DATE) - INTERVAL 7 DAY)::DOUBLE AS fans_end
		FROM page_daily
		WHERE page_id = ${pageId} AND day BETWEEN CAST(${from} AS DATE) AND CAST(${to} AS DATE)`);
	return {
		from,
		to,
		days: spanDays(from, to),
		fansEnd: row?.fans_end ?? null,
		fansKnown: row?.fans_known ?? 0,
		newFans: row && row.new_known > 0 ? row.new_fans : null,
		newFansKnown: row?.new_known ?? 0,
		erFans: row?.er ?? null,
		erKnown: row?.er_known ?? 0
	};
}

export type DocOptions = ReportOptions & { from?: string; to?: string; issued?: string };

export interface PageDocument {
	report: Report;
	series: ViewSeries;
	doc: ReportDocument;
	branding: StoredBranding;
	pageId: number;
	workspace: string;
}

/**
 * The page's report model and series: the dashboard's cached analysis (same numbers as the views,
 * warm after the first time) unless other replicates or seed are asked for, then computed here.
 */
async function analysisFor(
	db: Db,
	page: { id: number; slug: string; firstDay: string; lastDay: string },
	opts: DocOptions
): Promise<Analysis | null> {
	const def = defaultPeriod(page.firstDay, page.lastDay);
	const period = { from: opts.from ?? def.from, to: opts.to ?? def.to };
	const stored = await getPageValues(db, page.id);
	const value =
		opts.value !== undefined
			? opts.value
			: stored && {
					valuePerEngagedUser: stored.valuePerEngaged,
					valuePerConversion: stored.valuePerConversion,
					discountRate: stored.discountRate
				};
	if ((opts.reps ?? DASHBOARD_REPS) === DASHBOARD_REPS && (opts.seed ?? 1) === 1) {
		const state = await getAnalysisNow(db, page, { lang: opts.lang, ...period, value });
		if (state.status === 'ready') return state.analysis;
		throw new Error(state.status === 'failed' ? state.message : 'analysis not ready');
	}
	const input = await pageReportInputs(db, page.slug, period);
	return input && runAnalysis(input, { ...opts, value });
}

/** A page's report model, turned into the document with its comparisons, notes and branding. */
export async function pageDocument(
	db: Db,
	slug: string,
	opts: DocOptions
): Promise<PageDocument | null> {
	const page = await getPage(db, slug);
	if (!page || !page.firstDay || !page.lastDay) return null;
	const analysis = await analysisFor(
		db,
		{ id: page.id, slug: page.slug, firstDay: page.firstDay, lastDay: page.lastDay },
		opts
	);
	if (!analysis) return null;
	const { report, series } = analysis;
	const { from, to } = report.period;
	const len = spanDays(from, to);
	const [current, previous, lastYear] = await Promise.all([
		periodFacts(db, page.id, from, to),
		periodFacts(db, page.id, shiftDays(from, -len), shiftDays(from, -1)),
		periodFacts(db, page.id, shiftYear(from), shiftYear(to))
	]);
	const ws = await workspaceId(db, page.workspace);
	const branding = await getBranding(db, ws?.id ?? null);
	const notes = await getNotes(db, 'page', page.id);
	const currencies = await db.query<{ currency: string }>(
		sql`SELECT currency FROM campaigns WHERE page_id = ${page.id} AND currency IS NOT NULL LIMIT 1`
	);
	const doc = toDocument({
		report,
		currency: currencies[0]?.currency ?? 'EUR',
		issued: opts.issued ?? localDay(),
		facts: { current, previous, lastYear },
		notes,
		branding
	});
	return { report, series, doc, branding, pageId: page.id, workspace: page.workspace };
}

/** Charts are drawn for an A4 column. */
const WIDTH = 640;

/**
 * The charts of one document as SVG: the dashboard's builders (survival, fans by channel, each
 * assessed campaign against its previous trend) and the report's own scenario fan chart.
 */
export function chartsFor(
	report: Report,
	series: ViewSeries,
	doc: ReportDocument
): Record<string, string> {
	const t = REPORT_WORDS[report.lang];
	const v = dict(report.lang).views;
	const out: Record<string, string> = {};
	const curves = survivalCurves(report);
	if (curves.length)
		out.survival = renderPlot(
			survivalChart(
				curves.map((c) => ({ ...c, label: v.channelNames[c.channel] ?? c.channel })),
				{ locale: v.locale, ageAxis: v.ageAxis, survivalAxis: v.survivalAxis },
				WIDTH
			),
			t.chartSurvival
		);
	const stack = dataGaps(series).fans ? [] : stackRows(series);
	if (stack.length > 2)
		out.stacked = renderPlot(
			stackedFansChart(
				stack,
				{
					locale: v.locale,
					fansAxis: `↑ ${dict(report.lang).chartFans}`,
					channel: (c) => (c === 'organic' ? v.organicAndEarlier : (v.channelNames[c] ?? c))
				},
				WIDTH
			),
			t.chartStacked
		);
	const words = {
		locale: v.locale,
		dailyAxis: v.dailyAxis,
		effectAxis: v.gapAxis,
		cumulativeAxis: v.cumulativeAxis
	};
	for (const c of report.campaigns) {
		const days = series.counterfactuals[c.id];
		if (!days) continue;
		out[`campaign:${c.id}`] = counterfactualPanels(days, c, words, WIDTH)
			.map((p) => renderPlot(p, t.chartCampaign(c.label ?? c.id)))
			.join('');
	}
	const scenario = scenarioChart(doc.scenario, report.lang, t);
	if (scenario) out.scenario = renderPlot(scenario, t.chartScenario);
	return out;
}

/** The self-contained HTML of a page's report (for a file or the PDF: no toolbar, no form). */
export function pageHtml(p: PageDocument, screen?: RenderOptions['screen']): string {
	return renderHtml(p.doc, p.branding, {
		charts: chartsFor(p.report, p.series, p.doc),
		screen,
		formAction: screen ? "'self'" : "'none'"
	});
}

export interface WorkspaceDocument {
	workspace: { id: number; slug: string; name: string };
	pages: PageDocument[];
	branding: StoredBranding;
}

/** Every page of a workspace that has daily data, each as its document. */
export async function workspaceDocument(
	db: Db,
	wsSlug: string,
	opts: DocOptions
): Promise<WorkspaceDocument | null> {
	const ws = await workspaceId(db, wsSlug);
	if (!ws) return null;
	const pages = (await listPages(db)).filter((p) => p.workspace === wsSlug && p.lastDay);
	const docs: PageDocument[] = [];
	for (const p of pages) {
		const d = await pageDocument(db, p.slug, opts);
		if (d) docs.push(d);
	}
	return { workspace: ws, pages: docs, branding: await getBranding(db, ws.id) };
}

export async function workspaceHtml(
	db: Db,
	w: WorkspaceDocument,
	lang: 'en' | 'fr',
	issued: string,
	screen?: RenderOptions['screen']
): Promise<string> {
	const t = REPORT_WORDS[lang];
	const notes = await getNotes(db, 'workspace', w.workspace.id);
	const charts = w.pages.map((p) => chartsFor(p.report, p.series, p.doc));
	return renderHtml(
		w.pages.map((p) => p.doc),
		w.branding,
		{ charts: {}, chartsPerDoc: charts, screen, formAction: screen ? "'self'" : "'none'" },
		{
			title: t.workspaceTitle,
			name: w.workspace.name,
			notes,
			issued,
			empty: t.workspaceNoPages
		}
	);
}
