import { z } from 'zod';

/** zod schemas for YouTube Studio cells (a raw string as parsed) → a typed canonical value. */

/** YouTube opened in 2005: an earlier year is a misread, not data. */
const MIN_YEAR = 2005;

function isoDay(y: number, m: number, d: number): string | null {
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
		return null;
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * `YYYY-MM-DD`, as Studio writes `Date` in Totals.csv and Chart data.csv. Required. Other orders
 * (`1/2/2022`, `13-06-2025`) come from a spreadsheet re-saving the file; day and month cannot be
 * told apart in general, so they are rejected rather than guessed.
 */
export const isoDayCell = z.string().transform((s, ctx): string => {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
	const iso = m ? isoDay(+m[1], +m[2], +m[3]) : null;
	if (!iso) {
		ctx.addIssue({ code: 'custom', message: `not a date (YYYY-MM-DD): "${clip(s.trim())}"` });
		return z.NEVER;
	}
	if (+iso.slice(0, 4) < MIN_YEAR) {
		ctx.addIssue({ code: 'custom', message: `date before ${MIN_YEAR}: ${iso}` });
		return z.NEVER;
	}
	return iso;
});

const MONTHS: Record<string, number> = {};
[
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
].forEach((name, i) => {
	MONTHS[name] = i + 1;
	MONTHS[name.slice(0, 3)] = i + 1;
});
MONTHS.sept = 9;

/**
 * `Aug 28, 2025` (Studio's `Video publish time`, English month names) → `2025-08-28 00:00:00`.
 * The export gives the day only: the time of day is unknown and written as midnight.
 * Blank → null.
 */
export const publishDayCell = z.string().transform((s, ctx): string | null => {
	const t = s.trim();
	if (t === '') return null;
	const m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
	const month = m ? MONTHS[m[1].toLowerCase()] : undefined;
	const day = m && month ? isoDay(+m[3], month, +m[2]) : null;
	if (!day) {
		ctx.addIssue({ code: 'custom', message: `not a date (Mon D, YYYY): "${clip(t)}"` });
		return z.NEVER;
	}
	if (+day.slice(0, 4) < MIN_YEAR) {
		ctx.addIssue({ code: 'custom', message: `date before ${MIN_YEAR}: ${day}` });
		return z.NEVER;
	}
	return `${day} 00:00:00`;
});

function clip(s: string): string {
	return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
