import type { z } from 'zod';
import { DAILY_COLUMNS, POST_COLUMNS, SIGNED_DAILY_METRICS } from '../../../canonical.ts';
import { textCell } from '../cells.ts';
import {
	DATE_FORMATS,
	detectDateFormat,
	detectDecimalSeparator,
	localeCountCell,
	localeDayCell,
	type DateFormat
} from '../locale.ts';
import { mapKeyed, type Field } from '../mapper.ts';
import { ImportError, type Importer, type ParseContext } from '../types.ts';
import { boolCell, timestampCell } from './cells.ts';

const norm = (h: string) => h.trim().toLowerCase();
const TEXT = ['post_id', 'type', 'message', 'permalink'];

function headerIndex(rows: readonly string[][]): Map<string, number> {
	return new Map((rows[0] ?? []).map((h, i) => [norm(h), i]));
}

/** Any CSV, once the user said which column is which (`--map day=Date,fans_total="Total fans"`). */
export const genericMapped: Importer = {
	id: 'generic-mapped',
	label: 'CSV with a column mapping',
	platform: 'other',
	kind: 'daily',
	detect(rows, ctx) {
		const mapping = ctx?.options?.mapping;
		if (!mapping || !Object.keys(mapping).length) return false;
		const index = headerIndex(rows);
		return Object.values(mapping).every((h) => index.has(norm(h)));
	},
	map: (rows, ctx) => mapWithMapping(rows, ctx, ctx.options?.mapping ?? {})
};

/**
 * Reads rows through a mapping (canonical column → the file's header name), the file's way: its
 * decimal separator and date format decided from all the rows given, never a silent guess. The
 * mapped CSV uses it with the user's mapping, Sablier's templates with their own header.
 */
export function mapWithMapping(
	rows: readonly string[][],
	ctx: ParseContext,
	mapping: Record<string, string>,
	/** the format to read with when the dates are in several formats (their rows then rejected) */
	fallback?: DateFormat
) {
	const kind = 'day' in mapping ? 'daily' : 'post_id' in mapping ? 'posts' : null;
	if (!kind)
		throw new ImportError(
			'the mapping must say which column is the day (day=…) or the post id (post_id=…)'
		);
	const allowed: readonly string[] = kind === 'daily' ? DAILY_COLUMNS : POST_COLUMNS;
	const unknown = Object.keys(mapping).filter((c) => !allowed.includes(c));
	if (unknown.length)
		throw new ImportError(
			`unknown column(s) in the mapping: ${unknown.join(', ')} (see \`sablier template ${kind}\`)`
		);
	const index = headerIndex(rows);
	const used = Object.values(mapping).map(norm);
	const twice = (rows[0] ?? [])
		.map(norm)
		.find((h, i, all) => h !== '' && used.includes(h) && all.indexOf(h) !== i);
	if (twice)
		throw new ImportError(
			`the header names "${twice}" twice: which column holds its values cannot be told`
		);
	const values = (c: string) =>
		rows.slice(1).map((r) => r[index.get(norm(mapping[c])) ?? -1] ?? '');
	const numeric = Object.keys(mapping).filter(
		(c) => !TEXT.includes(c) && c !== 'day' && c !== 'published_at' && c !== 'is_paid'
	);
	const decimal = detectDecimalSeparator(numeric.flatMap(values));
	const fields: Field[] = Object.entries(mapping).map(([target, header]) => ({
		target,
		headers: [header],
		cell: cellFor(target, kind, decimal, () =>
			dateFormat(values(target).map(datePart), ctx, fallback)
		)
	}));
	return mapKeyed(rows, { headerRows: 1, key: kind === 'daily' ? 'day' : 'post_id', fields }, kind);
}

function cellFor(
	target: string,
	kind: 'daily' | 'posts',
	decimal: ',' | '.' | null,
	format: () => DateFormat
): z.ZodType<unknown, string> {
	if (target === 'day') return localeDayCell(format());
	if (target === 'published_at')
		return kind === 'posts' ? timestampCell(localeDayCell(format())) : localeDayCell(format());
	if (target === 'is_paid') return boolCell;
	if (TEXT.includes(target)) return textCell;
	return localeCountCell(decimal, {
		signed: (SIGNED_DAILY_METRICS as readonly string[]).includes(target)
	});
}

/** The day of a date-and-time cell (`2024-01-02T10:00:00Z`, `02/01/2024 10:00`). */
const datePart = (v: string) => v.trim().split(/T(?=\d{1,2}:)|\s+(?=\d{1,2}:)/)[0];

/** The file's date format, decided from all its dates; never a silent guess. */
function dateFormat(samples: string[], ctx: ParseContext, fallback?: DateFormat): DateFormat {
	const given = ctx.options?.dateFormat;
	if (given) {
		if (!(DATE_FORMATS as readonly string[]).includes(given))
			throw new ImportError(
				`unknown date format "${given}": use one of ${DATE_FORMATS.join(', ')}`
			);
		return given as DateFormat;
	}
	const found = detectDateFormat(samples);
	if ('format' in found) return found.format;
	if ('ambiguous' in found)
		throw new ImportError(
			`the dates are ambiguous (e.g. 03/04/2024 could be 3 April or March 4): say which with --date-format ${found.ambiguous.join(' or ')}`,
			[],
			undefined,
			'date-format'
		);
	if (fallback) return fallback;
	throw new ImportError(`the dates could not be read: ${found.error}`);
}
