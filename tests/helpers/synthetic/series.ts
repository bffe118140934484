/**
 * Seeded daily series with known truth, for Model A tests (analytics.md §7.6):
 *   y_t = base + trend·t + weekly[weekday] + u_t (+ shift.size on the shift window),
 *   u_t = ar·u_{t−1} + N(0, noiseSd²), u_0 drawn from the stationary law.
 * t = days since `start`; weekday = UTC day of week (0 = Sunday). Units: the outcome's per day.
 */
import { createRng } from '../../../src/lib/demo/rng';

const DAY_MS = 86_400_000;

/** ISO day plus `n` days (UTC). */
export const addDays = (iso: string, n: number): string =>
	new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

export interface SeriesSpec {
	seed: number;
	/** First day, ISO. */
	start: string;
	/** Number of days. */
	length: number;
	/** Level on day 0 (units/day). */
	base: number;
	/** Change in level per day (units/day per day). */
	trend: number;
	/** Additive offsets by UTC weekday, Sunday first (units/day); 7 values. */
	weekly: readonly number[];
	/** AR(1) coefficient of the noise, in (−1, 1). */
	ar: number;
	/** Innovation standard deviation of the noise (units/day). */
	noiseSd: number;
	/** Level shift of `size` units/day on [from, from + days), both ISO/day counts. */
	shift?: { from: string; days: number; size: number };
	/** Days reported as null (unknown). */
	missing?: readonly string[];
	/** Map each value before reporting (e.g. exp for a multiplicative series). */
	transform?: (y: number) => number;
}

export interface SyntheticSeries {
	days: string[];
	values: (number | null)[];
	/** Σ of the shift over the non-null days it covers (units); 0 without a shift. */
	trueEffect: number;
}

/** Generate one series; identical specs give identical series. */
export function syntheticSeries(spec: SeriesSpec): SyntheticSeries {
	if (spec.weekly.length !== 7) throw new RangeError('weekly needs 7 offsets');
	const rng = createRng(spec.seed);
	const missing = new Set(spec.missing ?? []);
	const shiftFrom = spec.shift ? Date.parse(`${spec.shift.from}T00:00:00Z`) / DAY_MS : 0;
	const t0 = Date.parse(`${spec.start}T00:00:00Z`) / DAY_MS;
	let u = rng.normal(0, spec.noiseSd / Math.sqrt(1 - spec.ar * spec.ar));
	const days: string[] = [];
	const values: (number | null)[] = [];
	let trueEffect = 0;
	for (let t = 0; t < spec.length; t++) {
		if (t > 0) u = spec.ar * u + rng.normal(0, spec.noiseSd);
		const day = addDays(spec.start, t);
		const weekday = new Date((t0 + t) * DAY_MS).getUTCDay();
		const inShift =
			spec.shift !== undefined && t0 + t >= shiftFrom && t0 + t < shiftFrom + spec.shift.days;
		const y =
			spec.base + spec.trend * t + spec.weekly[weekday] + u + (inShift ? spec.shift!.size : 0);
		days.push(day);
		if (missing.has(day)) {
			values.push(null);
			continue;
		}
		values.push(spec.transform ? spec.transform(y) : y);
		if (inShift) trueEffect += spec.shift!.size;
	}
	return { days, values, trueEffect };
}
