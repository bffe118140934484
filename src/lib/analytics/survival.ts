/**
 * Model B (analytics.md §2.2, §7.3): per-channel fan survival from aggregate daily removals.
 * U_t ~ Poisson(Σ_c Σ_{s<t} A_{c,s} S_c(t−s−1) h_c(t−s−1)): a fan added on day s is first at risk
 * on day s+1 (age 0). Hazards are daily leaving probabilities, constant within age bands, so
 * S(a) = Π (1 − h)^days and a constant h ≈ 1 − e^{−λ} for a continuous rate λ.
 *
 * Fitting: the §2.2 EM fixed point (E-step splits U_t in proportion to λ_k N_{k,t}; M-step
 * λ_k = attributed events / exposure), stopped when one EM step changes every hazard by < 1e-6
 * relative or after 200 iterations. Each iteration takes a Fisher-scoring step toward that same
 * fixed point (plain EM needs ~800 iterations on the §7.6 fixture; see `accelerate`). Exposure
 * uses an O(T) recursion per band, so bands run at daily resolution. 90 % ranges come from a
 * parametric bootstrap (survival-bootstrap.ts). Pure TypeScript.
 */
import { percentileRange, runBootstrap } from './survival-bootstrap';
import type { Resampling } from './survival-bootstrap';
import type { Range } from './types';

/** Cohort ages (days) at which survival is reported. */
export const SURVIVAL_AGES = [30, 90, 180, 365] as const;
export type SurvivalAge = (typeof SURVIVAL_AGES)[number];
/** Starts (days of age) of the piecewise bands 0–7, 7–30, 30–90, 90–365, 365+. */
export const HAZARD_BAND_STARTS = [0, 7, 30, 90, 365] as const;
/** 'exponential': one constant hazard; 'piecewise': one hazard per band of HAZARD_BAND_STARTS. */
export type HazardForm = 'exponential' | 'piecewise';

/** Daily adds (fans/day) of one channel on the input's day grid. */
export interface SurvivalCohort {
	channel: string;
	adds: readonly number[];
}

export interface SurvivalInput {
	/** Contiguous ISO days (YYYY-MM-DD), oldest first. */
	days: readonly string[];
	/** fans_removed per day (fans/day); null = unknown, excluded from the likelihood. */
	removals: readonly (number | null)[];
	/** One cohort per channel, names unique; organic = fans_added − ledger adds, floored at 0. */
	cohorts: readonly SurvivalCohort[];
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
	/** EM cap (default 200) and relative-change tolerance (default 1e-6). */
	maxIterations?: number;
	tolerance?: number;
	/** Scoring steps toward the same fixed point as plain EM (default true). */
	accelerate?: boolean;
}

/** Daily leaving probability `perDay` for fans aged [fromAge, toAge) days (toAge null = ∞). */
export interface HazardBand {
	fromAge: number;
	toAge: number | null;
	perDay: number;
}

export interface ChannelSurvival {
	channel: string;
	identifiable: true;
	/** Σ adds (fans). */
	acquired: number;
	form: HazardForm;
	/** Fitted hazards; null (like every output below) when the channel has no adds. */
	hazard: HazardBand[] | null;
	/** S(a): share of a cohort still following after a days at risk. */
	survival: Record<SurvivalAge, Range> | null;
	/**
	 * First whole age a (days) with S(a) ≤ 0.5. The estimate may exceed horizonDays (a model
	 * extrapolation: show "> horizon"); high is null past horizonDays; null if never reached.
	 */
	halfLifeDays: Range | null;
	/** Oldest age (days) the channel's fans reach in the data; older ages are extrapolated. */
	horizonDays: number | null;
	/** Expected survivors at the end of the last day, Σ_s A_s S(now − s) (fans). */
	survivingFans: Range | null;
	/** Expected survivors at the end of each day (fans), point estimate (B̂_t, §7.2 M9). */
	survivorsByDay: number[];
}

export interface ChannelNotIdentifiable {
	channel: string;
	identifiable: false;
	acquired: number;
	reason: string;
}

export type ChannelFit = ChannelSurvival | ChannelNotIdentifiable;

