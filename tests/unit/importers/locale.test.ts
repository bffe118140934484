import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	DATE_FORMATS,
	detectDateFormat,
	detectDecimalSeparator,
	isPercent,
	localeCountCell,
	localeDayCell,
	parseDate,
	parseLocaleNumber,
	readLocaleNumber,
	type DateFormat
} from '../../../src/lib/server/importers/locale.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const isError = (v: unknown) => typeof v === 'object' && v !== null && 'error' in v;

describe('parseLocaleNumber', () => {
	it('reads plain, French and English forms', () => {
		expect(parseLocaleNumber('1234')).toBe(1234);
		expect(parseLocaleNumber('1234.5')).toBe(1234.5);
		expect(parseLocaleNumber('1 234,5')).toBe(1234.5);
		expect(parseLocaleNumber(`1${NBSP}234,5`)).toBe(1234.5);
		expect(parseLocaleNumber(`1${NNBSP}234,5`)).toBe(1234.5);
		expect(parseLocaleNumber(`1${NNBSP}234${NNBSP}567`)).toBe(1234567);
		expect(parseLocaleNumber('1.234,5')).toBe(1234.5);
		expect(parseLocaleNumber('1,234.5')).toBe(1234.5);
		expect(parseLocaleNumber('1,234,567')).toBe(1234567);
		expect(parseLocaleNumber('1.234.567')).toBe(1234567);
		expect(parseLocaleNumber('-12,5')).toBe(-12.5);
		expect(parseLocaleNumber('\u221212,5')).toBe(-12.5);
		expect(parseLocaleNumber('+7')).toBe(7);
		expect(parseLocaleNumber(' 2633.0 ')).toBe(2633);
		expect(parseLocaleNumber('0,125')).toBe(0.125);
		expect(parseLocaleNumber('1234,567')).toBe(1234.567);
	});
	it('blank is null, never 0', () => {
		expect(parseLocaleNumber('')).toBeNull();
		expect(parseLocaleNumber('  ')).toBeNull();
		expect(parseLocaleNumber('-')).toBeNull();
	});
	it('percentages keep the number as written; isPercent says so', () => {
		expect(parseLocaleNumber(`12,5${NNBSP}%`)).toBe(12.5);
		expect(parseLocaleNumber('12.5%')).toBe(12.5);
		expect(isPercent(`12,5${NBSP}%`)).toBe(true);
		expect(isPercent('12,5')).toBe(false);
	});
	it('rejects what is not a number', () => {
		for (const s of [
			'abc',
			'12 34',
			'1.23.4',
			'1,2,3',
			'1.234,5.6',
			'1,234.567,8',
			'12,',
			',5',
			'1e3',
			'%',
			'--1',
			'1 234 5'
		])
			expect(isError(parseLocaleNumber(s)), s).toBe(true);
	});
	it('1,234 needs the file’s decision; undecided it is an error, never a guess', () => {
		expect(parseLocaleNumber('1,234')).toEqual({ error: expect.stringContaining('ambiguous') });
		expect(parseLocaleNumber('1.234')).toEqual({ error: expect.stringContaining('ambiguous') });
		expect(parseLocaleNumber('1,234', ',')).toBe(1.234);
		expect(parseLocaleNumber('1,234', '.')).toBe(1234);
		expect(parseLocaleNumber('1.234', '.')).toBe(1.234);
		expect(parseLocaleNumber('1.234', ',')).toBe(1234);
		// a value that settles itself ignores the decision
		expect(parseLocaleNumber('12,5', '.')).toBe(12.5);
	});
	it('readLocaleNumber keeps the parts as written', () => {
		expect(readLocaleNumber(`-1${NNBSP}234,50`)).toEqual({
			neg: true,
			int: '1234',
			frac: '50',
			percent: false
		});
	});
});

describe('detectDecimalSeparator', () => {
	it('a comma not followed by 3 digits, or a value with two groupings, settles it', () => {
		expect(detectDecimalSeparator(['1,234', '12,5'])).toBe(',');
		expect(detectDecimalSeparator(['1,234', '1,234,567'])).toBe('.');
		expect(detectDecimalSeparator(['1.234', '1.234.567'])).toBe(',');
		expect(detectDecimalSeparator(['1,234', '2633.0'])).toBe('.');
		expect(detectDecimalSeparator(['1.234,5'])).toBe(',');
		expect(detectDecimalSeparator([`1${NNBSP}234,567`])).toBe(',');
		expect(detectDecimalSeparator(['0,125'])).toBe(',');
	});
	it('nothing settles it, or the values disagree → null', () => {
		expect(detectDecimalSeparator([])).toBeNull();
		expect(detectDecimalSeparator(['1,234', '567', '', 'n/a', `1${NNBSP}234`])).toBeNull();
		expect(detectDecimalSeparator(['12,5', '12.5'])).toBeNull();
	});
});

