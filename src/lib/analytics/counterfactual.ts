/**
 * Model A (analytics.md §1.2, §1.5, §7.3; issue 12): pre-trend counterfactual of one daily outcome
 * around one ledger event, with an AR(1)-inflated 90 % interval, a placebo-in-time test that
 * calibrates it and a local-level sensitivity check. Pure and deterministic: no random draw.
 *
 * Windows, half-open as in §7 (the ledger `end` is inclusive):
 *   pre  = [start − 90, start): needs ≥ 56 usable days;
 *   post = [start, end + 1 + 30): the campaign days plus 30 days, H = (end − start + 1) + 30.
 * Null post days are skipped (effect over the observed post days); < H/2 observed → refused.
 *
 * Two methods, chosen per estimate:
 * - 'seasonal' when the same days a year earlier are known (at least a year of history before
 *   the pre window), else a year later: z_t = centred 2 × 14-day moving average of y 365 days
 *   before (after) t (whole weeks, so weekdays cancel; widened to 28, then 56 days around
 *   a masked intervention). Raw scale: y_t = z_t·(b0 + b1·x) — last year's shape scaled by a growth
 *   factor that may drift linearly; log scale: log1p y_t − log1p z_t = b0 + b1·x.
 * - 'trend' otherwise: y_t = b0 + b1·x, x = day − start (§1.2).
 * Known interventions (other ledger events, platform events that concern the outcome) inside the
 * pre window or a year earlier: their days and the 30 after are left out, and a step term (0
 * before, 1 after; a change of the growth factor for the raw seasonal model) models any lasting
 * change when ≥ 14 usable days lie on each side. One that touches the post window refuses.
 * Placebos are drawn on both sides of the campaign, across the whole history (so they see every
 * season the data holds); when their errors are larger than the model's own SE says, the interval
 * is widened by that factor (`calibration`). With the trend method on a page that swings more
 * than a straight trend allows, the interval also carries the placebos' own error (`swingBound`).
 * docs/analytics.md (Model A) has the measured coverage and where the model stops.
 */
import { localLevelSignAgree } from './kalman';
import { leastSquares, quadForm } from './least-squares';
import { lag1Autocorrelation, ols, studentTCdf, studentTQuantile } from './stats';
import type { EvidenceLevel, Range } from './types';

const DAY_MS = 86_400_000;
/** Window and gate parameters (days, counts, fractions). */
export const MODEL_A = {
	preDays: 90,
	minPreDays: 56,
	afterDays: 30,
	placebos: 20,
	minPlacebos: 10,
	placeboStepDays: 7,
	rhoMax: 0.95,
	pPlaceboMax: 0.1,
	mapeMax: 0.5,
	/** Lag of the seasonal comparison: the same date a year apart (the 14-day mean spans whole
	 * weeks, so weekdays need not line up; 364 put the calendar season 1¼ days out of phase). */
	yearLagDays: 365,
	/** Year-ago mean over t − 365 ± 7 (ends weighted ½: two whole weeks, centred)… */
	seasonHalfWindow: 7,
	/** …with at least this much known weight (days). */
	seasonMinDays: 7,
	/** An intervention's effect is taken to last its own days and this many after. */
	interventionTailDays: 30,
	/** A step term needs this many usable pre days on each side of an intervention. */
	minSideDays: 14,
	/** Below this many days of data in all, no placebo can have seen a whole year. */
	yearDays: 365,
	/** Placebos within this many days of the campaign's time of year calibrate it too. */
	sameSeasonDays: 42,
	/**
	 * Trend method only: placebo errors this many times the model's SE mean the page swings more
	 * than a straight trend allows (seasons, mostly): the range then adds the placebos' error.
	 */
	maxTrendCalibration: 1.2
} as const;

/** One outcome series and one event. Days ISO 'YYYY-MM-DD', strictly increasing. */
export interface EffectInput {
	days: readonly string[];
	/** Outcome per day (its own units/day); null or non-finite = unknown. */
	values: readonly (number | null)[];
	/** First campaign day (ISO, inclusive). */
	start: string;
	/** Last campaign day (ISO, inclusive). */
	end: string;
	/**
	 * Other known interventions, [from, to] ISO both inclusive: other ledger events and platform
	 * events that concern this outcome. Touching the post window: refused. Before it: modelled.
	 */
	blocked?: readonly (readonly [string, string])[];
	/** Fit on log1p(y) (reach_organic). */
	logScale?: boolean;
	/** 'off' forces the trend method (default 'auto': seasonal when a year of history exists). */
	season?: 'auto' | 'off';
	/** Accepted for interface symmetry; Model A draws no random numbers and ignores it. */
	seed?: number;
}

