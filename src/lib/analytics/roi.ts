import { jointRange, type SurvivalFit } from './survival.ts';
import type { LedgerEntry, Range } from './types.ts';

/**
 * Cost and ROI (analytics.md §5, §7.4). Costs come from the ledger: cash plus hours × hourly
 * rate, prorated by day to the part of each entry inside the period (recurring ads and
 * always-on work are spread evenly over their days). Hours without a rate are not valued and
 * the result says so. Pure: no I/O.
 */
export interface ChannelCost {
	cash: number | null;
	time: number | null;
	/** cash + valued time; null when the channel has neither */
	total: number | null;
	unvaluedHours: number;
}

const dayMs = 86_400_000;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / dayMs);

/** Fraction of an entry's days (inclusive) inside [from, to] (inclusive). */
export function overlapShare(e: { start: string; end: string }, from: string, to: string): number {
	const s = e.start > from ? e.start : from;
	const t = e.end < to ? e.end : to;
	if (s > t) return 0;
	return (daysBetween(s, t) + 1) / (daysBetween(e.start, e.end) + 1);
}

export function channelCost(
	entries: readonly LedgerEntry[],
	from: string,
	to: string
): ChannelCost {
	let cash: number | null = null;
	let time: number | null = null;
	let unvaluedHours = 0;
	for (const e of entries) {
		const share = overlapShare(e, from, to);
		if (share === 0) continue;
		if (e.cost !== null) cash = (cash ?? 0) + e.cost * share;
		if (e.hours !== null && e.hourlyRate !== null)
			time = (time ?? 0) + e.hours * e.hourlyRate * share;
		else if (e.hours !== null) unvaluedHours += e.hours * share;
	}
	const total = cash === null && time === null ? null : (cash ?? 0) + (time ?? 0);
	return { cash, time, total, unvaluedHours };
}

/**
 * cost / (acquired · S): the cost per fan still there after N days. The range comes from the
 * survival range (a higher survival gives a lower cost); null when any input is unknown or 0.
 */
export function costPerRetained(
	cost: number | null,
	acquired: number | null,
	survival: Range | null
): Range | null {
	if (cost === null || !acquired || survival === null || survival.estimate === null) return null;
	const per = (s: number | null) => (s === null || s <= 0 ? null : cost / (acquired * s));
	return { estimate: per(survival.estimate), low: per(survival.high), high: per(survival.low) };
}

/**
 * cost / (acquired · S(age)) with its 90 % range from the joint bootstrap: each replicate draws the
 * channel's cohort size and refits its survival, so the range carries both uncertainties (a
 * higher survival or a bigger cohort gives a lower cost). Null when the cost, the cohort or the
 * survival is unknown or 0.
 * @param acquired the cohort's estimated size (fans); the replicate's size adds its drawn change
 */
export function costPerRetainedJoint(
	fit: SurvivalFit,
	channel: string,
	cost: number | null,
	acquired: number | null,
	age: 's180' | 's365'
): Range | null {
	if (cost === null || !acquired) return null;
	const r = jointRange(fit, (get) => {
		const kept = (acquired + get(channel, 'addsDelta')) * get(channel, age);
		return kept > 0 ? cost / kept : Infinity;
	});
	return r.estimate === null ? null : r;
}

/** cost / acquired fans, with the acquired range. */
export function costPerAcquired(cost: number | null, acquired: Range): Range | null {
	if (cost === null || !acquired.estimate) return null;
	const per = (a: number | null) => (a === null || a <= 0 ? null : cost / a);
	return { estimate: per(acquired.estimate), low: per(acquired.high), high: per(acquired.low) };
}

export interface RoiResult {
	roiPct: number | null;
	npv36: number | null;
	paybackMonths: number | null;
}

/**
 * ROI %, NPV over 36 months and payback month from monthly value and cost flows (month 0 = the
 * month the channel started). Only called when the user gave a value per outcome (§5.4).
 * r = annual discount rate; r_m = (1 + r)^(1/12) − 1. Payback = first month whose cumulative net
 * flow is ≥ 0, else null ("not within 36 months").
 */
export function roiFromFlows(
	value: readonly number[],
	cost: readonly number[],
	annualRate: number
): RoiResult {
	const months = 36;
	const rm = Math.pow(1 + annualRate, 1 / 12) - 1;
	let npv = 0;
	let cumulative = 0;
	let payback: number | null = null;
	let totalValue = 0;
	let totalCost = 0;
	for (let m = 0; m < months; m++) {
		const v = value[m] ?? 0;
		const c = cost[m] ?? 0;
		totalValue += v;
		totalCost += c;
		npv += (v - c) / Math.pow(1 + rm, m);
		cumulative += v - c;
		if (payback === null && cumulative >= 0 && totalCost > 0) payback = m;
	}
	return {
		roiPct: totalCost > 0 ? ((totalValue - totalCost) / totalCost) * 100 : null,
		npv36: npv,
		paybackMonths: payback
	};
}