describe('detectDateFormat', () => {
	it('one shape settles the format', () => {
		expect(detectDateFormat(['2024-03-01', '', '2024-03-02'])).toEqual({ format: 'YYYY-MM-DD' });
		expect(detectDateFormat(['1er mars 2024', '2 févr. 2024'])).toEqual({
			format: 'D MMMM YYYY'
		});
		expect(detectDateFormat(['March 1, 2024', 'Sept 2, 2024'])).toEqual({
			format: 'MMMM D, YYYY'
		});
	});
	it('any day > 12 anywhere in the file settles DD/MM against MM/DD for the whole file', () => {
		const early = ['03/04/2024', '05/06/2024', '07/08/2024'];
		expect(detectDateFormat([...early, '25/04/2024'])).toEqual({ format: 'DD/MM/YYYY' });
		expect(detectDateFormat(['25/04/2024', ...early])).toEqual({ format: 'DD/MM/YYYY' });
		expect(detectDateFormat([...early, '04/25/2024'])).toEqual({ format: 'MM/DD/YYYY' });
		expect(detectDateFormat(['01/02/24', '13/02/24'])).toEqual({ format: 'DD/MM/YY' });
		expect(detectDateFormat(['01/02/24', '01/31/24'])).toEqual({ format: 'MM/DD/YY' });
	});
	it('undecidable → ambiguous with both candidates, never a guess', () => {
		expect(detectDateFormat(['03/04/2024', '05/06/2024'])).toEqual({
			ambiguous: ['DD/MM/YYYY', 'MM/DD/YYYY']
		});
		expect(detectDateFormat(['03.04.24'])).toEqual({ ambiguous: ['DD/MM/YY', 'MM/DD/YY'] });
	});
	it('contradictions and nothing readable are errors', () => {
		expect(detectDateFormat(['25/04/2024', '04/25/2024'])).toEqual({
			error: expect.stringContaining('more than one format')
		});
		expect(detectDateFormat(['2024-03-01', '01/03/2024'])).toEqual({
			error: expect.stringContaining('more than one format')
		});
		expect(detectDateFormat(['01/03/24', '15/03/2024'])).toEqual({
			error: expect.stringContaining('more than one format')
		});
		expect(detectDateFormat(['', '-'])).toEqual({ error: 'no dates' });
		expect(detectDateFormat(['hier', 'demain'])).toEqual({
			error: expect.stringContaining('"hier"')
		});
	});
	it('values fitting no format are left to parseDate, row by row', () => {
		expect(detectDateFormat(['15/03/2024', 'n/a', '99/99/2024'])).toEqual({
			format: 'DD/MM/YYYY'
		});
	});
});

