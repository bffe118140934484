/**
 * Parametric bootstrap for Model B (analytics.md §2.2, §7.3): resample daily removals around the
 * fitted means, refit, and read 90 % ranges as 5th–95th percentiles. Pure: no I/O.
 */
import { createRng } from '../demo/rng';
import type { Rng } from '../demo/rng';
import type { Range } from './types';

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
