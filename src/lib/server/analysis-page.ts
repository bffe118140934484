import { error } from '@sveltejs/kit';
import type * as Plot from '@observablehq/plot';
import { dict, type Lang } from '../i18n/index.ts';
import { ident, sql } from '../sql.ts';
import { comparisonWindows, resolvePeriod, type Period } from '../report/view-model.ts';
import type { ValueInputs } from '../report/roi-section.ts';
import { getAnalysis, versionsOf, type AnalysisState } from './analysis.ts';
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

/** `page`: the layout's (already loaded, 404 handled), so a view does not ask for it twice. */
export async function viewContext(
	page: PageSummary,
	url: URL,
	lang: Lang,
	withAnalysis = true
): Promise<ViewContext> {
	const db = await store();
	const q = url.searchParams;
	const period =
		page.firstDay && page.lastDay
			? resolvePeriod(
					{ period: q.get('period'), from: q.get('from'), to: q.get('to') },
					page.firstDay,
					page.lastDay
				)
			: null;
	// the page's versions (the analysis' key) are asked for alongside its values: two readers at once
	const versions = withAnalysis && period ? versionsOf(db, page.id) : null;
	versions?.catch(() => undefined); // awaited below, unless the values' query fails first
	const values = await getPageValues(db, page.id);
	const state =
		versions && period
			? await getAnalysis(
					db,
					page,
					{
						lang,
						from: period.from,
						to: period.to,
						value: values && {
							valuePerEngagedUser: values.valuePerEngaged,
							valuePerConversion: values.valuePerConversion,
							discountRate: values.discountRate
						}
					},
					undefined,
					false,
					versions
				)
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

const charts = new WeakMap<object, Map<string, RenderedChart>>();

/**
 * A chart drawn once per cached analysis (`owner`) and key (view, language, options): drawing
 * with Plot costs tens of milliseconds, reading a string costs nothing. No owner: drawn each time.
 */
export function memoChart(
	owner: object | null,
	key: string,
	build: () => RenderedChart | null
): RenderedChart | null {
	if (!owner) return build();
	let m = charts.get(owner);
	if (!m) charts.set(owner, (m = new Map()));
	if (!m.has(key)) {
		const c = build();
		if (!c) return null;
		m.set(key, c);
	}
	return m.get(key)!;
}

const views = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * Anything a view derives from a cached analysis (`owner`) and a key (view, language, display):
 * built once, then read, like the charts. No owner: built each time. A build that fails is
 * forgotten, so the next request builds again.
 */
export function memoView<T>(
	owner: object | null,
	key: string,
	build: () => Promise<T>
): Promise<T> {
	if (!owner) return build();
	let m = views.get(owner);
	if (!m) views.set(owner, (m = new Map()));
	let p = m.get(key) as Promise<T> | undefined;
	if (!p) {
		const made = build();
		m.set(key, made);
		made.catch(() => m.get(key) === made && m.delete(key));
		p = made;
	}
	return p;
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

const ALIASES = ['current', 'previous', 'yearEarlier'].flatMap((k) =>
	['fans', 'engaged', 'reach'].map((m) => `${k}_${m}`)
);

/** The current period and its two comparison windows, measured the same way in one SQL query. */
export async function comparisons(db: Db, page: PageSummary, period: Period) {
	const w = comparisonWindows(period.from, period.to);
	const windows = { current: period, previous: w.previous, yearEarlier: w.yearEarlier };
	const cols = (k: string, from: string, to: string) => sql`
		arg_max(fans_total, day) FILTER (WHERE fans_total IS NOT NULL
			AND day BETWEEN CAST(${from} AS DATE) AND CAST(${to} AS DATE)) AS ${ident(`${k}_fans`, ALIASES)},
		sum(engaged_users) FILTER (WHERE engaged_users IS NOT NULL AND reach_any > 0
			AND day BETWEEN CAST(${from} AS DATE) AND CAST(${to} AS DATE)) AS ${ident(`${k}_engaged`, ALIASES)},
		sum(reach_any) FILTER (WHERE engaged_users IS NOT NULL AND reach_any > 0
			AND day BETWEEN CAST(${from} AS DATE) AND CAST(${to} AS DATE)) AS ${ident(`${k}_reach`, ALIASES)}`;
	const [r] = await db.query<Record<string, unknown>>(sql`SELECT
		${cols('current', windows.current.from, windows.current.to)},
		${cols('previous', windows.previous.from, windows.previous.to)},
		${cols('yearEarlier', windows.yearEarlier.from, windows.yearEarlier.to)}
		FROM (SELECT day, fans_total, engaged_users,
			coalesce(reach_total, reach_paid + reach_organic + reach_viral) AS reach_any
			FROM page_daily WHERE page_id = ${page.id}
			AND day BETWEEN CAST(${w.previous.from < w.yearEarlier.from ? w.previous.from : w.yearEarlier.from} AS DATE)
			AND CAST(${period.to} AS DATE))`);
	const num = (x: unknown) => (x === null || x === undefined ? null : Number(x));
	const stats = (k: keyof typeof windows): WindowStats => ({
		...windows[k],
		covered: !!page.firstDay && page.firstDay <= windows[k].from,
		fans: num(r?.[`${k}_fans`]),
		engaged: num(r?.[`${k}_engaged`]),
		reach: num(r?.[`${k}_reach`])
	});
	return {
		current: stats('current'),
		previous: stats('previous'),
		yearEarlier: stats('yearEarlier')
	};
}