export interface SurvivalFit {
	/** One per input cohort, in input order. */
	channels: ChannelFit[];
	/** EM iterations spent (start-up fit with one hazard per channel, then the main fit). */
	iterations: number;
	/** The main fit met the tolerance before maxIterations. */
	converged: boolean;
	/** Pearson dispersion of the fit (unitless); null when nothing was fitted. */
	dispersion: number | null;
	resampling: Resampling | null;
	reps: number;
	/** Days with removals = null, left out of the likelihood. */
	excludedDays: number;
	/** Removals (fans) on days when no cohort had anyone at risk: not attributable, left out. */
	unattributedRemovals: number;
	/** Fitted expected removals Û_t (fans/day); null when nothing was fitted. */
	fittedRemovals: (number | null)[];
}

interface Channel {
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

interface Model {
	T: number;
	channels: Channel[];
	K: number;
	removals: Float64Array;
	observed: Float64Array;
	/** 1 where a band is never at risk on an observed day: it inherits the previous hazard */
	tied: Uint8Array;
	/** days [from_k, to_k) on which hazard k can have anyone at risk */
	from: Int32Array;
	to: Int32Array;
	maxIterations: number;
	tolerance: number;
	accelerate: boolean;
}

interface EmState {
	lam: Float64Array;
	next: Float64Array;
	/** expected at-risk fans by band and day, K × (T + 1) (start of day t) */
	N: Float64Array;
	mu: Float64Array;
	/** 1/μ_t on observed days with μ_t > 0, else 0; and U_t/μ_t */
	w: Float64Array;
	ratio: Float64Array;
	/** λ_k Σ_t N_{k,t}: expected events of each hazard on observed days */
	events: Float64Array;
	iterations: number;
	converged: boolean;
}

const DAY_MS = 86_400_000;
const UNSEEN = 'no day with known removals while this channel had fans at risk';
const isCount = (x: number | null): boolean => x !== null && Number.isFinite(x) && x >= 0;

function validate(input: SurvivalInput): void {
	const { days, removals, cohorts } = input;
	if (removals.length !== days.length) throw new RangeError('one removals value per day');
	days.forEach((d, i) => {
		const step = i > 0 ? Date.parse(d) - Date.parse(days[i - 1]) : DAY_MS;
		if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || step !== DAY_MS) {
			throw new RangeError(`days must be contiguous ISO days (at ${d})`);
		}
		if (removals[i] !== null && !isCount(removals[i])) throw new RangeError(`bad removals at ${d}`);
	});
	const names = new Set(cohorts.map((c) => c.channel));
	if (names.size !== cohorts.length) throw new RangeError('cohort channels must be unique');
	for (const c of cohorts) {
		if (c.adds.length !== days.length || !c.adds.every(isCount)) {
			throw new RangeError(`cohort ${c.channel}: one non-negative add count per day`);
		}
	}
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
 * Expected at-risk fans (start of day t, t = 0…T) of the band [lo, hi) of one channel, by the O(T)
 * recursion W_t = r·W_{t−1} + A_{t−1−lo} − r^{hi−lo}·A_{t−1−hi}, scaled by S(lo) = sLo.
 */
function bandExposure(
	adds: Float64Array,
	r: number,
	sLo: number,
	lo: number,
	hi: number,
	out: Float64Array,
	off: number,
	start = 0
): void {
	const rSpan = Number.isFinite(hi) ? r ** (hi - lo) : 0;
	let w = 0;
	for (let t = start; t <= adds.length; t++) {
		w = w * r + (t - 1 - lo >= 0 ? adds[t - 1 - lo] : 0);
		if (t - 1 - hi >= 0) w -= adds[t - 1 - hi] * rSpan;
		out[off + t] = w > 0 ? sLo * w : 0;
	}
}

function exposure(model: Model, lam: Float64Array, N: Float64Array): void {
	for (const c of model.channels) {
		let s = 1;
		c.starts.forEach((lo, i) => {
			const hi = c.starts[i + 1] ?? Infinity;
			const k = c.k0 + i;
			bandExposure(c.adds, 1 - lam[k], s, lo, hi, N, k * (model.T + 1), model.from[k]);
			s *= (1 - lam[k]) ** (hi - lo);
		});
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
 * Model of the cohorts that have adds and exposure on an observed day; the others get their
 * output now (`preset`). Observed days with nobody at risk leave the likelihood.
 */
function buildModel(
	input: SurvivalInput,
	options: SurvivalOptions,
	preset: Map<string, ChannelFit>
) {
	const T = input.days.length;
	const observed = Float64Array.from(input.removals, (u) => (u === null ? 0 : 1));
	const removals = Float64Array.from(input.removals, (u) => u ?? 0);
	const channels: Channel[] = [];
	const bands: BandSupport[] = [];
	for (const { channel: name, adds: a } of input.cohorts) {
		const adds = Float64Array.from(a);
		const acquired = adds.reduce((s, x) => s + x, 0);
		const form = chooseForm(input, name, options);
		const starts = form === 'piecewise' ? HAZARD_BAND_STARTS : [0];
		const support = bandSupport(adds, starts, observed);
		if (acquired === 0) preset.set(name, emptyChannel(name, form, T));
		else if (!support[0].seen)
			preset.set(name, { channel: name, identifiable: false, acquired, reason: UNSEEN });
		else {
			const first = adds.findIndex((x) => x > 0);
			channels.push({ name, adds, form, starts, k0: bands.length, first, acquired });
			bands.push(...support);
		}
	}
	const unattributed = dropUnattributable(channels, observed, removals);
	const { maxIterations = 200, tolerance = 1e-6, accelerate = true } = options;
	const model: Model = {
		T,
		channels,
		K: bands.length,
		removals,
		observed,
		tied: Uint8Array.from(bands, (b) => (b.seen ? 0 : 1)),
		from: Int32Array.from(bands, (b) => b.from),
		to: Int32Array.from(bands, (b) => b.to),
		maxIterations,
		tolerance,
		accelerate
	};
	return { model, unattributed };
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

function emptyChannel(channel: string, form: HazardForm, T: number): ChannelSurvival {
	const none = { hazard: null, survival: null, halfLifeDays: null, horizonDays: null };
	const survivorsByDay = new Array<number>(T).fill(0);
	return {
		channel,
		identifiable: true,
		acquired: 0,
		form,
		...none,
		survivingFans: null,
		survivorsByDay
	};
}

/** Crude starting hazard: observed removals / cumulative adds at risk (no depletion). */
function crudeRate(model: Model, U: Float64Array): number {
	let events = 0;
	let atRisk = 0;
	let cumulative = 0;
	for (let t = 0; t < model.T; t++) {
		if (model.observed[t]) [events, atRisk] = [events + U[t], atRisk + cumulative];
		for (const c of model.channels) cumulative += c.adds[t];
	}
	return atRisk > 0 ? Math.min(0.5, events / atRisk) : 0;
}

/** Exposure N, expected removals μ_t = Σ_k λ_k N_{k,t} and weights 1/μ_t on observed days. */
function expected(model: Model, U: Float64Array, st: EmState): void {
	const { T, K, observed, from, to } = model;
	exposure(model, st.lam, st.N);
	st.mu.fill(0);
	for (let k = 0; k < K; k++) {
		const lam = st.lam[k];
		const off = k * (T + 1);
		for (let t = from[k]; t < to[k]; t++) st.mu[t] += lam * st.N[off + t];
	}
	for (let t = 0; t < T; t++) {
		st.w[t] = observed[t] && st.mu[t] > 0 ? 1 / st.mu[t] : 0;
		st.ratio[t] = U[t] * st.w[t];
	}
}

/**
 * EM update (§2.2) into st.next. E-step: Û_{k,t} = U_t·λ_k N_{k,t}/μ_t. M-step: λ_k = Σ_t Û_{k,t} /
 * Σ_t N_{k,t} over observed days. Returns the largest relative change |Δλ_k| / max(λ_k, 1/Σ_t N_k)
 * (a hazard worth less than one expected event is measured on the events scale).
 */
function emUpdate(model: Model, st: EmState): number {
	const { T, K, observed, tied, from, to } = model;
	let change = 0;
	for (let k = 0; k < K; k++) {
		let num = 0;
		let den = 0;
		const off = k * (T + 1);
		for (let t = from[k]; t < to[k]; t++) {
			num += st.N[off + t] * st.ratio[t];
			den += st.N[off + t] * observed[t];
		}
		st.events[k] = st.lam[k] * den;
		st.next[k] = tied[k]
			? st.next[k - 1]
			: den > 0
				? Math.min(1, (st.lam[k] * num) / den)
				: st.lam[k];
		const scale = Math.min(1 / st.lam[k], den);
		if (!tied[k] && den > 0) change = Math.max(change, Math.abs(st.next[k] - st.lam[k]) * scale);
	}
	return change;
}

/** Solve the symmetric positive-definite system A x = b (n × n, row-major) by Cholesky, in place. */
function choleskySolve(A: Float64Array, b: Float64Array, n: number): boolean {
	for (let j = 0; j < n; j++) {
		for (let k = 0; k < j; k++) A[j * n + j] -= A[j * n + k] ** 2;
		if (!(A[j * n + j] > 0)) return false;
		A[j * n + j] = Math.sqrt(A[j * n + j]);
		for (let i = j + 1; i < n; i++) {
			for (let k = 0; k < j; k++) A[i * n + j] -= A[i * n + k] * A[j * n + k];
			A[i * n + j] /= A[j * n + j];
		}
	}
	for (let i = 0; i < n; i++) {
		for (let k = 0; k < i; k++) b[i] -= A[i * n + k] * b[k];
		b[i] /= A[i * n + i];
	}
	for (let i = n - 1; i >= 0; i--) {
		for (let k = i + 1; k < n; k++) b[i] -= A[k * n + i] * b[k];
		b[i] /= A[i * n + i];
	}
	return true;
}

/**
 * Accelerator with the same fixed point as EM: a Fisher-scoring step on log hazards for the EM
 * estimating equations g_k = Σ_t N_{k,t}(U_t/μ_t − 1) = 0, information Σ_t λ_k N_k λ_l N_l/μ_t at
 * fixed exposure; the step is scaled to move no log hazard by more than 1. Overwrites st.next.
 */
function scoringUpdate(model: Model, st: EmState): void {
	const { T, K, tied, from, to } = model;
	const free = Array.from({ length: K }, (_, k) => k).filter(
		(k) => !tied[k] && st.events[k] > 1e-6
	);
	const n = free.length;
	const A = new Float64Array(n * n);
	const g = new Float64Array(n);
	for (let a = 0; a < n; a++) {
		const [ka, oa] = [free[a], free[a] * (T + 1)];
		for (let t = from[ka]; t < to[ka]; t++) {
			g[a] += st.N[oa + t] * (st.ratio[t] - (st.w[t] > 0 ? 1 : 0));
		}
		g[a] *= st.lam[ka];
		for (let b = 0; b <= a; b++) {
			const [kb, ob] = [free[b], free[b] * (T + 1)];
			let sum = 0;
			const end = Math.min(to[ka], to[kb]);
			for (let t = Math.max(from[ka], from[kb]); t < end; t++) {
				sum += st.N[oa + t] * st.N[ob + t] * st.w[t];
			}
			A[a * n + b] = A[b * n + a] = sum * st.lam[ka] * st.lam[kb];
		}
	}
	if (!choleskySolve(A, g, n)) return;
	free.forEach(
		(k, a) => (st.next[k] = Math.min(1, st.lam[k] * Math.exp(Math.max(-1, Math.min(1, g[a])))))
	);
	for (let k = 1; k < K; k++) if (tied[k]) st.next[k] = st.next[k - 1];
}

/**
 * Iterate from `init` until one EM step would change every hazard by less than `tolerance`
 * (relative) or after maxIterations. Each iteration computes the EM update; with acceleration on
 * (default) the step taken is the scoring step, which reaches the same fixed point far sooner.
 */
function emFit(model: Model, U: Float64Array, init: Float64Array): EmState {
	const { K, T } = model;
	const st: EmState = {
		lam: init.slice(),
		next: new Float64Array(K),
		N: new Float64Array(K * (T + 1)),
		mu: new Float64Array(T),
		w: new Float64Array(T),
		ratio: new Float64Array(T),
		events: new Float64Array(K),
		iterations: 0,
		converged: false
	};
	let last = Infinity;
	while (!st.converged && st.iterations < model.maxIterations) {
		expected(model, U, st);
		const change = emUpdate(model, st);
		st.converged = change < model.tolerance;
		if (st.converged) break;
		if (model.accelerate && change < last) scoringUpdate(model, st);
		last = change;
		[st.lam, st.next] = [st.next, st.lam];
		st.iterations++;
	}
	expected(model, U, st);
	return st;
}

/**
 * Starting hazards: the crude rate for every hazard; with piecewise channels, first a fit with one
 * constant hazard per channel, whose values then start every band (a flat start needs ~800 EM
 * steps). Returns the hazards and the iterations spent.
 */
function startingHazards(model: Model): { init: Float64Array; iterations: number } {
	const C = model.channels.length;
	const crude = new Float64Array(C).fill(crudeRate(model, model.removals));
	if (model.K === C) return { init: crude, iterations: 0 };
	const channels = model.channels.map((c, k0) => ({ ...c, starts: [0], k0 }));
	const from = Int32Array.from(model.channels, (c) => c.first + 1);
	const to = new Int32Array(C).fill(model.T);
	const flat: Model = { ...model, channels, K: C, tied: new Uint8Array(C), from, to };
	const { lam, iterations } = emFit(flat, model.removals, crude);
	const init = new Float64Array(model.K);
	model.channels.forEach((c, i) => init.fill(lam[i], c.k0, c.k0 + c.starts.length));
	return { init, iterations };
}

function hazardOf(c: Channel, lam: Float64Array): HazardBand[] {
	return c.starts.map((fromAge, i) => ({
		fromAge,
		toAge: c.starts[i + 1] ?? null,
		perDay: lam[c.k0 + i]
	}));
}

/**
 * Survival S(age) (share, 0–1) of a cohort after `age` days at risk under piecewise-constant daily
 * hazards: Π_bands (1 − h)^(days of the band before age). S(0) = 1.
 */
export function survivalAt(hazard: readonly HazardBand[], age: number): number {
	let s = 1;
	for (const b of hazard) {
		if (age <= b.fromAge) break;
		s *= (1 - b.perDay) ** (Math.min(age, b.toAge ?? Infinity) - b.fromAge);
	}
	return s;
}

/** First whole age (days) with S ≤ 0.5; Infinity when survival never falls to one half. */
export function halfLifeOf(hazard: readonly HazardBand[]): number {
	let s = 1;
	for (const b of hazard) {
		const r = 1 - b.perDay;
		const end = b.toAge === null ? 0 : s * r ** (b.toAge - b.fromAge);
		if (r < 1 && end <= 0.5) {
			const days = r === 0 ? 1 : Math.ceil(Math.log(0.5 / s) / Math.log(r) - 1e-9);
			return b.fromAge + Math.max(1, days);
		}
		s = end;
	}
	return Infinity;
}

/** Statistics per fitted channel: S(30), S(90), S(180), S(365), half-life, survivors now. */
const STATS = 6;

function statistics(model: Model, st: EmState): Float64Array {
	const out = new Float64Array(model.channels.length * STATS);
	model.channels.forEach((c, i) => {
		const h = hazardOf(c, st.lam);
		SURVIVAL_AGES.forEach((a, j) => (out[i * STATS + j] = survivalAt(h, a)));
		out[i * STATS + 4] = halfLifeOf(h);
		out[i * STATS + 5] = survivorsAt(model, c, st.N, model.T);
	});
	return out;
}

/** Expected fans of channel c at risk at the start of day t (= survivors at the end of t − 1). */
function survivorsAt(model: Model, c: Channel, N: Float64Array, t: number): number {
	let s = 0;
	for (let i = 0; i < c.starts.length; i++) s += N[(c.k0 + i) * (model.T + 1) + t];
	return s;
}

function channelOutput(
	model: Model,
	i: number,
	st: EmState,
	est: Float64Array,
	draws: Float64Array[]
): ChannelSurvival {
	const c = model.channels[i];
	const range = (j: number): Range => percentileRange(est[i * STATS + j], draws, i * STATS + j);
	const survival = Object.fromEntries(SURVIVAL_AGES.map((a, j) => [a, range(j)]));
	const horizonDays = model.T - 1 - c.first;
	const halfLifeDays = range(4);
	if (halfLifeDays.high !== null && halfLifeDays.high > horizonDays) halfLifeDays.high = null;
	const survivorsByDay = Array.from({ length: model.T }, (_, t) =>
		survivorsAt(model, c, st.N, t + 1)
	);
	return {
		channel: c.name,
		identifiable: true,
		acquired: c.acquired,
		form: c.form,
		hazard: hazardOf(c, st.lam),
		survival: survival as Record<SurvivalAge, Range>,
		halfLifeDays,
		horizonDays,
		survivingFans: range(5),
		survivorsByDay
	};
}

/**
 * Fit Model B: per-channel survival of fans from daily removals and daily adds per channel.
 * Days with removals = null are left out of the likelihood (exposure still runs through them);
 * removals on days with nobody at risk are left out and counted. When every removal is null the
 * hazards are not identifiable and every channel says so. Channels with no adds get null outputs.
 * Deterministic for a given options.seed.
 * @param input contiguous days, daily removals (fans/day), daily adds per channel (fans/day)
 * @param options reps (200), seed (1), hazard-form overrides, EM cap (200) and tolerance (1e-6)
 * @throws RangeError on misaligned, non-contiguous or negative inputs
 */
export function fitSurvival(input: SurvivalInput, options: SurvivalOptions = {}): SurvivalFit {
	validate(input);
	const excludedDays = input.removals.filter((u) => u === null).length;
	if (excludedDays === input.days.length)
		return notIdentifiable(input, 'daily removals are missing');
	const preset = new Map<string, ChannelFit>();
	const { model, unattributed } = buildModel(input, options, preset);
	const { reps = 200, seed = 1 } = options;
	const start = startingHazards(model);
	const fit = emFit(model, model.removals, start.init);
	const est = statistics(model, fit);
	const parameters = model.K - model.tied.reduce((s, x) => s + x, 0);
	const plan = {
		mu: fit.mu,
		removals: model.removals,
		observed: model.observed,
		parameters,
		reps: model.K ? reps : 0,
		seed
	};
	const boot = runBootstrap(plan, (u) => statistics(model, emFit(model, u, fit.lam)));
	const fitted = new Map(
		model.channels.map((c, i) => [c.name, channelOutput(model, i, fit, est, boot.draws)])
	);
	return {
		channels: input.cohorts.map(
			(c) => (preset.get(c.channel) ?? fitted.get(c.channel)) as ChannelFit
		),
		iterations: start.iterations + fit.iterations,
		converged: fit.converged,
		dispersion: model.K ? boot.dispersion : null,
		resampling: model.K ? boot.resampling : null,
		reps: plan.reps,
		excludedDays,
		unattributedRemovals: unattributed,
		fittedRemovals: model.K ? Array.from(fit.mu) : input.days.map(() => null)
	};
}

function notIdentifiable(input: SurvivalInput, reason: string): SurvivalFit {
	const channels = input.cohorts.map((c) => ({
		channel: c.channel,
		identifiable: false as const,
		acquired: c.adds.reduce((s, a) => s + a, 0),
		reason
	}));
	return {
		channels,
		iterations: 0,
		converged: false,
		dispersion: null,
		resampling: null,
		reps: 0,
		excludedDays: input.days.length,
		unattributedRemovals: 0,
		fittedRemovals: input.days.map(() => null)
	};
}

/**
 * B̂_t: expected surviving fans (fans) at the end of each day, summed over every channel except
 * `organicChannel` (default 'organic'); feeds inorganic_share (§7.2 M9). Null when any of those
 * channels is not identifiable (then B̂_t is unknown, not 0).
 */
export function inorganicSurvivors(fit: SurvivalFit, organicChannel = 'organic'): number[] | null {
	const out = fit.fittedRemovals.map(() => 0);
	for (const c of fit.channels) {
		if (c.channel === organicChannel) continue;
		if (!c.identifiable) return null;
		c.survivorsByDay.forEach((n, t) => (out[t] += n));
	}
	return out;
}
