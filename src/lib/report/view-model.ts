import type { Range } from '../analytics/types.ts';
import type { Report } from './schema.ts';
import type { ViewSeries } from './series.ts';

/**
 * What the dashboard's views show, derived from the report model and its series by pure
 * functions (tested against the report's own numbers): no SvelteKit, no DuckDB.
 */

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const shiftDays = (d: string, n: number) => iso(Date.parse(d) + n * DAY);
function shiftMonths(d: string, n: number): string {
	const t = new Date(`${d}T00:00:00Z`);
	t.setUTCMonth(t.getUTCMonth() + n);
	return iso(t.getTime());
}

export const PERIODS = ['12', '24', '36', 'all', 'custom'] as const;
export type PeriodChoice = (typeof PERIODS)[number];

export interface Period {
	choice: PeriodChoice;
	from: string;
	to: string;
	/** the custom period asked was incomplete or reversed: the default was used */
	invalid: boolean;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The period a view shows, from its URL (?period=12|24|36|all|custom&from=&to=) and the page's
 * first and last days. Default: the last 36 months (the report's default). Custom days are
 * clamped to the data.
 */
export function resolvePeriod(
	params: { period?: string | null; from?: string | null; to?: string | null },
	first: string,
	last: string
): Period {
	const choice = (PERIODS as readonly string[]).includes(params.period ?? '')
		? (params.period as PeriodChoice)
		: '36';
	const months = (n: number) => {
		const from = shiftDays(shiftMonths(last, -n), 1);
		return { from: from > first ? from : first, to: last };
	};
	if (choice === 'all') return { choice, from: first, to: last, invalid: false };
	if (choice === 'custom') {
		const { from, to } = params;
		if (from && to && ISO.test(from) && ISO.test(to) && from <= to && to >= first && from <= last)
			return {
				choice,
				from: from < first ? first : from,
				to: to > last ? last : to,
				invalid: false
			};
		return { choice: '36', ...months(36), invalid: true };
	}
	return { choice, ...months(Number(choice)), invalid: false };
}

/** The previous period of the same length, and the same period a year earlier. */
export function comparisonWindows(from: string, to: string) {
	const length = Math.round((Date.parse(to) - Date.parse(from)) / DAY) + 1;
	return {
		previous: { from: shiftDays(from, -length), to: shiftDays(from, -1) },
		yearEarlier: { from: shiftMonths(from, -12), to: shiftMonths(to, -12) }
	};
}

/** The last known fans of each week (Monday to Sunday), at its last known day. */
export function weeklyFans(days: ViewSeries['days']): { day: string; fans: number | null }[] {
	const out: { day: string; fans: number | null }[] = [];
	let week = '';
	for (const d of days) {
		const t = Date.parse(d.day);
		const monday = iso(t - ((new Date(t).getUTCDay() + 6) % 7) * DAY);
		if (d.fans === null) continue;
		if (monday !== week) {
			out.push({ day: d.day, fans: d.fans });
			week = monday;
		} else out[out.length - 1] = { day: d.day, fans: d.fans };
	}
	return out;
}

/** Whether the timeline is weekly: by default past six months of data, unless daily is asked. */
export const isWeekly = (from: string, to: string, daily: boolean) =>
	!daily && Date.parse(to) - Date.parse(from) > 183 * DAY;

export const INORGANIC = ['bought', 'exchange', 'undeclared'] as const;

export interface SurvivalRow {
	channel: string;
	points: { age: number; estimate: number; low: number | null; high: number | null }[];
	horizonDays: number | null;
}

/** Survival curves from the report: S(0) = 1, then the reported ages with their ranges. */
export function survivalCurves(report: Report): SurvivalRow[] {
	return report.channels.flatMap((c) => {
		if (!c.identifiable || !c.survival) return [];
		const pts = (
			[
				[30, c.survival.d30],
				[90, c.survival.d90],
				[180, c.survival.d180],
				[365, c.survival.d365]
			] as const
		).flatMap(([age, r]) =>
			r && r.estimate !== null ? [{ age, estimate: r.estimate, low: r.low, high: r.high }] : []
		);
		return [
			{
				channel: c.channel,
				horizonDays: c.horizonDays,
				points: [{ age: 0, estimate: 1, low: 1, high: 1 }, ...pts]
			}
		];
	});
}

export interface StackRow {
	day: string;
	channel: string;
	fans: number;
}

/**
 * Fans still there by channel, sampled every `step` days (and the last day): each non-organic
 * channel's estimated survivors, and at the bottom 'organic' = total fans minus them (floored
 * at 0), which also holds the fans present before the period. Days without a total are skipped.
 */
export function stackRows(series: ViewSeries, step = 7): StackRow[] {
	const out: StackRow[] = [];
	const n = series.days.length;
	series.days.forEach((d, i) => {
		if (d.fans === null || (i % step !== 0 && i !== n - 1)) return;
		let others = 0;
		for (const c of series.channelFans) {
			others += c.fans[i];
			out.push({ day: d.day, channel: c.channel, fans: c.fans[i] });
		}
		out.push({ day: d.day, channel: 'organic', fans: Math.max(0, (d.fans as number) - others) });
	});
	return out;
}

export interface EngagementMonth {
	month: string;
	/** mean over the days of engaged / fans */
	erFans: number | null;
	/** the same with the estimated inactive fans (bought, exchange, undeclared) taken out */
	erFansActive: number | null;
	/** Σ engaged / Σ reach over the days where both are known */
	erReach: number | null;
}

/** Engagement rates per calendar month (definitions in the view, and in docs/analytics.md). */
export function engagementByMonth(series: ViewSeries): EngagementMonth[] {
	const inactive = series.channelFans.filter((c) =>
		(INORGANIC as readonly string[]).includes(c.channel)
	);
	const months = new Map<string, { f: number[]; a: number[]; e: number; r: number }>();
	series.engagement.forEach((d, i) => {
		const m = d.day.slice(0, 7);
		const acc = months.get(m) ?? { f: [], a: [], e: 0, r: 0 };
		months.set(m, acc);
		if (d.engaged !== null && d.fans) {
			acc.f.push(d.engaged / d.fans);
			const active = d.fans - inactive.reduce((s, c) => s + c.fans[i], 0);
			if (active > 0) acc.a.push(d.engaged / active);
		}
		if (d.engaged !== null && d.reach) {
			acc.e += d.engaged;
			acc.r += d.reach;
		}
	});
	const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
	return [...months].map(([month, a]) => ({
		month,
		erFans: mean(a.f),
		erFansActive: mean(a.a),
		erReach: a.r > 0 ? a.e / a.r : null
	}));
}

/** Σ engaged / Σ reach over the days where both are known; null when reach is never known. */
export function engagementByReach(rows: ViewSeries['engagement']): number | null {
	let e = 0;
	let r = 0;
	for (const d of rows)
		if (d.engaged !== null && d.reach) {
			e += d.engaged;
			r += d.reach;
		}
	return r > 0 ? e / r : null;
}

const sumRanges = (rs: (Range | null)[]): Range => {
	const sum = (k: keyof Range) =>
		rs.every((r) => r && r[k] !== null) ? rs.reduce((a, r) => a + (r![k] as number), 0) : null;
	return { estimate: sum('estimate'), low: sum('low'), high: sum('high') };
};

export interface BottomLine {
	fans: { day: string; value: number } | null;
	/** fans × (1 − inorganic share), the range from the share's range */
	organic: Range | null;
	/** surviving bought and exchanged fans, of how many acquired; null without such entries */
	inorganic: { surviving: Range; acquired: number | null } | null;
	/** cost per fan still following after a year, per channel with one */
	costPerFanYear: { channel: string; range: Range }[];
	engagementByReach: number | null;
}

/** The overview's tiles, from the report model and its series. */
export function bottomLine(report: Report, series: ViewSeries): BottomLine {
	const last = [...series.days].reverse().find((d) => d.fans !== null);
	const fans = last ? { day: last.day, value: last.fans as number } : null;
	const share = report.dilution.inorganicShare;
	const organic =
		fans && share && share.estimate !== null
			? {
					estimate: fans.value * (1 - share.estimate),
					low: share.high === null ? null : fans.value * (1 - share.high),
					high: share.low === null ? null : fans.value * (1 - share.low)
				}
			: null;
	const bought = report.channels.filter(
		(c) => (c.channel === 'bought' || c.channel === 'exchange') && c.identifiable
	);
	const inorganic = bought.length
		? {
				surviving: sumRanges(bought.map((c) => c.survivingFans)),
				acquired: sumRanges(bought.map((c) => c.fansAcquired)).estimate
			}
		: null;
	const costPerFanYear = report.channels.flatMap((c) =>
		c.costPerRetainedFan.m12 && c.costPerRetainedFan.m12.estimate !== null
			? [{ channel: c.channel, range: c.costPerRetainedFan.m12 }]
			: []
	);
	return {
		fans,
		organic,
		inorganic,
		costPerFanYear,
		engagementByReach: engagementByReach(series.engagement)
	};
}

/** Relative change (0.1 = +10 %); null when either side is unknown or the base is 0. */
export const change = (now: number | null, before: number | null) =>
	now === null || before === null || before === 0 ? null : (now - before) / Math.abs(before);

export interface DataGaps {
	fans: boolean;
	addsRemovals: boolean;
	engaged: boolean;
	reach: boolean;
}

/** Which daily series the page's data lacks entirely over the period (never a chart of nothing). */
export function dataGaps(series: ViewSeries): DataGaps {
	const none = (f: (i: number) => unknown) => !series.days.some((_, i) => f(i) != null);
	return {
		fans: none((i) => series.days[i].fans),
		addsRemovals: none((i) => series.days[i].added) || none((i) => series.days[i].removed),
		engaged: none((i) => series.engagement[i].engaged),
		reach: none((i) => series.engagement[i].reach)
	};
}
