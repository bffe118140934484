import { z } from 'zod';
import { localeDayCell } from '../locale.ts';

/** ISO day `YYYY-MM-DD`, calendar-checked, from 2004. Required. */
export const isoDayCell = localeDayCell('YYYY-MM-DD');

/** `YYYY-MM-DD[ HH:MM[:SS]]` (or with a `T`) → `YYYY-MM-DD HH:MM:SS`; blank → null. */
export const isoTimestampCell = z.string().transform((s, ctx): string | null => {
	const t = s.trim();
	if (t === '') return null;
	const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
	const day = m ? isoDayCell.safeParse(m[1]) : null;
	if (!m || !day?.success || +(m[2] ?? 0) > 23 || +(m[3] ?? 0) > 59 || +(m[4] ?? 0) > 59) {
		ctx.addIssue({
			code: 'custom',
			message: `not a date and time (YYYY-MM-DD HH:MM): "${t.slice(0, 40)}"`
		});
		return z.NEVER;
	}
	return `${m[1]} ${m[2] ?? '00'}:${m[3] ?? '00'}:${m[4] ?? '00'}`;
});

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
