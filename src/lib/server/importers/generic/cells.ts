import { z } from 'zod';
import { localeDayCell } from '../locale.ts';

/** ISO day `YYYY-MM-DD`, calendar-checked, from 2004. Required. */
export const isoDayCell = localeDayCell('YYYY-MM-DD');

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * `<day> HH:MM[:SS[.fff]][Z|±HH:MM]` → `YYYY-MM-DD HH:MM:SS`. The day is read by `day` (ISO, or
 * the file's own format: `02/01/2024 10:00`); `T` or a space between day and time (ISO 8601:
 * `2024-01-02T10:00:00Z`). A time with an offset or `Z` is converted to UTC; one without is kept as
 * written (the export's clock). No time: midnight. Blank → null.
 */
export function timestampCell(day: z.ZodType<string, string>) {
	return z.string().transform((s, ctx): string | null => {
		const t = s.trim();
		if (t === '') return null;
		const fail = () => {
			ctx.addIssue({
				code: 'custom',
				message: `not a date and time (YYYY-MM-DD HH:MM): "${t.slice(0, 40)}"`
			});
			return z.NEVER;
		};
		const at = /^(\d{4}-\d{2}-\d{2})T(.*)$/.exec(t) ?? /^(.*?)\s+(\d{1,2}:\d{2}.*)$/.exec(t);
		const d = day.safeParse(at ? at[1] : t);
		if (!d.success) return fail();
		if (!at) return `${d.data} 00:00:00`;
		const m = TIME.exec(at[2].trim());
		if (!m || +m[1] > 23 || +m[2] > 59 || +(m[3] ?? 0) > 59) return fail();
		const local = `${d.data} ${m[1].padStart(2, '0')}:${m[2]}:${m[3] ?? '00'}`;
		if (!m[4]) return local;
		const off = m[4].toUpperCase() === 'Z' ? 'Z' : m[4].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
		const utc = new Date(`${local.replace(' ', 'T')}${off}`);
		return Number.isNaN(utc.getTime()) ? fail() : utc.toISOString().slice(0, 19).replace('T', ' ');
	});
}

/** `YYYY-MM-DD[ HH:MM[:SS]]`, ISO 8601 with `T`, fractions and an offset too → `YYYY-MM-DD HH:MM:SS`. */
export const isoTimestampCell = timestampCell(isoDayCell);

const TRUE = new Set(['true', '1', 'yes', 'oui', 'vrai', 'paid', 'payé', 'sponsored']);
const FALSE = new Set(['false', '0', 'no', 'non', 'faux', 'organic', 'organique']);

/** true/false, 1/0, yes/no, oui/non…; blank → null (unknown). */
export const boolCell = z.string().transform((s, ctx): boolean | null => {
	const t = s.trim().toLowerCase();
	if (t === '') return null;
	if (TRUE.has(t)) return true;
	if (FALSE.has(t)) return false;
	ctx.addIssue({
		code: 'custom',
		message: `expected true or false, got "${s.trim().slice(0, 40)}"`
	});
	return z.NEVER;
});
