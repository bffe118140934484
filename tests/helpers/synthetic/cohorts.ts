/**
 * Seeded synthetic channel cohorts with known truth (analytics.md §2.2, §7.6), reusable by any
 * test that needs daily adds per channel and daily removals. A fan added on day s is first at
 * risk on day s + 1, at age 0, and leaves on a day with probability h(a) = 1 − S(a+1)/S(a).
 */
import { createRng } from '../../../src/lib/demo/rng';
import type { Rng } from '../../../src/lib/demo/rng';

/** True survival shape; rate in 1/day, scale in days, shape unitless. */
export type SurvivalShape =
	{ kind: 'exponential'; rate: number } | { kind: 'weibull'; shape: number; scale: number };

/** S(a): share of a cohort still following after a days at risk. */
export function trueSurvival(shape: SurvivalShape, age: number): number {
	return shape.kind === 'exponential'
		? Math.exp(-shape.rate * age)
		: Math.exp(-((age / shape.scale) ** shape.shape));
}

/** First whole age (days) with S ≤ 0.5, the definition the model reports (58 for rate 0.012). */
export function trueHalfLife(shape: SurvivalShape): number {
	const exact =
		shape.kind === 'exponential'
			? Math.LN2 / shape.rate
			: shape.scale * Math.LN2 ** (1 / shape.shape);
	return Math.ceil(exact - 1e-9);
}

export interface ChannelSpec {
	channel: string;
	/** Expected adds on day t (fans/day); drawn as Poisson unless `exact`. */
	meanAdds: (t: number) => number;
	/** Use meanAdds(t) as the exact count (rounded): for delivered packs. */
	exact?: boolean;
	shape: SurvivalShape;
}

export interface ChannelTruth {
	shape: SurvivalShape;
	acquired: number;
	halfLifeDays: number;
	/** Realised removals of this channel per day (fans). */
	removedByDay: number[];
	/** Realised followers of this channel at the end of each day (fans). */
	survivorsByDay: number[];
}

export interface SyntheticCohorts {
	days: string[];
	/** Total daily removals (fans/day), what the model observes. */
	removals: number[];
	cohorts: { channel: string; adds: number[] }[];
	truth: Record<string, ChannelTruth>;
}

/** `n` contiguous ISO days from `start` (UTC arithmetic, time-zone independent). */
export function isoDays(start: string, n: number): string[] {
	const t0 = Date.parse(`${start}T00:00:00Z`);
	return Array.from({ length: n }, (_, i) =>
		new Date(t0 + i * 86_400_000).toISOString().slice(0, 10)
	);
}

/** Daily leaving probabilities h(0…T) of a shape. */
function dailyHazards(shape: SurvivalShape, T: number): Float64Array {
	return Float64Array.from({ length: T + 1 }, (_, a) => {
		const s = trueSurvival(shape, a);
		return s > 0 ? 1 - trueSurvival(shape, a + 1) / s : 1;
	});
}

/** One day of one channel: removals from every cohort (pooled when the hazard is constant). */
function removeDay(rng: Rng, alive: number[], t: number, h: Float64Array, pooled: boolean): number {
	if (pooled) {
		const gone = rng.binomial(alive[0], h[0]);
		alive[0] -= gone;
		return gone;
	}
	let gone = 0;
	for (let s = 0; s < t; s++) {
		if (alive[s] === 0) continue;
		const g = rng.binomial(alive[s], h[t - s - 1]);
		alive[s] -= g;
		gone += g;
	}
	return gone;
}

/**
 * Simulate daily adds and removals of several channels. Deterministic for a given seed.
 * @param options.days number of days; options.start first ISO day (default 2022-01-01)
 */
