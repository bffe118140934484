import type { DuckDBAppender } from '@duckdb/node-api';
import type { Tx } from '../db/index.ts';
import { ident, join, sql } from '../../sql.ts';
import { ownNum } from '../db/migrations/0008_compact_extras.ts';
import { KIND_TABLES, type KindTables } from './store-tables.ts';
import { ImportError, type DailyRecord, type ImportIssue, type PostRecord } from './types.ts';

type Kind = 'daily' | 'posts';

/**
 * Stages a file's records, as they are read in JavaScript, in temp tables of the write connection
 * (`stage_js_rows`, `stage_extra`, each row carrying its file row number) through DuckDB appenders:
 * the records of a chunk are let go once appended, so a large file never sits whole in memory. On
 * close, each row gets its extras as one text (a JSON array), as the SQL reader stages them, and the view
 * `stage_rows` (row, key, values, vals, nums) shows them to load.ts, the extras' names in
 * `stage_names`.
 */
export class Stager {
	kind: Kind | null = null;
	private rows: DuckDBAppender | null = null;
	private extras: DuckDBAppender | null = null;

	constructor(private readonly tx: Tx) {}

	async open(kind: Kind): Promise<void> {
		if (this.kind) return;
		this.kind = kind;
		const t = KIND_TABLES[kind];
		const cols = t.columns.map(
			(c) =>
				`"${c.name}" ${c.type === 'BIGINT' ? 'DOUBLE' : c.type === 'BOOLEAN' ? 'BOOLEAN' : 'VARCHAR'}`
		);
		await this.tx.exec(
			`CREATE OR REPLACE TEMP TABLE stage_js_rows ("row" INTEGER, key VARCHAR, ${cols.join(', ')})`
		);
		await this.tx.exec(
			'CREATE OR REPLACE TEMP TABLE stage_extra ("row" INTEGER, key VARCHAR, metric VARCHAR, value VARCHAR, num DOUBLE)'
		);
		this.rows = await this.tx.appender('stage_js_rows', true);
		this.extras = await this.tx.appender('stage_extra', true);
	}

	append(records: readonly (DailyRecord | PostRecord)[]): void {
		const { rows, extras, kind } = this;
		if (!rows || !extras || !kind) throw new Error('Stager.append before open');
		const columns = KIND_TABLES[kind].columns;
		for (const r of records) {
			rows.appendInteger(r.row);
			rows.appendVarchar(r.key);
			const values = r.values as Record<string, unknown>;
			for (const c of columns) {
				const v = values[c.name];
				if (v === null || v === undefined) rows.appendNull();
				else if (c.type === 'BIGINT') rows.appendDouble(v as number);
				else if (c.type === 'BOOLEAN') rows.appendBoolean(v as boolean);
				else rows.appendVarchar(String(v));
			}
			rows.endRow();
			for (const e of r.extras) {
				extras.appendInteger(r.row);
				extras.appendVarchar(r.key);
				extras.appendVarchar(e.metric);
				extras.appendVarchar(e.value);
				if (e.num === null) extras.appendNull();
				else extras.appendDouble(e.num);
				extras.endRow();
			}
		}
	}

