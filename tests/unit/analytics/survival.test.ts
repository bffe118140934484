import { beforeAll, describe, expect, it } from 'vitest';
import {
	fitSurvival,
	halfLifeOf,
	inorganicSurvivors,
	jointRange,
	survivalAt
} from '../../../src/lib/analytics/survival';
import { costPerRetainedJoint } from '../../../src/lib/analytics/roi';
import type {
	ChannelSurvival,
	SurvivalFit,
	SurvivalInput,
	SurvivalOptions
} from '../../../src/lib/analytics/survival';
import { createRng } from '../../../src/lib/demo/rng';
import {
	FIXTURE_RATES,
	isoDays,
	simulateCohorts,
	threeChannelFixture,
	trueHalfLife,
	trueSurvival
} from '../../helpers/synthetic/cohorts';
import type { SurvivalShape } from '../../helpers/synthetic/cohorts';

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

function channel(fit: SurvivalFit, name: string): ChannelSurvival {
	const c = fit.channels.find((x) => x.channel === name);
	if (!c || !c.identifiable) throw new Error(`${name} not fitted`);
	return c;
}

const contains = (r: { low: number | null; high: number | null }, x: number): boolean =>
	r.low !== null && r.high !== null && r.low <= x && x <= r.high;

/** Expected removals E[U_t] = Σ_c Σ_{s<t} A_{c,s} S_c(t−s−1) h_c(t−s−1), by the direct O(T²) sum. */
function expectedRemovals(cohorts: { adds: number[]; h: (age: number) => number }[], T: number) {
	return Array.from({ length: T }, (_, t) => {
		let sum = 0;
		for (const { adds, h } of cohorts) {
			for (let s = 0; s < t; s++) {
				let surv = 1;
				for (let a = 0; a < t - s - 1; a++) surv *= 1 - h(a);
				sum += adds[s] * surv * h(t - s - 1);
			}
		}
		return sum;
	});
}

/** Root of a decreasing-then-crossing function on [lo, hi] by bisection. */
function bisect(f: (x: number) => number, lo: number, hi: number): number {
	for (let i = 0; i < 200; i++) {
		const mid = (lo + hi) / 2;
		if (Math.sign(f(mid)) === Math.sign(f(lo))) lo = mid;
		else hi = mid;
	}
	return (lo + hi) / 2;
}

const exact: SurvivalOptions = {
	reps: 0,
	tolerance: 1e-14,
	maxIterations: 2000,
	hazard: { bought: 'exponential' }
};
const single = (adds: number[], removals: (number | null)[]): SurvivalInput => ({
	days: isoDays('2023-03-01', adds.length),
	removals,
	cohorts: [{ channel: 'bought', adds }]
});

describe('fitSurvival: §7.6 acceptance on the 3-channel fixture (20 seeds, 200 reps)', () => {
	const fits: { fit: SurvivalFit; seed: number }[] = [];
	beforeAll(() => {
		for (const seed of SEEDS)
			fits.push({ seed, fit: fitSurvival(threeChannelFixture(seed), { seed }) });
	}, 120_000);

	it('recovers the bought half-life (58 d) within ±15 % in at least 18 of 20 seeds', () => {
		const truth = trueHalfLife({ kind: 'exponential', rate: FIXTURE_RATES.bought });
		expect(truth).toBe(58);
		const ok = fits.filter(({ fit }) => {
			const est = channel(fit, 'bought').halfLifeDays?.estimate ?? NaN;
			return Math.abs(est - truth) <= 0.15 * truth;
		});
		expect(ok.length).toBeGreaterThanOrEqual(18);
	});

	it("covers the exchange cohort's true S(365) with its 90 % range in at least 16 of 20 seeds", () => {
		const truth = Math.exp(-FIXTURE_RATES.exchange * 365);
		const covered = fits.filter(({ fit }) =>
			contains(channel(fit, 'exchange').survival![365], truth)
		);
		expect(covered.length).toBeGreaterThanOrEqual(16);
	});

	it('estimates the organic half-life (1,156 d) within ±20 % (925–1,387 d) in at least 18 of 20 seeds', () => {
		const truth = trueHalfLife({ kind: 'exponential', rate: FIXTURE_RATES.organic });
		const ok = fits.filter(({ fit }) => {
			const est = channel(fit, 'organic').halfLifeDays?.estimate ?? NaN;
			return Math.abs(est - truth) <= 0.2 * truth;
		});
		expect(ok.length).toBeGreaterThanOrEqual(18);
	});

	it('picks bands for the packs by the §7.3 rule, converges, and never bounds a half-life past the horizon', () => {
		for (const { fit } of fits) {
			expect(fit.converged).toBe(true);
			expect(fit.resampling).toBe('poisson');
			expect(channel(fit, 'organic').form).toBe('exponential');
			expect(channel(fit, 'bought').form).toBe('piecewise');
			for (const name of ['organic', 'bought', 'exchange']) {
				const c = channel(fit, name);
				const high = c.halfLifeDays!.high;
				expect(high === null || high <= c.horizonDays!).toBe(true);
				expect(c.survivorsByDay.at(-1)).toBeCloseTo(c.survivingFans!.estimate!, 9);
			}
		}
	});
});