export type ModelAMethod = 'trend' | 'seasonal';
/**
 * How the yearly season is handled: 'modelled' (seasonal method); 'widened' (trend method on a
 * page whose placebos show swings a straight trend cannot follow: the range carries their error);
 * 'placebo-calibrated' (trend method, placebos across ≥ a year of data saw no such swings);
 * 'unchecked' (less than a year of data: a seasonal swing cannot be ruled out, evidence ≤ 1).
 */
export type Seasonality = 'modelled' | 'widened' | 'placebo-calibrated' | 'unchecked';

/**
 * Cumulative effect over the observed post days, in the outcome's own units (summed over the
 * post window), with its 90 % interval. On `logScale` the interval is computed for the mean
 * daily log-ratio δ = mean(log1p y − fit) and mapped to units by Σ_post (1 + y)(1 − e^−δ), i.e.
 * the excess if the campaign multiplied (1 + y) by e^δ every post day.
 */
export interface ModelAEffect extends Range {
	estimate: number;
	low: number;
	high: number;
	evidenceLevel: EvidenceLevel;
	/** Placebo-in-time p (§1.5); null when fewer than 10 placebo dates fit. */
	pPlacebo: number | null;
	/** Relative effect: effect/Σŷ (raw) or e^δ − 1 (log); null when Σŷ ≤ 0. */
	rel: number | null;
	relLow: number | null;
	relHigh: number | null;
	/** Model P(effect > 0), Student-t with n − p df (after calibration). */
	pPositive: number;
	/** Pre-period Σ|y − ŷ| / Σ|y| (original units); null when Σ|y| = 0. */
	mapePre: number | null;
	/** Same sign as the local-level Kalman counterfactual (§1.4); null if it cannot be fitted. */
	signAgree: boolean | null;
	method: ModelAMethod;
	seasonality: Seasonality;
	/** Seasonal method: compared with the same days a year before, or (lacking those) a year after. */
	seasonFrom?: 'year-before' | 'year-after';
	/**
	 * Set when the entry is one of several contiguous entries of a channel (one episode): the
	 * episode was estimated as one campaign and this entry carries `share` of it (its days).
	 */
	episode?: { start: string; end: string; entries: string[]; share: number };
}

/** Diagnostics shown next to the effect (§6.2 rule 5). */
export interface ModelAFit {
	pre: [string, string];
	post: [string, string];
	preDays: number;
	postDays: number;
	postWindowDays: number;
	/** b1 and b0 (trend: units/day per day and units/day; seasonal raw: growth-factor terms). */
	slope: number;
	intercept: number;
	rho: number;
	/** SE of the summed effect on the fitted scale, after calibration. */
	seSum: number;
	df: number;
	placebos: number;
	scale: 'raw' | 'log1p';
	method: ModelAMethod;
	/** Interventions modelled by a step term in the pre window. */
	steps: number;
	/** Factor (≥ 1) by which the placebos widened the model's SE. */
	calibration: number;
	/** Trend method on a swinging page: the placebos' 90th-percentile |effect| added to each side. */
	swingBound: number;
	/** Counterfactual per observed post day, original units: [day, ŷ]. */
	baseline: [string, number][];
}

export type RefusalReason =
	'insufficient-pre' | 'insufficient-post' | 'blocked-overlap' | 'post-beyond-data';
export type EffectResult =
	| { effect: ModelAEffect; fit: ModelAFit; reason: null }
	| { effect: null; fit: null; reason: RefusalReason };

/** Valid days already read (every estimate of a page reads the same thousand days). */
const dayNumbers = new Map<string, number>();
const dayNumber = (iso: string): number => {
	const known = dayNumbers.get(iso);
	if (known !== undefined) return known;
	const ms = Date.parse(`${iso}T00:00:00Z`);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(ms) || toIso(ms / DAY_MS) !== iso) {
		throw new RangeError(`Invalid ISO day: ${iso}`);
	}
	if (dayNumbers.size >= 100_000) dayNumbers.clear();
	dayNumbers.set(iso, ms / DAY_MS);
	return ms / DAY_MS;
};
const toIso = (dn: number): string => new Date(dn * DAY_MS).toISOString().slice(0, 10);

type Span = readonly [number, number];

/**
 * An outcome on a day grid (index 0 = day number `lo`), wide enough for every day a window or a
 * year-apart mean reads: its values (NaN = unknown) and the masked days (interventions and
 * their tails). Typed arrays, so the hundreds of placebo windows of an estimate cost little.
 */
interface Grid {
	lo: number;
	y: Float64Array;
	masked: Uint8Array;
}

