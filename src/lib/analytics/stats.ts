/**
 * Small numeric helpers for the analytics core: simple OLS, lag-1 autocorrelation, Student-t
 * CDF and quantile. Pure and dependency-free.
 */

/** Result of a simple least-squares fit y = intercept + slope·x. */
export interface OlsFit {
	/** b0, in y units. */
	intercept: number;
	/** b1, in y units per x unit. */
	slope: number;
	/** Number of points used. */
	n: number;
	/** Mean of x (x units). */
	xMean: number;
	/** Σ(x − x̄)² (x units squared). */
	sxx: number;
	/** Residual variance SSR/(n − 2) (y units squared). */
	s2: number;
	/** y − ŷ per point, in input order (y units). */
	residuals: number[];
}

/**
 * Ordinary least squares of y on x with an intercept (centred two-pass sums).
 * @param x predictor values (any unit); needs at least two distinct values
 * @param y responses (any unit), same length as x, at least 3 points
 * @throws RangeError on mismatched lengths, fewer than 3 points or constant x
 */
export function ols(x: readonly number[], y: readonly number[]): OlsFit {
	const n = x.length;
	if (y.length !== n) throw new RangeError(`ols: ${n} x values but ${y.length} y values`);
	if (n < 3) throw new RangeError('ols: needs at least 3 points');
	// Shift by the first point before summing: exact for constant or integer-valued input.
	const [x0, y0] = [x[0], y[0]];
	let sx = 0;
	let sy = 0;
	for (let i = 0; i < n; i++) {
		sx += x[i] - x0;
		sy += y[i] - y0;
	}
	const xMean = x0 + sx / n;
	const yMean = y0 + sy / n;
	let sxx = 0;
	let sxy = 0;
	for (let i = 0; i < n; i++) {
		sxx += (x[i] - xMean) ** 2;
		sxy += (x[i] - xMean) * (y[i] - yMean);
	}
	if (!(sxx > 0)) throw new RangeError('ols: x is constant');
	const slope = sxy / sxx;
	const intercept = yMean - slope * xMean;
	const residuals = y.map((v, i) => v - (intercept + slope * x[i]));
	const ssr = residuals.reduce((acc, e) => acc + e * e, 0);
	return { intercept, slope, n, xMean, sxx, s2: ssr / (n - 2), residuals };
}

/**
 * Lag-1 autocorrelation of an equally spaced series, where null marks a missing step.
 * Textbook estimator r1 = Σ(e_t·e_{t−1}) / Σe_t² on mean-centred values; when nulls break
 * pairs, the numerator is rescaled by (n − 1)/pairs so a gap does not bias r1 towards 0.
 * @param values series (any unit); null = unknown
 * @returns r1 (unitless), or null with fewer than 2 adjacent pairs or zero variance
 */
export function lag1Autocorrelation(values: readonly (number | null)[]): number | null {
	let n = 0;
	let sum = 0;
	for (const v of values) {
		if (v === null) continue;
		n++;
		sum += v;
	}
	const mean = sum / n;
	let den = 0;
	let num = 0;
	let pairs = 0;
	for (let t = 0; t < values.length; t++) {
		const v = values[t];
		if (v === null) continue;
		den += (v - mean) ** 2;
		const prev = t > 0 ? values[t - 1] : null;
		if (prev === null) continue;
		num += (v - mean) * (prev - mean);
		pairs++;
	}
	if (pairs < 2 || !(den > 0)) return null;
	return (num * (n - 1)) / pairs / den;
}

/** log Γ(x) for x > 0, Lanczos approximation (g = 7, 9 terms; ~15 significant digits). */
function logGamma(x: number): number {
	const c = [
		0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
		-176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
		1.5056327351493116e-7
	];
	if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
	const z = x - 1;
	let a = c[0];
	const t = z + 7.5;
	for (let i = 1; i < 9; i++) a += c[i] / (z + i);
	return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction for the incomplete beta function (modified Lentz). */
function betaContinuedFraction(x: number, a: number, b: number): number {
	const tiny = 1e-300;
	let c = 1;
	let d = 1 - ((a + b) * x) / (a + 1);
	if (Math.abs(d) < tiny) d = tiny;
	d = 1 / d;
	let h = d;
	const step = (aa: number): number => {
		d = 1 + aa * d;
		if (Math.abs(d) < tiny) d = tiny;
		c = 1 + aa / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		return d * c;
	};
	for (let m = 1; m <= 500; m++) {
		const m2 = 2 * m;
		h *= step((m * (b - m) * x) / ((a + m2 - 1) * (a + m2)));
		const delta = step((-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1)));
		h *= delta;
		if (Math.abs(delta - 1) < 1e-15) break;
	}
	return h;
}

/**
 * Regularized incomplete beta I_x(a, b).
 * @param x in [0, 1]
 * @param a shape > 0
 * @param b shape > 0
 */
export function regularizedBeta(x: number, a: number, b: number): number {
	if (x <= 0) return 0;
	if (x >= 1) return 1;
	const front = Math.exp(
		logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x)
	);
	if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
	return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/**
 * Student-t cumulative distribution function P(T ≤ t).
 * @param t quantile (unitless)
 * @param df degrees of freedom (> 0, need not be an integer)
 */
export function studentTCdf(t: number, df: number): number {
	if (!(df > 0)) throw new RangeError(`studentTCdf: df must be > 0, got ${df}`);
	if (Number.isNaN(t)) return NaN;
	if (t === Infinity) return 1;
	if (t === -Infinity) return 0;
	const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
	return t > 0 ? 1 - tail : tail;
}

/**
 * Student-t quantile: the t with P(T ≤ t) = p (bisection on the CDF to ~1e-12).
 * @param p probability in (0, 1)
 * @param df degrees of freedom (> 0)
 */
export function studentTQuantile(p: number, df: number): number {
	if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile: p must be in (0, 1), got ${p}`);
	if (p === 0.5) return 0;
	if (p < 0.5) return -studentTQuantile(1 - p, df);
	let lo = 0;
	let hi = 1;
	while (studentTCdf(hi, df) < p && hi < 1e300) hi *= 2;
	for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
		const mid = (lo + hi) / 2;
		if (studentTCdf(mid, df) < p) lo = mid;
		else hi = mid;
	}
	return (lo + hi) / 2;
}
