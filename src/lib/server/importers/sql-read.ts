import type { z } from 'zod';
import type { Tx } from '../db/index.ts';
import { ident, join, keyword, sql, type Sql } from '../../sql.ts';
import { maxRows, type Recognised } from './index.ts';
import { mapColumns, type LayoutSpec } from './mapper.ts';
import { KEPT_ISSUES, type ReadExport } from './read.ts';
import type { Inspected } from './source.ts';
import { isBlank, sqlCell, type SqlCell } from './sql-cells.ts';
import { dedupe } from './stage.ts';
import { KIND_TABLES } from './store-tables.ts';
import { ImportError, type ColumnInfo, type ImportIssue, type Importer } from './types.ts';

/**
 * A layout DuckDB reads itself: a declarative spec whose every cell has an SQL twin
 * (sql-cells.ts), plus cells read from a column that also stays an extra, checked once the row's
 * fields are valid (X's `promoted impressions` → `is_paid`).
 */
export interface SqlLayout {
	spec: LayoutSpec;
	derived?: readonly { target: string; header: string; cell: z.ZodType<unknown, string> }[];
}

/** Thrown when DuckDB cannot read a file the way the JavaScript reader would: read it there instead. */
export class UseJsReader extends Error {
	constructor(why: string) {
		super(why);
		this.name = 'UseJsReader';
	}
}

/** Fields beyond the header that a row may have and still be counted exactly. */
const SPARE = 4;

/** The importer's SQL layout when the file can go through DuckDB, else null (read in JavaScript). */
export function sqlLayoutFor(importer: Importer, inspected: Inspected, header: string[]) {
	const layout = importer.sql;
	if (!layout || inspected.encoding !== 'utf-8' || inspected.invalid || inspected.suspect)
		return null;
	const s = layout.spec;
	if (s.headerRows !== 1 || s.shortRows === 'pad' || s.unknown || s.unknownRow || s.sums)
		return null;
	if (header.some((h) => /[\r\n]/.test(h))) return null;
	if (![...s.fields, ...(layout.derived ?? [])].every((f) => sqlCell(f.cell))) return null;
	return layout;
}

/**
 * Reads a recognised CSV file with DuckDB's `read_csv`, converting and checking every cell in SQL
 * with the same rules and messages as the layout's zod cells; stages it once in the temp table
 * `stage_csv` (one row per data record, in file order: its rowid gives the row number), with each
 * row's issues, and exposes the valid rows as the view `stage_rows` that load.ts reads. Memory is
 * DuckDB's, bounded by its `memory_limit` (it spills to its temp directory).
 */
