import { error } from '@sveltejs/kit';
import type * as Plot from '@observablehq/plot';
import { dict, type Lang } from '../i18n/index.ts';
import { sql } from '../sql.ts';
import { comparisonWindows, resolvePeriod, type Period } from '../report/view-model.ts';
import type { ValueInputs } from '../report/roi-section.ts';
import { getAnalysis, type AnalysisState } from './analysis.ts';
import type { Db } from './db/index.ts';
import { getPage, type PageSummary } from './pages.ts';
import { renderPlot } from './render-plot.ts';
import { store } from './store.ts';

/** What every analysis view loads: the page, its period (from the URL) and its analysis. */
export interface ViewContext {
	db: Db;
	page: PageSummary;
	period: Period | null;
	lang: Lang;
	values: PageValues | null;
	state: AnalysisState | null;
}

export async function pageOr404(slug: string, lang: Lang) {
	const db = await store();
	const page = await getPage(db, slug);
	if (!page) error(404, dict(lang).errorNotFound);
	return { db, page };
}

export async function viewContext(
	slug: string,
	url: URL,
	lang: Lang,
	withAnalysis = true
): Promise<ViewContext> {
	const { db, page } = await pageOr404(slug, lang);
	const q = url.searchParams;
	const period =
		page.firstDay && page.lastDay
			? resolvePeriod(
					{ period: q.get('period'), from: q.get('from'), to: q.get('to') },
					page.firstDay,
					page.lastDay
				)
			: null;
	const values = await getPageValues(db, page.id);
	const state =
		withAnalysis && period
			? await getAnalysis(db, page, {
					lang,
					from: period.from,
					to: period.to,
					value: values && {
						valuePerEngagedUser: values.valuePerEngaged,
						valuePerConversion: values.valuePerConversion,
						discountRate: values.discountRate
					}
				})
			: null;
	return { db, page, period, lang, values, state };
}

/** A chart rendered twice on the server: for a desktop and for a phone (CSS shows one). */
export interface RenderedChart {
	wide: string;
	narrow: string;
}

export function renderBoth(
	build: (width: number) => Plot.PlotOptions,
	label: string
): RenderedChart {
	return { wide: renderPlot(build(960), label), narrow: renderPlot(build(380), label) };
}

// ── the value of an engaged person or a conversion, per page (ROI appears only with it) ──────

export interface PageValues {
	valuePerEngaged: number | null;
	valuePerConversion: number | null;
	/** annual, 0.1 = 10 % */
	discountRate: number;
	currency: string | null;
	updatedAt: string;
}

export async function getPageValues(db: Db, pageId: number): Promise<PageValues | null> {
	const [row] = await db.query<PageValues>(sql`SELECT value_per_engaged AS "valuePerEngaged",
		value_per_conversion AS "valuePerConversion", discount_rate AS "discountRate", currency,
		strftime(updated_at, '%Y-%m-%d') AS "updatedAt" FROM page_values WHERE page_id = ${pageId}`);
	return row ?? null;
}

export async function setPageValues(
	db: Db,
	pageId: number,
	v: Omit<PageValues, 'updatedAt'> | null
): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.exec(sql`DELETE FROM page_values WHERE page_id = ${pageId}`);
		if (v)
			await tx.exec(sql`INSERT INTO page_values (page_id, value_per_engaged, value_per_conversion,
				discount_rate, currency) VALUES (${pageId}, ${v.valuePerEngaged}, ${v.valuePerConversion},
				${v.discountRate}, ${v.currency})`);
	});
}

export type { ValueInputs };

// ── the overview's comparisons: the same measures over the previous and the year-earlier period ──

export interface WindowStats {
	from: string;
	to: string;
	/** the data covers the whole window */
	covered: boolean;
	fans: number | null;
	engaged: number | null;
	reach: number | null;
}

async function windowStats(
	db: Db,
	page: PageSummary,
	from: string,
	to: string
): Promise<WindowStats> {
	const [r] = await db.query<{ fans: number | null; engaged: number | null; reach: number | null }>(
		sql`SELECT arg_max(fans_total, day) FILTER (WHERE fans_total IS NOT NULL) AS fans,
			sum(engaged_users) FILTER (WHERE engaged_users IS NOT NULL AND reach_any > 0) AS engaged,
			sum(reach_any) FILTER (WHERE engaged_users IS NOT NULL AND reach_any > 0) AS reach
		FROM (SELECT day, fans_total, engaged_users,
			coalesce(reach_total, reach_paid + reach_organic + reach_viral) AS reach_any
			FROM page_daily WHERE page_id = ${page.id}
			AND day BETWEEN CAST(${from} AS DATE) AND CAST(${to} AS DATE))`
	);
	const covered = !!page.firstDay && page.firstDay <= from;
	const num = (x: unknown) => (x === null || x === undefined ? null : Number(x));
	return { from, to, covered, fans: num(r?.fans), engaged: num(r?.engaged), reach: num(r?.reach) };
}

/** The current period and its two comparison windows, measured the same way in SQL. */
export async function comparisons(db: Db, page: PageSummary, period: Period) {
	const w = comparisonWindows(period.from, period.to);
	return {
		current: await windowStats(db, page, period.from, period.to),
		previous: await windowStats(db, page, w.previous.from, w.previous.to),
		yearEarlier: await windowStats(db, page, w.yearEarlier.from, w.yearEarlier.to)
	};
}
