import { z } from 'zod';

/**
 * zod schemas for the cells of X/Twitter analytics exports (analytics.twitter.com CSV).
 * Counts reuse the shared `countCell`, which already reads `2633.0` as 2633 and `-` as NULL.
 */

/** Twitter launched in 2006: an earlier date in an X export is a misread, not data. */
const MIN_YEAR = 2006;

function isoDay(y: number, m: number, d: number): string | null {
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
		return null;
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` (the daily export's `Date`) → the same day, checked against the calendar. Required. */
export const isoDayCell = z.string().transform((s, ctx): string => {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
	const iso = m ? isoDay(+m[1], +m[2], +m[3]) : null;
	if (!iso) {
		ctx.addIssue({ code: 'custom', message: `not a date (YYYY-MM-DD): "${clip(s)}"` });
		return z.NEVER;
	}
	if (+iso.slice(0, 4) < MIN_YEAR) {
		ctx.addIssue({ code: 'custom', message: `date before ${MIN_YEAR}: ${iso}` });
		return z.NEVER;
	}
	return iso;
});

/**
 * The per-tweet `time`: `2019-01-31 23:32 +0000` → `2019-01-31 23:32:00`, in UTC. Every real export
 * seen writes `+0000`, so the clock is kept as given; another offset is converted to UTC (so
 * `published_at` of X posts is always UTC), never dropped. Seconds are optional. Blank → null.
 */
export const xTimeCell = z.string().transform((s, ctx): string | null => {
	const t = s.trim();
	if (t === '') return null;
	const m =
		/^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?\s*([+-])(\d{2}):?(\d{2})$/.exec(t);
	const day = m ? isoDay(+m[1], +m[2], +m[3]) : null;
	if (!m || !day || +m[4] > 23 || +m[5] > 59 || +(m[6] ?? 0) > 59 || +m[8] > 14 || +m[9] > 59) {
		ctx.addIssue({
			code: 'custom',
			message: `not a date and time (YYYY-MM-DD HH:MM +0000): "${clip(s)}"`
		});
		return z.NEVER;
	}
	if (+m[1] < MIN_YEAR) {
		ctx.addIssue({ code: 'custom', message: `date before ${MIN_YEAR}: ${day}` });
		return z.NEVER;
	}
	const offsetMin = (m[7] === '-' ? -1 : 1) * (+m[8] * 60 + +m[9]);
	const utc = new Date(
		Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0)) - offsetMin * 60_000
	);
	return (
		`${utc.getUTCFullYear()}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())} ` +
		`${pad(utc.getUTCHours())}:${pad(utc.getUTCMinutes())}:${pad(utc.getUTCSeconds())}`
	);
});

/**
 * `Tweet id`: digits only, kept as text (ids pass 2^53, so they must never go through a number).
 * A spreadsheet that resaved the file may have written `8.12369747765363E+17`: the real id is lost,
 * so the row is rejected rather than stored under a wrong id. Blank → null (the mapper rejects it).
 */
export const tweetIdCell = z.string().transform((s, ctx): string | null => {
	const t = s.trim();
	if (t === '') return null;
	if (!/^\d{1,20}$/.test(t)) {
		ctx.addIssue({
			code: 'custom',
			message: /e\+?\d+$/i.test(t)
				? `not a tweet id: "${clip(t)}" (a spreadsheet rounded it; export the file again)`
				: `not a tweet id (digits only): "${clip(t)}"`
		});
		return z.NEVER;
	}
	return t;
});

/** Free text as the export wrote it (untrusted: escape when displayed); only a blank cell → null. */
export const rawTextCell = z.string().transform((s) => (s.trim() === '' ? null : s));

/**
 * `promoted impressions` read as "was this tweet promoted?": `-` (X's mark for a tweet that was not
 * promoted) and `0` → false, a count > 0 → true, blank → null (unknown). The number itself is kept
 * as an extra by the importer.
 */
export const promotedFlagCell = z.string().transform((s, ctx): boolean | null => {
	const t = s.trim();
	if (t === '') return null;
	if (t === '-') return false;
	if (!/^\d+(\.0+)?$/.test(t)) {
		ctx.addIssue({ code: 'custom', message: `not a count or "-": "${clip(t)}"` });
		return z.NEVER;
	}
	return Number(t) > 0;
});

function clip(s: string): string {
	return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
