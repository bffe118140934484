import { describe, expect, it } from 'vitest';
import {
	countCell,
	dayMdyCell,
	flagCell,
	looseNumber,
	timestampMdyCell
} from '../../../src/lib/server/importers/cells.ts';
import { decode } from '../../../src/lib/server/importers/decode.ts';

describe('cell parsers', () => {
	it('counts: whole, ≥ 0, `2633.0` allowed, blank is null (never 0)', () => {
		expect(countCell.parse('2633.0')).toBe(2633);
		expect(countCell.parse(' 12 ')).toBe(12);
		expect(countCell.parse('')).toBeNull();
		expect(countCell.parse('-')).toBeNull();
		expect(countCell.safeParse('1.5').success).toBe(false);
		expect(countCell.safeParse('-3').success).toBe(false);
		expect(countCell.safeParse('1e3').success).toBe(false);
	});
	it('M/D/YYYY days, checked against the calendar', () => {
		expect(dayMdyCell.parse('1/1/2014')).toBe('2014-01-01');
		expect(dayMdyCell.parse('12/31/2015')).toBe('2015-12-31');
		expect(dayMdyCell.parse('2/29/2016')).toBe('2016-02-29');
		expect(dayMdyCell.safeParse('2/29/2015').success).toBe(false);
		expect(dayMdyCell.safeParse('13/1/2015').success).toBe(false);
		expect(dayMdyCell.safeParse('1/1/2003').success).toBe(false);
		expect(dayMdyCell.safeParse('2015-01-01').success).toBe(false);
	});
	it('timestamps with AM/PM, the export’s own clock', () => {
		expect(timestampMdyCell.parse('02/19/2014 04:29:18 AM')).toBe('2014-02-19 04:29:18');
		expect(timestampMdyCell.parse('02/19/2014 12:05:00 AM')).toBe('2014-02-19 00:05:00');
		expect(timestampMdyCell.parse('02/19/2014 12:05:00 PM')).toBe('2014-02-19 12:05:00');
		expect(timestampMdyCell.parse('02/19/2014 11:59:59 PM')).toBe('2014-02-19 23:59:59');
		expect(timestampMdyCell.safeParse('02/19/2014 13:00:00 PM').success).toBe(false);
	});
	it('flags and loose numbers', () => {
		expect([flagCell.parse('0'), flagCell.parse('1'), flagCell.parse('')]).toEqual([
			false,
			true,
			null
		]);
		expect(flagCell.safeParse('yes').success).toBe(false);
		expect([looseNumber('3.5'), looseNumber('abc'), looseNumber(''), looseNumber('-2')]).toEqual([
			3.5,
			null,
			null,
			-2
		]);
	});
	it('decodes BOMs, UTF-8, and falls back to Windows-1252 (not Latin-1)', () => {
		expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({
			text: 'A',
			encoding: 'utf-8'
		});
		expect(decode(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toEqual({
			text: 'A',
			encoding: 'utf-16le'
		});
		expect(decode(new Uint8Array([0xc3, 0xa9]))).toEqual({ text: 'é', encoding: 'utf-8' });
		expect(decode(new Uint8Array([0xf1, 0x96, 0x80]))).toEqual({
			text: 'ñ–€',
			encoding: 'windows-1252'
		});
	});
});
