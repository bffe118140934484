import { describe, expect, it } from 'vitest';
import { buildCohorts } from '../../../src/lib/analytics/cohorts';
import type { SpikeEpisode } from '../../../src/lib/analytics/spikes-classify';
import type { DailyPoint, LedgerEntry } from '../../../src/lib/analytics/types';
import { isoDays } from '../../helpers/synthetic/cohorts';

const DAYS = isoDays('2024-01-01', 100);

/** 100 days: new fans alternate 4 and 6 (median 5, MAD 1), 2 removals a day, 1,000 fans. */
function page(overrides: Record<number, number | null> = {}): DailyPoint[] {
	return DAYS.map((day, i) => ({
		day,
		fans_total: 1000 + i,
		fans_added: i in overrides ? overrides[i] : i % 2 ? 6 : 4,
		fans_removed: 2,
		fans_added_paid: null,
		reach_total: null,
		reach_organic: null,
		reach_paid: null,
		reach_viral: null,
		engaged_users: null,
		posts_published: null
	}));
}

const entry = (
	id: string,
	channel: LedgerEntry['channel'],
	from: number,
	to: number,
	promisedQty: number | null = null
): LedgerEntry => ({
	id,
	channel,
	label: null,
	start: DAYS[from],
	end: DAYS[to],
	cost: 100,
	hours: null,
	hourlyRate: null,
	promisedQty
});

const NO_EFFECTS = new Map();
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const cohort = (plan: ReturnType<typeof buildCohorts>, channel: string) =>
	plan.cohorts.find((c) => c.channel === channel)!;

/** The pace-excess range of §cohorts: n days of excess over a median b of m pre days. */
function paceRange(excessPerDay: number, n: number, b: number, mad: number, m: number) {
	const s = Math.max(1.4826 * mad, Math.sqrt(b));
	const sd = Math.sqrt(n * s * s + (n * 1.2533 * s) ** 2 / m);
	const est = n * excessPerDay;
	return { est, low: est - 1.6449 * sd, high: est + 1.6449 * sd };
}