describe('parseDate', () => {
	it('numeric forms, with /, - or . (the same one twice)', () => {
		expect(parseDate('01/03/2024', 'DD/MM/YYYY')).toBe('2024-03-01');
		expect(parseDate('1-3-2024', 'DD/MM/YYYY')).toBe('2024-03-01');
		expect(parseDate('01.03.2024', 'DD/MM/YYYY')).toBe('2024-03-01');
		expect(parseDate('03/01/2024', 'MM/DD/YYYY')).toBe('2024-03-01');
		expect(parseDate('2024-03-01', 'YYYY-MM-DD')).toBe('2024-03-01');
		expect(parseDate('2024/3/1', 'YYYY-MM-DD')).toBe('2024-03-01');
		expect(isError(parseDate('01/03-2024', 'DD/MM/YYYY'))).toBe(true);
		expect(isError(parseDate('2024-03-01', 'DD/MM/YYYY'))).toBe(true);
	});
	it('two-digit years: 00–69 → 20xx, 70–99 → 19xx and so before the floor', () => {
		expect(parseDate('01/03/24', 'DD/MM/YY')).toBe('2024-03-01');
		expect(parseDate('03/01/69', 'MM/DD/YY')).toBe('2069-03-01');
		expect(parseDate('01/03/04', 'DD/MM/YY')).toBe('2004-03-01');
		expect(parseDate('01/03/99', 'DD/MM/YY')).toEqual({
			error: 'date before 2004: 1999-03-01 (two-digit year 99 read as 1999)'
		});
		expect(parseDate('01/03/03', 'DD/MM/YY')).toEqual({
			error: 'date before 2004: 2003-03-01 (two-digit year 03 read as 2003)'
		});
	});
	it('French month names: 1er, accents optional, abbreviations, any case', () => {
		expect(parseDate('1 mars 2024', 'D MMMM YYYY')).toBe('2024-03-01');
		expect(parseDate('1er février 2024', 'D MMMM YYYY')).toBe('2024-02-01');
		expect(parseDate('1ᵉʳ février 2024', 'D MMMM YYYY')).toBe('2024-02-01');
		expect(parseDate('1 fevrier 2024', 'D MMMM YYYY')).toBe('2024-02-01');
		expect(parseDate('15 AOÛT 2024', 'D MMMM YYYY')).toBe('2024-08-15');
		expect(parseDate('3 déc. 2024', 'D MMMM YYYY')).toBe('2024-12-03');
		expect(parseDate(`1${NBSP}sept.${NBSP}2024`, 'D MMMM YYYY')).toBe('2024-09-01');
		expect(parseDate('1 September 2024', 'D MMMM YYYY')).toBe('2024-09-01');
		expect(isError(parseDate('2er mars 2024', 'D MMMM YYYY'))).toBe(true);
		expect(isError(parseDate('1 brumaire 2024', 'D MMMM YYYY'))).toBe(true);
	});
	it('English month names: full, abbreviated, Sept', () => {
		expect(parseDate('March 1, 2024', 'MMMM D, YYYY')).toBe('2024-03-01');
		expect(parseDate('Mar 1, 2024', 'MMMM D, YYYY')).toBe('2024-03-01');
		expect(parseDate('Sept 1, 2024', 'MMMM D, YYYY')).toBe('2024-09-01');
		expect(parseDate('Sep. 30 2024', 'MMMM D, YYYY')).toBe('2024-09-30');
		expect(isError(parseDate('1 March 2024', 'MMMM D, YYYY'))).toBe(true);
	});
	it('checked against the calendar: Feb 29 on leap and non-leap years', () => {
		expect(parseDate('29/02/2024', 'DD/MM/YYYY')).toBe('2024-02-29');
		expect(parseDate('29 février 2024', 'D MMMM YYYY')).toBe('2024-02-29');
		expect(parseDate('02/29/2024', 'MM/DD/YYYY')).toBe('2024-02-29');
		expect(parseDate('29/02/2023', 'DD/MM/YYYY')).toEqual({
			error: 'not a date (DD/MM/YYYY): "29/02/2023"'
		});
		expect(isError(parseDate('Feb 29, 2100', 'MMMM D, YYYY'))).toBe(true);
		expect(isError(parseDate('31/04/2024', 'DD/MM/YYYY'))).toBe(true);
		expect(isError(parseDate('00/01/2024', 'DD/MM/YYYY'))).toBe(true);
	});
	it('rejects years before 2004 with a clear message', () => {
		expect(parseDate('2003-12-31', 'YYYY-MM-DD')).toEqual({
			error: 'date before 2004: 2003-12-31'
		});
		expect(parseDate('2004-01-01', 'YYYY-MM-DD')).toBe('2004-01-01');
	});
});

describe('locale cells', () => {
	it('localeCountCell: whole, ≥ 0, blank → null, the file’s decimal', () => {
		const fr = localeCountCell(',');
		expect(fr.parse(`1${NNBSP}234`)).toBe(1234);
		expect(fr.parse('1 234')).toBe(1234);
		expect(fr.parse('2633,0')).toBe(2633);
		expect(fr.parse('')).toBeNull();
		expect(fr.parse('-')).toBeNull();
		expect(fr.safeParse('12,5').error?.issues[0].message).toBe('not a whole number: "12,5"');
		expect(fr.safeParse('1,234').error?.issues[0].message).toBe('not a whole number: "1,234"');
		expect(fr.safeParse('-3').error?.issues[0].message).toBe('negative count: -3');
		expect(fr.safeParse('12 %').success).toBe(false);
		expect(fr.safeParse('1,0000000000000000001').success).toBe(false);
		expect(fr.safeParse('99999999999999999999').error?.issues[0].message).toMatch(/too large/);
		expect(localeCountCell('.').parse('1,234')).toBe(1234);
		expect(localeCountCell('.').parse('2633.0')).toBe(2633);
		expect(localeCountCell(null).safeParse('1,234').error?.issues[0].message).toMatch(
			/^ambiguous number: "1,234"/
		);
	});
	it('localeDayCell: the file’s format, cells.ts messages', () => {
		expect(localeDayCell('DD/MM/YYYY').parse('01/03/2024')).toBe('2024-03-01');
		expect(localeDayCell('DD/MM/YYYY').safeParse('31/02/2024').error?.issues[0].message).toBe(
			'not a date (DD/MM/YYYY): "31/02/2024"'
		);
		expect(localeDayCell('MM/DD/YY').safeParse('').success).toBe(false);
	});
});

