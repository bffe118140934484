import { estimateEffect, type EffectResult } from './counterfactual.ts';
import { concerns, type PlatformEvent } from './platform-events.ts';
import type { DailyPoint, LedgerEntry } from './types.ts';

/** Outcomes Model A is run on for each ledger event (analytics.md §7.3). */
export const OUTCOMES = ['fansAdded', 'engagedUsers', 'reachOrganic'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const column: Record<Outcome, keyof DailyPoint> = {
	fansAdded: 'fans_added',
	engagedUsers: 'engaged_users',
	reachOrganic: 'reach_organic'
};

/** Longer than this, an entry or episode is an ongoing exposure (always-on), not an event. [default] */
export const ONGOING_DAYS = 92;

const DAY_MS = 86_400_000;
const span = (start: string, end: string) => (Date.parse(end) - Date.parse(start)) / DAY_MS + 1;
const nextDay = (iso: string) => new Date(Date.parse(iso) + DAY_MS).toISOString().slice(0, 10);

/**
 * An episode: ledger entries of one channel whose days touch or overlap (three consecutive
 * monthly ads entries are one run), analysed as one campaign. Days ISO, both inclusive.
 */
export interface Episode {
	channel: LedgerEntry['channel'];
	start: string;
	end: string;
	entries: LedgerEntry[];
}

/** The ledger's episodes (every channel but `organic_work`), in start order. */
export function episodes(ledger: readonly LedgerEntry[]): Episode[] {
	const out: Episode[] = [];
	const sorted = ledger
		.filter((e) => e.channel !== 'organic_work')
		.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
	for (const e of sorted) {
		const open = out.find((x) => x.channel === e.channel && e.start <= nextDay(x.end));
		if (open) {
			open.entries.push(e);
			if (e.end > open.end) open.end = e.end;
		} else out.push({ channel: e.channel, start: e.start, end: e.end, entries: [e] });
	}
	return out;
}

const episodeOf = (e: LedgerEntry, ledger: readonly LedgerEntry[]) =>
	episodes(ledger.some((x) => x.id === e.id) ? ledger : [...ledger, e]).find((x) =>
		x.entries.some((y) => y.id === e.id)
	);

/**
 * Ongoing entries — community work, and anything whose episode runs longer than ONGOING_DAYS
 * (always-on ads, even when entered month by month) — are costs and exposure, not events: Model A
 * is not run on them and they do not block others (issue 4's decision on what the spec leaves
 * open). Usable as a filter callback: `ledger.filter(isEvent)` sees the whole ledger; called
 * with an entry alone, its own span decides.
 */
export function isEvent(
	e: LedgerEntry,
	_index?: number,
	ledger: readonly LedgerEntry[] = [e]
): boolean {
	if (e.channel === 'organic_work') return false;
	const ep = episodeOf(e, ledger);
	return ep !== undefined && span(ep.start, ep.end) <= ONGOING_DAYS;
}

/**
 * Model A on the three outcomes of one ledger event. The event's whole episode is estimated at
 * once and each entry gets its share (its days over the episode entries' days) of the estimate
 * and range; `episode` says so. Other events are interventions (refusing a post window they touch,
 * modelled before it); platform events only for the outcomes they concern.
 */
export function campaignEffects(
	entry: LedgerEntry,
	days: readonly DailyPoint[],
	ledger: readonly LedgerEntry[],
	events: readonly PlatformEvent[]
): Record<Outcome, EffectResult> {
	// the report and the dashboard's series ask for the same effects from the same inputs, one
	// after the other: answered once (inputs are never changed in place once built)
	let byEntry = effectsKept.get(days);
	if (!byEntry) effectsKept.set(days, (byEntry = new WeakMap()));
	const kept = byEntry.get(entry);
	if (kept && kept.ledger === ledger && kept.events === events) return kept.result;
	const result = effectsOf(entry, days, ledger, events);
	byEntry.set(entry, { ledger, events, result });
	return result;
}

const effectsKept = new WeakMap<
	readonly DailyPoint[],
	WeakMap<
		LedgerEntry,
		{
			ledger: readonly LedgerEntry[];
			events: readonly PlatformEvent[];
			result: Record<Outcome, EffectResult>;
		}
	>
>();

/**
 * Model A on the three outcomes of one episode: the same for each of its entries (their estimate
 * depends only on the episode's days, the other events and the platform events), so computed
 * once per page's days, platform events and episode.
 */
const episodesKept = new WeakMap<
	readonly DailyPoint[],
	WeakMap<readonly PlatformEvent[], Map<string, Record<Outcome, EffectResult>>>
>();
function episodeEstimates(
	own: Episode,
	others: [string, string][],
	days: readonly DailyPoint[],
	events: readonly PlatformEvent[]
): Record<Outcome, EffectResult> {
	let byEvents = episodesKept.get(days);
	if (!byEvents) episodesKept.set(days, (byEvents = new WeakMap()));
	let kept = byEvents.get(events);
	if (!kept) byEvents.set(events, (kept = new Map()));
	const key = JSON.stringify([own.start, own.end, others]);
	const known = kept.get(key);
	if (known) return known;
	const dayList = days.map((d) => d.day);
	const out = {} as Record<Outcome, EffectResult>;
	for (const outcome of OUTCOMES) {
		const blocked = [
			...others,
			...events
				.filter((e) => concerns(e, column[outcome]))
				.map((e): [string, string] => [e.day, e.end])
		];
		out[outcome] = estimateEffect({
			days: dayList,
			values: days.map((d) => d[column[outcome]] as number | null),
			start: own.start,
			end: own.end,
			blocked,
			logScale: outcome === 'reachOrganic'
		});
	}
	kept.set(key, out);
	return out;
}

function effectsOf(
	entry: LedgerEntry,
	days: readonly DailyPoint[],
	ledger: readonly LedgerEntry[],
	events: readonly PlatformEvent[]
): Record<Outcome, EffectResult> {
	const all = episodes(ledger.some((x) => x.id === entry.id) ? ledger : [...ledger, entry]);
	const own = all.find((x) => x.entries.some((y) => y.id === entry.id)) as Episode;
	const others: [string, string][] = all
		.filter((x) => x !== own && span(x.start, x.end) <= ONGOING_DAYS)
		.map((x) => [x.start, x.end]);
	const entryDays = (e: LedgerEntry) => span(e.start, e.end);
	const share = entryDays(entry) / own.entries.reduce((a, e) => a + entryDays(e), 0);
	const estimates = episodeEstimates(own, others, days, events);
	const out = {} as Record<Outcome, EffectResult>;
	for (const outcome of OUTCOMES) {
		const r = estimates[outcome];
		out[outcome] =
			r.effect === null || own.entries.length === 1
				? r
				: {
						...r,
						effect: {
							...r.effect,
							estimate: r.effect.estimate * share,
							low: r.effect.low * share,
							high: r.effect.high * share,
							episode: {
								start: own.start,
								end: own.end,
								entries: own.entries.map((e) => e.id),
								share
							}
						}
					};
	}
	return out;
}

/**
 * Daily excess of an outcome over Model A's counterfactual on the entry's own days (y − ŷ,
 * floored at 0), scaled so it sums to the entry's estimate: how its extra fans spread over its
 * days. Empty when the effect was refused or is not positive.
 */
export function excessByDay(
	result: EffectResult,
	entry: LedgerEntry,
	days: readonly DailyPoint[]
): Map<string, number> {
	const out = new Map<string, number>();
	if (!result.effect || result.effect.estimate <= 0 || result.fit.scale !== 'raw') return out;
	const baseline = new Map(result.fit.baseline);
	let total = 0;
	for (const d of days) {
		if (d.day < entry.start || d.day > entry.end || d.fans_added === null) continue;
		const cf = baseline.get(d.day);
		if (cf === undefined) continue;
		const excess = Math.max(0, d.fans_added - cf);
		out.set(d.day, excess);
		total += excess;
	}
	if (total <= 0) return new Map();
	for (const [day, v] of out) out.set(day, (v / total) * result.effect.estimate);
	return out;
}
