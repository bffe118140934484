/**
 * Model C, episodes and classes (analytics.md §4.4 steps 3–6): pure TS over the rows of
 * spikeSeriesQuery. No I/O.
 */
import type { SpikeRow } from './spikes.ts';
import type { LedgerChannel, LedgerEntry } from './types.ts';

export const SPIKE_CLASSES = [
	'likely_inorganic',
	'possible',
	'unexplained',
	'explained_ads',
	'explained_reach',
	'declared'
] as const;
export type SpikeClass = (typeof SPIKE_CLASSES)[number];

/** One episode: merged candidate days. Days ISO, both inclusive. */
export interface SpikeEpisode {
	start: string;
	end: string;
	/** Σ excess (adds − trailing median) over the episode's candidate days (people). */
	excessFans: number;
	class: SpikeClass;
	/** Id of the matched ledger entry when class = 'declared', else null. */
	campaignId: string | null;
	/** Human-readable evidence, each with its number; warnings included. */
	signals: string[];
	/** Suspicion points (0–6) scored whatever the class; only known signals can score. */
	score: number;
}

/** Thresholds of §4.4 steps 3–5. */
export interface DetectOptions {
	/** Candidates at most this many days apart (non-candidate days between) merge. [default] 1 */
	mergeGapDays?: number;
	/** A ledger entry matches an episode within ± this many days. [default] 3 */
	ledgerToleranceDays?: number;
	/** Ledger channels that can declare a spike; 'organic_work' is ongoing work, not an event. */
	ledgerChannels?: readonly LedgerChannel[];
	/** Median paid share at or above which the episode is explained by ads (0…1). [default] 0.5 */
	paidShare?: number;
	/** Reach explanation: median z_conv below this… [default] 2 */
	reachMaxConvZ?: number;
	/** …and median z_eng at or above this. [default] 2 */
	reachMinEngZ?: number;
	/** Conversion anomaly: median z_conv at or above this. [lit] 3.5 */
	convZ?: number;
	/** No engagement lift: median z_eng below this. [default] 1 */
	noLiftZ?: number;
	/** Package sizes for the round-size signal (people). [practice] */
	roundSizes?: readonly number[];
	/** Relative distance to a package size (unitless). [default] 0.05 */
	roundTolerance?: number;
	/** Post-spike churn share must exceed this multiple of the organic share. [default] 2 */
	churnRatio?: number;
	/** Fewest known days in the 60 days after the episode for the churn signal (days). [default] 30 */
	minChurnDays?: number;
	/**
	 * Excess unfollows must also reach this many Poisson SDs of the expected count (unitless), so a
	 * page with a handful of unfollows cannot fire on noise. Not in §4.4. [default] 2
	 */
	churnMinZ?: number;
	/** Points for 'likely_inorganic' and for 'possible'. [default] 3 and 2 */
	likelyScore?: number;
	possibleScore?: number;
}

/** The defaults of {@link DetectOptions}. */
export const DETECT_DEFAULTS: Required<DetectOptions> = {
	mergeGapDays: 1,
	ledgerToleranceDays: 3,
	ledgerChannels: ['bought', 'exchange', 'ads', 'contest', 'other'],
	paidShare: 0.5,
	reachMaxConvZ: 2,
	reachMinEngZ: 2,
	convZ: 3.5,
	noLiftZ: 1,
	roundSizes: [100, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000],
	roundTolerance: 0.05,
	churnRatio: 2,
	minChurnDays: 30,
	churnMinZ: 2,
	likelyScore: 3,
	possibleScore: 2
};

export const NET_ONLY_WARNING = 'net-only: spikes offset by unfollows are invisible';

/** What Model C could examine on a page (issue 12, item 6). */
export interface SpikeSeriesStatus {
	/** 'gross' = new fans; 'net' = net change only (Δ fans_total or the export's net series);
	 * 'mixed' = both kinds over the period; null = no fan series at all. */
	source: 'gross' | 'net' | 'mixed' | null;
	/** Days with a robust z (enough known days before them). */
	daysScored: number;
	/** Why nothing was examined: no fan series in the exports, or too few days to have a baseline. */
	reason: 'no-series' | 'too-short' | null;
}

/** Which series the detector examined, and why it examined none when it could not. */
export function spikeSeriesStatus(rows: readonly SpikeRow[]): SpikeSeriesStatus {
	const kinds = new Set(rows.map((r) => r.adds_source).filter((k) => k !== null));
	const source = kinds.size === 0 ? null : kinds.size === 2 ? 'mixed' : [...kinds][0];
	const daysScored = rows.filter((r) => r.z !== null).length;
	const reason = source === null ? 'no-series' : daysScored === 0 ? 'too-short' : null;
	return { source, daysScored, reason };
}