describe('buildCohorts: sizes from the data, with ranges', () => {
	it('a contest with no trend comparison: the excess over the 56 days before, by hand', () => {
		// days 60–69: 25 new fans a day; before: 4/6 alternating → b = 5, MAD 1, s = √5
		const over = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [60 + i, 25]));
		const plan = buildCohorts(page(over), [entry('c', 'contest', 60, 69)], [], NO_EFFECTS);
		const r = paceRange(20, 10, 5, 1, 56);
		const e = plan.entries[0];
		expect(e).toMatchObject({ method: 'pace_excess', detectable: true, reason: null });
		expect(e.fans.estimate).toBeCloseTo(r.est, 9);
		expect(e.fans.low).toBeCloseTo(r.low, 9);
		expect(e.fans.high).toBeCloseTo(r.high, 9);
		expect(cohort(plan, 'contest').size).toEqual({ low: e.fans.low, high: e.fans.high });
		expect(cohort(plan, 'contest').adds.slice(60, 70)).toEqual(new Array(10).fill(20));
		// organic keeps the usual 5 on those days, and every new fan is counted exactly once
		expect(cohort(plan, 'organic').adds.slice(60, 70)).toEqual(new Array(10).fill(5));
		const all = plan.cohorts.map((c) => sum(c.adds));
		expect(sum(all) - plan.startingFans).toBeCloseTo(sum(page(over).map((d) => d.fans_added!)), 9);
	});

	it('a contest that changed nothing gets no fans: they stay organic', () => {
		const plan = buildCohorts(page(), [entry('c', 'contest', 60, 69)], [], NO_EFFECTS);
		expect(plan.entries[0]).toMatchObject({
			detectable: false,
			reason: 'no_detectable_effect',
			fans: { estimate: 0, low: 0 }
		});
		expect(sum(cohort(plan, 'contest').adds)).toBe(0);
		// none detectable, at most the measurement's upper bound
		const bound = paceRange(0, 10, 5, 1, 56).high;
		expect(plan.entries[0].fans.high).toBeCloseTo(bound, 9);
		expect(plan.acquired.get('contest')!.estimate).toBe(0);
		expect(plan.acquired.get('contest')!.high).toBeCloseTo(bound, 9);
		expect(plan.sources.get('contest')).toBe('no detectable effect');
		expect(sum(cohort(plan, 'organic').adds.slice(60, 70))).toBe(50);
	});

	it('the ledger’s promise is checked, never used: 500 bought fans with no matching arrivals', () => {
		const plan = buildCohorts(page(), [entry('b', 'bought', 60, 61, 500)], [], NO_EFFECTS);
		expect(sum(cohort(plan, 'bought').adds)).toBe(0);
		expect(plan.checks).toEqual([
			expect.objectContaining({ id: 'b', promised: 500, status: 'no_matching_arrivals' })
		]);
		// a delivered pack that is smaller than promised is sized from the data and flagged
		const delivered = buildCohorts(
			page({ 60: 305, 61: 6 }),
			[entry('b', 'bought', 60, 61, 500)],
			[],
			NO_EFFECTS
		);
		expect(delivered.entries[0].fans.estimate).toBeCloseTo(301, 9);
		expect(delivered.checks[0].status).toBe('fewer_than_promised');
	});

	it('a pack delivered during an ads run is counted once, for the pack', () => {
		// ads days 50–69 at 20 new fans a day (15 over the pace); the pack: +500 on day 60
		const over: Record<number, number> = {};
		for (let i = 50; i < 70; i++) over[i] = 20;
		over[60] = 520;
		const episode: SpikeEpisode = {
			start: DAYS[60],
			end: DAYS[60],
			excessFans: 515,
			class: 'declared',
			campaignId: 'b',
			signals: [],
			score: 3
		};
		const usual = [{ day: DAYS[60], excess: 515, spread: 2, baseline_days: 28 }];
		const plan = buildCohorts(
			page(over),
			[entry('a', 'ads', 50, 69), entry('b', 'bought', 60, 60, 500)],
			[episode],
			NO_EFFECTS,
			usual
		);
		const [ads, bought] = plan.entries;
		expect(bought).toMatchObject({ method: 'spike_excess', fans: { estimate: 515 } });
		// the ads' excess over the pace (20 days × 15 + 500 on day 60) minus the pack's 515
		expect(ads.countedElsewhere).toEqual([{ id: 'b', fans: 515 }]);
		expect(ads.fans.estimate).toBeCloseTo(20 * 15 + 500 - 515, 9);
		expect(sum(cohort(plan, 'ads').adds) + sum(cohort(plan, 'bought').adds)).toBeCloseTo(
			20 * 15 + 500,
			9
		);
		// the pack's range: ± 1.645 √(spread² + (1.2533 spread / √28)²)
		const sd = Math.sqrt(4 + ((1.2533 * 2) / Math.sqrt(28)) ** 2);
		expect(bought.fans.low).toBeCloseTo(515 - 1.6449 * sd, 9);
		expect(plan.checks[0]).toMatchObject({ id: 'b', status: 'consistent' });
	});

	it('two entries on the same days split the excess; the range runs from none to all of it', () => {
		const over = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [60 + i, 25]));
		const plan = buildCohorts(
			page(over),
			[entry('x', 'contest', 60, 69), entry('y', 'other', 60, 69)],
			[],
			NO_EFFECTS
		);
		const alone = paceRange(20, 10, 5, 1, 56);
		const [x, y] = plan.entries;
		expect(x.fans.estimate).toBeCloseTo(100, 9);
		expect(y.fans.estimate).toBeCloseTo(100, 9);
		expect(x.sharedWith).toEqual([{ id: 'y', fans: 100 }]);
		expect(x.fans.low).toBe(0);
		expect(x.fans.high).toBeCloseTo(alone.high, 9);
		expect(sum(cohort(plan, 'contest').adds) + sum(cohort(plan, 'other').adds)).toBeCloseTo(200, 9);
	});

	it('only likely-inorganic spikes nobody declared form the undeclared cohort', () => {
		const spike = (cls: SpikeEpisode['class'], day: number): SpikeEpisode => ({
			start: DAYS[day],
			end: DAYS[day],
			excessFans: 300,
			class: cls,
			campaignId: null,
			signals: [],
			score: 0
		});
		const over = { 30: 305, 50: 305, 70: 305 };
		const plan = buildCohorts(
			page(over),
			[],
			[spike('unexplained', 30), spike('possible', 50), spike('likely_inorganic', 70)],
			NO_EFFECTS
		);
		expect(sum(cohort(plan, 'undeclared').adds)).toBe(300);
		expect(cohort(plan, 'undeclared').adds[70]).toBe(300);
		expect(cohort(plan, 'organic').adds[30]).toBe(305);
		expect(cohort(plan, 'organic').adds[50]).toBe(305);
	});

	it('an unknown day is unknown, not zero: organic arrivals imputed from the usual days around it', () => {
		const plan = buildCohorts(page({ 40: null }), [], [], NO_EFFECTS);
		expect(plan.imputedDays).toBe(1);
		// days 26–54 without day 40: 14 at 4 and 14 at 6 → mean 5
		expect(cohort(plan, 'organic').adds[40]).toBe(5);
		// and a day missing from the export entirely is a day of the grid, also imputed
		const gap = page().filter((_, i) => i < 45 || i > 48);
		const g = buildCohorts(gap, [], [], NO_EFFECTS);
		expect(g.days).toHaveLength(100);
		expect(g.imputedDays).toBe(4);
		expect(g.removals.slice(45, 49)).toEqual([null, null, null, null]);
		// day 45: ± 14 days without 45–48 → 12 days at 4 and 13 at 6
		expect(cohort(g, 'organic').adds[45]).toBeCloseTo((12 * 4 + 13 * 6) / 25, 12);
	});

	it('the fans already there on the first day join organic on day 0', () => {
		const plan = buildCohorts(page(), [], [], NO_EFFECTS);
		// fans_total 1000 at the end of day 0 = before + 4 new − 2 removed
		expect(plan.startingFans).toBe(998);
		expect(cohort(plan, 'organic').adds[0]).toBe(998 + 4);
	});
});
