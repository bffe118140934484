import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TRUTH } from '../../../src/lib/demo/generate.ts';
import { buildReport } from '../../../src/lib/report/build-report.ts';
import { costRows } from '../../../src/lib/report/costs.ts';
import { ledgerTotals } from '../../../src/lib/report/ledger-totals.ts';
import type { Report } from '../../../src/lib/report/schema.ts';
import { viewSeries, type ViewSeries } from '../../../src/lib/report/series.ts';
import {
	bottomLine,
	comparisonWindows,
	dataGaps,
	engagementByMonth,
	engagementByReach,
	isWeekly,
	resolvePeriod,
	stackRows,
	survivalCurves,
	weeklyFans
} from '../../../src/lib/report/view-model.ts';
import type { LedgerEntry } from '../../../src/lib/analytics/types.ts';
import { loadDemo } from '../../../src/lib/server/demo.ts';
import { pageReportInputs } from '../../../src/lib/server/report.ts';
import { createTestDb } from '../../helpers/db.ts';

describe('period, windows and weeks (hand-computed)', () => {
	it('resolves the URL period against the data, 36 months by default', () => {
		expect(resolvePeriod({}, '2022-01-01', '2024-12-31')).toEqual({
			choice: '36',
			from: '2022-01-01',
			to: '2024-12-31',
			invalid: false
		});
		expect(resolvePeriod({ period: '12' }, '2022-01-01', '2024-12-31')).toMatchObject({
			from: '2024-01-01',
			to: '2024-12-31'
		});
		expect(
			resolvePeriod(
				{ period: 'custom', from: '2021-06-01', to: '2022-03-31' },
				'2022-01-01',
				'2024-12-31'
			)
		).toMatchObject({ choice: 'custom', from: '2022-01-01', to: '2022-03-31', invalid: false });
		expect(
			resolvePeriod(
				{ period: 'custom', from: '2023-05-01', to: '2023-04-01' },
				'2022-01-01',
				'2024-12-31'
			)
		).toMatchObject({ choice: '36', invalid: true });
		expect(resolvePeriod({ period: 'bogus' }, '2024-03-01', '2024-12-31').from).toBe('2024-03-01');
	});
	it('compares with the previous period of the same length and the same period a year earlier', () => {
		expect(comparisonWindows('2024-01-01', '2024-12-31')).toEqual({
			previous: { from: '2022-12-31', to: '2023-12-31' },
			yearEarlier: { from: '2023-01-01', to: '2023-12-31' }
		});
		expect(comparisonWindows('2024-03-01', '2024-03-10').previous).toEqual({
			from: '2024-02-20',
			to: '2024-02-29'
		});
	});
	it('keeps the last known day of each Monday-to-Sunday week; weekly past six months', () => {
		const days = [
			{ day: '2024-01-01', fans: 10 }, // Monday
			{ day: '2024-01-06', fans: 12 },
			{ day: '2024-01-07', fans: null }, // Sunday, unknown
			{ day: '2024-01-08', fans: 15 } // next Monday
		].map((d) => ({ ...d, added: null, removed: null }));
		expect(weeklyFans(days)).toEqual([
			{ day: '2024-01-06', fans: 12 },
			{ day: '2024-01-08', fans: 15 }
		]);
		expect(isWeekly('2024-01-01', '2024-06-01', false)).toBe(false);
		expect(isWeekly('2024-01-01', '2024-12-31', false)).toBe(true);
		expect(isWeekly('2024-01-01', '2024-12-31', true)).toBe(false);
	});
});