interface Context {
	grid: Grid;
	log: boolean;
	method: ModelAMethod;
	/** Seasonal method: +365 compares with the year before, −365 with the year after. */
	lag: number;
	/** Intervals (day numbers, inclusive) whose own days refuse a post window they touch. */
	blocks: readonly Span[];
	/** The same, extended by the tail: left out of the fit and of the year-ago means; by start. */
	masks: readonly Span[];
	/**
	 * Seasonal method, per grid day, computed once: the year-apart mean, its half window (0: not
	 * computed yet, −1: too few known days) and the known weight it rests on.
	 */
	z: Float64Array;
	zHalf: Int8Array;
	zWeight: Float64Array;
	/** Scratch for a window's year-apart weights (zeros between windows). */
	weight: Float64Array;
	seen: Uint8Array;
}

function makeContext(
	grid: Grid,
	c: Pick<Context, 'log' | 'method' | 'lag' | 'blocks' | 'masks'>
): Context {
	const n = grid.y.length;
	return {
		...c,
		grid,
		z: new Float64Array(n),
		zHalf: new Int8Array(n),
		zWeight: new Float64Array(n),
		weight: new Float64Array(n),
		seen: new Uint8Array(n)
	};
}

interface WindowFit {
	/** Event day number. */
	start: number;
	/** Σ_post (y − ŷ) on the fitted scale. */
	effect: number;
	/** SE_sum on the fitted scale, before calibration. */
	se: number;
	h: number;
	n: number;
	p: number;
	rho: number;
	beta: number[];
	steps: number;
	/** Σ_post ŷ, original units. */
	cfSum: number;
	/** Σ_post (1 + y), original units (log back-transform). */
	onePlusY: number;
	mape: number | null;
	/**
	 * Series for the local-level check: fitted scale, deseasonalised for the seasonal method; and
	 * the counterfactual per observed post day. Empty for a placebo (never read).
	 */
	kalmanPre: (number | null)[];
	kalmanPost: (number | null)[];
	baseline: [number, number][];
}

const touches = (spans: readonly Span[], lo: number, hi: number) =>
	spans.some(([a, b]) => a < hi && b >= lo);

const HALF_WINDOWS = [
	MODEL_A.seasonHalfWindow,
	2 * MODEL_A.seasonHalfWindow,
	4 * MODEL_A.seasonHalfWindow
];

/**
 * Whether grid day `i` has a year-apart mean (ctx.z[i]): the mean of the known, unmasked raw
 * values over the 14 days centred a year before (after) it — a centred "2 × 14" moving average,
 * days c − half … c + half with the two ends weighted ½; when fewer than 7 are usable (an
 * intervention a year earlier), over 28, then 56 days (still whole weeks). Computed once per day:
 * a campaign's placebo windows overlap and ask for the same days again and again.
 */
function yearApart(ctx: Context, i: number): boolean {
	if (ctx.zHalf[i] === 0) {
		const { y, masked } = ctx.grid;
		const c = i - ctx.lag;
		ctx.zHalf[i] = -1;
		for (const half of HALF_WINDOWS) {
			let sum = 0;
			let weight = 0;
			for (let j = c - half; j <= c + half; j++) {
				if (masked[j] || y[j] !== y[j]) continue;
				const w = j === c - half || j === c + half ? 0.5 : 1;
				sum += w * y[j];
				weight += w;
			}
			if (weight >= MODEL_A.seasonMinDays) {
				ctx.z[i] = sum / weight;
				ctx.zHalf[i] = half;
				ctx.zWeight[i] = weight;
				break;
			}
		}
	}
	return ctx.zHalf[i] > 0;
}

/** Whether grid day `i` enters a fit: known, unmasked (when `useMask`), with its year-apart mean. */
function usable(ctx: Context, i: number, useMask: boolean): boolean {
	const { y, masked } = ctx.grid;
	if ((useMask && masked[i]) || y[i] !== y[i]) return false;
	return ctx.method !== 'seasonal' || yearApart(ctx, i);
}

interface Solved {
	beta: number[];
	residuals: number[];
	s2: number;
	n: number;
	p: number;
	/** g'(X'X)⁻¹g for the summed post rows g. */
	quad: (g: readonly number[]) => number;
}

/**
 * Least squares; the plain trend design [1, x] goes through the centred simple OLS of §1.2 (exact
 * on integer data, the variance term h²/n + (Σx − h·x̄)²/Sxx), anything else through the normal
 * equations.
 */
