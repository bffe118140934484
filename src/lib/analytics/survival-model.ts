/**
 * Model B's structure (analytics.md §2.2, §7.3): its input, the hazard form of each channel, its
 * age bands and the days each band can have fans at risk, and the expected at-risk exposure
 * N_{k,t} by an O(T) recursion per band. The fitting itself lives in survival-em.ts.
 */

/** Starts (days of age) of the piecewise bands 0–7, 7–30, 30–90, 90–365, 365+. */
export const HAZARD_BAND_STARTS = [0, 7, 30, 90, 365] as const;
/** 'exponential': one constant hazard; 'piecewise': one hazard per band of HAZARD_BAND_STARTS. */
export type HazardForm = 'exponential' | 'piecewise';

/** Daily adds (fans/day) of one channel on the input's day grid. */
export interface SurvivalCohort {
	channel: string;
	adds: readonly number[];
	/**
	 * 90 % range (fans) of the cohort's size Σ adds when it is estimated, not counted: the
	 * bootstrap draws the size from it (split normal), scales the adds, and the organic cohort
	 * takes the difference day by day. Absent = the adds are known.
	 */
	size?: { low: number; high: number } | null;
}

export interface SurvivalInput {
	/** Contiguous ISO days (YYYY-MM-DD), oldest first. */
	days: readonly string[];
	/** fans_removed per day (fans/day); null = unknown, excluded from the likelihood. */
	removals: readonly (number | null)[];
	/** One cohort per channel, names unique; organic = fans_added − ledger adds, floored at 0. */
	cohorts: readonly SurvivalCohort[];
	/**
	 * Fans a platform clean-up removed per day without counting them in removals (≥ 0; default
	 * none): taken out of the survivors, not of the likelihood (survival-cleanup.ts).
	 */
	cleanups?: readonly number[];
}

export interface SurvivalOptions {
	/** Bootstrap replicates (default 200; 0 = point estimates only, bounds null). */
	reps?: number;
	/** Bootstrap seed (default 1): same seed, same output. */
	seed?: number;
	/** Cohort whose weekly adds set the piecewise threshold (default 'organic'). */
	organicChannel?: string;
	/** Per-channel override of the hazard form chosen by the §7.3 rule. */
	hazard?: Readonly<Record<string, HazardForm>>;
	/**
	 * Iteration cap of one fit (default 100) and convergence tolerance: half the Newton decrement,
	 * in log-likelihood units (default 1e-7).
	 */
	maxIterations?: number;
	tolerance?: number;
	/**
	 * Smallest effective number of events (1 / Var(log hazard)) a band may rest on before it is
	 * merged with its neighbour (default 10; 0 keeps every band).
	 */
	minBandEvents?: number;
}

/** One fitted channel: its adds and its hazards lam[k0 … k0 + starts.length). */
export interface Channel {
	name: string;
	adds: Float64Array;
	form: HazardForm;
	/** band starts; band i covers ages [starts[i], starts[i+1]) and the last one is open */
	starts: readonly number[];
	/** index of the channel's first hazard in the parameter vector */
	k0: number;
	first: number;
	acquired: number;
}

export interface Model {
	T: number;
	channels: Channel[];
	K: number;
	removals: Float64Array;
	observed: Float64Array;
	/** fans removed unseen by a platform clean-up per day (survival-cleanup.ts); zeros if none */
	cleanups: Float64Array;
	/** 1 where a band is never at risk on an observed day: it inherits the previous hazard */
	tied: Uint8Array;
	/** free parameter of each hazard (tied and merged bands share their neighbour's) */
	param: Int32Array;
	/** number of free parameters */
	P: number;
	/** days [from_k, to_k) on which hazard k can have anyone at risk */
	from: Int32Array;
	to: Int32Array;
	maxIterations: number;
	tolerance: number;
	minBandEvents: number;
}

/** A cohort left out of the fit: no adds, or no fans at risk on any day with known removals. */
export interface SkippedChannel {
	acquired: number;
	form: HazardForm;
	unseen: boolean;
}

const median = (xs: number[]): number => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Sums of complete 7-day blocks counted from the first day. */
function weeklyBlocks(adds: ArrayLike<number>): number[] {
	const out: number[] = [];
	for (let s = 0; s + 7 <= adds.length; s += 7) {
		let w = 0;
		for (let i = s; i < s + 7; i++) w += adds[i];
		out.push(w);
	}
	return out;
}

/** Largest sum over any 7 consecutive days. */
function largestWeek(adds: ArrayLike<number>): number {
	let w = 0;
	let best = 0;
	for (let t = 0; t < adds.length; t++) {
		w += adds[t] - (t >= 7 ? adds[t - 7] : 0);
		best = Math.max(best, w);
	}
	return best;
}

/**
 * §7.3 rule: piecewise bands for a non-organic channel whose largest 7-day window of adds is at
 * least 5 × the median of the complete weekly blocks of organic adds (all cohorts' adds when there
 * is no organic cohort); exponential otherwise, and always when the series is under one week.
 */
function chooseForm(input: SurvivalInput, name: string, options: SurvivalOptions): HazardForm {
	const organicName = options.organicChannel ?? 'organic';
	const override = options.hazard?.[name];
	if (override) return override;
	if (name === organicName) return 'exponential';
	const organic = input.cohorts.find((c) => c.channel === organicName);
	const total = input.days.map((_, t) => input.cohorts.reduce((s, c) => s + c.adds[t], 0));
	const weeks = weeklyBlocks(organic?.adds ?? total);
	const own = input.cohorts.find((c) => c.channel === name)?.adds ?? [];
	return weeks.length && largestWeek(own) >= 5 * median(weeks) ? 'piecewise' : 'exponential';
}