describe('fitSurvival: hand-computed cases pin the maximum-likelihood hazards', () => {
	it('one observed day: λ = removals / cohort size', () => {
		const fit = fitSurvival(single([200, 0], [0, 5]), exact);
		const c = channel(fit, 'bought');
		expect(c.hazard![0].perDay).toBeCloseTo(5 / 200, 12);
		expect(c.survival![30].estimate).toBeCloseTo((1 - 5 / 200) ** 30, 12);
		expect(c.halfLifeDays!.estimate).toBe(Math.ceil(Math.log(0.5) / Math.log(1 - 5 / 200)));
	});

	it('null days leave the likelihood: μ = 200λ, 200(1 − λ)λ on the two known days', () => {
		const fit = fitSurvival(single([200, 0, 0, 0, 0], [null, 4, 6, null, null]), exact);
		expect(fit.excludedDays).toBe(3);
		// d/dλ [4 log μ₁ + 6 log μ₂ − μ₁ − μ₂] = 10/λ − 6/(1 − λ) − 200(2 − 2λ) = 0
		const mle = bisect((l) => 10 / l - 6 / (1 - l) - 200 * (2 - 2 * l), 1e-6, 0.5);
		expect(channel(fit, 'bought').hazard![0].perDay).toBeCloseTo(mle, 8);
	});

	it('exact expected removals of one cohort return its hazard, and λ = Σ U / Σ R(λ)', () => {
		const T = 400;
		const adds = [1000, ...new Array<number>(T - 1).fill(0)];
		const U = expectedRemovals([{ adds, h: () => 0.01 }], T);
		const fit = fitSurvival(single(adds, U), exact);
		const lam = channel(fit, 'bought').hazard![0].perDay;
		const exposure = U.reduce((s, _, t) => s + (t >= 1 ? 1000 * (1 - lam) ** (t - 1) : 0), 0);
		expect(lam).toBeCloseTo(0.01, 10);
		expect(lam).toBeCloseTo(U.reduce((s, u) => s + u, 0) / exposure, 12);
		fit.fittedRemovals.forEach((m, t) => expect(m).toBeCloseTo(U[t], 8));
	});

	it('the E-step splits removals between two exponential channels and recovers both', () => {
		const T = 300;
		const organic = new Array<number>(T).fill(10);
		const bought = Array.from({ length: T }, (_, t) => (t === 50 ? 2000 : 0));
		const U = expectedRemovals(
			[
				{ adds: organic, h: () => 0.001 },
				{ adds: bought, h: () => 0.02 }
			],
			T
		);
		const input = {
			days: isoDays('2023-01-01', T),
			removals: U,
			cohorts: [
				{ channel: 'organic', adds: organic },
				{ channel: 'bought', adds: bought }
			]
		};
		const fit = fitSurvival(input, { ...exact, hazard: { bought: 'exponential' } });
		expect(channel(fit, 'organic').hazard![0].perDay / 0.001).toBeCloseTo(1, 6);
		expect(channel(fit, 'bought').hazard![0].perDay / 0.02).toBeCloseTo(1, 6);
	});

	it('piecewise bands {0–7, 7–30, 30–90, 90–365, 365+} recover each band hazard of one pack', () => {
		const T = 600;
		const bands = [0.05, 0.02, 0.01, 0.005, 0.002];
		const h = (a: number) => bands[[7, 30, 90, 365, Infinity].findIndex((end) => a < end)];
		const adds = Array.from({ length: T }, (_, t) => (t === 10 ? 5000 : 0));
		const U = expectedRemovals([{ adds, h }], T);
		const fit = fitSurvival(single(adds, U), { ...exact, hazard: { bought: 'piecewise' } });
		const c = channel(fit, 'bought');
		expect(c.hazard!.map((b) => [b.fromAge, b.toAge])).toEqual([
			[0, 7],
			[7, 30],
			[30, 90],
			[90, 365],
			[365, null]
		]);
		c.hazard!.forEach((b, i) => expect(b.perDay / bands[i]).toBeCloseTo(1, 6));
		let s = 1;
		for (let a = 0; a < 90; a++) s *= 1 - h(a);
		expect(c.survival![90].estimate).toBeCloseTo(s, 9);
	});

	it('the fit is the maximum of the Poisson likelihood, computed by a direct sum', () => {
		// two exponential channels, removals drawn once; the likelihood by the direct O(T²) sum
		const T = 240;
		const rng = createRng(5);
		const organic = Array.from({ length: T }, () => rng.poisson(6));
		const bought = Array.from({ length: T }, (_, t) => (t === 40 ? 1500 : 0));
		const truth = expectedRemovals(
			[
				{ adds: [500 + organic[0], ...organic.slice(1)], h: () => 0.002 },
				{ adds: bought, h: () => 0.015 }
			],
			T
		);
		const U = truth.map((m) => rng.poisson(m));
		const cohorts = [
			{ channel: 'organic', adds: [500 + organic[0], ...organic.slice(1)] },
			{ channel: 'bought', adds: bought }
		];
		const ll = (ho: number, hb: number) => {
			let sum = 0;
			for (let t = 0; t < T; t++) {
				let mu = 0;
				for (let s = 0; s < t; s++) {
					mu += cohorts[0].adds[s] * (1 - ho) ** (t - s - 1) * ho;
					mu += bought[s] * (1 - hb) ** (t - s - 1) * hb;
				}
				if (mu > 0) sum += U[t] * Math.log(mu) - mu;
			}
			return sum;
		};
		const fit = fitSurvival({ days: isoDays('2023-01-01', T), removals: U, cohorts }, exact);
		expect(fit.converged).toBe(true);
		const ho = channel(fit, 'organic').hazard![0].perDay;
		const hb = channel(fit, 'bought').hazard![0].perDay;
		const best = ll(ho, hb);
		for (const [a, b] of [
			[1.01, 1],
			[0.99, 1],
			[1, 1.01],
			[1, 0.99],
			[1.005, 0.995],
			[0.995, 1.005]
		])
			expect(ll(ho * a, hb * b)).toBeLessThan(best);
	});

	it('merges a band resting on too few events with its neighbour, and says how many', () => {
		// one pack; the 365+ band sees a handful of departures
		const T = 380;
		const h = (a: number) =>
			[0.05, 0.02, 0.01, 0.005, 0.005][[7, 30, 90, 365, Infinity].findIndex((e) => a < e)];
		const adds = Array.from({ length: T }, (_, t) => (t === 10 ? 3000 : 0));
		const rng = createRng(2);
		const U = expectedRemovals([{ adds, h }], T).map((m) => rng.poisson(m));
		const opts = { ...exact, hazard: { bought: 'piecewise' as const } };
		const fit = fitSurvival(single(adds, U), opts);
		const kept = fitSurvival(single(adds, U), { ...opts, minBandEvents: 0 });
		expect(fit.converged).toBe(true);
		expect(fit.mergedBands).toBeGreaterThanOrEqual(1);
		expect(kept.mergedBands).toBe(0);
		const bands = channel(fit, 'bought').hazard!;
		expect(bands[4].perDay).toBe(bands[3].perDay);
	});
});