const DAY_MS = 86_400_000;
const toMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const addDays = (iso: string, n: number): string =>
	new Date(toMs(iso) + n * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string): number => Math.round((toMs(b) - toMs(a)) / DAY_MS);

/** Median of the known values (NULL when none is known). */
function median(values: readonly (number | null)[]): number | null {
	const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
	if (xs.length === 0) return null;
	xs.sort((a, b) => a - b);
	const h = xs.length >> 1;
	return xs.length % 2 ? xs[h] : (xs[h - 1] + xs[h]) / 2;
}

const INT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const SIG = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });
/** People and rates: whole numbers from 100 up, 2 significant figures below. */
function fmt(n: number): string {
	const s = Math.abs(n) >= 100 ? INT.format(n) : SIG.format(n);
	return s === '-0' ? '0' : s;
}
const pct = (share: number): string => `${fmt(100 * share)}%`;
/** z-scores: whole from 100 up, else one decimal. */
const fz = (z: number): string => {
	const s = Math.abs(z) >= 100 ? INT.format(z) : z.toFixed(1);
	return s === '-0.0' ? '0.0' : s;
};

/**
 * Groups the candidate days of the rows into episodes and classifies each (§4.4 steps 3–6).
 * Order of precedence: a ledger match ('declared', with its campaignId), then ads (median paid
 * share ≥ 0.5), then reach (median z_conv < 2 and median z_eng ≥ 2), then the suspicion score:
 * ≥ 3 'likely_inorganic', 2 'possible', ≤ 1 'unexplained'. Medians are over the candidate days.
 * A signal whose inputs are unknown scores nothing (never counted as present or absent).
 *
 * @param rows spikeSeriesQuery rows of one page (one per day, ascending); must include the
 *   episode's neighbours for posting (t−1) — the query carries that in posts_published_prev.
 * @param ledger the page's ledger (days inclusive)
 * @returns episodes in day order
 */
export function detectSpikes(
	rows: readonly SpikeRow[],
	ledger: readonly LedgerEntry[],
	options: DetectOptions = {}
): SpikeEpisode[] {
	const o = { ...DETECT_DEFAULTS, ...options };
	const byDay = new Map(rows.map((r) => [r.day, r]));
	const groups: SpikeRow[][] = [];
	for (const r of [...rows].sort((a, b) => a.day.localeCompare(b.day))) {
		if (!r.candidate || r.excess === null) continue;
		const last = groups.at(-1);
		const prev = last?.at(-1);
		if (last && prev && daysBetween(prev.day, r.day) <= o.mergeGapDays + 1) last.push(r);
		else groups.push([r]);
	}
	return groups.map((days) => classify(days, byDay, ledger, o));
}

