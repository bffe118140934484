import { z } from 'zod';
import { clip, isoDay, MIN_YEAR } from '../cells.ts';
import { detectDecimalSeparator, parseLocaleNumber, type DecimalSeparator } from '../locale.ts';
import { hasHeaders, mapColumns, mapRows, type LayoutSpec, type MappedRow } from '../mapper.ts';
import { ImportError, type ColumnInfo, type Extra, type ImportIssue } from '../types.ts';

/**
 * Cells and sheet helpers of LinkedIn Page analytics exports. LinkedIn gives workbooks (`.xls`,
 * which the user saves as `.xlsx`); `workbook.ts` turns each sheet into a CSV whose cells are the
 * sheet's text: a number cell becomes `1234` or `0.0345`, an Excel date becomes `YYYY-MM-DD`, a
 * text cell stays as typed (`03/01/2024`, `1 234`).
 */

/** `M/D/YYYY` (what LinkedIn writes, month first) or `YYYY-MM-DD` (an Excel date cell) → ISO day. */
function readDay(t: string): string | null {
	let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
	if (m) return isoDay(+m[3], +m[1], +m[2]);
	m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
	return m ? isoDay(+m[1], +m[2], +m[3]) : null;
}

function dayOrIssue(s: string, ctx: z.RefinementCtx): string {
	const t = s.trim();
	const iso = readDay(t);
	if (!iso) {
		ctx.addIssue({
			code: 'custom',
			message: `not a date (MM/DD/YYYY or YYYY-MM-DD): "${clip(t)}"`
		});
		return z.NEVER;
	}
	if (+iso.slice(0, 4) < MIN_YEAR) {
		ctx.addIssue({ code: 'custom', message: `date before ${MIN_YEAR}: ${iso}` });
		return z.NEVER;
	}
	return iso;
}

/** The `Date` of a daily sheet: `03/01/2024` (month first) or `2024-03-01` → `2024-03-01`. Required. */
export const linkedinDayCell = z.string().transform((s, ctx): string => dayOrIssue(s, ctx));

/**
 * A post's `Created date`: a day only (LinkedIn gives no time; an Excel date cell loses it anyway)
 * → `YYYY-MM-DD 00:00:00`, midnight standing for "some time that day". Blank → null.
 */
export const createdDateCell = z.string().transform((s, ctx): string | null => {
	if (s.trim() === '') return null;
	const day = dayOrIssue(s, ctx);
	return typeof day === 'string' ? `${day} 00:00:00` : day;
});

/**
 * When a text date column holds `13/01/2024` (day first), the sheet was re-saved with another date
 * order: its `03/01/2024` rows would be read as 1 March instead of 3 January. The whole sheet is then
 * refused (never a silent swap). `at` is the header's index, `column` the date column's name.
 */
export function assertMonthFirst(rows: readonly string[][], at: number, column: string): void {
	const pos = rows[at].findIndex((h) => h.trim().toLowerCase() === column.toLowerCase());
	if (pos < 0) return;
	for (const r of rows.slice(at + 1)) {
		const v = (r[pos] ?? '').trim();
		const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
		if (m && +m[1] > 12 && +m[2] <= 12)
			throw new ImportError(
				`the dates are day first ("${v}" in "${column}"), but LinkedIn writes MM/DD/YYYY: the sheet was re-saved with another date order; export it again from LinkedIn`
			);
	}
}

/**
 * The id of a post from its `Post link`: the URN LinkedIn gives each post, which stays the same
 * whatever form the link takes (`www.` or not, a trailing `/`, tracking parameters):
 * - `…/feed/update/urn:li:activity:7123…/` (also `urn:li:share:…`, `urn:li:ugcPost:…`, or the same
 *   URL-encoded) → `urn:li:activity:7123…`
 * - `…/posts/acme_launch-activity-7123…-AbCd` → `urn:li:activity:7123…`
 * - any other http(s) link: the link itself without its query, fragment and trailing `/`.
 * The digits are kept as text (19 digits, past 2^53). Blank → null (the row is then refused: the
 * link is the only id the sheet has). Anything that is not a link is refused.
 */