export async function readSql(
	tx: Tx,
	path: string,
	inspected: Inspected,
	{ importer, delimiter, header }: Recognised,
	layout: SqlLayout,
	today: string,
	tail: number | null
): Promise<ReadExport> {
	const { spec } = layout;
	const kind = importer.kind;
	const t = KIND_TABLES[kind];
	const columns = mapColumns([header], spec);
	const M = columns.length;
	const names = Array.from({ length: M + SPARE }, (_, i) => `c${i}`);
	const c = (i: number) => ident(`c${i}`, names);
	const byTarget = new Map(columns.filter((x) => x.target).map((x) => [x.target as string, x]));
	const lower = columns.map((x) => x.name.toLowerCase());

	// the cells read: the spec's fields present in the file, then the derived ones
	type Read = { target: string; column: ColumnInfo; cell: SqlCell; derived: boolean };
	const reads: Read[] = [];
	for (const f of spec.fields) {
		const column = byTarget.get(f.target);
		if (column) reads.push({ target: f.target, column, cell: sqlCell(f.cell)!, derived: false });
	}
	for (const d of layout.derived ?? []) {
		const at = lower.indexOf(d.header.toLowerCase());
		if (at >= 0)
			reads.push({ target: d.target, column: columns[at], cell: sqlCell(d.cell)!, derived: true });
	}
	const step = (j: number, k: number) => `f${j}_${k}`;
	const stepNames = reads.flatMap((r, j) => r.cell.steps.map((_, k) => step(j, k)));
	const s = (j: number, k: number) => ident(step(j, k), stepNames);
	const last = (j: number) => s(j, reads[j].cell.steps.length - 1);
	const depth = Math.max(0, ...reads.map((r) => r.cell.steps.length));

	const csvColumns = join(names.map((n) => sql`${ident(n, names)}: 'VARCHAR'`));
	let from: Sql = sql`read_csv(${path}, header = false, skip = 1, auto_detect = false,
		delim = ${delimiter}, quote = '"', escape = '"', columns = {${csvColumns}},
		nullstr = ${'\u0001'}, allow_quoted_nulls = false, null_padding = true, strict_mode = true,
		parallel = false, buffer_size = 4194304)`;
	for (let k = 0; k < depth; k++) {
		const cols = reads.flatMap((r, j) =>
			k < r.cell.steps.length
				? [
						sql`${r.cell.steps[k](k === 0 ? c(r.column.position) : s(j, k - 1), c(r.column.position))} AS ${s(j, k)}`
					]
				: []
		);
		from = sql`(SELECT *, ${join(cols)} FROM ${from})`;
	}

	const targets = [
		...new Set([t.key, ...t.columns.map((x) => x.name), ...reads.map((r) => r.target)])
	];
	const value = (j: number) => reads[j].cell.value(last(j), c(reads[j].column.position));
	const error = (j: number) => reads[j].cell.error(last(j), c(reads[j].column.position));
	const issueList = (which: boolean) =>
		sql`list_filter([${join(
			reads.flatMap((r, j) =>
				r.derived === which ? [sql`{'column': ${r.column.name}, 'message': ${error(j)}}`] : []
			)
		)}], x -> x.message IS NOT NULL)`;
	const keyAt = reads.findIndex((r) => r.target === spec.key);
	const keyValue = keyAt >= 0 ? value(keyAt) : sql`NULL`;
	const fields = (n: number) =>
		join(
			Array.from({ length: n }, (_, i) => sql`(${c(i)} IS NOT NULL)::INTEGER`),
			' + '
		);
	const limit = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
	const dayOf = kind === 'daily' ? sql`key` : sql`CAST(${ident('published_at', targets)} AS DATE)`;
	const extras = columns.filter((x) => !x.target);
	// the extras, positional: one text per extra column (NULL when empty), named once per import;
	// stored as one JSON array per row (NULL when every extra cell is empty)
	const extraList = extras.length
		? sql`[${join(extras.map((x) => sql`nullif(${c(x.position)}, '')`))}]`
		: sql`[]::VARCHAR[]`;
	const valueCols = reads.map((r, j) => sql`${value(j)} AS ${ident(r.target, targets)}`);
	const blank = isBlank(sql`concat(${join(names.map((_, i) => c(i)))})`);

	await tx.exec(sql`CREATE OR REPLACE TEMP TABLE stage_csv AS
		SELECT * EXCLUDE (vlist, field_issues, derived_issues, nf), CASE WHEN list_count(vlist) > 0 THEN to_json(vlist)::VARCHAR END AS vals, CASE
			WHEN nf <> ${M} THEN [{'column': NULL::VARCHAR, 'message': 'row has ' || nf || ' fields, the header has ' || ${M}}]
			WHEN len(field_issues) > 0 THEN field_issues
			WHEN key IS NULL THEN [{'column': ${byTarget.get(spec.key ?? '')?.name ?? spec.key}, 'message': ${spec.missingKey ?? 'required value is missing'}}]
			WHEN len(derived_issues) > 0 THEN derived_issues
			WHEN ${dayOf} > ${limit}::DATE THEN [{'column': ${kind === 'daily' ? 'day' : 'published_at'}, 'message': 'date in the future: ' || strftime(${dayOf}, '%Y-%m-%d')}]
			END AS issues
		FROM (SELECT ${keyValue} AS key, ${join(valueCols)},
			${extraList} AS vlist, ${issueList(false)} AS field_issues, ${issueList(true)} AS derived_issues,
			CASE WHEN ${c(M - 1)} IS NULL OR ${c(M)} IS NOT NULL THEN ${fields(M + SPARE)} ELSE ${M} END AS nf,
			${c(M + SPARE - 1)} IS NOT NULL AS overflow,
			CASE WHEN ${isBlank(c(0))} THEN ${blank} ELSE false END AS blank
			FROM ${from})`);

	// rowids of a table made in the transaction are contiguous in insertion (file) order, from a base
	await tx.exec(
		'CREATE OR REPLACE TEMP TABLE stage_base AS SELECT min(rowid) - 2 AS b FROM stage_csv'
	);
	const [stats] = await tx.query<{
		read: number;
		rejected: number;
		odd: number;
	}>(`SELECT count(*)::INTEGER AS read, count(*) FILTER (issues IS NOT NULL)::INTEGER AS rejected,
		count(*) FILTER (overflow OR blank)::INTEGER AS odd FROM stage_csv`);
	// a blank record (the JavaScript reader skips it, shifting the row numbers after it) or one with
	// too many fields to count: rare enough to be read the old way
	if (stats.odd > 0) throw new UseJsReader('blank or overlong records');
	if (stats.read + 1 > maxRows() + 2)
		throw new ImportError(
			`the file has more than ${maxRows()} rows, the limit set by SABLIER_MAX_ROWS`
		);
	const issues = await tx.query<ImportIssue>(`SELECT "row", "column", message FROM (
		SELECT (rid - (SELECT b FROM stage_base))::INTEGER AS "row", generate_subscripts(issues, 1) AS k,
			unnest(issues, recursive := true)
		FROM (SELECT rowid AS rid, issues FROM stage_csv WHERE issues IS NOT NULL ORDER BY rowid LIMIT ${KEPT_ISSUES}))
		ORDER BY "row", k LIMIT ${KEPT_ISSUES}`);

	const stageCols = t.columns.map((x) =>
		reads.some((r) => r.target === x.name)
			? ident(x.name, targets)
			: sql`NULL::${keyword(x.type, ['BIGINT', 'VARCHAR', 'BOOLEAN', 'TIMESTAMP'])} AS ${ident(x.name, targets)}`
	);
	await tx.exec(sql`CREATE OR REPLACE TEMP TABLE stage_names AS
		SELECT [${join(extras.map((x) => sql`${x.name}`))}]::VARCHAR[] AS names`);
	await tx.exec(sql`CREATE OR REPLACE TEMP VIEW stage_rows AS
		SELECT (rowid - (SELECT b FROM stage_base))::INTEGER AS "row", CAST(key AS VARCHAR) AS key, ${join(stageCols)}, vals, NULL::DOUBLE[] AS nums
		FROM stage_csv WHERE issues IS NULL`);
	await dedupe(
		tx,
		t,
		kind,
		'DELETE FROM stage_csv WHERE rowid - (SELECT b FROM stage_base) IN (SELECT "row" FROM stage_repeats)'
	);

	// no line break after the last row, and its last field unquoted: a download or a copy cut short
	if (tail !== null && tail !== 0x0a && tail !== 0x0d && tail !== 0x22 && stats.read > 0)
		issues.push({
			row: stats.read + 1,
			column: null,
			message: `the file does not end with a line break: its last row (row ${stats.read + 1}) may be cut short`
		});
	return {
		importer,
		encoding: inspected.encoding,
		sha256: inspected.sha256,
		kind,
		columns,
		read: stats.read,
		rejected: stats.rejected,
		issues,
		header
	};
}
