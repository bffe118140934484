import { excessByDay, isEvent, type Outcome } from './campaign-effects.ts';
import type { EffectResult } from './counterfactual.ts';
import type { SpikeEpisode } from './spikes-classify.ts';
import type { SurvivalCohort } from './survival.ts';
import type { DailyPoint, LedgerEntry, Range } from './types.ts';

/**
 * Model B's cohorts (analytics.md §7.3, issue 12): how many fans each channel brought, day by
 * day, with a 90 % range, counted once. Everything comes from the data; the ledger says when and
 * what was done, never how many arrived.
 *
 * 1. Counted arrivals first: an ads entry's paid new fans when the export has them; a spike
 *    Model C matched to a bought entry (its excess over the trailing median); a spike Model C
 *    classes likely inorganic that nobody declared (the `undeclared` cohort). Only "likely
 *    inorganic": possible and unexplained spikes stay organic (a weekly peak is not a purchase).
 * 2. Every other event entry is sized by the excess of new fans over what was expected: Model A's
 *    excess over the previous trend when Model A could compare, else the excess over the page's
 *    usual pace around the entry (median of the 56 usual days before and of 56 days after it,
 *    with a range for the day-to-day noise, the baseline's own error and any change between).
 *    Arrivals already counted in step 1 on those days are taken out (a pack delivered during an
 *    ads run is the pack's, not the ads'); days two entries share are split between them, and
 *    the range then runs from none of those days to all of them.
 * 3. An entry whose range does not exclude 0 brought no detectable fans: it gets none (they stay
 *    organic) and says so. A bought entry is checked against its promised quantity.
 * 4. Organic: new fans minus everything attributed, floored at 0, plus the fans already there on
 *    the first day. A day whose new fans are unknown is unknown, not 0: organic arrivals there are
 *    imputed from the known usual days around it (mean of ± 14 days) and counted in `imputedDays`.
 */

/** How an entry's fans were counted. */
export type CohortMethod = 'paid_new_fans' | 'spike_excess' | 'trend_excess' | 'pace_excess';

/** One ledger event's fans as the data shows them. */
export interface EntryCohort {
	id: string;
	channel: string;
	method: CohortMethod | null;
	/** fans attributed to the entry (90 % range); estimate 0 when not detectable */
	fans: Range;
	/** the measured excess's range excluded 0 */
	detectable: boolean;
	/** why there are no fans: 'no_detectable_effect' or 'no_baseline' (too little history) */
	reason: 'no_detectable_effect' | 'no_baseline' | null;
	/** arrivals on the entry's days already counted elsewhere, taken out (fans, per entry id) */
	countedElsewhere: { id: string; fans: number }[];
	/** days shared with other excess-sized entries, whose excess was split (fans moved away) */
	sharedWith: { id: string; fans: number }[];
}

/** The ledger's promised quantity against what the data shows. */
export interface LedgerCheck {
	id: string;
	channel: string;
	promised: number;
	observed: Range;
	status: 'consistent' | 'no_matching_arrivals' | 'fewer_than_promised' | 'more_than_promised';
}

export interface CohortPlan {
	days: string[];
	removals: (number | null)[];
	cohorts: SurvivalCohort[];
	/** fans each channel brought (90 % range; organic's is the remainder, without a range here) */
	acquired: Map<string, Range>;
	/** how each channel's adds were obtained, for the report's caveats */
	sources: Map<string, string>;
	/** one per ledger event, in ledger order */
	entries: EntryCohort[];
	checks: LedgerCheck[];
	/** days whose new fans were unknown (organic arrivals imputed) */
	imputedDays: number;
	/** fans already following on the first day (they join organic on day 0) */
	startingFans: number;
	/** fans a platform clean-up removed per day, unseen by fans_removed (reconciliationGaps) */
	cleanups: number[];
}

/** Trailing-median columns of Model C's series, used to put a range on a spike's excess. */
export interface UsualPace {
	day: string;
	excess: number | null;
	spread?: number | null;
	baseline_days?: number;
}

const DAY = 86_400_000;
const Z90 = 1.6449;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const shift = (d: string, n: number) => iso(Date.parse(d) + n * DAY);