function solve(rows: number[][], y: number[], xs: number[]): Solved | null {
	if (rows[0]?.length === 2 && rows.every((r) => r[0] === 1)) {
		const f = ols(xs, y);
		return {
			beta: [f.intercept, f.slope],
			residuals: f.residuals,
			s2: f.s2,
			n: f.n,
			p: 2,
			quad: ([h, sx]) => (h * h) / f.n + (sx - h * f.xMean) ** 2 / f.sxx
		};
	}
	const f = leastSquares(rows, y);
	return f && { ...f, quad: (g) => quadForm(f.xtxInv, g) };
}

/** The window's usable pre days (grid indices) before an event at day number `s`. */
function preDaysOf(ctx: Context, s: number): number[] {
	const pre: number[] = [];
	const i0 = s - MODEL_A.preDays - ctx.grid.lo;
	for (let i = i0; i < i0 + MODEL_A.preDays; i++) if (usable(ctx, i, true)) pre.push(i);
	return pre;
}

/**
 * Interventions inside the pre window: a step when both sides are long enough; else no step
 * (their days and the 30 after are left out, the rest kept: a short side cannot tell a lasting
 * change from the trend). Returns the last masked day of each, as day numbers.
 */
function stepsOf(ctx: Context, s: number, pre: readonly number[]): number[] {
	const stepAt: number[] = [];
	const lo = ctx.grid.lo;
	for (const [a, b] of ctx.masks) {
		if (!(a < s && b >= s - MODEL_A.preDays)) continue;
		let before = 0;
		let after = 0;
		for (const i of pre) {
			if (i + lo < a) before++;
			if (i + lo > b) after++;
		}
		if (before >= MODEL_A.minSideDays && after >= MODEL_A.minSideDays) stepAt.push(b);
	}
	return stepAt;
}

/**
 * Grid day `i`'s design row into `out`: [1, x] (seasonal raw: [z, z·x]) and one step column
 * per modelled intervention (seasonal raw: the step changes the growth factor, so it multiplies
 * last year's shape).
 */
function fillRow(ctx: Context, s: number, stepAt: readonly number[], i: number, out: number[]) {
	const d = i + ctx.grid.lo;
	const x = d - s;
	const raw = ctx.method === 'seasonal' && !ctx.log;
	const z = ctx.z[i];
	out[0] = raw ? z : 1;
	out[1] = raw ? z * x : x;
	for (let k = 0; k < stepAt.length; k++) out[2 + k] = d > stepAt[k] ? (raw ? z : 1) : 0;
	return out;
}
/** Offset and target on the fitted scale (log seasonal: log1p y − log1p z). */
const offsetAt = (ctx: Context, i: number) =>
	ctx.method === 'seasonal' && ctx.log ? Math.log1p(ctx.z[i]) : 0;
const targetAt = (ctx: Context, i: number) =>
	(ctx.log ? Math.log1p(ctx.grid.y[i]) : ctx.grid.y[i]) - offsetAt(ctx, i);

/**
 * Whether the normal equations of this design are singular: leastSquares's own test (X'X scaled
 * to unit diagonal, Gauss–Jordan with partial pivoting, a pivot ≤ 1e-10 refuses), run on X'X
 * alone, with the same operations in the same order, so the same answer without solving. The
 * plain trend design [1, x] goes through the simple OLS, which never refuses ≥ 56 distinct days.
 */
function singular(ctx: Context, s: number, stepAt: readonly number[], pre: number[]): boolean {
	const p = 2 + stepAt.length;
	const row = new Array<number>(p).fill(0);
	const a = new Float64Array(p * p);
	let plain = p === 2;
	for (const i of pre) {
		fillRow(ctx, s, stepAt, i, row);
		if (row[0] !== 1) plain = false;
		for (let u = 0; u < p; u++) for (let v = 0; v < p; v++) a[u * p + v] += row[u] * row[v];
	}
	if (plain || pre.length <= p) return !plain;
	const scale = new Float64Array(p);
	for (let u = 0; u < p; u++) scale[u] = Math.sqrt(a[u * p + u]) || 1;
	for (let u = 0; u < p; u++) for (let v = 0; v < p; v++) a[u * p + v] /= scale[u] * scale[v];
	for (let c = 0; c < p; c++) {
		let piv = c;
		for (let r = c + 1; r < p; r++) if (Math.abs(a[r * p + c]) > Math.abs(a[piv * p + c])) piv = r;
		if (!(Math.abs(a[piv * p + c]) > 1e-10)) return true;
		for (let v = 0; v < p; v++) [a[c * p + v], a[piv * p + v]] = [a[piv * p + v], a[c * p + v]];
		const d = a[c * p + c];
		for (let v = 0; v < p; v++) a[c * p + v] /= d;
		for (let r = 0; r < p; r++) {
			if (r === c || a[r * p + c] === 0) continue;
			const f = a[r * p + c];
			for (let v = 0; v < p; v++) a[r * p + v] -= f * a[c * p + v];
		}
	}
	return false;
}