export function simulateCohorts(options: {
	seed: number;
	days: number;
	start?: string;
	channels: ChannelSpec[];
}): SyntheticCohorts {
	const { seed, days: T, channels } = options;
	const rng = createRng(seed);
	const removals = new Array<number>(T).fill(0);
	const cohorts = channels.map((c) => ({ channel: c.channel, adds: new Array<number>(T).fill(0) }));
	const truth: Record<string, ChannelTruth> = {};
	const state = channels.map((c) => ({
		h: dailyHazards(c.shape, T),
		pooled: c.shape.kind === 'exponential',
		alive: new Array<number>(T).fill(0)
	}));
	for (const c of channels) {
		const t = { shape: c.shape, acquired: 0, halfLifeDays: trueHalfLife(c.shape) };
		truth[c.channel] = { ...t, removedByDay: [], survivorsByDay: [] };
	}
	for (let t = 0; t < T; t++) {
		channels.forEach((c, i) => {
			const { h, pooled, alive } = state[i];
			const gone = removeDay(rng, alive, t, h, pooled);
			const mean = Math.max(0, c.meanAdds(t));
			const adds = c.exact ? Math.round(mean) : rng.poisson(mean);
			alive[pooled ? 0 : t] += adds;
			cohorts[i].adds[t] = adds;
			removals[t] += gone;
			const tr = truth[c.channel];
			tr.acquired += adds;
			tr.removedByDay.push(gone);
			tr.survivorsByDay.push(alive.reduce((s, n) => s + n, 0));
		});
	}
	return { days: isoDays(options.start ?? '2022-01-01', T), removals, cohorts, truth };
}

/** Hazards (1/day) of the §7.6 fixture. */
export const FIXTURE_RATES = { organic: 0.0006, bought: 0.012, exchange: 0.004, undeclared: 0.008 };

/** Day indices of the fixture's events on its 1,096-day grid from 2022-01-01. */
export const FIXTURE_EVENTS = {
	boughtPacks: [
		{ day: 200, fans: 5000 },
		{ day: 600, fans: 2400 },
		{ day: 601, fans: 1600 }
	],
	exchange: { start: 380, days: 30, perDay: 60 },
	undeclared: { day: 850, fans: 1200 }
};

const exp = (rate: number): SurvivalShape => ({ kind: 'exponential', rate });

/**
 * The §7.6 three-channel fixture over 3 years (1,096 days): organic ~4 → 9 adds/day (Poisson,
 * λ = 0.0006), two bought packs of 5,000 and 4,000 (the second over two days, λ = 0.012), a
 * 30-day like exchange of ~60 adds/day (λ = 0.004). Options: a Weibull-shaped bought churn, and a
 * fourth `undeclared` spike of 1,200 fans (λ = 0.008).
 */
export function threeChannelFixture(
	seed: number,
	options: { bought?: SurvivalShape; undeclared?: boolean } = {}
): SyntheticCohorts {
	const T = 1096;
	const { boughtPacks, exchange, undeclared } = FIXTURE_EVENTS;
	const inExchange = (t: number) => t >= exchange.start && t < exchange.start + exchange.days;
	const channels: ChannelSpec[] = [
		{
			channel: 'organic',
			meanAdds: (t) => 4 + (5 * t) / (T - 1),
			shape: exp(FIXTURE_RATES.organic)
		},
		{
			channel: 'bought',
			meanAdds: (t) => boughtPacks.find((p) => p.day === t)?.fans ?? 0,
			exact: true,
			shape: options.bought ?? exp(FIXTURE_RATES.bought)
		},
		{
			channel: 'exchange',
			meanAdds: (t) => (inExchange(t) ? exchange.perDay : 0),
			shape: exp(FIXTURE_RATES.exchange)
		}
	];
	if (options.undeclared) {
		channels.push({
			channel: 'undeclared',
			meanAdds: (t) => (t === undeclared.day ? undeclared.fans : 0),
			exact: true,
			shape: exp(FIXTURE_RATES.undeclared)
		});
	}
	return simulateCohorts({ seed, days: T, channels });
}
