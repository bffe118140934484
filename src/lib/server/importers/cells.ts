import { z } from 'zod';

/** zod schemas for one raw cell (a string as parsed) → its typed canonical value. Blank → null. */

const blank = (s: string) => s.trim() === '' || s.trim() === '-';

const WHOLE = /^[+-]?\d+(\.0+)?$/;
const GROUPED = /^[+-]?\d{1,3}([ \u00a0\u202f]\d{3})+$/;

function whole(signed: boolean) {
	return z.string().transform((s, ctx): number | null => {
		if (blank(s)) return null;
		let t = s.trim();
		// digits grouped by (no-break, narrow no-break) spaces, as French Excel writes `12 024`:
		// unambiguous, unlike `1,234`
		if (GROUPED.test(t)) t = t.replace(/[ \u00a0\u202f]/g, '');
		if (!WHOLE.test(t)) {
			ctx.addIssue({ code: 'custom', message: `not a whole number: "${clip(t)}"` });
			return z.NEVER;
		}
		const n = Number(t);
		if (!Number.isSafeInteger(n)) {
			ctx.addIssue({ code: 'custom', message: `number too large: "${clip(t)}"` });
			return z.NEVER;
		}
		if (!signed && n < 0) {
			ctx.addIssue({ code: 'custom', message: `negative count: ${n}` });
			return z.NEVER;
		}
		return n;
	});
}

/** A count: whole, ≥ 0. Exports write some counts as `2633.0`. */
export const countCell = whole(false);
/** A net change: whole, may be negative. */
export const signedCell = whole(true);

export const textCell = z.string().transform((s) => (s.trim() === '' ? null : s.trim()));

/** `0`/`1` → false/true; blank → null (unknown). */
export const flagCell = z.string().transform((s, ctx): boolean | null => {
	const t = s.trim();
	if (t === '') return null;
	if (t === '0') return false;
	if (t === '1') return true;
	ctx.addIssue({ code: 'custom', message: `expected 0 or 1, got "${clip(t)}"` });
	return z.NEVER;
});

/** The product's floor: no social-media export predates 2004. */
export const MIN_YEAR = 2004;

/** y, m, d → `YYYY-MM-DD` when it is a real calendar day, else null. */
export function isoDay(y: number, m: number, d: number): string | null {
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
		return null;
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `M/D/YYYY` (US order, as legacy Facebook exports write it) → `YYYY-MM-DD`. Required. */
export const dayMdyCell = z.string().transform((s, ctx): string => {
	const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
	const iso = m ? isoDay(+m[3], +m[1], +m[2]) : null;
	if (!iso) {
		ctx.addIssue({ code: 'custom', message: `not a date (M/D/YYYY): "${clip(s)}"` });
		return z.NEVER;
	}
	if (+iso.slice(0, 4) < MIN_YEAR) {
		ctx.addIssue({ code: 'custom', message: `date before ${MIN_YEAR}: ${iso}` });
		return z.NEVER;
	}
	return iso;
});

/**
 * The legacy Facebook export's day: `M/D/YYYY` (2012–2016) or `YYYY-MM-DD` (the 2018 exports) →
 * `YYYY-MM-DD`; the two shapes cannot be confused. Required.
 */
export const dayLegacyFacebookCell = z.string().transform((s, ctx): string => {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
	if (!m) {
		const r = dayMdyCell.safeParse(s);
		if (r.success) return r.data;
		for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
		return z.NEVER;
	}
	const iso = isoDay(+m[1], +m[2], +m[3]);
	if (!iso || +m[1] < MIN_YEAR) {
		ctx.addIssue({ code: 'custom', message: `not a date (M/D/YYYY or YYYY-MM-DD): "${clip(s)}"` });
		return z.NEVER;
	}
	return iso;
});

/** `MM/DD/YYYY hh:mm[:ss] AM|PM` → `YYYY-MM-DD HH:MM:SS` (the export's own clock). Blank → null. */
export const timestampMdyCell = z.string().transform((s, ctx): string | null => {
	if (blank(s)) return null;
	const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/.exec(
		s.trim()
	);
	const day = m ? isoDay(+m[3], +m[1], +m[2]) : null;
	let hour = m ? +m[4] : NaN;
	if (m?.[7]) {
		if (hour < 1 || hour > 12) hour = NaN;
		else hour = (hour % 12) + (m[7].toLowerCase() === 'pm' ? 12 : 0);
	}
	if (!m || !day || !(hour >= 0 && hour < 24) || +m[5] > 59 || +(m[6] ?? 0) > 59) {
		ctx.addIssue({ code: 'custom', message: `not a date and time: "${clip(s)}"` });
		return z.NEVER;
	}
	return `${day} ${String(hour).padStart(2, '0')}:${m[5]}:${(m[6] ?? '00').padStart(2, '0')}`;
});

/** A loose numeric reading of an extra cell, for analysis; the raw text is always kept too. */
export function looseNumber(s: string): number | null {
	const t = s.trim();
	if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return null;
	const n = Number(t);
	return Number.isFinite(n) ? n : null;
}

/** A cell as quoted in a message: at most 40 characters. */
export function clip(s: string): string {
	return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
