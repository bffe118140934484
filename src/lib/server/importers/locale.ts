import { z } from 'zod';
import { parseDate, type DateFormat } from './locale-date.ts';
import { clip } from './cells.ts';
import { readLocaleNumber, type DecimalSeparator } from './locale-number.ts';

/**
 * Locale-aware cells for exports saved by Excel on a French (or English) machine: the file decides
 * its decimal separator ({@link detectDecimalSeparator}) and its date format
 * ({@link detectDateFormat}), then each cell is read with that decision. When the file cannot
 * decide, the caller asks (browser) or requires `--date-format` (CLI): never a silent guess.
 */

export { MIN_YEAR } from './cells.ts';
export { DATE_FORMATS, detectDateFormat, parseDate, type DateFormat } from './locale-date.ts';
export {
	detectDecimalSeparator,
	isPercent,
	parseLocaleNumber,
	readLocaleNumber,
	type DecimalSeparator,
	type NumberParts
} from './locale-number.ts';

/**
 * A count written the file's way: whole, ≥ 0, blank (`''`, `-`) → null.
 * @example localeCountCell(',').parse('1 234') // 1234
 * @example localeCountCell(',').parse('2633,0') // 2633
 * @example localeCountCell(',').safeParse('12,5') // fails: not a whole number: "12,5"
 * @example localeCountCell(null).safeParse('1,234') // fails: ambiguous number: "1,234" …
 */
export function localeCountCell(decimal: DecimalSeparator | null, opts: { signed?: boolean } = {}) {
	return z.string().transform((s, ctx): number | null => {
		const fail = (message: string) => {
			ctx.addIssue({ code: 'custom', message });
			return z.NEVER;
		};
		const p = readLocaleNumber(s, decimal);
		if (p === null) return null;
		if ('error' in p) return fail(p.error);
		if (p.percent || /[^0]/.test(p.frac)) return fail(`not a whole number: "${clip(s.trim())}"`);
		const n = Number(p.int);
		if (!Number.isSafeInteger(n)) return fail(`number too large: "${clip(s.trim())}"`);
		if (p.neg && n > 0 && !opts.signed) return fail(`negative count: -${n}`);
		return p.neg ? -n : n;
	});
}

/**
 * A required day in the file's format → ISO `YYYY-MM-DD`.
 * @example localeDayCell('DD/MM/YYYY').parse('01/03/2024') // '2024-03-01'
 * @example localeDayCell('DD/MM/YYYY').safeParse('31/02/2024') // fails: not a date (DD/MM/YYYY): "31/02/2024"
 */
export function localeDayCell(format: DateFormat) {
	return z.string().transform((s, ctx): string => {
		const iso = parseDate(s, format);
		if (typeof iso === 'string') return iso;
		ctx.addIssue({ code: 'custom', message: iso.error });
		return z.NEVER;
	});
}