const fr = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const en = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

describe('properties', () => {
	it('any safe integer round-trips through the French and English ways', () => {
		fc.assert(
			fc.property(fc.maxSafeInteger(), (n) => {
				expect(parseLocaleNumber(fr.format(n), ',')).toBe(n);
				expect(parseLocaleNumber(en.format(n), '.')).toBe(n);
				expect(parseLocaleNumber(String(n))).toBe(n);
				// French output never needs the file's decision
				expect(parseLocaleNumber(fr.format(n))).toBe(n);
			})
		);
	});
	it('decimals with 1–2 fraction digits round-trip; detection is never wrong', () => {
		const cents = fc
			.integer({ min: -1_000_000_000, max: 1_000_000_000 })
			.chain((k) => fc.constantFrom(k / 100, Math.trunc(k / 10) / 10 + 0));
		fc.assert(
			fc.property(cents, (n) => {
				expect(parseLocaleNumber(fr.format(n), ',')).toBe(n);
				expect(parseLocaleNumber(en.format(n), '.')).toBe(n);
				expect(detectDecimalSeparator([fr.format(n)])).not.toBe('.');
				expect(detectDecimalSeparator([en.format(n)])).not.toBe(',');
			})
		);
	});
	it('any day 2004–2035 written in each format parses back to itself', () => {
		const day = fc.date({
			min: new Date(Date.UTC(2004, 0, 1)),
			max: new Date(Date.UTC(2035, 11, 31)),
			noInvalidDate: true
		});
		const frMonth = new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'UTC' });
		const enMonth = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });
		fc.assert(
			fc.property(day, fc.constantFrom('/', '-', '.'), fc.boolean(), (date, sep, pad) => {
				const iso = date.toISOString().slice(0, 10);
				const [y, m, d] = iso.split('-');
				const p = (s: string) => (pad ? s : String(+s));
				const dd = d === '01' && pad ? '1er' : p(d);
				const written: Record<DateFormat, string> = {
					'YYYY-MM-DD': [y, p(m), p(d)].join(sep),
					'DD/MM/YYYY': [p(d), p(m), y].join(sep),
					'MM/DD/YYYY': [p(m), p(d), y].join(sep),
					'DD/MM/YY': [p(d), p(m), y.slice(2)].join(sep),
					'MM/DD/YY': [p(m), p(d), y.slice(2)].join(sep),
					'D MMMM YYYY': `${dd} ${frMonth.format(date)} ${y}`,
					'MMMM D, YYYY': `${enMonth.format(date)} ${+d}, ${y}`
				};
				for (const f of DATE_FORMATS) {
					expect(parseDate(written[f], f), `${f}: ${written[f]}`).toBe(iso);
					const found = detectDateFormat([written[f]]);
					const ok =
						'format' in found ? [found.format] : 'ambiguous' in found ? found.ambiguous : [];
					expect(ok).toContain(f);
				}
			})
		);
	});
	it('no input makes the parsers throw', () => {
		const text = fc.oneof(
			fc.string(),
			fc.string({ unit: 'grapheme' }),
			fc.string({ unit: 'binary' }), // what fc.fullUnicodeString() was before fast-check 4
			fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)) }), // lone surrogates
			fc.stringMatching(/^[-+\u2212]?[\d .,\u00a0\u202f%]{0,12}$/),
			fc.stringMatching(/^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/)
		);
		fc.assert(
			fc.property(text, fc.constantFrom(',' as const, '.' as const, null), (s, decimal) => {
				const n = parseLocaleNumber(s, decimal);
				expect(n === null || typeof n === 'number' || typeof n.error === 'string').toBe(true);
				if (typeof n === 'number') expect(Number.isFinite(n)).toBe(true);
				detectDecimalSeparator([s]);
				const found = detectDateFormat([s, s]);
				expect(typeof found).toBe('object');
				for (const f of DATE_FORMATS) {
					const r = parseDate(s, f);
					if (typeof r === 'string') expect(r).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				}
			}),
			{ numRuns: 2000 }
		);
	});
});