/** Every day from the first to the last stored day (Model B needs a contiguous grid). */
function grid(days: readonly DailyPoint[]): string[] {
	const out: string[] = [];
	if (!days.length) return out;
	for (let t = Date.parse(days[0].day); t <= Date.parse(days[days.length - 1].day); t += DAY)
		out.push(iso(t));
	return out;
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const METHOD_TEXT: Record<CohortMethod, string> = {
	paid_new_fans: 'paid new fans in the export',
	spike_excess: 'spike excess',
	trend_excess: 'excess over the previous trend',
	pace_excess: 'excess over the usual daily pace around the entry'
};

interface Measure {
	perDay: Map<string, number>;
	range: Range & { estimate: number; low: number; high: number };
	method: CohortMethod;
}

/** Σ of independent ranges: estimates add, half-widths add in quadrature on each side. */
function sumRanges(rs: readonly Range[]): Range {
	if (!rs.length) return { estimate: 0, low: 0, high: 0 };
	if (rs.some((r) => r.estimate === null)) return { estimate: null, low: null, high: null };
	const est = rs.reduce((s, r) => s + (r.estimate as number), 0);
	const side = (k: 'low' | 'high') =>
		rs.some((r) => r[k] === null)
			? null
			: Math.sqrt(rs.reduce((s, r) => s + ((r[k] as number) - (r.estimate as number)) ** 2, 0));
	const lo = side('low');
	const hi = side('high');
	return {
		estimate: est,
		low: lo === null ? null : Math.max(0, est - lo),
		high: hi === null ? null : est + hi
	};
}

export function buildCohorts(
	days: readonly DailyPoint[],
	ledger: readonly LedgerEntry[],
	episodes: readonly SpikeEpisode[],
	effects: ReadonlyMap<string, Record<Outcome, EffectResult>>,
	usual: readonly UsualPace[] = []
): CohortPlan {
	const dayGrid = grid(days);
	const byDay = new Map(days.map((d) => [d.day, d]));
	const pace = new Map(usual.map((r) => [r.day, r]));
	const events = ledger.filter(isEvent);
	const known = (d: string) => byDay.get(d)?.fans_added ?? null;

	// days that are not "usual": other events' days and flagged spikes (kept out of baselines)
	const unusual = new Set<string>();
	for (const e of events) for (let d = e.start; d <= e.end; d = shift(d, 1)) unusual.add(d);
	for (const x of episodes) for (let d = x.start; d <= x.end; d = shift(d, 1)) unusual.add(d);

	// 1. counted arrivals
	const direct = new Map<string, Map<string, number>>(); // entry id or 'undeclared:…' → day → fans
	const measures = new Map<string, Measure>();
	const spikeMeasure = (x: SpikeEpisode): Measure => {
		const perDay = new Map<string, number>();
		let varNoise = 0;
		let medianSd = 0;
		for (let d = x.start; d <= x.end; d = shift(d, 1)) {
			const r = pace.get(d);
			const ex = r?.excess ?? null;
			if (ex !== null && ex > 0) perDay.set(d, ex);
			const s = r?.spread ?? 0;
			varNoise += s * s;
			medianSd += (1.2533 * s) / Math.sqrt(Math.max(r?.baseline_days ?? 28, 1));
		}
		const sum = [...perDay.values()].reduce((a, b) => a + b, 0);
		if (sum <= 0) {
			// Model C's own total, spread evenly, when the per-day rows are not at hand
			const n = Math.round((Date.parse(x.end) - Date.parse(x.start)) / DAY) + 1;
			for (let d = x.start; d <= x.end; d = shift(d, 1)) perDay.set(d, x.excessFans / n);
		} else for (const [d, v] of perDay) perDay.set(d, (v / sum) * x.excessFans);
		const sd = Math.sqrt(varNoise + medianSd ** 2);
		const est = x.excessFans;
		return {
			perDay,
			range: { estimate: est, low: Math.max(0, est - Z90 * sd), high: est + Z90 * sd },
			method: 'spike_excess'
		};
	};
	for (const e of events) {
		const paid = days.filter(
			(d) => d.day >= e.start && d.day <= e.end && d.fans_added_paid !== null
		);
		const episode = episodes.find((x) => x.campaignId === e.id);
		if (e.channel === 'ads' && paid.length) {
			const perDay = new Map(paid.map((d) => [d.day, d.fans_added_paid as number]));
			const total = [...perDay.values()].reduce((a, b) => a + b, 0);
			const m: Measure = {
				perDay,
				range: { estimate: total, low: total, high: total },
				method: 'paid_new_fans'
			};
			measures.set(e.id, m);
			direct.set(e.id, perDay);
		} else if (e.channel === 'bought' && episode) {
			const m = spikeMeasure(episode);
			measures.set(e.id, m);
			direct.set(e.id, m.perDay);
		}
	}
	const undeclared = episodes.filter((x) => x.class === 'likely_inorganic' && !x.campaignId);
	const undeclaredMeasures = undeclared.map(spikeMeasure);
	undeclaredMeasures.forEach((m, i) => direct.set(`undeclared:${i}`, m.perDay));

	// 2. excess-sized entries
	const countedElsewhere = new Map<string, { id: string; fans: number }[]>();
	const reasons = new Map<string, EntryCohort['reason']>();
	for (const e of events) {
		if (measures.has(e.id)) continue;
		const m = excessMeasure(e);
		if (!m) {
			reasons.set(e.id, 'no_baseline');
			continue;
		}
		// arrivals already counted on these days are not this entry's
		const taken: { id: string; fans: number }[] = [];
		for (const [id, perDay] of direct) {
			let fans = 0;
			for (const [d, v] of m.perDay) {
				const other = perDay.get(d) ?? 0;
				if (!other) continue;
				const cut = Math.min(v, other);
				m.perDay.set(d, v - cut);
				fans += cut;
			}
			if (fans > 0) taken.push({ id: id.startsWith('undeclared:') ? 'undeclared' : id, fans });
		}
		const cut = taken.reduce((s, x) => s + x.fans, 0);
		m.range = {
			estimate: Math.max(0, m.range.estimate - cut),
			low: Math.max(0, m.range.low - cut),
			high: Math.max(0, m.range.high - cut)
		};
		countedElsewhere.set(e.id, taken);
		measures.set(e.id, m);
	}

	// days shared by excess-sized entries: split the day's excess, widen the range
	const excessSized = events.filter((e) => {
		const m = measures.get(e.id);
		return m && (m.method === 'trend_excess' || m.method === 'pace_excess');
	});
	const claims = new Map<string, number>();
	for (const e of excessSized)
		for (const [d, v] of measures.get(e.id)!.perDay)
			if (v > 0) claims.set(d, (claims.get(d) ?? 0) + 1);
	const shared = new Map<string, { id: string; fans: number }[]>();
	// arrivals are detected on the entry's days as a whole; the split between entries sharing
	// them is the uncertain part (their ranges then reach 0)
	const detected = new Set(
		[...measures].filter(([, m]) => m.range.low > 0 && m.range.estimate > 0).map(([id]) => id)
	);
	for (const e of excessSized) {
		const m = measures.get(e.id)!;
		const away = new Map<string, number>();
		let onShared = 0;
		for (const [d, v] of m.perDay) {
			const k = claims.get(d) ?? 1;
			if (k < 2 || v <= 0) continue;
			onShared += v;
			m.perDay.set(d, v / k);
			for (const o of excessSized)
				if (o.id !== e.id && (measures.get(o.id)!.perDay.get(d) ?? 0) > 0)
					away.set(o.id, (away.get(o.id) ?? 0) + (v - v / k) / (k - 1));
		}
		const given = [...away.values()].reduce((a, b) => a + b, 0);
		if (given > 0)
			m.range = {
				estimate: Math.max(0, m.range.estimate - given),
				low: Math.max(0, m.range.low - onShared),
				high: m.range.high
			};
		shared.set(
			e.id,
			[...away].map(([id, fans]) => ({ id, fans }))
		);
	}

	// 3. detectability, ledger checks, cohorts
	const adds = new Map<string, Map<string, number>>();
	const channelRanges = new Map<string, Range[]>();
	const sources = new Map<string, string>();
	const entries: EntryCohort[] = [];
	const checks: LedgerCheck[] = [];
	const attribute = (channel: string, m: Measure) => {
		const into = adds.get(channel) ?? new Map<string, number>();
		const total = [...m.perDay.values()].reduce((a, b) => a + Math.max(0, b), 0);
		for (const [d, v] of m.perDay)
			if (v > 0 && total > 0) into.set(d, (into.get(d) ?? 0) + (v / total) * m.range.estimate);
		adds.set(channel, into);
		channelRanges.set(channel, [...(channelRanges.get(channel) ?? []), m.range]);
		const known = sources.get(channel)?.split('; ') ?? [];
		if (!known.includes(METHOD_TEXT[m.method]))
			sources.set(channel, [...known, METHOD_TEXT[m.method]].join('; '));
	};
	for (const e of events) {
		const m = measures.get(e.id);
		const detectable = !!m && detected.has(e.id) && m.range.estimate > 0;
		const fans: Range = m
			? detectable
				? m.range
				: { estimate: 0, low: 0, high: m.range.high }
			: { estimate: 0, low: null, high: null };
		if (m && detectable) attribute(e.channel, m);
		else
			// no fans, but the measurement's upper bound is kept: "none detectable, at most …"
			channelRanges.set(e.channel, [
				...(channelRanges.get(e.channel) ?? []),
				{ estimate: 0, low: 0, high: fans.high }
			]);
		entries.push({
			id: e.id,
			channel: e.channel,
			method: m?.method ?? null,
			fans,
			detectable,
			reason: detectable ? null : (reasons.get(e.id) ?? 'no_detectable_effect'),
			countedElsewhere: countedElsewhere.get(e.id) ?? [],
			sharedWith: shared.get(e.id) ?? []
		});
		if (e.promisedQty !== null && e.promisedQty > 0) {
			// consistent when the promise is inside the range or within 5 % of the estimate
			const near = Math.abs(e.promisedQty - (fans.estimate ?? 0)) <= 0.05 * e.promisedQty;
			const status: LedgerCheck['status'] = !detectable
				? 'no_matching_arrivals'
				: near
					? 'consistent'
					: fans.high !== null && e.promisedQty > fans.high
						? 'fewer_than_promised'
						: fans.low !== null && e.promisedQty < fans.low
							? 'more_than_promised'
							: 'consistent';
			checks.push({
				id: e.id,
				channel: e.channel,
				promised: e.promisedQty,
				observed: fans,
				status
			});
		}
	}
	undeclaredMeasures.forEach((m) => attribute('undeclared', m));

	// 4. organic, with unknown days imputed
	const knownAdds = dayGrid.map(known);
	let imputedDays = 0;
	const total = dayGrid.map((d, t) => {
		const x = knownAdds[t];
		if (x !== null) return x;
		imputedDays++;
		const near: number[] = [];
		for (let j = Math.max(0, t - 14); j <= Math.min(dayGrid.length - 1, t + 14); j++) {
			const v = knownAdds[j];
			if (v !== null && !unusual.has(dayGrid[j])) near.push(v);
		}
		if (!near.length) for (const v of knownAdds) if (v !== null) near.push(v);
		return near.length ? near.reduce((a, b) => a + b, 0) / near.length : 0;
	});
	const organic = dayGrid.map((d, t) => {
		// an unknown day's imputed pace is organic already (usual days only)
		if (knownAdds[t] === null) return total[t];
		let attributed = 0;
		for (const m of adds.values()) attributed += m.get(d) ?? 0;
		return Math.max(0, total[t] - attributed);
	});
	const startingFans = fansBefore(dayGrid, byDay, total);
	const organicNew = organic.reduce((a, b) => a + b, 0);
	if (organic.length && startingFans > 0) organic[0] += startingFans;
	const acquired = new Map<string, Range>();
	acquired.set('organic', { estimate: organicNew, low: null, high: null });
	for (const [channel, rs] of channelRanges) acquired.set(channel, sumRanges(rs));
	sources.set('organic', 'new fans minus everything attributed to other channels');
	for (const channel of channelRanges.keys())
		if (!sources.has(channel)) sources.set(channel, 'no detectable effect');
	const cohorts: SurvivalCohort[] = [
		{ channel: 'organic', adds: organic },
		...[...channelRanges.keys()].map((channel) => {
			const m = adds.get(channel) ?? new Map<string, number>();
			const r = acquired.get(channel)!;
			const size =
				r.low !== null && r.high !== null && r.high > r.low ? { low: r.low, high: r.high } : null;
			return { channel, adds: dayGrid.map((d) => m.get(d) ?? 0), size };
		})
	];
	return {
		days: dayGrid,
		removals: dayGrid.map((d) => byDay.get(d)?.fans_removed ?? null),
		cohorts,
		acquired,
		sources,
		entries,
		checks,
		imputedDays,
		startingFans,
		cleanups: reconciliationGaps(dayGrid.map((d) => byDay.get(d)))
	};

	/** Model A's excess when it could compare, else the excess over the pace before the entry. */
	function excessMeasure(e: LedgerEntry): Measure | null {
		const effect = effects.get(e.id)?.fansAdded;
		if (effect?.effect) {
			const r = effect.effect;
			const perDay = excessByDay(effect, e, days);
			if (![...perDay.values()].some((v) => v > 0))
				for (let d = e.start; d <= e.end; d = shift(d, 1)) if (known(d) !== null) perDay.set(d, 1);
			// Model A sums the days it observed: days with unknown new fans inside the entry had
			// arrivals too (at the known days' mean excess), so the total is scaled up to all days
			let n = 0;
			let seen = 0;
			for (let d = e.start; d <= e.end; d = shift(d, 1))
				[n, seen] = [n + 1, seen + (known(d) !== null ? 1 : 0)];
			const scale = seen ? n / seen : 1;
			const mean = [...perDay.values()].reduce((a, b) => a + b, 0) / Math.max(seen, 1);
			for (let d = e.start; d <= e.end; d = shift(d, 1)) if (known(d) === null) perDay.set(d, mean);
			return {
				perDay,
				range: { estimate: r.estimate * scale, low: r.low * scale, high: r.high * scale },
				method: 'trend_excess'
			};
		}
		return paceExcess(e);
	}

	/**
	 * Σ (new fans − b) over the entry's days. b brackets the entry: the median of the known usual
	 * days among the 56 before it and, where the data goes on, among the 56 that start 31 days
	 * after its end (late effects left out), averaged — a season or trend turning during the entry
	 * is then interpolated, not projected from one side. Each side needs 14 usual days.
	 * Var = n·s² (daily noise, s² = mean of max(1.4826·MAD, √b)² per side) + n²·Var(b), with
	 * Var(b) the medians' own error ((1.2533·s)²/m per side, /4 when averaged) plus, with two
	 * sides, (b_after − b_before)²/12 (the counterfactual anywhere between them). Days with unknown
	 * new fans scale the total.
	 */
	function paceExcess(e: LedgerEntry): Measure | null {
		const usualIn = (from: string, to: string): number[] => {
			const out: number[] = [];
			for (let d = from; d < to; d = shift(d, 1)) {
				const x = known(d);
				if (x !== null && !unusual.has(d)) out.push(x);
			}
			return out;
		};
		const after = shift(e.end, 31);
		const sides = [usualIn(shift(e.start, -56), e.start), usualIn(after, shift(after, 56))]
			.filter((xs) => xs.length >= 14)
			.map((xs) => {
				const b = median(xs);
				const s = Math.max(
					1.4826 * median(xs.map((x) => Math.abs(x - b))),
					Math.sqrt(Math.max(b, 1))
				);
				return { b, s, m: xs.length };
			});
		if (!sides.length) return null;
		const k = sides.length;
		const b = sides.reduce((a, x) => a + x.b, 0) / k;
		const s2 = sides.reduce((a, x) => a + x.s * x.s, 0) / k;
		let varB = sides.reduce((a, x) => a + (1.2533 * x.s) ** 2 / x.m, 0) / (k * k);
		if (k === 2) varB += (sides[1].b - sides[0].b) ** 2 / 12;
		const perDay = new Map<string, number>();
		let sum = 0;
		let n = 0;
		let seen = 0;
		for (let d = e.start; d <= e.end; d = shift(d, 1)) {
			n++;
			const x = known(d);
			if (x === null) continue;
			seen++;
			sum += x - b;
			perDay.set(d, Math.max(0, x - b));
		}
		if (!seen) return null;
		const est = (sum * n) / seen;
		const sd = Math.sqrt(n * s2 * (n / seen) + n * n * varB);
		// days with unknown new fans get the known days' mean excess
		for (let d = e.start; d <= e.end; d = shift(d, 1))
			if (known(d) === null) perDay.set(d, Math.max(0, sum / seen));
		return {
			perDay,
			range: { estimate: est, low: est - Z90 * sd, high: est + Z90 * sd },
			method: 'pace_excess'
		};
	}
}

/**
 * Fans already following before the first day: the first known fans_total minus the new fans up
 * to that day plus the known removals up to it (0 when no fans_total is known).
 */
function fansBefore(
	dayGrid: readonly string[],
	byDay: ReadonlyMap<string, DailyPoint>,
	total: readonly number[]
): number {
	let added = 0;
	let removed = 0;
	for (let t = 0; t < dayGrid.length; t++) {
		const d = byDay.get(dayGrid[t]);
		added += total[t];
		removed += d?.fans_removed ?? 0;
		if (d?.fans_total !== null && d?.fans_total !== undefined)
			return Math.max(0, d.fans_total - added + removed);
	}
	return 0;
}

/**
 * A platform clean-up's fans per day (analytics.md §0.1 "reconciliation gap"): the negative part of
 * fans_total_t − fans_total_{t−1} − (fans_added_t − fans_removed_t), only where all four are known
 * (0 elsewhere, never a guess).
 */
export function reconciliationGaps(
	days: readonly (Pick<DailyPoint, 'fans_total' | 'fans_added' | 'fans_removed'> | undefined)[]
): number[] {
	return days.map((d, t) => {
		const prev = days[t - 1]?.fans_total;
		if (!d || prev == null || d.fans_total === null || d.fans_added === null) return 0;
		if (d.fans_removed === null) return 0;
		return Math.max(0, -(d.fans_total - prev - (d.fans_added - d.fans_removed)));
	});
}
