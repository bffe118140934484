/**
 * Model B's reported statistics and their 90 % ranges (analytics.md §2.2, §7.3): survival S(a) and
 * half-life from band hazards, expected survivors, and the parametric bootstrap: resample daily
 * removals around the fitted means, refit, and read 90 % ranges as 5th–95th percentiles. Pure.
 */
import { createRng } from '../demo/rng';
import type { Rng } from '../demo/rng';
import { emFit, emState } from './survival-em.ts';
import type { EmState } from './survival-em.ts';
import type { Channel, Model } from './survival-model.ts';
import type { Range } from './types';

/** Cohort ages (days) at which survival is reported. */
export const SURVIVAL_AGES = [30, 90, 180, 365] as const;
export type SurvivalAge = (typeof SURVIVAL_AGES)[number];

/** Daily leaving probability `perDay` for fans aged [fromAge, toAge) days (toAge null = ∞). */
export interface HazardBand {
	fromAge: number;
	toAge: number | null;
	perDay: number;
}

/** The fitted hazards of channel c as bands. */
export function hazardOf(c: Channel, lam: Float64Array): HazardBand[] {
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
export const STATS = 6;

export function statistics(model: Model, st: EmState): Float64Array {
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
export function survivorsAt(model: Model, c: Channel, N: Float64Array, t: number): number {
	let s = 0;
	for (let i = 0; i < c.starts.length; i++) s += N[(c.k0 + i) * (model.T + 1) + t];
	return s;
}

/** How bootstrap removals are drawn around the fitted mean Û_t. */
export type Resampling = 'poisson' | 'negative-binomial';

/** Pearson dispersion above which removals are resampled as negative binomial (§2.2). */
export const NB_DISPERSION_THRESHOLD = 1.5;

/**
 * Pearson dispersion Σ (U_t − μ_t)² / μ_t / (n − p) over observed days with μ_t > 0.
 * @param removals daily removals (fans/day); only days with observed[t] = 1 count
 * @param observed 1 where the day is in the likelihood, else 0
 * @param mu fitted expected removals (fans/day)
 * @param parameters number of fitted hazards p
 * @returns unitless ratio; 1 when n ≤ p (too few days to tell)
 */
export function pearsonDispersion(
	removals: ArrayLike<number>,
	observed: ArrayLike<number>,
	mu: ArrayLike<number>,
	parameters: number
): number {
	let chi2 = 0;
	let n = 0;
	for (let t = 0; t < mu.length; t++) {
		if (!observed[t] || !(mu[t] > 0)) continue;
		chi2 += (removals[t] - mu[t]) ** 2 / mu[t];
		n++;
	}
	return n > parameters ? chi2 / (n - parameters) : 1;
}

/** Gamma(shape, scale 1) draw by Marsaglia–Tsang, boosted for shape < 1. Unitless. */
export function gammaDraw(rng: Rng, shape: number): number {
	if (shape < 1) return gammaDraw(rng, shape + 1) * rng.next() ** (1 / shape);
	const d = shape - 1 / 3;
	const c = 1 / Math.sqrt(9 * d);
	for (;;) {
		const x = rng.normal();
		const v = (1 + c * x) ** 3;
		if (v <= 0) continue;
		const u = rng.next();
		if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
			return d * v;
		}
	}
}

/**
 * One bootstrap series: U*_t ~ Poisson(μ_t), or, when dispersion φ > 1.5, negative binomial with
 * mean μ_t and variance φ·μ_t (gamma–Poisson mixture). Unobserved days get 0 (they stay out).
 */
export function resampleRemovals(
	rng: Rng,
	mu: ArrayLike<number>,
	observed: ArrayLike<number>,
	dispersion: number
): Float64Array {
	const out = new Float64Array(mu.length);
	const nb = dispersion > NB_DISPERSION_THRESHOLD;
	for (let t = 0; t < mu.length; t++) {
		if (!observed[t] || !(mu[t] > 0)) continue;
		const mean = nb ? gammaDraw(rng, mu[t] / (dispersion - 1)) * (dispersion - 1) : mu[t];
		out[t] = rng.poisson(mean);
	}
	return out;
}

export interface BootstrapPlan {
	/** fitted expected removals Û_t (fans/day) */
	mu: Float64Array;
	/** observed daily removals (fans/day), read where observed[t] = 1 */
	removals: Float64Array;
	observed: Float64Array;
	/** number of fitted hazards (for the dispersion's degrees of freedom) */
	parameters: number;
	reps: number;
	seed: number;
}

export interface BootstrapResult {
	dispersion: number;
	resampling: Resampling;
	/** one statistics vector per replicate, as returned by `refit` */
	draws: Float64Array[];
}

/**
 * Run the parametric bootstrap. Deterministic for a given seed: replicates are drawn in order
 * from one seeded stream.
 * @param refit refits the model to one resampled removals series and returns its statistics
 */
export function runBootstrap(
	plan: BootstrapPlan,
	refit: (removals: Float64Array) => Float64Array
): BootstrapResult {
	const { mu, observed, reps } = plan;
	const dispersion = pearsonDispersion(plan.removals, observed, mu, plan.parameters);
	const rng = createRng(plan.seed);
	const draws: Float64Array[] = [];
	for (let r = 0; r < reps; r++) draws.push(refit(resampleRemovals(rng, mu, observed, dispersion)));
	const resampling = dispersion > NB_DISPERSION_THRESHOLD ? 'negative-binomial' : 'poisson';
	return { dispersion, resampling, draws };
}

/** Quantile of ascending `sorted` values at probability p, linear interpolation (R type 7). */
export function quantile(sorted: readonly number[], p: number): number {
	const h = (sorted.length - 1) * p;
	const lo = Math.floor(h);
	const a = sorted[lo];
	if (h === lo || !Number.isFinite(a)) return a;
	const b = sorted[lo + 1];
	return b === Infinity ? Infinity : a + (h - lo) * (b - a);
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * A 90 % range: the point estimate with the 5th and 95th percentiles of statistic `index` across
 * bootstrap draws. Infinite values (e.g. a half-life that is never reached) become null; with no
 * draws both bounds are null.
 */
export function percentileRange(estimate: number, draws: Float64Array[], index: number): Range {
	if (draws.length === 0) return { estimate: finite(estimate), low: null, high: null };
	const values = draws.map((d) => d[index]).sort((x, y) => x - y);
	return {
		estimate: finite(estimate),
		low: finite(quantile(values, 0.05)),
		high: finite(quantile(values, 0.95))
	};
}

/**
 * Parametric bootstrap of the statistics: each refit starts from the point fit's hazards and
 * reuses one set of buffers (its statistics are read before the next refit).
 */
export function bootstrapFit(model: Model, fit: EmState, reps: number, seed: number) {
	const parameters = model.K - model.tied.reduce((s, x) => s + x, 0);
	const { removals, observed } = model;
	const plan = { mu: fit.mu, removals, observed, parameters, reps, seed };
	const work = emState(model.K, model.T);
	return runBootstrap(plan, (u) => statistics(model, emFit(model, u, fit.lam, work)));
}