/** Observed post days of a window (the post gate needs half of them). */
function postDays(ctx: Context, s: number, H: number): number {
	let h = 0;
	for (let i = s - ctx.grid.lo; i < s + H - ctx.grid.lo; i++) if (usable(ctx, i, false)) h++;
	return h;
}

/**
 * Whether fitWindow(ctx, s, H) would fit rather than refuse — its gates (blocked, pre days, a
 * singular design, post days) without the fit: the placebo search asks it of every candidate
 * date and fits only those it uses.
 */
function fits(ctx: Context, s: number, H: number): boolean {
	if (touches(ctx.blocks, s, s + H)) return false;
	const pre = preDaysOf(ctx, s);
	if (pre.length < MODEL_A.minPreDays) return false;
	if (singular(ctx, s, stepsOf(ctx, s, pre), pre)) return false;
	return postDays(ctx, s, H) >= H / 2;
}

/**
 * One estimate with the event at day number `s` and a post window of `H` days. `full`: with the
 * series the real window's sensitivity check and chart read (a placebo needs none).
 */
function fitWindow(ctx: Context, s: number, H: number, full = true): WindowFit | RefusalReason {
	if (touches(ctx.blocks, s, s + H)) return 'blocked-overlap';
	const { log, method, grid } = ctx;
	const { y } = grid;
	const seasonal = method === 'seasonal';
	const orig = (v: number, off: number) => (log ? Math.expm1(v + off) : v);
	const pre = preDaysOf(ctx, s);
	const stepAt = stepsOf(ctx, s, pre);
	if (pre.length < MODEL_A.minPreDays) return 'insufficient-pre';
	const p = 2 + stepAt.length;
	const fit = solve(
		pre.map((i) => fillRow(ctx, s, stepAt, i, new Array<number>(p))),
		pre.map((i) => targetAt(ctx, i)),
		pre.map((i) => i + grid.lo - s)
	);
	if (fit === null) return 'insufficient-pre';
	const { beta } = fit;

	const i0 = s - MODEL_A.preDays - grid.lo;
	const resid = new Array<number | null>(MODEL_A.preDays).fill(null);
	pre.forEach((i, k) => (resid[i - i0] = fit.residuals[k]));
	const rho = lag1Autocorrelation(resid);
	const r = Math.min(MODEL_A.rhoMax, Math.max(0, rho ?? 0));
	let err = 0;
	let abs = 0;
	pre.forEach((i, k) => {
		const off = offsetAt(ctx, i);
		const t = targetAt(ctx, i);
		err += Math.abs(orig(t, off) - orig(t - fit.residuals[k], off));
		abs += Math.abs(y[i]);
	});
	const kal = (i: number): number | null =>
		seasonal && !log ? (ctx.z[i] > 0 ? y[i] / ctx.z[i] : null) : targetAt(ctx, i);
	const kalmanPre: (number | null)[] = [];
	if (full) {
		const known = new Set(pre);
		for (let i = i0; i < i0 + MODEL_A.preDays; i++) kalmanPre.push(known.has(i) ? kal(i) : null);
	}

	let effect = 0;
	let cfSum = 0;
	let onePlusY = 0;
	let h = 0;
	const g = new Array<number>(fit.p).fill(0);
	const rw = new Array<number>(p).fill(0);
	// year-apart weights, summed per day j in the order the days first appear (as a Map would)
	const order: number[] = [];
	const { weight, seen } = ctx;
	const kalmanPost: (number | null)[] = [];
	const baseline: [number, number][] = [];
	for (let d = s; d < s + H; d++) {
		const i = d - grid.lo;
		const ok = usable(ctx, i, false);
		if (full) kalmanPost.push(ok ? kal(i) : null);
		if (!ok) continue;
		fillRow(ctx, s, stepAt, i, rw);
		let yHat = 0;
		for (let k = 0; k < p; k++) yHat = yHat + rw[k] * beta[k];
		effect += targetAt(ctx, i) - yHat;
		const cf = orig(yHat, offsetAt(ctx, i));
		cfSum += cf;
		if (full) baseline.push([d, cf]);
		onePlusY += 1 + y[i];
		for (let k = 0; k < p; k++) g[k] += rw[k];
		if (seasonal) {
			const w = log ? 1 / (1 + ctx.z[i]) : beta[0] + beta[1] * (d - s);
			const c = i - ctx.lag;
			const half = ctx.zHalf[i];
			const total = ctx.zWeight[i];
			for (let j = c - half; j <= c + half; j++) {
				if (grid.masked[j] || y[j] !== y[j]) continue;
				const u = (j === c - half || j === c + half ? 0.5 : 1) / total;
				if (!seen[j]) {
					seen[j] = 1;
					order.push(j);
				}
				weight[j] = weight[j] + w * u;
			}
		}
		h++;
	}
	if (h < H / 2) {
		for (const j of order) [weight[j], seen[j]] = [0, 0];
		return 'insufficient-post';
	}
	// noise of last year's means, in units of this year's residual variance s²: Σ_j K_j²·σ_j²/s².
	// Raw: K_j = Σ_h c_h/n_h (c_h the growth factor), counts' variance taken to grow with their
	// level (σ_j² = s²/c̄). Log: K_j = Σ_h 1/((1 + z_h)·n_h), σ_j = (1 + y_j)·s (constant CV).
	let zTerm = 0;
	for (const j of order) {
		const k = weight[j];
		zTerm += log ? (k * (1 + (y[j] === y[j] ? y[j] : 0))) ** 2 : k * k;
		[weight[j], seen[j]] = [0, 0];
	}
	if (seasonal && !log) zTerm /= Math.max(Math.abs(beta[0] + (beta[1] * (H - 1)) / 2), 1e-9);
	const bracket = h + fit.quad(g) + zTerm;
	const se = Math.sqrt(Math.max(0, fit.s2) * ((1 + r) / (1 - r)) * bracket);
	return {
		start: s,
		effect,
		se,
		h,
		n: fit.n,
		p: fit.p,
		rho: r,
		beta,
		steps: stepAt.length,
		cfSum,
		onePlusY,
		mape: abs > 0 ? err / abs : null,
		kalmanPre,
		kalmanPost,
		baseline
	};
}

