import { z } from 'zod';

/**
 * zod schemas for the cells of Meta Business Suite (MBS) exports that the shared `cells.ts` does not
 * cover. Counts reuse `countCell`; `Publish time` (`03/27/2026 06:08`) reuses `timestampMdyCell`.
 */

/** Facebook opened in 2004: an earlier day in a Meta export is a misread, not data. */
const MIN_YEAR = 2004;

function isoDay(y: number, m: number, d: number): string | null {
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
		return null;
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The `Date` of a per-metric daily file → its day: the date part. Meta writes `T00:00:00` or
 * `T01:00:00` depending on US daylight saving (`2025-03-09T01:00:00`, then `2025-03-10T00:00:00`),
 * and Excel re-saves keep whatever it was: the time carries nothing, so any valid time of day is
 * accepted and dropped (`YYYY-MM-DD` alone and a space instead of `T` too). A re-saved `8/1/2025`
 * or an impossible day is refused with the reason, never guessed. Required.
 */
export const metaDayCell = z.string().transform((s, ctx): string => {
	const t = s.trim();
	const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
	const iso = m ? isoDay(+m[1], +m[2], +m[3]) : null;
	if (!m || !iso || +(m[4] ?? 0) > 23 || +(m[5] ?? 0) > 59 || +(m[6] ?? 0) > 59) {
		ctx.addIssue({ code: 'custom', message: `not a day (YYYY-MM-DDT00:00:00): "${clip(t)}"` });
		return z.NEVER;
	}
	if (+m[1] < MIN_YEAR) {
		ctx.addIssue({ code: 'custom', message: `date before ${MIN_YEAR}: ${iso}` });
		return z.NEVER;
	}
	return iso;
});

/**
 * `Post ID` of a Facebook or Instagram post export: digits (or `<page id>_<post id>`), kept as text
 * (Instagram ids pass 2^53, so they must never go through a number). A spreadsheet that resaved the
 * file may have written `1.8277E+15`: the real id is lost, so the row is refused rather than stored
 * under a wrong id. Blank → null (the mapper then rejects the row: the id is the key).
 */
export const metaPostIdCell = z.string().transform((s, ctx): string | null => {
	const t = s.trim();
	if (t === '') return null;
	if (/^lifetime$/i.test(t)) {
		ctx.addIssue({
			code: 'custom',
			message: 'no post id: this row holds only "Lifetime", it is not a post (left out)'
		});
		return z.NEVER;
	}
	if (!/^\d{1,25}(_\d{1,25})?$/.test(t)) {
		ctx.addIssue({
			code: 'custom',
			message: /e\+?\d+$/i.test(t)
				? `not a post id: "${clip(t)}" (a spreadsheet rounded it; export the file again)`
				: `not a post id (digits only): "${clip(t)}"`
		});
		return z.NEVER;
	}
	return t;
});

/** Free text as the export wrote it (captions: untrusted, multi-line); only a blank cell → null. */
export const rawTextCell = z.string().transform((s) => (s.trim() === '' ? null : s));

function clip(s: string): string {
	return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
