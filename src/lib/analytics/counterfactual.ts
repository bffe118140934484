/**
 * Model A (analytics.md §1.2, §1.5, §7.3): pre-trend counterfactual of one daily outcome around
 * one ledger event, with an AR(1)-inflated 90 % interval, a placebo-in-time test and a
 * local-level sensitivity check. Pure and deterministic: no random draw anywhere.
 *
 * Windows, half-open as in §7 (the ledger `end` is inclusive):
 *   pre  = [start − 90, start): needs ≥ 56 non-null days;
 *   post = [start, end + 1 + 30): the campaign days plus 30 days, H = (end − start + 1) + 30.
 * Null post days are skipped (effect over the observed post days); < H/2 observed → refused.
 */
import { localLevelSignAgree } from './kalman';
import { lag1Autocorrelation, ols, studentTCdf, studentTQuantile } from './stats';
import type { OlsFit } from './stats';
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
	mapeMax: 0.5
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
	/** Other ledger or platform events, [from, to] ISO both inclusive. */
	blocked?: readonly (readonly [string, string])[];
	/** Fit on log1p(y) (reach_organic). */
	logScale?: boolean;
	/** Accepted for interface symmetry; Model A draws no random numbers and ignores it. */
	seed?: number;
}

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
	/** Model P(effect > 0), Student-t with n − 2 df. */
	pPositive: number;
	/** Pre-period Σ|y − ŷ| / Σ|y| (original units); null when Σ|y| = 0. */
	mapePre: number | null;
	/** Same sign as the local-level Kalman counterfactual (§1.4); null if it cannot be fitted. */
	signAgree: boolean | null;
}

/** Diagnostics shown next to the effect (§6.2 rule 5). */
export interface ModelAFit {
	pre: [string, string];
	post: [string, string];
	preDays: number;
	postDays: number;
	postWindowDays: number;
	slope: number;
	intercept: number;
	rho: number;
	/** SE of the summed effect on the fitted scale (log1p units when logScale). */
	seSum: number;
	df: number;
	placebos: number;
	scale: 'raw' | 'log1p';
}

export type RefusalReason =
	'insufficient-pre' | 'insufficient-post' | 'blocked-overlap' | 'post-beyond-data';
export type EffectResult =
	| { effect: ModelAEffect; fit: ModelAFit; reason: null }
	| { effect: null; fit: null; reason: RefusalReason };

const dayNumber = (iso: string): number => {
	const ms = Date.parse(`${iso}T00:00:00Z`);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(ms) || toIso(ms / DAY_MS) !== iso) {
		throw new RangeError(`Invalid ISO day: ${iso}`);
	}
	return ms / DAY_MS;
};
const toIso = (dn: number): string => new Date(dn * DAY_MS).toISOString().slice(0, 10);

interface WindowFit {
	/** Σ_post (y − ŷ) on the fitted scale. */
	effect: number;
	/** SE_sum (§1.2 step 4) on the fitted scale. */
	se: number;
	/** Observed post days. */
	h: number;
	rho: number;
	fit: OlsFit;
	/** Σ_post ŷ back on the original scale. */
	cfSum: number;
	/** Σ_post (1 + y), original units (log back-transform). */
	onePlusY: number;
	/** Pre-period Σ|y − ŷ| / Σ|y|, original units; null when Σ|y| = 0. */
	mape: number | null;
	/** Pre and post values on the fitted scale, one per day (null = unknown). */
	preT: (number | null)[];
	postT: (number | null)[];
}
type Getter = (dn: number) => number | null;

/** §1.2 steps 2–4 with the event at day number `s` and a post window of `H` days. */
function fitWindow(get: Getter, s: number, H: number, log: boolean): WindowFit | RefusalReason {
	const f = (v: number | null): number | null => (v === null ? null : log ? Math.log1p(v) : v);
	const back = (v: number): number => (log ? Math.expm1(v) : v);
	const preT = Array.from({ length: MODEL_A.preDays }, (_, i) => f(get(s - MODEL_A.preDays + i)));
	const postT = Array.from({ length: H }, (_, h) => f(get(s + h)));
	const xs = preT.flatMap((y, i) => (y === null ? [] : [i - MODEL_A.preDays]));
	const ys = preT.filter((y): y is number => y !== null);
	if (xs.length < MODEL_A.minPreDays) return 'insufficient-pre';
	const fit = ols(xs, ys);
	let k = 0;
	const rho = lag1Autocorrelation(preT.map((y) => (y === null ? null : fit.residuals[k++])));
	const r = Math.min(MODEL_A.rhoMax, Math.max(0, rho ?? 0));
	let err = 0;
	let abs = 0;
	ys.forEach((y, i) => {
		err += Math.abs(back(y) - back(y - fit.residuals[i]));
		abs += Math.abs(back(y));
	});
	let effect = 0;
	let cfSum = 0;
	let onePlusY = 0;
	let sdx = 0;
	let h = 0;
	postT.forEach((y, x) => {
		if (y === null) return;
		const yHat = fit.intercept + fit.slope * x;
		effect += y - yHat;
		cfSum += back(yHat);
		onePlusY += 1 + back(y);
		sdx += x - fit.xMean;
		h++;
	});
	if (h < H / 2) return 'insufficient-post';
	const bracket = h + (h * h) / fit.n + (sdx * sdx) / fit.sxx;
	const se = Math.sqrt(Math.max(0, fit.s2) * ((1 + r) / (1 - r)) * bracket);
	const mape = abs > 0 ? err / abs : null;
	return { effect, se, h, rho: r, fit, cfSum, onePlusY, mape, preT, postT };
}

