/**
 * Model B's reported statistics and their 90 % ranges (analytics.md §2.2, §7.3): survival S(a) and
 * half-life from band hazards, expected survivors, and the parametric bootstrap: resample daily
 * removals around the fitted means, refit, and read 90 % ranges as 5th–95th percentiles. Pure.
 */
import { createRng } from '../demo/rng';
import type { Rng } from '../demo/rng';
import { emFit, emState } from './survival-em.ts';
import type { EmState } from './survival-em.ts';
import { cleanedOut, cleanupFractions } from './survival-cleanup.ts';
import type { CleanupCohort } from './survival-cleanup.ts';
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

/**
 * Statistics per fitted channel: S(30), S(90), S(180), S(365), half-life, survivors now, and the
 * change of the channel's Σ adds from the point fit's (0 for the point fit; the drawn cohort size
 * minus the estimated one in a bootstrap replicate).
 */
export const STATS = 7;
export const STAT = { s30: 0, s90: 1, s180: 2, s365: 3, halfLife: 4, survivors: 5, addsDelta: 6 };
export type Stat = keyof typeof STAT;

export function statistics(model: Model, st: EmState, base: Model = model): Float64Array {
	const out = new Float64Array(model.channels.length * STATS);
	const cleanup = cleanupOf(model, st.lam);
	model.channels.forEach((c, i) => {
		const h = hazardOf(c, st.lam);
		SURVIVAL_AGES.forEach((a, j) => (out[i * STATS + j] = survivalAt(h, a)));
		out[i * STATS + 4] = halfLifeOf(h);
		const cleaned = cleanup ? cleanedOut(cleanup.curves[i], cleanup.f, model.T - 1) : 0;
		out[i * STATS + 5] = survivorsAt(model, c, st.N, model.T) - cleaned;
		out[i * STATS + 6] = c.acquired - base.channels[i].acquired;
	});
	return out;
}

/**
 * Every channel's adds and survival curve S(0..T) under hazards `lam`, and the clean-up fraction
 * of each day (survival-cleanup.ts); null when the model has no clean-up.
 */
export function cleanupOf(
	model: Model,
	lam: Float64Array
): { curves: CleanupCohort[]; f: Float64Array } | null {
	if (!model.cleanups.some((g) => g > 0)) return null;
	const curves = model.channels.map((c) => {
		const h = hazardOf(c, lam);
		const survival = new Float64Array(model.T + 1);
		survival[0] = 1;
		let b = 0;
		for (let a = 1; a <= model.T; a++) {
			while (b + 1 < h.length && a - 1 >= h[b + 1].fromAge) b++;
			survival[a] = survival[a - 1] * (1 - h[b].perDay);
		}
		return { adds: c.adds, survival };
	});
	return { curves, f: cleanupFractions(curves, model.cleanups) };
}

/** Expected fans of channel c at risk at the start of day t (= survivors at the end of t − 1). */
export function survivorsAt(model: Model, c: Channel, N: Float64Array, t: number): number {
	let s = 0;
	for (let i = 0; i < c.starts.length; i++) s += N[(c.k0 + i) * (model.T + 1) + t];
	return s;
}

/**
 * Σ_s A_s S(a_s)(1 − S(a_s)) over the channel's cohorts, a_s = days at risk by the end of the last
 * day: the binomial variance (fans²) of how many are still following.
 */
export function survivorVariance(model: Model, c: Channel, lam: Float64Array): number {
	const h = hazardOf(c, lam);
	let v = 0;
	for (let s = 0; s < model.T; s++) {
		if (!c.adds[s]) continue;
		const S = survivalAt(h, model.T - 1 - s);
		v += c.adds[s] * S * (1 - S);
	}
	return v;
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
	/** one statistics vector per replicate whose refit converged */
	draws: Float64Array[];
	/** replicates attempted, and those left out because their refit did not converge */
	attempted: number;
	notConverged: number;
}

/**
 * Run the parametric bootstrap. Deterministic for a given seed: replicates are drawn in order
 * from one seeded stream (the cohort sizes first, then the removals).
 * @param refit refits the model to one resampled removals series; returns its statistics, or
 * null when the refit did not converge (the replicate is then left out and counted)
 * @param drawSizes draws the replicate's cohort sizes from the same stream (optional)
 */
