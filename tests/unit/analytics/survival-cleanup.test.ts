import { describe, expect, it } from 'vitest';
import { reconciliationGaps } from '../../../src/lib/analytics/cohorts';
import { fitSurvival } from '../../../src/lib/analytics/survival';
import type { ChannelSurvival } from '../../../src/lib/analytics/survival';
import { cleanedOut, cleanupFractions } from '../../../src/lib/analytics/survival-cleanup';
import { threeChannelFixture } from '../../helpers/synthetic/cohorts';

describe('a platform clean-up shared across the cohorts (Model B)', () => {
	// a: 100 fans on day 0, S = 0.9 per day; b: 50 fans on day 1, S = 0.5 per day; 30 fans removed
	// unseen on day 1. At the end of day 1, a has 100 × 0.9 = 90 and b 50 × 1 = 50 following:
	// f = 30 / 140 = 3/14, so a loses 90 × 3/14 = 19.29 and b 50 × 3/14 = 10.71 (30 in all). By the
	// end of day 2 the fans left would have kept leaving: a loses 81 × 3/14, b 25 × 3/14.
	const a = { adds: [100, 0, 0], survival: [1, 0.9, 0.81, 0.729] };
	const b = { adds: [0, 50, 0], survival: [1, 0.5, 0.25, 0.125] };
	const f = cleanupFractions([a, b], [0, 30, 0]);

	it('takes the same share of every fan following that day', () => {
		expect(Array.from(f)).toEqual([0, 3 / 14, 0]);
		expect(cleanedOut(a, f, 0)).toBe(0);
		expect(cleanedOut(a, f, 1)).toBeCloseTo(90 * (3 / 14), 10);
		expect(cleanedOut(b, f, 1)).toBeCloseTo(50 * (3 / 14), 10);
		expect(cleanedOut(a, f, 1) + cleanedOut(b, f, 1)).toBeCloseTo(30, 10);
		expect(cleanedOut(a, f, 2)).toBeCloseTo(81 * (3 / 14), 10);
		expect(cleanedOut(b, f, 2)).toBeCloseTo(25 * (3 / 14), 10);
	});

	it('never removes more fans than are following', () => {
		expect(Array.from(cleanupFractions([a, b], [0, 500, 0]))).toEqual([0, 1, 0]);
		expect(Array.from(cleanupFractions([b], [40, 0, 0]))).toEqual([0, 0, 0]);
	});

	it('reads the gap only where all four numbers are known', () => {
		const day = (t: number | null, a: number | null, r: number | null) => ({
			fans_total: t,
			fans_added: a,
			fans_removed: r
		});
		expect(
			reconciliationGaps([
				day(1000, 5, 2),
				day(1003, 5, 2), // 1000 + 3: reconciled
				day(950, 5, 2), // 1003 + 3 = 1006: 56 missing
				day(960, 5, 2), // 953: 7 too many, not a clean-up
				day(null, 5, 2),
				day(900, 5, 2), // previous total unknown
				day(880, null, 2),
				day(870, 5, null)
			])
		).toEqual([0, 0, 56, 0, 0, 0, 0, 0]);
	});

	it('leaves the hazards alone and takes the clean-up out of the survivors, day by day', () => {
		const input = threeChannelFixture(3);
		const T = input.days.length;
		const g = Math.floor(T / 2);
		const cleanups = input.days.map((_, t) => (t === g ? 300 : 0));
		const plain = fitSurvival(input, { reps: 0 });
		const cleaned = fitSurvival({ ...input, cleanups }, { reps: 0 });
		const fitted = (fit: typeof plain) =>
			fit.channels.filter((c): c is ChannelSurvival => c.identifiable && c.hazard !== null);
		const [p, c] = [fitted(plain), fitted(cleaned)];
		expect(c.map((x) => x.hazard)).toEqual(p.map((x) => x.hazard));
		// on the day itself, exactly the clean-up's fans are gone, shared over the channels
		const lost = p.map((x, i) => x.survivorsByDay[g] - c[i].survivorsByDay[g]);
		expect(lost.reduce((s, x) => s + x, 0)).toBeCloseTo(300, 6);
		const share = 300 / p.reduce((s, x) => s + x.survivorsByDay[g], 0);
		p.forEach((x, i) => expect(lost[i]).toBeCloseTo(x.survivorsByDay[g] * share, 6));
		// before it nothing changes; the last day is the channel's survivors today
		p.forEach((x, i) => {
			expect(c[i].survivorsByDay.slice(0, g)).toEqual(x.survivorsByDay.slice(0, g));
			expect(c[i].survivorsByDay[T - 1]).toBeCloseTo(c[i].survivingFans!.estimate!, 9);
			expect(c[i].survivingFans!.estimate!).toBeLessThan(x.survivingFans!.estimate!);
		});
	});
});
