/**
 * Local-level state-space model (analytics.md §1.4), the sensitivity counterfactual of Model A:
 *   y_t = μ_t + ε_t,  ε ~ N(0, σ²_ε);   μ_{t+1} = μ_t + η_t,  η ~ N(0, σ²_η).
 * Kalman filter with the first observation as the (diffuse) initial level, σ²_ε concentrated out
 * of the likelihood, and q = σ²_η/σ²_ε chosen by a grid search on the profile likelihood
 * (q = 10^-4 … 10^1 in steps of 0.1 decades). Plug-in MLE: parameter uncertainty is ignored.
 */

/** Fitted local-level model and its forecast for the step after the last input. */
export interface LocalLevelFit {
	/** Forecast level μ_{T+1} (y units); constant over any horizon. */
	level: number;
	/** Variance of μ_{T+1} given the data (y units squared). */
	levelVar: number;
	/** Signal-to-noise ratio σ²_η/σ²_ε (unitless). */
	q: number;
	/** Observation noise variance (y units squared). */
	sigma2Eps: number;
	/** Level innovation variance (y units squared). */
	sigma2Eta: number;
	/** Profile log-likelihood at q (up to a constant). */
	logLik: number;
}

interface FilterRun {
	level: number;
	p: number;
	sigma2: number;
	logLik: number;
}

/** Filter in σ²_ε units; returns the one-step-ahead state after the last element. */
function runFilter(ys: readonly (number | null)[], first: number, q: number): FilterRun {
	let a = ys[first] as number;
	let p = 1 + q;
	let sumLogF = 0;
	let sumV2F = 0;
	let m = 0;
	for (let t = first + 1; t < ys.length; t++) {
		const y = ys[t];
		if (y === null) {
			p += q;
			continue;
		}
		const f = p + 1;
		const v = y - a;
		const k = p / f;
		a += k * v;
		p = p * (1 - k) + q;
		sumLogF += Math.log(f);
		sumV2F += (v * v) / f;
		m++;
	}
	const sigma2 = m > 0 ? sumV2F / m : 0;
	const logLik = sigma2 > 0 ? -0.5 * sumLogF - 0.5 * m * Math.log(sigma2) : Infinity;
	return { level: a, p, sigma2, logLik };
}

/**
 * Fit the local-level model by profile maximum likelihood over a grid of q.
 * @param ys equally spaced observations (y units); null = missing (the filter predicts through)
 * @returns the fit and the level forecast for the step after `ys`, or null with < 3 observations
 */
export function fitLocalLevel(ys: readonly (number | null)[]): LocalLevelFit | null {
	const first = ys.findIndex((y) => y !== null && Number.isFinite(y));
	if (first < 0 || ys.filter((y) => y !== null).length < 3) return null;
	let best: (FilterRun & { q: number }) | null = null;
	for (let k = -40; k <= 10; k++) {
		const q = 10 ** (k / 10);
		const run = runFilter(ys, first, q);
		if (best === null || run.logLik > best.logLik) best = { ...run, q };
		if (run.logLik === Infinity) break;
	}
	if (best === null) return null;
	return {
		level: best.level,
		levelVar: best.p * best.sigma2,
		q: best.q,
		sigma2Eps: best.sigma2,
		sigma2Eta: best.q * best.sigma2,
		logLik: best.logLik
	};
}

/**
 * Variance of the sum of the next `h` observations under a fitted local-level model:
 * h²·Var(μ_{T+1}) + σ²_η·(h − 1)h(2h − 1)/6 + h·σ²_ε (y units squared).
 * @param fit a fitted model
 * @param h horizon (days, ≥ 0)
 */
export function localLevelSumVariance(fit: LocalLevelFit, h: number): number {
	return h * h * fit.levelVar + (fit.sigma2Eta * (h - 1) * h * (2 * h - 1)) / 6 + h * fit.sigma2Eps;
}

/**
 * §1.4 sensitivity: does a local-level counterfactual fitted on `pre` give the same sign to
 * Σ_post (y − level) as `effect`? Same scale and windows as Model A.
 * @param pre pre-window values, one per day (null = unknown)
 * @param post post-window values, one per day (null = unknown, skipped)
 * @param effect Model A's summed effect on the same scale
 * @returns true/false, or null when the model cannot be fitted (< 3 pre observations)
 */
export function localLevelSignAgree(
	pre: readonly (number | null)[],
	post: readonly (number | null)[],
	effect: number
): boolean | null {
	const fit = fitLocalLevel(pre);
	if (fit === null) return null;
	const kalmanEffect = post.reduce<number>((acc, y) => acc + (y === null ? 0 : y - fit.level), 0);
	return kalmanEffect !== 0 && Math.sign(kalmanEffect) === Math.sign(effect);
}