export function runBootstrap(
	plan: BootstrapPlan,
	refit: (removals: Float64Array, rng: Rng) => Float64Array | null,
	drawSizes: (rng: Rng) => void = () => {}
): BootstrapResult {
	const { mu, observed, reps } = plan;
	const dispersion = pearsonDispersion(plan.removals, observed, mu, plan.parameters);
	const rng = createRng(plan.seed);
	const draws: Float64Array[] = [];
	let notConverged = 0;
	for (let r = 0; r < reps; r++) {
		drawSizes(rng);
		const d = refit(resampleRemovals(rng, mu, observed, dispersion), rng);
		if (d) draws.push(d);
		else notConverged++;
	}
	const resampling = dispersion > NB_DISPERSION_THRESHOLD ? 'negative-binomial' : 'poisson';
	return { dispersion, resampling, draws, attempted: reps, notConverged };
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
 * A 90 % range: the point estimate with the 5th and 95th percentiles of `values` (one per
 * bootstrap draw; NaN = the statistic does not exist in that draw, left out). Infinite values
 * (e.g. a half-life that is never reached) become null; with no draws, or NaN in more than 10 %
 * of them, both bounds are null.
 */
export function rangeOf(estimate: number, values: number[]): Range {
	const known = values.filter((v) => !Number.isNaN(v)).sort((x, y) => x - y);
	if (known.length === 0 || known.length < 0.9 * values.length)
		return { estimate: finite(estimate), low: null, high: null };
	return {
		estimate: finite(estimate),
		low: finite(quantile(known, 0.05)),
		high: finite(quantile(known, 0.95))
	};
}

/** percentile range of statistic `index` across draws (see rangeOf). */
export function percentileRange(estimate: number, draws: Float64Array[], index: number): Range {
	return rangeOf(
		estimate,
		draws.map((d) => d[index])
	);
}

/**
 * A refit's tolerance, as a multiple of the point fit's (half the Newton decrement, model.tolerance
 * = 1e-7): 1e-5 of log-likelihood. See bootstrapFit.
 */
export const REFIT_TOLERANCE = 100;

/** 90 % range (low, high) of a cohort's size, drawn as a split normal around its estimate. */
export interface SizeUncertainty {
	channel: number;
	estimate: number;
	low: number;
	high: number;
}

/** A split-normal draw from a 90 % range, floored at 0. */
function drawSize(rng: Rng, s: SizeUncertainty): number {
	const z = rng.normal();
	const sd = (z < 0 ? s.estimate - s.low : s.high - s.estimate) / 1.6449;
	return Math.max(0, s.estimate + z * sd);
}

/**
 * Parametric bootstrap of the statistics, jointly over every channel. Each replicate draws the
 * uncertain cohorts' sizes (their daily adds scaled; the remainder channel, organic, takes the
 * difference day by day, floored at 0, so total new fans stay as observed), resamples removals
 * around the point fit's means, and refits from the point fit's log hazards with the same band
 * structure. A refit steps by Fisher scoring with the step length read off a parabola through the
 * log-likelihood along the step, damped where that parabola shows the information misjudging the
 * curvature (emFit's `interpolate`), and has converged when half the Newton
 * decrement is below REFIT_TOLERANCE × the point fit's tolerance (1e-5 of log-likelihood: the
 * hazards then sit within ~0.01 of a standard error of the replicate's maximum, far inside the
 * bootstrap's own Monte Carlo noise). Replicates whose refit does not converge within the cap
 * (no step raises the likelihood, or 100 iterations) are left out of every range and counted.
 */
export function bootstrapFit(
	model: Model,
	fit: EmState,
	reps: number,
	seed: number,
	sizes: readonly SizeUncertainty[] = [],
	remainder = -1
) {
	const parameters = model.P;
	const { removals, observed } = model;
	const plan = { mu: fit.mu, removals, observed, parameters, reps, seed };
	const work = emState(model.K, model.T, model.P);
	const theta0 = Float64Array.from(fit.theta.subarray(0, model.P));
	const uncertain = sizes.filter((s) => s.estimate > 0 && s.high > s.low);
	const rep: Model = {
		...model,
		tolerance: model.tolerance * REFIT_TOLERANCE,
		channels: uncertain.length
			? model.channels.map((c) => ({ ...c, adds: c.adds.slice() }))
			: model.channels
	};
	const draw = (rng: Rng) => {
		if (!uncertain.length) return;
		const factors = uncertain.map((s) => drawSize(rng, s) / s.estimate);
		const rest = remainder >= 0 ? rep.channels[remainder].adds : null;
		if (rest) rest.set(model.channels[remainder].adds);
		uncertain.forEach((s, i) => {
			const src = model.channels[s.channel].adds;
			const dst = rep.channels[s.channel].adds;
			for (let t = 0; t < src.length; t++) {
				dst[t] = src[t] * factors[i];
				if (rest) rest[t] += src[t] - dst[t];
			}
		});
		for (const c of rep.channels) {
			let sum = 0;
			for (let t = 0; t < c.adds.length; t++) sum += c.adds[t] = Math.max(0, c.adds[t]);
			c.acquired = sum;
		}
	};
	let iterations = 0;
	const result = runBootstrap(
		plan,
		(u, rng) => {
			const st = emFit(rep, u, theta0, work, true);
			iterations += st.iterations;
			if (!st.converged) return null;
			const out = statistics(rep, st, model);
			// fans still following today are a count, not an expectation: each replicate adds the
			// binomial spread of who stayed, Var = Σ_s A_s S(a_s)(1 − S(a_s)) (normal approximation)
			rep.channels.forEach((c, i) => {
				const sd = Math.sqrt(survivorVariance(rep, c, st.lam));
				const j = i * STATS + STAT.survivors;
				out[j] = Math.max(0, out[j] + sd * rng.normal());
			});
			return out;
		},
		draw
	);
	return { ...result, iterations };
}