describe('fitSurvival: edge cases', () => {
	const fx = threeChannelFixture(11);

	it('all removals null → every channel not identifiable, nothing guessed', () => {
		const fit = fitSurvival({ ...fx, removals: fx.removals.map(() => null) });
		for (const c of fit.channels) {
			expect(c).toMatchObject({ identifiable: false, reason: 'daily removals are missing' });
		}
		expect(fit.channels.map((c) => c.acquired)).toEqual(
			fx.cohorts.map((c) => c.adds.reduce((s, a) => s + a, 0))
		);
		expect(fit.fittedRemovals.every((m) => m === null)).toBe(true);
		expect(inorganicSurvivors(fit)).toBeNull();
	});

	it('a channel with zero adds gets null outputs and changes nothing else', () => {
		const T = fx.days.length;
		const base = fitSurvival(fx, { reps: 50, seed: 3 });
		const withAds = fitSurvival(
			{ ...fx, cohorts: [...fx.cohorts, { channel: 'ads', adds: new Array<number>(T).fill(0) }] },
			{ reps: 50, seed: 3 }
		);
		expect(channel(withAds, 'ads')).toMatchObject({
			acquired: 0,
			hazard: null,
			survival: null,
			halfLifeDays: null,
			survivingFans: null
		});
		expect(channel(withAds, 'ads').survivorsByDay).toEqual(new Array<number>(T).fill(0));
		expect(withAds.channels.slice(0, 3)).toEqual(base.channels);
	});

	it('same seed → identical output; another seed moves only the bootstrap bounds', () => {
		const a = fitSurvival(fx, { reps: 60, seed: 42 });
		expect(fitSurvival(fx, { reps: 60, seed: 42 })).toEqual(a);
		const b = fitSurvival(fx, { reps: 60, seed: 43 });
		expect(channel(b, 'bought').hazard).toEqual(channel(a, 'bought').hazard);
		expect(channel(b, 'bought').survival![90]).not.toEqual(channel(a, 'bought').survival![90]);
	});

	it('reps = 0 gives point estimates with null bounds', () => {
		const c = channel(fitSurvival(fx, { reps: 0 }), 'exchange');
		expect(c.survival![180]).toMatchObject({ low: null, high: null });
		expect(c.survival![180].estimate).toBeGreaterThan(0);
	});

	it('scattered null days are excluded and the bought half-life is still recovered', () => {
		const removals = fx.removals.map((u, t) => (t % 10 === 3 ? null : u));
		const fit = fitSurvival({ ...fx, removals }, { reps: 0 });
		expect(fit.excludedDays).toBe(removals.filter((u) => u === null).length);
		expect(fit.fittedRemovals.every((m) => typeof m === 'number')).toBe(true);
		expect(Math.abs(channel(fit, 'bought').halfLifeDays!.estimate! - 58)).toBeLessThanOrEqual(8.7);
	});

	it('a channel never at risk on a day with known removals is not identifiable', () => {
		const T = fx.days.length;
		const removals = fx.removals.map((u, t) => (t >= T - 30 ? null : u));
		const late = Array.from({ length: T }, (_, t) => (t === T - 20 ? 500 : 0));
		const fit = fitSurvival(
			{ ...fx, removals, cohorts: [...fx.cohorts, { channel: 'undeclared', adds: late }] },
			{ reps: 0 }
		);
		expect(fit.channels.at(-1)).toMatchObject({ identifiable: false, acquired: 500 });
		expect(channel(fit, 'bought').identifiable).toBe(true);
		expect(inorganicSurvivors(fit)).toBeNull();
	});

	it('removals before anyone is at risk are counted apart, not attributed', () => {
		const fit = fitSurvival(single([0, 0, 100, 0, 0], [3, 2, 0, 1, 2]), exact);
		expect(fit.unattributedRemovals).toBe(5);
		expect(fit.fittedRemovals[0]).toBe(0);
		// μ₃ = 100λ, μ₄ = 100(1 − λ)λ with U = 1, 2: 3/λ − 2/(1 − λ) − 100(2 − 2λ) = 0
		const mle = bisect((l) => 3 / l - 2 / (1 - l) - 100 * (2 - 2 * l), 1e-6, 0.5);
		expect(channel(fit, 'bought').hazard![0].perDay).toBeCloseTo(mle, 8);
	});

	it('rejects misaligned, non-contiguous or negative inputs', () => {
		const ok = single([10, 0, 0], [0, 1, 0]);
		expect(() => fitSurvival({ ...ok, removals: [0, 1] })).toThrow(RangeError);
		expect(() => fitSurvival({ ...ok, days: ['2023-03-01', '2023-03-02', '2023-03-04'] })).toThrow(
			RangeError
		);
		expect(() => fitSurvival({ ...ok, removals: [0, -1, 0] })).toThrow(RangeError);
		expect(() => fitSurvival({ ...ok, cohorts: [{ channel: 'x', adds: [1, 2] }] })).toThrow(
			RangeError
		);
		expect(() => fitSurvival({ ...ok, cohorts: [...ok.cohorts, ...ok.cohorts] })).toThrow(
			RangeError
		);
	});
});