function classify(
	days: SpikeRow[],
	byDay: ReadonlyMap<string, SpikeRow>,
	ledger: readonly LedgerEntry[],
	o: Required<DetectOptions>
): SpikeEpisode {
	const first = days[0];
	const last = days[days.length - 1];
	const start = first.day;
	const end = last.day;
	const excessFans = days.reduce((s, r) => s + (r.excess ?? 0), 0);
	const paidShare = median(days.map((r) => r.paid_share));
	const zConv = median(days.map((r) => r.z_conv));
	const zEng = median(days.map((r) => r.z_eng));

	const points: string[] = [];
	// 1. conversion anomaly
	if (zConv !== null && zConv >= o.convZ) {
		const conv = median(days.map((r) => r.conv));
		const usual = median(days.map((r) => r.conv_median));
		points.push(
			`new fans per 1,000 reach ${fmt(conv ?? NaN)} vs usual ${fmt(usual ?? NaN)} (robust z ${fz(zConv)})`
		);
	}
	// 2. no engagement lift
	if (zEng !== null && zEng < o.noLiftZ) {
		const eng = median(days.map((r) => r.engaged_users));
		const usual = median(days.map((r) => r.engaged_median));
		points.push(
			`no engagement lift: engaged users ${fmt(eng ?? NaN)} vs usual ${fmt(usual ?? NaN)} (robust z ${fz(zEng)})`
		);
	}
	// 3. round size
	const size = o.roundSizes.find(
		(s) => Math.abs(excessFans - s) <= o.roundTolerance * s && excessFans > 0
	);
	if (size !== undefined) {
		points.push(
			`round size: excess of ${fmt(excessFans)} fans is within ${pct(Math.abs(excessFans - size) / size)} of a ${fmt(size)} pack`
		);
	}
	// 4. no posting on t−1 … end
	const posts: (number | null)[] = [first.posts_published_prev];
	for (let d = start; d <= end; d = addDays(d, 1))
		posts.push(byDay.get(d)?.posts_published ?? null);
	if (posts.every((p) => p === 0)) {
		points.push(`no posting: 0 posts published from ${addDays(start, -1)} to ${end}`);
	}
	// 5. post-spike churn
	const churn = churnSignal(first, last, excessFans, o);
	if (churn) points.push(churn);
	// 6. purge step
	if (last.purge_gap !== null && last.purge_day !== null) {
		points.push(
			`purge step: fans_total fell ${fmt(-last.purge_gap)} more than unfollows explain on ${last.purge_day} (${daysBetween(end, last.purge_day)} days after)`
		);
	}

	const match = matchLedger(start, end, ledger, o);
	const signals: string[] = [];
	let cls: SpikeClass;
	if (match) {
		cls = 'declared';
		signals.push(
			`declared in the ledger: ${match.label ?? 'entry'} (${match.channel}, ${match.start} to ${match.end})`
		);
	} else if (paidShare !== null && paidShare >= o.paidShare) {
		cls = 'explained_ads';
	} else if (zConv !== null && zConv < o.reachMaxConvZ && zEng !== null && zEng >= o.reachMinEngZ) {
		cls = 'explained_reach';
	} else {
		cls =
			points.length >= o.likelyScore
				? 'likely_inorganic'
				: points.length >= o.possibleScore
					? 'possible'
					: 'unexplained';
	}
	if (paidShare !== null && paidShare >= o.paidShare)
		signals.push(`explained by ads: paid share of reach ${pct(paidShare)}`);
	else if (zConv !== null && zConv < o.reachMaxConvZ && zEng !== null && zEng >= o.reachMinEngZ)
		signals.push(
			`explained by reach (viral or featured): engaged users robust z ${fz(zEng)} with new fans per 1,000 reach robust z ${fz(zConv)}`
		);
	signals.push(...points);
	if (days.some((r) => r.adds_source === 'net')) signals.push(NET_ONLY_WARNING);
	return {
		start,
		end,
		excessFans,
		class: cls,
		campaignId: cls === 'declared' && match ? match.id : null,
		signals,
		score: points.length
	};
}

/**
 * Excess unfollows over the n known days after the episode (n ≥ minChurnDays, ≤ 60), against the
 * trailing mean before its start, as a share of the episode excess; compared with the share an
 * organic cohort loses in the same n days, 1 − exp(−n·h) (h = the page's organic hazard). The
 * excess must also clear churnMinZ Poisson SDs of the expected count.
 */
function churnSignal(
	first: SpikeRow,
	last: SpikeRow,
	excessFans: number,
	o: Required<DetectOptions>
): string | null {
	const n = last.removed_next60_days;
	const base = first.removed_baseline;
	const h = last.organic_hazard;
	if (n < o.minChurnDays || last.removed_next60 === null || base === null || h === null)
		return null;
	if (!(excessFans > 0)) return null;
	const expected = base * n;
	const extra = last.removed_next60 - expected;
	const share = extra / excessFans;
	const organic = 1 - Math.exp(-n * h);
	if (!(share > o.churnRatio * organic)) return null;
	if (extra < o.churnMinZ * Math.sqrt(Math.max(expected, 1))) return null;
	return `post-spike churn: ${fmt(extra)} unfollows above the usual pace in the ${n} days after = ${pct(share)} of the excess vs ${pct(organic)} for organic fans`;
}

/** The most specific matching entry: shortest span, then nearest start, then id. */
function matchLedger(
	start: string,
	end: string,
	ledger: readonly LedgerEntry[],
	o: Required<DetectOptions>
): LedgerEntry | null {
	const t = o.ledgerToleranceDays;
	const hits = ledger.filter(
		(e) =>
			o.ledgerChannels.includes(e.channel) &&
			addDays(e.start, -t) <= end &&
			addDays(e.end, t) >= start
	);
	hits.sort(
		(a, b) =>
			daysBetween(a.start, a.end) - daysBetween(b.start, b.end) ||
			Math.abs(daysBetween(a.start, start)) - Math.abs(daysBetween(b.start, start)) ||
			a.id.localeCompare(b.id)
	);
	return hits[0] ?? null;
}