/**
 * §6.3 gate. 0: the interval contains 0, or the pre-fit gate fails (mapePre > 0.5 or unknown).
 * 2: otherwise, when p_placebo ≤ 0.10, the Kalman sensitivity agrees in sign and the season was
 * modelled or seen by placebos spanning a year. 1: otherwise.
 */
function evidenceOf(
	lo: number,
	hi: number,
	mape: number | null,
	pPl: number | null,
	agree: boolean | null,
	seasonality: Seasonality
): EvidenceLevel {
	if (!(lo > 0 || hi < 0) || mape === null || mape > MODEL_A.mapeMax) return 0;
	return pPl !== null && pPl <= MODEL_A.pPlaceboMax && agree === true && seasonality !== 'unchecked'
		? 2
		: 1;
}

/**
 * The outcome on a day grid from `from` − (a year and the widest year-apart window) to the last
 * day + the same: every day a window (pre days from `from`) or a year-apart mean can read.
 */
function gridOf(
	dns: readonly number[],
	values: readonly (number | null)[],
	masks: readonly Span[],
	from: number
): Grid {
	const margin = MODEL_A.yearLagDays + 4 * MODEL_A.seasonHalfWindow + 1;
	const lo = from - margin;
	const n = dns[dns.length - 1] + margin - lo + 1;
	const y = new Float64Array(n).fill(NaN);
	dns.forEach((d, i) => {
		const v = values[i];
		if (v !== null && Number.isFinite(v)) y[d - lo] = v;
	});
	const masked = new Uint8Array(n);
	for (const [a, b] of masks)
		for (let d = Math.max(a, lo); d <= Math.min(b, lo + n - 1); d++) masked[d - lo] = 1;
	return { lo, y, masked };
}

/** The p-quantile of xs (linear interpolation); 0 when empty. */
function quantile(xs: number[], p: number): number {
	if (xs.length === 0) return 0;
	const v = [...xs].sort((a, b) => a - b);
	const i = p * (v.length - 1);
	const k = Math.floor(i);
	return k + 1 < v.length ? v[k] + (i - k) * (v[k + 1] - v[k]) : v[k];
}

/** Up to `k` items spread evenly over `xs` (first and last kept). */
const spread = <T>(xs: T[], k: number): T[] =>
	xs.length <= k
		? xs
		: Array.from({ length: k }, (_, i) => xs[Math.round((i * (xs.length - 1)) / (k - 1))]);

/**
 * estimateEffect's checks, day grid and real window: the context (method) whose fit was accepted
 * and that fit, or the reason for refusing.
 */
