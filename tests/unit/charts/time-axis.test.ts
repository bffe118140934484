import { describe, expect, it } from 'vitest';
import { timeAxis } from '../../../src/lib/components/charts/common.ts';

/** The day `n` days after 1 January 2024. */
const day = (n: number) =>
	new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const ticks = (days: number, width: number) => timeAxis(day(0), day(days), 'fr-FR', width).ticks;

describe('timeAxis: ticks as often as the chart has room for their labels', () => {
	// the plot is the width less 90 px of margins; a label is ~6.2 px a character plus 8 px
	it('a campaign’s ~150 days: fortnights 960 px wide, months 640 px wide (the report) and on a phone', () => {
		// 150 / 14 = 10.7 labels of "28 sept." (57.6 px): 616 px, which 870 px hold and 550 px do not
		expect(ticks(150, 960)).toBe('2 weeks');
		expect(ticks(150, 640)).toBe('1 month');
		// 150 / 30.44 = 4.9 labels of "1 sept." (51.4 px): 253 px in 290
		expect(ticks(150, 380)).toBe('1 month');
		// 200 days: 14.3 fortnights take 823 px, still within 870
		expect(ticks(200, 960)).toBe('2 weeks');
	});

	it('two years: every two months wide, every six on a phone (where quarters ran together)', () => {
		// 730 / 60.88 = 12 labels of "sept. 2024" (70 px): 839 px in 870
		expect(ticks(730, 960)).toBe('2 months');
		// quarters: 8 labels, 560 px in 290; half-years: 4, 280 px
		expect(ticks(730, 380)).toBe('6 months');
		// 640 px (the report): quarters take 560 px of its 550
		expect(ticks(730, 640)).toBe('6 months');
	});

	it('three years: half-years wide (never denser than before), years on a phone', () => {
		expect(ticks(1096, 960)).toBe('6 months');
		expect(ticks(1096, 640)).toBe('6 months');
		expect(ticks(1096, 380)).toBe('1 year');
	});

	it('beyond five years: years, then every two or five where they would not fit', () => {
		expect(ticks(3650, 960)).toBe('1 year');
		// 10 labels of "2024" (32.8 px) = 328 px > 290 on a phone: every two years
		expect(ticks(3650, 380)).toBe('2 years');
		expect(ticks(36500, 380)).toBe('5 years');
	});

	it('writes days, months or years in the page’s language', () => {
		const at = new Date(Date.UTC(2024, 8, 28));
		expect(timeAxis(day(0), day(150), 'fr-FR', 960).tickFormat(at)).toBe('28 sept.');
		expect(timeAxis(day(0), day(730), 'fr-FR', 960).tickFormat(at)).toBe('sept. 2024');
		expect(timeAxis(day(0), day(3650), 'en-GB', 960).tickFormat(at)).toBe('2024');
	});
});
