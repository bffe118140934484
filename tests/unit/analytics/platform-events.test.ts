import { describe, expect, it } from 'vitest';
import { eventsBetween, PLATFORM_EVENTS } from '../../../src/lib/analytics/platform-events.ts';

describe('platform events calendar', () => {
	it('ships the 2015 like clean-up and the metric deprecations, in both languages', () => {
		const days = PLATFORM_EVENTS.map((e) => e.day);
		expect(days).toContain('2015-03-12');
		expect(days).toContain('2025-11-15');
		for (const e of PLATFORM_EVENTS) {
			expect(e.en.length).toBeGreaterThan(10);
			expect(e.fr.length).toBeGreaterThan(10);
			expect(e.end >= e.day).toBe(true);
		}
	});
	it('selects by platform and by overlap, bounds inclusive', () => {
		const fb = eventsBetween(PLATFORM_EVENTS, 'facebook', '2014-06-30', '2015-03-12').map(
			(e) => e.day
		);
		expect(fb).toEqual(['2014-06-01', '2015-03-12']);
		expect(eventsBetween(PLATFORM_EVENTS, 'facebook', '2015-03-13', '2018-01-10')).toEqual([]);
		expect(eventsBetween(PLATFORM_EVENTS, 'x', '2010-01-01', '2030-01-01')).toEqual([]);
	});
});
