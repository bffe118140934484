import { describe, expect, it } from 'vitest';
import { buildScenario, survivalAt } from '../../../../src/lib/report/document/scenario.ts';
import { fixtureReport } from './fixture.ts';

const MONTH = 365.25 / 12;

describe('the scenario: the same euros in bought fans and in organic work', () => {
	const report = fixtureReport();
	const bought = report.channels.find((c) => c.channel === 'bought')!;
	const organic = report.channels.find((c) => c.channel === 'organic')!;

	it('interpolates survival log-linearly between the model’s ages and continues the last pace', () => {
		expect(survivalAt(bought, 0, 'estimate')).toBe(1);
		expect(survivalAt(bought, 30, 'estimate')).toBeCloseTo(0.5, 12);
		// half-way between 30 (0.5) and 90 (0.125) in log: √(0.5 · 0.125) = 0.25
		expect(survivalAt(bought, 60, 'estimate')).toBeCloseTo(0.25, 12);
		// 15 days: √(1 · 0.5)
		expect(survivalAt(bought, 15, 'estimate')).toBeCloseTo(Math.SQRT1_2, 12);
		// beyond 365, the 180→365 pace (0.05 → 0.01 over 185 days) goes on: 0.01 · 0.2 at 550
		expect(survivalAt(bought, 550, 'estimate')).toBeCloseTo(0.002, 12);
		expect(survivalAt(bought, 365, 'low')).toBeCloseTo(0.005, 12);
	});

	it('spends the bought channel’s own budget evenly over a year for both strategies', () => {
		const s = buildScenario(report);
		if ('reason' in s) throw new Error(s.reason);
		expect(s.budget).toBe(10);
		expect(s.bought.costPerFan).toEqual({ estimate: 0.01, low: 0.01, high: 0.01 });
		expect(s.organic.costPerFan.estimate).toBe(2);
		// month 0: one twelfth of 10 € at 0.01 € a fan = 83.3 bought fans, at 2 € = 0.417 organic
		expect(s.bought.points[0].estimate).toBeCloseTo(10 / 12 / 0.01, 9);
		expect(s.organic.points[0].estimate).toBeCloseTo(10 / 12 / 2, 9);
		// month 36, by hand: each monthly cohort m = 0…11 is (36 − m) months old, beyond 365 days,
		// so S(a) = 0.6 · (0.6 / 0.7)^((a − 365) / 185) for organic (estimate)
		let organic36 = 0;
		for (let m = 0; m < 12; m++)
			organic36 += (10 / 12 / 2) * 0.6 * Math.pow(0.6 / 0.7, ((36 - m) * MONTH - 365) / 185);
		expect(s.organic.points[36].estimate).toBeCloseTo(organic36, 9);
		// the band: low pairs the low survival bound, high the high one
		let low36 = 0;
		for (let m = 0; m < 12; m++)
			low36 += (10 / 12 / 2) * 0.5 * Math.pow(0.5 / 0.6, ((36 - m) * MONTH - 365) / 185);
		expect(s.organic.points[36].low).toBeCloseTo(low36, 9);
		for (const p of [...s.bought.points, ...s.organic.points]) {
			expect(p.low).toBeLessThanOrEqual(p.estimate + 1e-12);
			expect(p.high).toBeGreaterThanOrEqual(p.estimate - 1e-12);
		}
		expect(s.bought.points).toHaveLength(37);
	});

	it('says why it cannot be made: no bought fans, no organic cost, no organic survival', () => {
		const noBought = { channels: report.channels.filter((c) => c.channel !== 'bought') };
		expect(buildScenario(noBought)).toEqual({ reason: 'noBought' });
		const free = {
			channels: report.channels.map((c) =>
				c.channel === 'organic' ? { ...organic, cost: null } : c
			)
		};
		expect(buildScenario(free)).toEqual({ reason: 'noOrganicCost' });
		const unknown = {
			channels: report.channels.map((c) =>
				c.channel === 'organic' ? { ...organic, survival: null, identifiable: false } : c
			)
		};
		expect(buildScenario(unknown)).toEqual({ reason: 'noOrganic' });
	});

	it('uses the range of the fans a channel brought, when the model gives one, for its cost per fan', () => {
		const ranged = {
			channels: report.channels.map((c) =>
				c.channel === 'bought'
					? { ...bought, fansAcquired: { estimate: 1000, low: 800, high: 1250 } }
					: c
			)
		};
		const s = buildScenario(ranged);
		if ('reason' in s) throw new Error(s.reason);
		expect(s.bought.costPerFan).toEqual({ estimate: 0.01, low: 0.008, high: 0.0125 });
		expect(s.bought.points[0]).toMatchObject({ low: 10 / 12 / 0.0125, high: 10 / 12 / 0.008 });
	});
});