	/** Flushes what is staged; then collapses identical repeats of a key and fails on conflicting ones. */
	async close(): Promise<void> {
		this.rows?.closeSync();
		this.extras?.closeSync();
		this.rows = this.extras = null;
		if (!this.kind) return;
		// the extras, positional as the SQL reader stages them: the file's extra names once, and
		// each row's texts in their order as one JSON array (null where the row has none; the array
		// NULL when it has no extra at all), numbers read the importer's own way where they differ
		// from the text's
		await this.tx.exec(`CREATE OR REPLACE TEMP TABLE stage_names AS
			SELECT coalesce(list_sort(list(DISTINCT metric)), []) AS names FROM stage_extra`);
		await this.tx.exec(`CREATE OR REPLACE TEMP TABLE stage_js AS
			SELECT s.*, e.vals, e.nums FROM stage_js_rows s LEFT JOIN (
				SELECT r."row", to_json(list(x.value ORDER BY k.pos))::VARCHAR AS vals,
					CASE WHEN bool_or(x.n IS NOT NULL) THEN list(x.n ORDER BY k.pos) END AS nums
				FROM (SELECT DISTINCT "row" FROM stage_extra) r
				CROSS JOIN (SELECT unnest(names) AS metric, generate_subscripts(names, 1) AS pos FROM stage_names) k
				LEFT JOIN (SELECT "row", metric, value, ${ownNum('value', 'num')} AS n FROM stage_extra) x
					ON x."row" = r."row" AND x.metric = k.metric
				GROUP BY r."row") e USING ("row")`);
		await this.tx.exec('CREATE OR REPLACE TEMP VIEW stage_rows AS SELECT * FROM stage_js');
		await dedupe(
			this.tx,
			KIND_TABLES[this.kind],
			this.kind,
			'DELETE FROM stage_js WHERE "row" IN (SELECT "row" FROM stage_repeats)'
		);
	}
}

/**
 * A key (day or post) twice in one file: identical rows (values and extras) collapse into the first
 * (the repeat counts as unchanged); conflicting rows make the whole file fail, since no value can be
 * chosen honestly. Computed in SQL over the staged rows (`stage_rows`: row, key, values, vals, nums),
 * so only repeated keys cost anything; `deleteRepeats` removes the repeats (`stage_repeats."row"`).
 */
export async function dedupe(
	tx: Tx,
	t: KindTables,
	kind: Kind,
	deleteRepeats: string
): Promise<void> {
	const [{ n }] = await tx.query<{ n: number }>(
		'SELECT count(*)::INTEGER AS n FROM (SELECT key FROM stage_rows GROUP BY key HAVING count(*) > 1)'
	);
	if (n === 0) return;
	const values = join(
		t.columns.map(
			(c) =>
				sql`CAST(s.${ident(
					c.name,
					t.columns.map((x) => x.name)
				)} AS VARCHAR)`
		)
	);
	await tx.exec(sql`CREATE OR REPLACE TEMP TABLE stage_repeats AS
		WITH repeated AS (SELECT key FROM stage_rows GROUP BY key HAVING count(*) > 1),
		signed AS (
			SELECT s."row", s.key,
				to_json(list_value(${values}))::VARCHAR || chr(1)
					|| coalesce(s.vals, '') || chr(1) || coalesce(to_json(s.nums)::VARCHAR, '') AS sig
			FROM stage_rows s WHERE s.key IN (SELECT key FROM repeated)),
		firsts AS (
			SELECT "row", key, sig,
				first_value("row") OVER w AS first_row, first_value(sig) OVER w AS first_sig
			FROM signed WINDOW w AS (PARTITION BY key ORDER BY "row"))
		SELECT "row", key, first_row, sig = first_sig AS same FROM firsts WHERE "row" <> first_row`);
	const conflicts = await tx.query<{ row: number; key: string; first_row: number }>(
		'SELECT "row", key, first_row FROM stage_repeats WHERE NOT same ORDER BY "row"'
	);
	if (conflicts.length) {
		const issues: ImportIssue[] = conflicts.map((c) => ({
			row: c.row,
			column: null,
			message: `${c.key} already appears on row ${c.first_row} with different values`
		}));
		throw new ImportError(
			`the file holds ${issues.length} duplicate ${kind === 'daily' ? 'day' : 'post'}(s) with conflicting values`,
			issues
		);
	}
	await tx.exec(deleteRepeats);
}

/** First and last data day of the staged rows (a post's day is its publication day). */
export async function stagedSpan(
	tx: Tx,
	kind: Kind
): Promise<{ first: string | null; last: string | null }> {
	const day = kind === 'daily' ? 'key' : 'substr(CAST(published_at AS VARCHAR), 1, 10)';
	const [r] = await tx.query<{ first: string | null; last: string | null }>(
		`SELECT min(${day}) AS first, max(${day}) AS last FROM stage_rows`
	);
	return r;
}