/**
 * Expected at-risk fans (start of day t, t = start…end − 1) of the band [lo, hi) of one channel, by
 * the O(T) recursion W_t = r·W_{t−1} + A_{t−1−lo} − r^{hi−lo}·A_{t−1−hi}, scaled by S(lo) = sLo.
 * W is 0 before `start`, which must precede every add that reaches the band.
 */
function bandExposure(
	adds: Float64Array,
	r: number,
	sLo: number,
	lo: number,
	hi: number,
	out: Float64Array,
	off: number,
	start = 0,
	end = adds.length + 1,
	dOut?: Float64Array
): void {
	const span = hi - lo;
	const rSpan = Number.isFinite(hi) ? r ** span : 0;
	// d(r^span)/dλ = −span·r^(span−1), with r = 1 − λ
	const dSpan = Number.isFinite(hi) ? span * r ** (span - 1) : 0;
	let w = 0;
	let dw = 0;
	for (let t = start; t < end; t++) {
		// dW_t/dλ = r·dW_{t−1} − W_{t−1} + span·r^(span−1)·A_{t−1−hi}
		dw = dw * r - w;
		w = w * r + (t - 1 - lo >= 0 ? adds[t - 1 - lo] : 0);
		if (t - 1 - hi >= 0) {
			w -= adds[t - 1 - hi] * rSpan;
			dw += adds[t - 1 - hi] * dSpan;
		}
		out[off + t] = w > 0 ? sLo * w : 0;
		if (dOut) dOut[off + t] = w > 0 ? sLo * dw : 0;
	}
}

/**
 * Expected at-risk fans N (K × (T + 1), start of day t) of every band under hazards lam: on every
 * day when `full`, else only on each band's days [from_k, to_k), all the likelihood reads (entries
 * outside are left as they were).
 */
export function exposure(
	model: Model,
	lam: Float64Array,
	N: Float64Array,
	full = true,
	D?: Float64Array
): void {
	const { T, from, to } = model;
	for (const c of model.channels) {
		let s = 1;
		for (let i = 0; i < c.starts.length; i++) {
			const lo = c.starts[i];
			const hi = c.starts[i + 1] ?? Infinity;
			const k = c.k0 + i;
			const end = full ? T + 1 : to[k];
			bandExposure(c.adds, 1 - lam[k], s, lo, hi, N, k * (T + 1), from[k], end, D);
			s *= (1 - lam[k]) ** (hi - lo);
		}
	}
}

interface BandSupport {
	/** someone is at risk in the band on at least one observed day */
	seen: boolean;
	from: number;
	to: number;
}

/** Days [from, to) on which each band of a channel can have fans at risk (hazards all 0). */
function bandSupport(adds: Float64Array, starts: readonly number[], observed: Float64Array) {
	const T = adds.length;
	const raw = new Float64Array(T + 1);
	return starts.map((lo, i): BandSupport => {
		bandExposure(adds, 1, 1, lo, starts[i + 1] ?? Infinity, raw, 0);
		const days = raw.subarray(0, T);
		const seen = days.some((n, t) => n > 0 && observed[t] === 1);
		const first = days.findIndex((n) => n > 0);
		return { seen, from: first < 0 ? T : first, to: days.findLastIndex((n) => n > 0) + 1 };
	});
}

/**
 * Model of the cohorts that have adds and exposure on an observed day; the others are returned in
 * `skipped`. Observed days with nobody at risk leave the likelihood; `unattributed` sums their
 * removals (fans).
 */
export function buildModel(input: SurvivalInput, options: SurvivalOptions) {
	const observed = Float64Array.from(input.removals, (u) => (u === null ? 0 : 1));
	const removals = Float64Array.from(input.removals, (u) => u ?? 0);
	const channels: Channel[] = [];
	const bands: BandSupport[] = [];
	const skipped = new Map<string, SkippedChannel>();
	for (const { channel: name, adds: a } of input.cohorts) {
		const adds = Float64Array.from(a);
		const acquired = adds.reduce((s, x) => s + x, 0);
		const form = chooseForm(input, name, options);
		const starts = form === 'piecewise' ? HAZARD_BAND_STARTS : [0];
		const support = bandSupport(adds, starts, observed);
		if (acquired === 0 || !support[0].seen) {
			skipped.set(name, { acquired, form, unseen: acquired !== 0 });
			continue;
		}
		const first = adds.findIndex((x) => x > 0);
		channels.push({ name, adds, form, starts, k0: bands.length, first, acquired });
		bands.push(...support);
	}
	const unattributed = dropUnattributable(channels, observed, removals);
	const { maxIterations = 100, tolerance = 1e-7, minBandEvents = 10 } = options;
	const tied = Uint8Array.from(bands, (b) => (b.seen ? 0 : 1));
	const param = new Int32Array(bands.length);
	let P = 0;
	for (let k = 0; k < bands.length; k++) param[k] = tied[k] ? P - 1 : P++;
	const model: Model = {
		T: input.days.length,
		channels,
		K: bands.length,
		removals,
		observed,
		cleanups: Float64Array.from(input.cleanups ?? input.days.map(() => 0)),
		tied,
		param,
		P,
		from: Int32Array.from(bands, (b) => b.from),
		to: Int32Array.from(bands, (b) => b.to),
		maxIterations,
		tolerance,
		minBandEvents
	};
	return { model, skipped, unattributed };
}

/** Take observed days with nobody at risk out of the likelihood; returns their removals (fans). */
function dropUnattributable(channels: Channel[], observed: Float64Array, removals: Float64Array) {
	let unattributed = 0;
	for (let t = 0; t < observed.length; t++) {
		if (!observed[t] || channels.some((c) => c.first < t)) continue;
		[unattributed, observed[t]] = [unattributed + removals[t], 0];
	}
	return unattributed;
}