function setUp(input: EffectInput) {
	const { days, values } = input;
	if (days.length !== values.length) throw new RangeError('days and values differ in length');
	const dns = days.map(dayNumber);
	dns.forEach((d, i) => {
		if (i > 0 && d <= dns[i - 1]) throw new RangeError(`days not increasing at ${days[i]}`);
	});
	const log = input.logScale === true;
	if (log && values.some((v) => v !== null && v < 0)) throw new RangeError('logScale needs y ≥ 0');
	const s = dayNumber(input.start);
	const e = dayNumber(input.end);
	if (e < s) throw new RangeError(`end ${input.end} before start ${input.start}`);
	const H = e - s + 1 + MODEL_A.afterDays;
	const blocks = (input.blocked ?? []).map(([a, b]): Span => {
		if (b < a) throw new RangeError(`blocked interval ${a}..${b} ends before it starts`);
		return [dayNumber(a), dayNumber(b)];
	});
	const tail = (x: Span): Span => [x[0], x[1] + MODEL_A.interventionTailDays];
	if (touches(blocks, s, s + H)) return 'blocked-overlap' as const;
	if (dns.length === 0 || s + H - 1 > dns[dns.length - 1]) return 'post-beyond-data' as const;
	// the campaign itself is an intervention for any year-apart mean
	const masks = [...blocks, [s, e] as Span].map(tail).sort((u, v) => u[0] - v[0]);
	const grid = gridOf(dns, values, masks, Math.min(dns[0], s - MODEL_A.preDays));
	const base = { log, blocks, masks };
	const tries: Context[] =
		input.season === 'off'
			? []
			: [
					makeContext(grid, { ...base, method: 'seasonal', lag: MODEL_A.yearLagDays }),
					makeContext(grid, { ...base, method: 'seasonal', lag: -MODEL_A.yearLagDays })
				];
	tries.push(makeContext(grid, { ...base, method: 'trend', lag: 0 }));
	let ctx = tries[0];
	let w: WindowFit | RefusalReason = 'insufficient-pre';
	for (const c of tries) {
		ctx = c;
		w = fitWindow(c, s, H);
		if (typeof w !== 'string') break;
	}
	if (typeof w === 'string') return w;
	return { ctx, real: w, s, H, log, first: dns[0], last: dns[dns.length - 1] };
}

/**
 * Placebo dates: start ± 7k (same weekday), whose whole window [p − 90, p + H) lies inside the
 * data and clear of the campaign's [start, start + H).
 */
function placeboCandidates(s: number, H: number, first: number, last: number): number[] {
	const step = MODEL_A.placeboStepDays;
	const candidates: number[] = [];
	for (let p = s - step * Math.ceil((s - first) / step); p + H - 1 <= last; p += step)
		if (!(p - MODEL_A.preDays < first || (p - MODEL_A.preDays < s + H && p + H > s)))
			candidates.push(p);
	return candidates;
}

/**
 * For tests: the placebo dates (ISO) found eligible by their gates alone (what estimateEffect
 * uses) and by fitting every candidate (the definition); null when the estimate is refused.
 */
export function placeboEligibility(input: EffectInput): { gates: string[]; fits: string[] } | null {
	const set = setUp(input);
	if (typeof set === 'string') return null;
	const candidates = placeboCandidates(set.s, set.H, set.first, set.last);
	return {
		gates: candidates.filter((p) => fits(set.ctx, p, set.H)).map(toIso),
		fits: candidates
			.filter((p) => typeof fitWindow(set.ctx, p, set.H, false) !== 'string')
			.map(toIso)
	};
}

/**
 * Estimate one event's effect on one outcome (Model A). Refuses rather than guesses: a `blocked`
 * interval touching the post window, a post window past the last day, < 56 usable pre days or
 * fewer than half the post days observed.
 * Placebos: dates start ± 7k (same weekday) on both sides, whose whole window [p − 90, p + H)
 * stays clear of the campaign's [start, start + H) and lies inside the data, passing the same
 * gates with the same method; at most 20, spread evenly over the eligible ones;
 * p_placebo = (1 + #{|eff_p| ≥ |eff|})/(K + 1), null when K < 10. Calibration factor
 * max(1, √mean((eff_p/SE_p)²)) widens the SE when the placebos err more than the model says.
 * @throws RangeError on malformed days, mismatched lengths, end < start or y < 0 on logScale
 */