export function postIdFromLink(link: string): string | null | { error: string } {
	const t = link.trim();
	if (t === '') return null;
	let decoded = t;
	try {
		decoded = decodeURIComponent(t);
	} catch {
		// a stray `%`: read the link as written
	}
	const urn = /urn:li:([A-Za-z]+):(\d+)/.exec(decoded);
	if (urn) return `urn:li:${urn[1]}:${urn[2]}`;
	const slug = /-(activity|share|ugcPost)-(\d{6,})(?:-|\/|\?|#|$)/.exec(decoded);
	if (slug) return `urn:li:${slug[1]}:${slug[2]}`;
	if (/^https?:\/\/\S+$/i.test(t)) return t.replace(/[?#].*$/, '').replace(/\/+$/, '');
	return { error: `not a post link: "${clip(t)}"` };
}

export const postIdCell = z.string().transform((s, ctx): string | null => {
	const id = postIdFromLink(s);
	if (id !== null && typeof id === 'object') {
		ctx.addIssue({ code: 'custom', message: id.error });
		return z.NEVER;
	}
	return id;
});

/** `Post type`: `Sponsored` → true (paid), `Organic` → false; any case. Blank → null (unknown). */
export const postTypeCell = z.string().transform((s, ctx): boolean | null => {
	const t = s.trim().toLowerCase();
	if (t === '') return null;
	if (t === 'sponsored') return true;
	if (t === 'organic') return false;
	ctx.addIssue({
		code: 'custom',
		message: `expected Organic or Sponsored, got "${clip(s.trim())}"`
	});
	return z.NEVER;
});

/** Free text as the export wrote it (post titles: untrusted, multi-line); only blank → null. */
export const rawTextCell = z.string().transform((s) => (s.trim() === '' ? null : s));

/**
 * Where the header is: row 1, or row 2 when row 1 is the notice LinkedIn puts above the content
 * sheets' header. Returns its index in the parsed rows, or null when neither row has `required`.
 */
export function findHeader(rows: readonly string[][], required: readonly string[]): 0 | 1 | null {
	if (hasHeaders(rows, required)) return 0;
	if (rows.length > 1 && hasHeaders(rows.slice(1), required)) return 1;
	return null;
}

/**
 * The sheet's decimal separator, from the cells of its numeric columns (`0.0345` settles `.`,
 * `0,0345` settles `,`): only needed for a text count written `1,234`. Undecided → null, and such a
 * count is then refused as ambiguous rather than guessed.
 */
export function sheetDecimal(
	rows: readonly string[][],
	textColumns: readonly string[]
): DecimalSeparator | null {
	const skip = new Set(textColumns.map((c) => c.toLowerCase()));
	const keep = (rows[0] ?? []).map((h) => !skip.has(h.trim().toLowerCase()));
	return detectDecimalSeparator(rows.slice(1).flatMap((r) => r.filter((_, i) => keep[i])));
}

/** An extra's numeric reading, the sheet's way (`1 234` → 1234, `3,45 %` → 3.45 as written). */
function localeNum(value: string, decimal: DecimalSeparator | null): number | null {
	const n = parseLocaleNumber(value, decimal);
	return typeof n === 'number' ? n : null;
}

export interface Sheet {
	columns: ColumnInfo[];
	rows: MappedRow[];
	issues: ImportIssue[];
	read: number;
}

/**
 * Maps a sheet whose header is at index `at` (0, or 1 below a notice row): the notice row is cut
 * off, the mapper runs on the rest, and every row number is shifted back by `at` so that issues and
 * records name the row as the sheet shows it. Extras get their numeric reading the sheet's way.
 */
export function mapSheet(
	rows: readonly string[][],
	at: 0 | 1,
	spec: LayoutSpec,
	decimal: DecimalSeparator | null
): Sheet {
	const data = rows.slice(at);
	const columns = mapColumns(data, spec);
	const { rows: mapped, issues, read } = mapRows(data, spec, columns);
	const extra = (e: Extra): Extra => ({ ...e, num: localeNum(e.value, decimal) });
	return {
		columns,
		rows: mapped.map((r) => ({ ...r, row: r.row + at, extras: r.extras.map(extra) })),
		issues: issues.map((i) => ({ ...i, row: i.row === null ? null : i.row + at })),
		read
	};
}

/** An extra for a cell the layout also reads (so the raw value is kept); blank → none. */
export function extraOf(
	name: string,
	value: string | undefined,
	decimal: DecimalSeparator | null
): Extra[] {
	const v = (value ?? '').trim();
	return v === '' ? [] : [{ metric: name, value: v, num: localeNum(v, decimal) }];
}