/**
 * §6.3 gate. 0: the interval contains 0, or the pre-fit gate fails (mapePre > 0.5 or unknown).
 * 2: otherwise, when p_placebo ≤ 0.10 and the Kalman sensitivity agrees in sign. 1: otherwise.
 */
function evidenceOf(
	lo: number,
	hi: number,
	mape: number | null,
	pPl: number | null,
	agree: boolean | null
): EvidenceLevel {
	if (!(lo > 0 || hi < 0) || mape === null || mape > MODEL_A.mapeMax) return 0;
	return pPl !== null && pPl <= MODEL_A.pPlaceboMax && agree === true ? 2 : 1;
}

/** Up to `k` items spread evenly over `xs` (first and last kept). */
const spread = <T>(xs: T[], k: number): T[] =>
	xs.length <= k
		? xs
		: Array.from({ length: k }, (_, i) => xs[Math.round((i * (xs.length - 1)) / (k - 1))]);

/**
 * Estimate one event's effect on one outcome (Model A). Refuses rather than guesses: a
 * `blocked` interval intersecting pre ∪ post, a post window past the last day, < 56 non-null
 * pre days or fewer than half the post days observed.
 * Placebos: event dates start − 7k (same weekday), whose whole window [s − 90, s + H) ends by
 * `start`, misses every blocked interval and passes the same gates; at most 20, spread evenly
 * over the eligible ones; p_placebo = (1 + #{|eff_p| ≥ |eff|})/(K + 1), null when K < 10.
 * @throws RangeError on malformed days, mismatched lengths, end < start or y < 0 on logScale
 */
export function estimateEffect(input: EffectInput): EffectResult {
	const { days, values } = input;
	if (days.length !== values.length) throw new RangeError('days and values differ in length');
	const dns = days.map(dayNumber);
	dns.forEach((d, i) => {
		if (i > 0 && d <= dns[i - 1]) throw new RangeError(`days not increasing at ${days[i]}`);
	});
	const log = input.logScale === true;
	const byDay = new Map(dns.map((d, i) => [d, Number.isFinite(values[i]) ? values[i] : null]));
	if (log && values.some((v) => v !== null && v < 0)) throw new RangeError('logScale needs y ≥ 0');
	const get: Getter = (dn) => byDay.get(dn) ?? null;
	const s = dayNumber(input.start);
	const e = dayNumber(input.end);
	if (e < s) throw new RangeError(`end ${input.end} before start ${input.start}`);
	const H = e - s + 1 + MODEL_A.afterDays;
	const blocked = (input.blocked ?? []).map(([a, b]) => {
		if (b < a) throw new RangeError(`blocked interval ${a}..${b} ends before it starts`);
		return [dayNumber(a), dayNumber(b)] as const;
	});
	const clear = (lo: number, hi: number) => blocked.every(([a, b]) => b < lo || a >= hi);
	const refuse = (reason: RefusalReason): EffectResult => ({ effect: null, fit: null, reason });
	if (!clear(s - MODEL_A.preDays, s + H)) return refuse('blocked-overlap');
	if (dns.length === 0 || s + H - 1 > dns[dns.length - 1]) return refuse('post-beyond-data');
	const w = fitWindow(get, s, H, log);
	if (typeof w === 'string') return refuse(w);

	const placeboEffects: number[] = [];
	const step = MODEL_A.placeboStepDays;
	for (let p = s - step * Math.ceil(H / step); p - dns[0] >= MODEL_A.minPreDays; p -= step) {
		const pw = clear(p - MODEL_A.preDays, p + H) ? fitWindow(get, p, H, log) : null;
		if (pw !== null && typeof pw !== 'string') placeboEffects.push(pw.effect);
	}
	const placebos = spread(placeboEffects, MODEL_A.placebos);
	const beaten = placebos.filter((x) => Math.abs(x) >= Math.abs(w.effect)).length;
	const pPlacebo =
		placebos.length >= MODEL_A.minPlacebos ? (1 + beaten) / (placebos.length + 1) : null;

	const signAgree = localLevelSignAgree(w.preT, w.postT, w.effect);

	const df = w.fit.n - 2;
	const half = studentTQuantile(0.95, df) * w.se;
	const [lo, hi] = [w.effect - half, w.effect + half];
	const pPositive =
		w.se > 0 ? studentTCdf(w.effect / w.se, df) : w.effect > 0 ? 1 : w.effect < 0 ? 0 : 0.5;
	const units = (v: number): number => (log ? w.onePlusY * -Math.expm1(-v / w.h) : v);
	const rel = (v: number): number | null =>
		log ? Math.expm1(v / w.h) : w.cfSum > 0 ? v / w.cfSum : null;
	const mapePre = w.mape;
	const effect: ModelAEffect = {
		estimate: units(w.effect),
		low: units(lo),
		high: units(hi),
		evidenceLevel: evidenceOf(lo, hi, mapePre, pPlacebo, signAgree),
		pPlacebo,
		rel: rel(w.effect),
		relLow: rel(lo),
		relHigh: rel(hi),
		pPositive,
		mapePre,
		signAgree
	};
	const fit: ModelAFit = {
		pre: [toIso(s - MODEL_A.preDays), toIso(s)],
		post: [toIso(s), toIso(s + H)],
		preDays: w.fit.n,
		postDays: w.h,
		postWindowDays: H,
		slope: w.fit.slope,
		intercept: w.fit.intercept,
		rho: w.rho,
		seSum: w.se,
		df,
		placebos: placebos.length,
		scale: log ? 'log1p' : 'raw'
	};
	return { effect, fit, reason: null };
}