describe('fitSurvival: model choices and outputs', () => {
	it('keeps a small smooth channel exponential and gives a lumpy one bands (§7.3 rule)', () => {
		const T = 140;
		const organic = new Array<number>(T).fill(8);
		const smooth = Array.from({ length: T }, (_, t) => (t >= 20 && t < 120 ? 10 : 0));
		const removals = new Array<number>(T).fill(1);
		const fit = fitSurvival(
			{
				days: isoDays('2023-01-01', T),
				removals,
				cohorts: [
					{ channel: 'organic', adds: organic },
					{ channel: 'smooth', adds: smooth },
					{ channel: 'pack', adds: smooth.map((_, t) => (t === 60 ? 5 * 56 : 0)) }
				]
			},
			{ reps: 0 }
		);
		expect(channel(fit, 'smooth').form).toBe('exponential');
		expect(channel(fit, 'pack').form).toBe('piecewise');
	});

	it('resamples as negative binomial when removals are overdispersed, with wider ranges', () => {
		const fx = threeChannelFixture(5);
		const rng = createRng(99);
		const noisy = fx.removals.map((u) => rng.poisson(u * rng.logNormal(0.4)));
		const clean = fitSurvival(fx, { reps: 100 });
		const over = fitSurvival({ ...fx, removals: noisy }, { reps: 100 });
		expect(clean.resampling).toBe('poisson');
		expect(over.resampling).toBe('negative-binomial');
		expect(over.dispersion!).toBeGreaterThan(1.5);
		const width = (fit: SurvivalFit) => {
			const r = channel(fit, 'bought').survival![90];
			return r.high! - r.low!;
		};
		expect(width(over)).toBeGreaterThan(width(clean));
	});

	it('piecewise bands follow Weibull-shaped bought churn (k = 0.6) at 30–180 days', () => {
		const shape: SurvivalShape = { kind: 'weibull', shape: 0.6, scale: 150 };
		for (const seed of [1, 2, 3, 4, 5]) {
			const b = channel(
				fitSurvival(threeChannelFixture(seed, { bought: shape }), { reps: 0 }),
				'bought'
			);
			for (const age of [30, 90, 180] as const) {
				expect(Math.abs(b.survival![age].estimate! - trueSurvival(shape, age))).toBeLessThan(0.03);
			}
			expect(Math.abs(b.halfLifeDays!.estimate! / trueHalfLife(shape) - 1)).toBeLessThan(0.1);
		}
	});

	it('B̂_t sums the inorganic channels’ expected survivors by day', () => {
		const fit = fitSurvival(threeChannelFixture(8, { undeclared: true }), { reps: 0 });
		const b = inorganicSurvivors(fit)!;
		const names = ['bought', 'exchange', 'undeclared'];
		expect(b).toHaveLength(1096);
		b.forEach((x, t) =>
			expect(x).toBeCloseTo(
				names.reduce((s, n) => s + channel(fit, n).survivorsByDay[t], 0),
				9
			)
		);
		expect(b[200]).toBeGreaterThan(b[199] + 4900);
	});

	it('survivalAt and halfLifeOf follow the band product', () => {
		const h = [
			{ fromAge: 0, toAge: 10, perDay: 0.05 },
			{ fromAge: 10, toAge: null, perDay: 0.01 }
		];
		expect(survivalAt(h, 0)).toBe(1);
		expect(survivalAt(h, 25)).toBeCloseTo(0.95 ** 10 * 0.99 ** 15, 12);
		const s10 = 0.95 ** 10;
		expect(halfLifeOf(h)).toBe(10 + Math.ceil(Math.log(0.5 / s10) / Math.log(0.99)));
		expect(halfLifeOf([{ fromAge: 0, toAge: null, perDay: 0 }])).toBe(Infinity);
	});
});

