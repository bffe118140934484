import { describe, expect, it } from 'vitest';
import {
	channelCost,
	costPerAcquired,
	costPerRetained,
	overlapShare,
	roiFromFlows
} from '../../../src/lib/analytics/roi.ts';
import type { LedgerEntry } from '../../../src/lib/analytics/types.ts';

const entry = (e: Partial<LedgerEntry>): LedgerEntry => ({
	id: '1',
	channel: 'ads',
	label: null,
	start: '2024-01-01',
	end: '2024-01-31',
	cost: null,
	hours: null,
	hourlyRate: null,
	promisedQty: null,
	...e
});

describe('costs from the ledger', () => {
	it('prorates by day inside the period and values hours at their rate', () => {
		expect(
			overlapShare({ start: '2024-01-01', end: '2024-01-31' }, '2024-01-17', '2024-12-31')
		).toBeCloseTo(15 / 31, 12);
		expect(
			overlapShare({ start: '2024-01-01', end: '2024-01-31' }, '2024-02-01', '2024-12-31')
		).toBe(0);
		const c = channelCost(
			[
				entry({ cost: 310, hours: 31, hourlyRate: 20 }),
				entry({ start: '2024-02-01', end: '2024-02-01', hours: 2 })
			],
			'2024-01-17',
			'2024-02-10'
		);
		// 310 · 15/31 = 150 cash; 31 h · 20 €/h · 15/31 = 300 of time; the 2 h without a rate are not valued
		expect(c.cash).toBeCloseTo(150, 9);
		expect(c.time).toBeCloseTo(300, 9);
		expect(c.total).toBeCloseTo(450, 9);
		expect(c.unvaluedHours).toBe(2);
		expect(channelCost([entry({ hours: 3 })], '2024-01-01', '2024-12-31').total).toBeNull();
	});
});

describe('unit costs', () => {
	it('cost per retained fan takes its range from the survival range', () => {
		// 49 € for 2,000 fans of whom 10 % (5–20 %) remain: 0.245 € per retained fan (0.1225–0.49)
		const r = costPerRetained(49, 2000, { estimate: 0.1, low: 0.05, high: 0.2 });
		expect(r?.estimate).toBeCloseTo(0.245, 12);
		expect(r?.low).toBeCloseTo(0.1225, 12);
		expect(r?.high).toBeCloseTo(0.49, 12);
		expect(costPerRetained(49, 2000, { estimate: 0.1, low: 0, high: 0.2 })?.high).toBeNull();
		expect(costPerRetained(null, 2000, { estimate: 0.1, low: 0.05, high: 0.2 })).toBeNull();
		expect(costPerAcquired(49, { estimate: 2000, low: 1800, high: 2200 })).toEqual({
			estimate: 49 / 2000,
			low: 49 / 2200,
			high: 49 / 1800
		});
	});
});

describe('ROI, NPV and payback from monthly flows', () => {
	it('matches a hand computation at 0 % and at 10 % a year', () => {
		// 300 spent in month 0, 100 of value in months 1–4: ROI = (400 − 300) / 300 = 33.3 %, payback month 3
		const flat = roiFromFlows([0, 100, 100, 100, 100], [300], 0);
		expect(flat.roiPct).toBeCloseTo(100 / 3, 9);
		expect(flat.npv36).toBeCloseTo(100, 9);
		expect(flat.paybackMonths).toBe(3);
		const rm = Math.pow(1.1, 1 / 12) - 1;
		const npv = -300 + [1, 2, 3, 4].reduce((a, m) => a + 100 / Math.pow(1 + rm, m), 0);
		expect(roiFromFlows([0, 100, 100, 100, 100], [300], 0.1).npv36).toBeCloseTo(npv, 9);
		expect(roiFromFlows([0, 10], [300], 0.1).paybackMonths).toBeNull();
	});
});