describe('engagement and gaps on a tiny page', () => {
	const series: ViewSeries = {
		days: [
			{ day: '2024-01-30', fans: 100, added: 1, removed: 0 },
			{ day: '2024-01-31', fans: 200, added: null, removed: null },
			{ day: '2024-02-01', fans: null, added: null, removed: null }
		],
		channelFans: [{ channel: 'bought', fans: [0, 100, 100] }],
		counterfactuals: {},
		engagement: [
			{ day: '2024-01-30', engaged: 10, reach: 100, fans: 100 },
			{ day: '2024-01-31', engaged: 10, reach: 400, fans: 200 },
			{ day: '2024-02-01', engaged: 5, reach: null, fans: null }
		]
	};
	it('by fans: the mean of daily ratios; by reach: a ratio of sums; inactive fans left out', () => {
		const [jan, feb] = engagementByMonth(series);
		// (10/100 + 10/200) / 2; active fans on Jan 31 = 200 − 100 bought
		expect(jan.month).toBe('2024-01');
		expect(jan.erFans).toBeCloseTo(0.075, 12);
		expect(jan.erFansActive).toBeCloseTo(0.1, 12);
		expect(jan.erReach).toBeCloseTo(20 / 500, 12);
		expect(feb).toEqual({ month: '2024-02', erFans: null, erFansActive: null, erReach: null });
		expect(engagementByReach(series.engagement)).toBe(20 / 500);
	});
	it('stacks organic (total minus the other channels) under them', () => {
		expect(stackRows(series, 1)).toEqual([
			{ day: '2024-01-30', channel: 'bought', fans: 0 },
			{ day: '2024-01-30', channel: 'organic', fans: 100 },
			{ day: '2024-01-31', channel: 'bought', fans: 100 },
			{ day: '2024-01-31', channel: 'organic', fans: 100 }
		]);
	});
	it('says which series are missing altogether', () => {
		expect(dataGaps(series)).toEqual({
			fans: false,
			addsRemovals: false,
			engaged: false,
			reach: false
		});
		const none = {
			...series,
			days: series.days.map((d) => ({ ...d, fans: null, removed: null })),
			engagement: series.engagement.map((d) => ({ ...d, engaged: null }))
		};
		expect(dataGaps(none)).toEqual({ fans: true, addsRemovals: true, engaged: true, reach: false });
	});
	it('adds ledger totals per channel and currency, valuing hours only with a rate', () => {
		const t = ledgerTotals([
			{ channel: 'bought', cost: 60, currency: 'EUR', hours: null, hourly_rate: null },
			{ channel: 'bought', cost: 40, currency: 'EUR', hours: 2, hourly_rate: 30 },
			{ channel: 'bought', cost: 50, currency: 'USD', hours: null, hourly_rate: null },
			{ channel: 'organic_work', cost: null, currency: 'EUR', hours: 10, hourly_rate: null }
		]);
		expect(t).toEqual([
			{
				channel: 'bought',
				currency: 'EUR',
				entries: 2,
				cash: 100,
				hours: 2,
				valuedHours: 60,
				unvaluedHours: 0
			},
			{
				channel: 'bought',
				currency: 'USD',
				entries: 1,
				cash: 50,
				hours: null,
				valuedHours: null,
				unvaluedHours: 0
			},
			{
				channel: 'organic_work',
				currency: 'EUR',
				entries: 1,
				cash: null,
				hours: 10,
				valuedHours: null,
				unvaluedHours: 10
			}
		]);
	});
});

describe('every number of the views is the report model’s (demo page)', () => {
	let report: Report;
	let series: ViewSeries;
	let ledger: LedgerEntry[];
	beforeAll(async () => {
		const db = await createTestDb();
		await loadDemo(db);
		const input = (await pageReportInputs(db, DEMO_TRUTH.page.slug, {}))!;
		report = buildReport(input, { lang: 'en', reps: 20, seed: 5 });
		series = viewSeries(input);
		ledger = input.ledger;
		db.close();
	});

	it('overview tiles', () => {
		const line = bottomLine(report, series);
		expect(line.fans).toEqual({ day: '2024-12-31', value: series.days.at(-1)!.fans });
		const share = report.dilution.inorganicShare!;
		expect(line.organic!.estimate).toBeCloseTo(line.fans!.value * (1 - share.estimate!), 9);
		expect(line.organic!.low).toBeCloseTo(line.fans!.value * (1 - share.high!), 9);
		const ch = (c: string) => report.channels.find((x) => x.channel === c)!;
		expect(line.inorganic!.surviving.estimate).toBeCloseTo(
			ch('bought').survivingFans!.estimate! + ch('exchange').survivingFans!.estimate!,
			9
		);
		expect(line.inorganic!.acquired).toBe(
			ch('bought').fansAcquired.estimate! + ch('exchange').fansAcquired.estimate!
		);
		expect(line.costPerFanYear.map((c) => c.range)).toEqual(
			report.channels.filter((c) => c.costPerRetainedFan.m12).map((c) => c.costPerRetainedFan.m12)
		);
	});

	it('survival curves start at 1 and pass through the reported ages', () => {
		const curves = survivalCurves(report);
		for (const c of curves) {
			const r = report.channels.find((x) => x.channel === c.channel)!.survival!;
			expect(c.points.map((p) => p.age)).toEqual([0, 30, 90, 180, 365]);
			expect(c.points[0]).toEqual({ age: 0, estimate: 1, low: 1, high: 1 });
			expect(c.points[4]).toEqual({ age: 365, ...r.d365 });
		}
	});

	it('costs: cash and valued hours add up to the report’s cost; per fan acquired divides it', () => {
		const rows = costRows(report, ledger);
		expect(rows.map((r) => r.channel).sort()).toEqual(['ads', 'bought', 'exchange', 'organic']);
		for (const r of rows) {
			const c = report.channels.find((x) => x.channel === r.channel)!;
			expect(r.total).toBe(c.cost);
			expect((r.cash ?? 0) + (r.time ?? 0)).toBeCloseTo(c.cost!, 9);
			expect(r.perAcquired!.estimate).toBeCloseTo(c.cost! / c.fansAcquired.estimate!, 9);
			expect(r.perRetained12).toEqual(c.costPerRetainedFan.m12);
		}
		// community work is hours valued at their rate, no cash: the "0 EUR" of issue 9
		const organic = rows.find((r) => r.channel === 'organic')!;
		const work = DEMO_TRUTH.ledger.filter((e) => e.channel === 'organic_work');
		expect(organic.time).toBeCloseTo(
			work.reduce((a, e) => a + e.hours * e.hourlyRate, 0),
			6
		);
	});
});
