import { describe, expect, it } from 'vitest';
import { formatDay, formatNumber } from '../../../src/lib/i18n/index.ts';

describe('formatters (cached per language)', () => {
	it('write numbers and days as each language does, whatever the order of calls', () => {
		for (let i = 0; i < 3; i++) {
			expect(formatNumber(1234567, 'en')).toBe('1,234,567');
			expect(formatNumber(1234567, 'fr')).toBe('1\u202f234\u202f567');
			expect(formatNumber(0.5, 'fr')).toBe('0,5');
			expect(formatDay('2024-03-14', 'en')).toBe('14 Mar 2024');
			expect(formatDay('2024-03-14', 'fr')).toBe('14 mars 2024');
			// no time-zone shift at the edge of a day (TZ is America/Los_Angeles under npm test)
			expect(formatDay('2024-01-01', 'en')).toBe('1 Jan 2024');
		}
		expect(formatNumber(null, 'en')).toBe('–');
		expect(formatDay(undefined, 'fr')).toBe('–');
	});
});