describe('synthetic cohort generator', () => {
	it('is deterministic and conserves fans: acquired − removed = survivors', () => {
		const a = simulateCohorts({
			seed: 4,
			days: 200,
			channels: [
				{ channel: 'a', meanAdds: () => 5, shape: { kind: 'exponential', rate: 0.01 } },
				{
					channel: 'b',
					meanAdds: (t) => (t === 20 ? 800 : 0),
					exact: true,
					shape: { kind: 'weibull', shape: 0.6, scale: 60 }
				}
			]
		});
		expect(threeChannelFixture(4)).toEqual(threeChannelFixture(4));
		for (const [name, tr] of Object.entries(a.truth)) {
			const removed = tr.removedByDay.reduce((s, x) => s + x, 0);
			expect(tr.acquired - removed).toBe(tr.survivorsByDay.at(-1));
			expect(a.cohorts.find((c) => c.channel === name)!.adds.reduce((s, x) => s + x, 0)).toBe(
				tr.acquired
			);
		}
		expect(a.removals).toEqual(
			a.removals.map((_, t) => a.truth.a.removedByDay[t] + a.truth.b.removedByDay[t])
		);
	});
});

describe('joint ranges from the bootstrap (issue 12 item 9)', () => {
	const fx = threeChannelFixture(6, { undeclared: true });
	const fit = fitSurvival(fx, { reps: 120, seed: 4 });
	const quantile = (xs: number[], p: number) => {
		const s = [...xs].sort((a, b) => a - b);
		const h = (s.length - 1) * p;
		return s[Math.floor(h)] + (h - Math.floor(h)) * (s[Math.ceil(h)] - s[Math.floor(h)]);
	};

	it('a sum of channels takes its percentiles from the summed replicates, not summed percentiles', () => {
		const names = ['bought', 'exchange', 'undeclared'];
		const r = jointRange(fit, (get) => names.reduce((a, n) => a + get(n, 'survivors'), 0));
		const { channels, draws } = fit.samples;
		const idx = names.map((n) => channels.indexOf(n));
		const totals = draws.map((d) => idx.reduce((a, i) => a + d[i * 7 + 5], 0));
		expect(r.low).toBeCloseTo(quantile(totals, 0.05), 9);
		expect(r.high).toBeCloseTo(quantile(totals, 0.95), 9);
		expect(r.estimate).toBeCloseTo(
			names.reduce((a, n) => a + channel(fit, n).survivingFans!.estimate!, 0),
			9
		);
		const summedHighs = names.reduce((a, n) => a + channel(fit, n).survivingFans!.high!, 0);
		expect(r.high!).toBeLessThan(summedHighs);
	});

	it('cost per retained fan carries the cohort size’s uncertainty', () => {
		const sized = {
			...fx,
			cohorts: fx.cohorts.map((c) =>
				c.channel === 'exchange' ? { ...c, size: { low: 1500, high: 2100 } } : c
			)
		};
		const withSize = fitSurvival(sized, { reps: 120, seed: 4 });
		const acquired = fx.cohorts.find((c) => c.channel === 'exchange')!.adds.reduce((a, b) => a + b);
		const known = costPerRetainedJoint(fit, 'exchange', 500, acquired, 's365')!;
		const uncertain = costPerRetainedJoint(withSize, 'exchange', 500, acquired, 's365')!;
		// same point estimate: cost / (acquired · S(365))
		expect(known.estimate).toBeCloseTo(
			500 / (acquired * channel(fit, 'exchange').survival![365].estimate!),
			9
		);
		expect(uncertain.high! - uncertain.low!).toBeGreaterThan(known.high! - known.low!);
		// each replicate's drawn size is recorded: its spread matches the 90 % range given
		const deltas = withSize.samples.draws.map(
			(d) => d[withSize.samples.channels.indexOf('exchange') * 7 + 6]
		);
		expect(acquired + quantile(deltas, 0.05)).toBeGreaterThan(1350);
		expect(acquired + quantile(deltas, 0.95)).toBeLessThan(2250);
	});
});
