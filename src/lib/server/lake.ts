import { mkdir } from 'node:fs/promises';
import { join as joinPath } from 'node:path';
import type { Db } from './db/index.ts';
import { sql } from '../sql.ts';

/**
 * `sablier export lake`: every page-level table as Parquet in a hive layout
 * `<dir>/<table>/workspace=<slug>/page=<slug>/year=<yyyy>/data_0.parquet`, so an agency that
 * outgrows one machine can query its history with DuckDB, MotherDuck, Spark or Trino without
 * Sablier. Each row keeps its own columns, with `workspace`, `page` and `year` as partition keys
 * (ids are kept too, so the tables still join). `year` is the year of the row's own day (a post's
 * publication, a campaign's start, an import's time); a post without a publication time goes
 * under `year=__HIVE_DEFAULT_PARTITION__`, read back as NULL.
 */
const TABLES: readonly { name: string; from: string; year: string }[] = [
	{ name: 'page_daily', from: 'page_daily t', year: 'year(t.day)' },
	{ name: 'page_daily_extra', from: 'page_daily_extra t', year: 'year(t.day)' },
	{ name: 'posts', from: 'posts t', year: 'year(t.published_at)' },
	{
		name: 'post_extra',
		from: 'post_extra t LEFT JOIN posts ps ON ps.page_id = t.page_id AND ps.post_id = t.post_id',
		year: 'year(ps.published_at)'
	},
	{ name: 'campaigns', from: 'campaigns t', year: 'year(t.start_day)' },
	{ name: 'page_events', from: 'page_events t', year: 'year(t.day)' },
	{ name: 'imports', from: 'imports t', year: 'year(t.imported_at)' },
	{
		name: 'import_columns',
		from: 'import_columns t JOIN imports i ON i.id = t.import_id',
		year: 'year(i.imported_at)'
	},
	{ name: 'import_daily', from: 'import_daily t', year: 'year(t.day)' },
	{ name: 'import_daily_extra', from: 'import_daily_extra t', year: 'year(t.day)' },
	{ name: 'import_posts', from: 'import_posts t', year: 'year(t.published_at)' },
	{
		name: 'import_post_extra',
		from: `import_post_extra t LEFT JOIN import_posts ip
			ON ip.import_id = t.import_id AND ip.post_id = t.post_id`,
		year: 'year(ip.published_at)'
	}
];

/** The page id column of each table's alias `t`, or of the import it belongs to. */
const pageIdOf = (name: string) => (name === 'import_columns' ? 'i.page_id' : 't.page_id');

const literal = (path: string) => `'${path.replaceAll("'", "''")}'`;

export interface LakeSummary {
	pages: number;
	tables: { table: string; rows: number }[];
}

/**
 * Writes the lake under `dir` (created if needed; files already there for the same partitions are
 * overwritten), in one read transaction so every table is from the same moment. `workspace`
 * limits it to one workspace's pages. COPY takes no bound parameters: the selection is made with
 * parameters into a temp table, and only the output paths — built from `dir` and fixed table
 * names — are quoted literals.
 */
export async function exportLake(db: Db, dir: string, workspace?: string): Promise<LakeSummary> {
	if (/[\0\n\r]/.test(dir)) throw new Error('invalid output path');
	await mkdir(dir, { recursive: true });
	return db.transaction(async (tx) => {
		await tx.exec(sql`CREATE OR REPLACE TEMP TABLE lake_pages AS
			SELECT p.id, w.slug AS workspace, p.slug AS page
			FROM pages p JOIN workspaces w ON w.id = p.workspace_id
			WHERE ${workspace ?? null}::VARCHAR IS NULL OR w.slug = ${workspace ?? null}::VARCHAR`);
		const [{ n }] = await tx.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM lake_pages');
		const tables: LakeSummary['tables'] = [];
		if (n > 0) {
			await tx.exec(`COPY (SELECT w.* FROM workspaces w WHERE w.slug IN (SELECT workspace FROM lake_pages))
				TO ${literal(joinPath(dir, 'workspaces.parquet'))} (FORMAT parquet)`);
			await tx.exec(`COPY (SELECT lp.workspace, p.* FROM pages p JOIN lake_pages lp ON lp.id = p.id)
				TO ${literal(joinPath(dir, 'pages.parquet'))} (FORMAT parquet)`);
		}
		for (const t of TABLES) {
			const select = `SELECT lp.workspace, lp.page, ${t.year} AS year, t.*
				FROM ${t.from} JOIN lake_pages lp ON lp.id = ${pageIdOf(t.name)}`;
			const [{ rows }] = await tx.query<{ rows: number }>(
				`SELECT count(*)::INTEGER AS rows FROM (${select})`
			);
			tables.push({ table: t.name, rows });
			if (rows === 0) continue;
			await tx.exec(`COPY (${select}) TO ${literal(joinPath(dir, t.name))}
				(FORMAT parquet, PARTITION_BY (workspace, page, year), OVERWRITE_OR_IGNORE true)`);
		}
		await tx.exec('DROP TABLE lake_pages');
		return { pages: n, tables };
	});
}
