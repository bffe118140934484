import * as Plot from '@observablehq/plot';
import { minus } from '../../i18n/index.ts';

/** What every chart builder needs from the page's language: its locale and its words. */
export interface ChartLocale {
	/** BCP 47 locale used for ticks (numbers and dates) */
	locale: string;
}

/**
 * Okabe–Ito colours (colour-blind safe), one per channel; organic gets the green that reads as
 * "ours", bought the vermillion, the rest stay distinguishable under the common deficiencies.
 */
export const CHANNEL_COLOURS: Record<string, string> = {
	organic: '#009E73',
	bought: '#D55E00',
	exchange: '#CC79A7',
	ads: '#0072B2',
	contest: '#E69F00',
	undeclared: '#56B4E9',
	other: '#7f7f7f',
	organic_work: '#009E73'
};

/** Channels drawn bottom-up in stacks and in this order in legends: organic first. */
export const CHANNEL_ORDER = [
	'organic',
	'ads',
	'contest',
	'exchange',
	'bought',
	'undeclared',
	'other'
] as const;

export const INK = '#1c1917';
export const MUTED = '#57534e';

export const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A cached number formatter (building Intl formatters is expensive). */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}) {
	const key = `${locale}|${JSON.stringify(options)}`;
	let f = numberFormats.get(key);
	if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
	return f;
}

export { minus };

/** Number ticks written the page's way (1 000 in French, 1,000 in English, −20 either way). */
export const numberTicks = (locale: string) => (n: number) => minus(numberFormat(locale).format(n));

/** Percent ticks for shares held as 0–1. */
export const percentTicks = (locale: string) => (n: number) =>
	minus(numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(n));

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** Month-and-year ticks in the page's language (janv. 2024 / Jan 2024), UTC. */
export const dateTicks = (locale: string) => {
	let f = dateFormats.get(locale);
	if (!f)
		dateFormats.set(
			locale,
			(f = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }))
		);
	const fmt = f;
	return (d: Date) => fmt.format(d);
};

/** Day ticks for short spans (12 Mar). */
export const dayTicks = (locale: string) => {
	const f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
	return (d: Date) => f.format(d);
};

/** A platform event drawn as a numbered dashed break. */
export interface ChartBreak {
	day: string;
	label: string;
}

/** Dashed vertical rules with their number on top; the page lists what each number is. */
export function breakMarks(breaks: readonly ChartBreak[]): Plot.Markish[] {
	if (!breaks.length) return [];
	return [
		Plot.ruleX(breaks, {
			x: (b: ChartBreak) => toDate(b.day),
			stroke: MUTED,
			strokeDasharray: '4,3'
		}),
		Plot.text(breaks, {
			x: (b: ChartBreak) => toDate(b.day),
			text: (_b: ChartBreak, i: number) => `${i + 1}`,
			frameAnchor: 'top',
			dy: -10,
			fill: MUTED,
			fontWeight: 'bold'
		})
	];
}

/** Default frame: wide enough for a desktop, scaled down by the browser on a phone (viewBox). */
export const FRAME = { width: 960, marginLeft: 70, marginTop: 28, style: { fontSize: '13px' } };

/** Steps between ticks, with their length in days, from the finest. */
type Step = readonly [interval: string, days: number];
const DAY_STEPS: readonly Step[] = [
	['2 weeks', 14],
	['1 month', 30.44],
	['2 months', 60.88],
	['3 months', 91.31]
];
const MONTH_STEPS: readonly Step[] = [
	['2 months', 60.88],
	['3 months', 91.31],
	['6 months', 182.6],
	['1 year', 365.25],
	['2 years', 730.5]
];
const YEAR_STEPS: readonly Step[] = [
	['1 year', 365.25],
	['2 years', 730.5],
	['5 years', 1826.25]
];

/**
 * A tick label's width in the frame's 13 px type, gap included: ~6.2 px a character on average
 * (digits are wider, "i", "l", "." narrower), 8 px between labels.
 */
const labelPx = (chars: number) => chars * 6.2 + 8;

/**
 * A time axis whose ticks never repeat a label nor run into each other: days for spans under
 * ~6 months, months up to two years, half-years up to five, years beyond, each as often as the
 * chart's width leaves room for its labels (a French "28 sept." or "sept. 2024" is wider than
 * its English one, and a chart drawn 640 px wide for the report, or 380 px for a phone, holds
 * fewer than one 960 px wide).
 */
export function timeAxis(
	from: string,
	to: string,
	locale: string,
	width: number
): { ticks: string; tickFormat: (d: Date) => string } {
	const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
	const room = width - FRAME.marginLeft - 20;
	const pick = (steps: readonly Step[], chars: (s: Step) => number) =>
		(steps.find((s) => (days / s[1]) * labelPx(chars(s)) <= room) ?? steps.at(-1)!)[0];
	// "28 sept." on the weeks, "1 sept." on the months' first days
	if (days <= 200)
		return { ticks: pick(DAY_STEPS, (s) => (s[1] < 30 ? 8 : 7)), tickFormat: dayTicks(locale) };
	// "sept. 2024", every two months at most up to two years, every six beyond
	if (days <= 1830)
		return {
			ticks: pick(MONTH_STEPS.slice(days <= 730 ? 0 : 2), () => 10),
			tickFormat: dateTicks(locale)
		};
	const year = (d: Date) => String(d.getUTCFullYear());
	return { ticks: pick(YEAR_STEPS, () => 4), tickFormat: year };
}

/** timeAxis over the first and last `day` of rows (sorted or not). */
export function spanAxis(rows: readonly { day: string }[], locale: string, width: number) {
	if (!rows.length) return {};
	let from = rows[0].day;
	let to = from;
	for (const r of rows) {
		if (r.day < from) from = r.day;
		if (r.day > to) to = r.day;
	}
	return timeAxis(from, to, locale, width);
}