export function estimateEffect(input: EffectInput): EffectResult {
	const set = setUp(input);
	if (typeof set === 'string') return { effect: null, fit: null, reason: set };
	const { ctx, real, s, H, log, first, last } = set;

	// placebos: both sides, same method and direction
	const pctx = ctx;
	const candidates = placeboCandidates(s, H, first, last);
	const sameTime = (p: number) => {
		const gap = Math.abs(p - s) % 365.25;
		return Math.min(gap, 365.25 - gap) <= MODEL_A.sameSeasonDays;
	};
	const fitted = new Map<number, WindowFit>();
	const fitEach = (ps: number[]) =>
		ps.every((p) => {
			if (fitted.has(p)) return true;
			const pw = fitWindow(pctx, p, H, false);
			if (typeof pw !== 'string') fitted.set(p, pw);
			return typeof pw !== 'string';
		});
	// eligible: the candidates that fit. Their gates tell (`fits`, no fit needed); only the ones used
	// below (spread over the eligible, and those at the same time of year) are fitted. Should a gate
	// and its fit ever disagree, every candidate is fitted, as the definition says.
	let eligible = candidates.filter((p) => fits(pctx, p, H));
	if (!fitEach([...spread(eligible, MODEL_A.placebos), ...eligible.filter(sameTime)]))
		eligible = candidates.filter((p) => fitEach([p]));
	const placebos = spread(eligible, MODEL_A.placebos).map((p) => fitted.get(p) as WindowFit);
	const enough = placebos.length >= MODEL_A.minPlacebos;
	const beaten = placebos.filter((x) => Math.abs(x.effect) >= Math.abs(real.effect)).length;
	const pPlacebo = enough ? (1 + beaten) / (placebos.length + 1) : null;
	// calibration: the scale of the placebos' effect/SE (robust: median |t| / 0.6745, so a viral
	// day inside one placebo does not widen every range), over the whole history and over those at
	// the same time of year (±6 weeks, any year; at least 3) — seasonal turns make a trend err most
	// at particular times of year, and the widening must reflect the campaign's own
	const scale = (xs: WindowFit[]) => {
		const t = xs.filter((x) => x.se > 0).map((x) => Math.abs(x.effect / x.se));
		return t.length ? quantile(t, 0.5) / 0.6745 : 0;
	};
	const sameSeason = eligible.filter(sameTime).map((p) => fitted.get(p) as WindowFit);
	const calibration = enough
		? Math.max(1, scale(placebos), sameSeason.length >= 3 ? scale(sameSeason) : 0)
		: 1;
	// trend method on a page whose placebos err well beyond the model (swings a straight trend
	// cannot follow, seasons mostly, and no year of data to model them): the range also carries
	// the trend's own error at comparable times, the 90th percentile of the placebos' |effect|
	const swings = ctx.method === 'trend' && calibration >= MODEL_A.maxTrendCalibration;
	const bound = swings
		? quantile(
				(sameSeason.length >= 3 ? sameSeason : placebos).map((x) => Math.abs(x.effect)),
				0.9
			)
		: 0;
	const seasonality: Seasonality =
		ctx.method === 'seasonal'
			? 'modelled'
			: swings
				? 'widened'
				: enough && last - first + 1 >= MODEL_A.yearDays
					? 'placebo-calibrated'
					: 'unchecked';

	const signAgree = localLevelSignAgree(real.kalmanPre, real.kalmanPost, real.effect);
	const df = real.n - real.p;
	const se = real.se * calibration;
	const half = studentTQuantile(0.95, df) * se + bound;
	const [lo, hi] = [real.effect - half, real.effect + half];
	const pPositive =
		se > 0 ? studentTCdf(real.effect / se, df) : real.effect > 0 ? 1 : real.effect < 0 ? 0 : 0.5;
	const units = (v: number): number => (log ? real.onePlusY * -Math.expm1(-v / real.h) : v);
	const rel = (v: number): number | null =>
		log ? Math.expm1(v / real.h) : real.cfSum > 0 ? v / real.cfSum : null;
	const effect: ModelAEffect = {
		estimate: units(real.effect),
		low: units(lo),
		high: units(hi),
		evidenceLevel: evidenceOf(lo, hi, real.mape, pPlacebo, signAgree, seasonality),
		pPlacebo,
		rel: rel(real.effect),
		relLow: rel(lo),
		relHigh: rel(hi),
		pPositive,
		mapePre: real.mape,
		signAgree,
		method: ctx.method,
		seasonality,
		...(ctx.method === 'seasonal'
			? { seasonFrom: ctx.lag > 0 ? ('year-before' as const) : ('year-after' as const) }
			: {})
	};
	const fit: ModelAFit = {
		pre: [toIso(s - MODEL_A.preDays), toIso(s)],
		post: [toIso(s), toIso(s + H)],
		preDays: real.n,
		postDays: real.h,
		postWindowDays: H,
		slope: real.beta[1],
		intercept: real.beta[0],
		rho: real.rho,
		seSum: se,
		df,
		placebos: placebos.length,
		scale: log ? 'log1p' : 'raw',
		method: ctx.method,
		steps: real.steps,
		calibration,
		swingBound: bound,
		baseline: real.baseline.map(([d, v]) => [toIso(d), v])
	};
	return { effect, fit, reason: null };
}
