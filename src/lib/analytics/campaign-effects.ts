import { estimateEffect, type EffectResult } from './counterfactual.ts';
import type { PlatformEvent } from './platform-events.ts';
import type { DailyPoint, LedgerEntry } from './types.ts';

/** Outcomes Model A is run on for each ledger event (analytics.md §7.3). */
export const OUTCOMES = ['fansAdded', 'engagedUsers', 'reachOrganic'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const column: Record<Outcome, keyof DailyPoint> = {
	fansAdded: 'fans_added',
	engagedUsers: 'engaged_users',
	reachOrganic: 'reach_organic'
};

/** Longer than this, an entry is an ongoing exposure (always-on), not an event. [default] */
export const ONGOING_DAYS = 92;

const span = (e: LedgerEntry) => (Date.parse(e.end) - Date.parse(e.start)) / 86_400_000 + 1;

/**
 * Ongoing entries — community work, and anything running longer than ONGOING_DAYS (always-on
 * ads) — are costs and exposure, not events: Model A is not run on them and they do not block
 * the overlap rule of other entries (issue 4's decision on what the spec leaves open).
 */
export function isEvent(e: LedgerEntry): boolean {
	return e.channel !== 'organic_work' && span(e) <= ONGOING_DAYS;
}

/** Model A on the three outcomes of one ledger event; other events and platform events block. */
export function campaignEffects(
	entry: LedgerEntry,
	days: readonly DailyPoint[],
	ledger: readonly LedgerEntry[],
	events: readonly PlatformEvent[]
): Record<Outcome, EffectResult> {
	const blocked: [string, string][] = [
		...ledger
			.filter((e) => e.id !== entry.id && isEvent(e))
			.map((e): [string, string] => [e.start, e.end]),
		...events.map((e): [string, string] => [e.day, e.end])
	];
	const dayList = days.map((d) => d.day);
	const out = {} as Record<Outcome, EffectResult>;
	for (const outcome of OUTCOMES)
		out[outcome] = estimateEffect({
			days: dayList,
			values: days.map((d) => d[column[outcome]] as number | null),
			start: entry.start,
			end: entry.end,
			blocked,
			logScale: outcome === 'reachOrganic'
		});
	return out;
}

/**
 * Daily excess of an outcome over Model A's pre-trend on the campaign days (y − ŷ, floored at 0),
 * scaled so it sums to the effect's estimate: how the campaign's extra fans spread over its days.
 * Empty when the effect was refused or is not positive.
 */
export function excessByDay(
	result: EffectResult,
	entry: LedgerEntry,
	days: readonly DailyPoint[]
): Map<string, number> {
	const out = new Map<string, number>();
	if (!result.effect || result.effect.estimate <= 0 || result.fit.scale !== 'raw') return out;
	const { slope, intercept } = result.fit;
	const start = Date.parse(entry.start);
	let total = 0;
	for (const d of days) {
		if (d.day < entry.start || d.day > entry.end || d.fans_added === null) continue;
		const x = (Date.parse(d.day) - start) / 86_400_000;
		const excess = Math.max(0, d.fans_added - (intercept + slope * x));
		out.set(d.day, excess);
		total += excess;
	}
	if (total <= 0) return new Map();
	for (const [day, v] of out) out.set(day, (v / total) * result.effect.estimate);
	return out;
}
