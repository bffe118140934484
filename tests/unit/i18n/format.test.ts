import { describe, expect, it } from 'vitest';
import {
	formatDateTime,
	formatDay,
	formatInstant,
	formatNumber
} from '../../../src/lib/i18n/index.ts';
import { count, money, pct, seconds, signedPct } from '../../../src/lib/components/format.ts';
import { numberTicks, percentTicks } from '../../../src/lib/components/charts/common.ts';

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

describe('negative numbers', () => {
	it('carry a true minus sign (U+2212) in text, tables and chart ticks, in both languages', () => {
		expect(formatNumber(-1234, 'en')).toBe('\u22121,234');
		expect(formatNumber(-1234, 'fr')).toBe('\u22121\u202f234');
		expect(count(-12.5, 'en')).toBe('\u221212.5');
		expect(pct(-0.2, 'fr')).toBe('\u221220\u00a0%');
		expect(signedPct(-0.031, 'en')).toBe('\u22123.1%');
		expect(signedPct(0.031, 'en')).toBe('+3.1%');
		expect(money(-1500, 'EUR', 'fr')).toBe('\u22121\u202f500\u00a0€');
		expect(numberTicks('en-GB')(-20)).toBe('\u221220');
		expect(percentTicks('fr-FR')(-0.5)).toBe('\u221250\u00a0%');
		expect(numberTicks('en-GB')(20)).toBe('20');
	});
});

describe('days written once and then remembered', () => {
	it('gives what a fresh formatter writes, for every day of 30 years in both languages (past the memo’s bound)', () => {
		const fresh = (iso: string, locale: string) =>
			new Intl.DateTimeFormat(locale, {
				day: 'numeric',
				month: 'short',
				year: 'numeric',
				timeZone: 'UTC'
			}).format(new Date(`${iso}T00:00:00Z`));
		const start = Date.UTC(2000, 0, 1);
		for (let round = 0; round < 2; round++)
			for (let k = 0; k < 30 * 366; k += round ? 97 : 1) {
				const iso = new Date(start + k * 86_400_000).toISOString().slice(0, 10);
				const en = formatDay(iso, 'en');
				const fr = formatDay(iso, 'fr');
				if (k % 97 === 0) {
					expect(en).toBe(fresh(iso, 'en-GB'));
					expect(fr).toBe(fresh(iso, 'fr-FR'));
				}
			}
		expect(formatDay('2024-02-29', 'en')).toBe('29 Feb 2024');
		expect(formatDay('2024-02-29', 'fr')).toBe('29 févr. 2024');
	});
});

describe('when an analysis was computed, and how long it took', () => {
	it('writes the moment in the machine’s own zone, named, and the seconds with two significant digits', () => {
		// the runner's zone is America/Los_Angeles (npm run test:unit), as the server's would be on
		// a CM's machine there: 21:05 UTC on 30 November is 13:05 there, 00:21 UTC on 1 December
		// is still 30 November
		expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/Los_Angeles');
		for (let i = 0; i < 2; i++) {
			expect(formatInstant('2026-11-30T21:05:00Z', 'en')).toBe('30 Nov 2026, 13:05 GMT-8');
			expect(formatInstant('2026-11-30T21:05:00Z', 'fr')).toBe('30 nov. 2026, 13:05 UTC\u22128');
			expect(formatInstant('2026-12-01T00:21:00Z', 'en')).toBe('30 Nov 2026, 16:21 GMT-8');
			// summer time
			expect(formatInstant('2026-07-01T12:00:00Z', 'fr')).toBe('1 juil. 2026, 05:00 UTC\u22127');
			expect(seconds(829, 'en')).toBe('0.83');
			expect(seconds(829, 'fr')).toBe('0,83');
			expect(seconds(12_345, 'en')).toBe('12');
		}
	});

	it('in Paris, writes the hour a Parisian reads beside the imports’ times, with the zone', () => {
		for (let i = 0; i < 2; i++) {
			expect(formatInstant('2026-12-01T00:21:00Z', 'en', 'Europe/Paris')).toBe(
				'1 Dec 2026, 01:21 CET'
			);
			expect(formatInstant('2026-12-01T00:21:00Z', 'fr', 'Europe/Paris')).toBe(
				'1 déc. 2026, 01:21 UTC+1'
			);
			expect(formatInstant('2026-07-01T12:00:00Z', 'en', 'Europe/Paris')).toBe(
				'1 Jul 2026, 14:00 CEST'
			);
			expect(formatInstant('2026-07-01T12:00:00Z', 'fr', 'Europe/Paris')).toBe(
				'1 juil. 2026, 14:00 UTC+2'
			);
			// the zone asked for does not leak into the machine's own
			expect(formatInstant('2026-12-01T00:21:00Z', 'en')).toBe('30 Nov 2026, 16:21 GMT-8');
		}
		expect(formatInstant('2026-12-01T00:21:00Z', 'en', 'UTC')).toBe('1 Dec 2026, 00:21 UTC');
		expect(formatInstant('not a time', 'en')).toBe('not a time');
	});
});

describe('a wall-clock time (when a file was imported)', () => {
	it('is written as each language writes a date and a time, never shifted by the process’s zone', () => {
		// the runner's zone is America/Los_Angeles (npm run test:unit): a formatter applying it
		// would write 23:37 as 15:37, and the first minutes of a month as the day before
		expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/Los_Angeles');
		for (let i = 0; i < 2; i++) {
			expect(formatDateTime('2026-11-30 23:37:12', 'en')).toBe('30 Nov 2026, 23:37');
			expect(formatDateTime('2026-11-30 23:37:12', 'fr')).toBe('30 nov. 2026, 23:37');
			expect(formatDateTime('2026-06-01 00:05:59', 'en')).toBe('1 Jun 2026, 00:05');
			expect(formatDateTime('2026-06-01 00:05:59', 'fr')).toBe('1 juin 2026, 00:05');
			// the ISO form the store's driver gives for a TIMESTAMP read without strftime
			expect(formatDateTime('2024-02-29T07:08:00', 'fr')).toBe('29 févr. 2024, 07:08');
		}
		expect(formatDateTime(null, 'en')).toBe('–');
		expect(formatDateTime('yesterday', 'en')).toBe('yesterday');
	});
});
