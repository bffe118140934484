import { clip, isoDay, MIN_YEAR } from './cells.ts';

/**
 * Days as French and English exports write them. A format names the order of the fields, not the
 * separator: numeric forms take `/`, `-` or `.`, the same one twice (`01/03/2024`, `01-03-2024`,
 * `01.03.2024`, `2024/03/01`). Month names are French or English, full or abbreviated, any case,
 * accents and a trailing dot optional (`1er févr. 2024`, `1 fevrier 2024`, `Sept 1, 2024`); `1er`
 * (or `1ᵉʳ`) only for the first. Dates only, no time part.
 *
 * Two-digit years: 00–69 → 2000–2069, 70–99 → 1970–1999 (so rejected: nothing before 2004).
 */

export const DATE_FORMATS = [
	'YYYY-MM-DD',
	'DD/MM/YYYY',
	'MM/DD/YYYY',
	'DD/MM/YY',
	'MM/DD/YY',
	'D MMMM YYYY',
	'MMMM D, YYYY'
] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** The product's floor: no social-media export predates it. */

const MONTHS = [
	'january jan janvier janv',
	'february feb fevrier fevr fev',
	'march mar mars',
	'april apr avril avr',
	'may mai',
	'june jun juin',
	'july jul juillet juil',
	'august aug aout',
	'september sep sept septembre',
	'october oct octobre',
	'november nov novembre',
	'december dec decembre'
];
const MONTH = new Map(MONTHS.flatMap((names, i) => names.split(' ').map((n) => [n, i + 1])));

const YMD = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
const XY4 = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const XY2 = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2})$/;
const DMY = /^(\d{1,2})(er)?\s+(\p{L}+)\.?\s+(\d{4})$/u;
const MDY = /^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u;

interface Fields {
	y: number;
	m: number;
	d: number;
	/** the two digits of a two-digit year */
	yy?: string;
}

/** The fields a value has when read in `format`, before any range check; null = not that shape. */
function fields(raw: string, format: DateFormat): Fields | null {
	const t = raw.normalize('NFKD').replace(/\p{M}/gu, '').trim().toLowerCase();
	const yy = (s: string) => ({ y: +s + (+s <= 69 ? 2000 : 1900), yy: s });
	let r: RegExpExecArray | null;
	switch (format) {
		case 'YYYY-MM-DD':
			return (r = YMD.exec(t)) && { y: +r[1], m: +r[3], d: +r[4] };
		case 'DD/MM/YYYY':
			return (r = XY4.exec(t)) && { y: +r[4], m: +r[3], d: +r[1] };
		case 'MM/DD/YYYY':
			return (r = XY4.exec(t)) && { y: +r[4], m: +r[1], d: +r[3] };
		case 'DD/MM/YY':
			return (r = XY2.exec(t)) && { ...yy(r[4]), m: +r[3], d: +r[1] };
		case 'MM/DD/YY':
			return (r = XY2.exec(t)) && { ...yy(r[4]), m: +r[1], d: +r[3] };
		case 'D MMMM YYYY':
			r = DMY.exec(t);
			if (!r || !MONTH.has(r[3]) || (r[2] && r[1] !== '1' && r[1] !== '01')) return null;
			return { y: +r[4], m: MONTH.get(r[3])!, d: +r[1] };
		case 'MMMM D, YYYY':
			r = MDY.exec(t);
			return r && MONTH.has(r[1]) ? { y: +r[3], m: MONTH.get(r[1])!, d: +r[2] } : null;
	}
}

/** Could `raw` be a day in `format`: its shape, a month 1–12, a day 1–31. */
const fits = (raw: string, f: DateFormat) => {
	const x = fields(raw, f);
	return x !== null && x.m >= 1 && x.m <= 12 && x.d >= 1 && x.d <= 31;
};

/**
 * A day → ISO `YYYY-MM-DD`, checked against the calendar and the {@link MIN_YEAR} floor.
 * @example parseDate('01/03/2024', 'DD/MM/YYYY') // '2024-03-01'
 * @example parseDate('1er mars 2024', 'D MMMM YYYY') // '2024-03-01'
 * @example parseDate('29/02/23', 'DD/MM/YY') // { error: 'not a date (DD/MM/YY): "29/02/23"' }
 */
export function parseDate(raw: string, format: DateFormat): string | { error: string } {
	const x = fields(raw, format);
	const iso = x && isoDay(x.y, x.m, x.d);
	if (!x || !iso) return { error: `not a date (${format}): "${clip(raw.trim())}"` };
	if (x.y < MIN_YEAR) {
		const how = x.yy ? ` (two-digit year ${x.yy} read as ${x.y})` : '';
		return { error: `date before ${MIN_YEAR}: ${iso}${how}` };
	}
	return iso;
}

/**
 * The format of a whole file's dates. A value fits a format by shape and ranges (month 1–12, day
 * 1–31); the file's format is the one every value fits. Any day > 12 settles DD/MM against MM/DD
 * for the whole file; unsettled → `{ ambiguous: [DD/MM…, MM/DD…] }`: ask, never guess. Blanks
 * (`''`, `-`) and values fitting no format are skipped (parseDate reports them row by row).
 * @example detectDateFormat(['03/04/2024', '25/04/2024']) // { format: 'DD/MM/YYYY' }
 * @example detectDateFormat(['03/04/2024']) // { ambiguous: ['DD/MM/YYYY', 'MM/DD/YYYY'] }
 */
export function detectDateFormat(
	samples: string[]
): { format: DateFormat } | { ambiguous: DateFormat[] } | { error: string } {
	let left: DateFormat[] | null = null;
	let first = '';
	let seen = '';
	for (const s of samples) {
		if (s.trim() === '' || s.trim() === '-') continue;
		seen ||= s.trim();
		const fit = DATE_FORMATS.filter((f) => fits(s, f));
		if (fit.length === 0) continue;
		if (left === null) [left, first] = [fit, s.trim()];
		else left = left.filter((f) => fit.includes(f));
		if (left.length === 0)
			return { error: `dates in more than one format: "${clip(first)}" and "${clip(s.trim())}"` };
	}
	if (!seen) return { error: 'no dates' };
	if (left === null) return { error: `no date in a known format, e.g. "${clip(seen)}"` };
	return left.length === 1 ? { format: left[0] } : { ambiguous: left };
}
