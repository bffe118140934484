import { clip } from './cells.ts';
/**
 * Numbers as Excel writes them on a French (or English) machine.
 *
 * Grouping: a space (U+0020), no-break space (U+00A0), narrow no-break space (U+202F, what
 * `Intl.NumberFormat('fr-FR')` writes) or thin space (U+2009); or `.` / `,` opposite the decimal.
 * Groups are checked: 1–3 digits, then exactly 3 (`12 34` is not a number).
 * Signs: `+`, `-`, `−` (U+2212). A trailing `%` is accepted and dropped, the number kept as written
 * (`12,5 %` → 12.5): ask {@link isPercent} to know. No exponents (`1,2E+07` is not a number).
 *
 * Only `1,234` / `1.234` (one separator, 1–3 digits not starting with 0, then exactly 3) can be read
 * either way: the file decides ({@link detectDecimalSeparator}), and undecided it is an error.
 */

export type DecimalSeparator = ',' | '.';

/** The parts of a number as written: `-1 234,50` → `{ neg: true, int: '1234', frac: '50' }`. */
export interface NumberParts {
	neg: boolean;
	int: string;
	frac: string;
	percent: boolean;
}

type Reading =
	| { kind: 'number'; parts: NumberParts; settles: DecimalSeparator | null }
	| {
			kind: 'ambiguous';
			neg: boolean;
			sep: DecimalSeparator;
			int: string;
			tail: string;
			percent: boolean;
	  }
	| { kind: 'bad' }
	| null;

const SP = '[ \\u00a0\\u202f\\u2009]';
const SPACED = new RegExp(`^(\\d{1,3}(?:${SP}\\d{3})+)(?:([.,])(\\d+))?$`);
const other = (s: DecimalSeparator): DecimalSeparator => (s === ',' ? '.' : ',');
const grouped = (g: DecimalSeparator) => new RegExp(`^\\d{1,3}(?:\\${g}\\d{3})+$`);

function read(raw: string): Reading {
	let t = raw.trim();
	if (t === '' || t === '-') return null;
	const percent = t.endsWith('%');
	if (percent) t = t.slice(0, -1).trimEnd();
	const neg = /^[-\u2212]/.test(t);
	t = t.replace(/^[-+\u2212]/, '');
	const num = (int: string, frac: string, settles: DecimalSeparator | null): Reading => ({
		kind: 'number',
		parts: { neg, int: int.replace(/\D/g, ''), frac, percent },
		settles
	});
	if (/^\d+$/.test(t)) return num(t, '', null);
	const spaced = SPACED.exec(t);
	if (spaced) return num(spaced[1], spaced[3] ?? '', (spaced[2] as DecimalSeparator) ?? null);
	if (!/^\d[\d.,]*\d$/.test(t)) return { kind: 'bad' };
	const dot = t.split('.').length - 1;
	const comma = t.split(',').length - 1;
	if (dot > 0 && comma > 0) {
		const dec: DecimalSeparator = t.lastIndexOf(',') > t.lastIndexOf('.') ? ',' : '.';
		const at = t.lastIndexOf(dec);
		const int = t.slice(0, at);
		if (t.indexOf(dec) !== at || !grouped(other(dec)).test(int)) return { kind: 'bad' };
		return num(int, t.slice(at + 1), dec);
	}
	const sep: DecimalSeparator = dot > 0 ? '.' : ',';
	if (dot + comma > 1) return grouped(sep).test(t) ? num(t, '', other(sep)) : { kind: 'bad' };
	const [int, tail] = t.split(sep);
	if (tail.length !== 3 || int.length > 3 || int.startsWith('0')) return num(int, tail, sep);
	return { kind: 'ambiguous', neg, sep, int, tail, percent };
}

/**
 * The parts of a number, for callers that must see what was written (a count must not be
 * `1,0000000000000000001`). Blank (`''`, `-`) → null.
 * @example readLocaleNumber('1 234,50') // { neg: false, int: '1234', frac: '50', percent: false }
 */
export function readLocaleNumber(
	raw: string,
	decimal: DecimalSeparator | null = null
): NumberParts | null | { error: string } {
	const r = read(raw);
	if (r === null || r.kind === 'number') return r && r.parts;
	if (r.kind === 'bad') return { error: `not a number: "${clip(raw.trim())}"` };
	const { neg, int, tail, percent } = r;
	if (decimal === r.sep) return { neg, int, frac: tail, percent };
	if (decimal) return { neg, int: int + tail, frac: '', percent };
	return {
		error: `ambiguous number: "${clip(raw.trim())}" (${int}${tail} or ${int}.${tail}?); the file does not say which is the decimal separator`
	};
}

/**
 * A number as written in a French or English export. Blank → null; `decimal` is the file's
 * decision ({@link detectDecimalSeparator}) and only matters for `1,234` / `1.234`.
 * @example parseLocaleNumber('1 234,5') // 1234.5 (U+0020, U+00A0 or U+202F)
 * @example parseLocaleNumber('1,234.5') // 1234.5
 * @example parseLocaleNumber('12,5 %') // 12.5 (isPercent says so)
 * @example parseLocaleNumber('1,234') // { error: 'ambiguous number: …' }
 * @example parseLocaleNumber('1,234', '.') // 1234
 */
export function parseLocaleNumber(
	raw: string,
	decimal: DecimalSeparator | null = null
): number | null | { error: string } {
	const p = readLocaleNumber(raw, decimal);
	if (p === null || 'error' in p) return p;
	const n = Number(`${p.neg ? '-' : ''}${p.int || '0'}.${p.frac || '0'}`);
	if (!Number.isFinite(n)) return { error: `number too large: "${clip(raw.trim())}"` };
	return n === 0 ? 0 : n;
}

/** True when the cell ends with a percent sign: `12,5 %`. The number is kept as written. */
export function isPercent(raw: string): boolean {
	return raw.trim().endsWith('%');
}

/**
 * The file's decimal separator, from values that settle it: a comma or dot not followed by
 * exactly 3 digits (`12,5`, `2633.0`), one after a 4+-digit or 0 integer part (`1234,567`,
 * `0,125`), one after the other's grouping (`1.234,5`), or after space grouping (`1 234,567`),
 * or a separator used twice (`1,234,567` → `.`). None, or values disagreeing → null.
 * @example detectDecimalSeparator(['1,234', '12,5']) // ','
 * @example detectDecimalSeparator(['1,234', '567']) // null
 */
export function detectDecimalSeparator(samples: string[]): DecimalSeparator | null {
	const seen = new Set<DecimalSeparator>();
	for (const s of samples) {
		const r = read(s);
		if (r?.kind === 'number' && r.settles) seen.add(r.settles);
	}
	return seen.size === 1 ? [...seen][0] : null;
}
