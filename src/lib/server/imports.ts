import type { Db } from './db/index.ts';
import { sql } from '../sql.ts';
import { resolve } from './importers/load.ts';
import { KIND_TABLES } from './importers/store-tables.ts';

export interface ImportRow {
	id: number;
	page: string;
	file_name: string;
	sha256: string;
	format: string;
	kind: 'daily' | 'posts';
	first_day: string | null;
	last_day: string | null;
	rows_read: number;
	rows_inserted: number;
	rows_updated: number;
	rows_unchanged: number;
	rows_rejected: number;
	imported_at: string;
	/** 'loaded', or 'deleted' (kept in the log, its values gone) */
	status: string;
}

/** Every import (of one page when a slug is given), newest first, deleted ones included and marked. */
export async function listImports(db: Db, slug?: string): Promise<ImportRow[]> {
	const scope = slug ? sql` WHERE p.slug = ${slug}` : sql``;
	return db.query<ImportRow>(sql`SELECT i.id, p.slug AS page, i.file_name, i.sha256, i.format, i.kind,
		strftime(i.first_day, '%Y-%m-%d') AS first_day, strftime(i.last_day, '%Y-%m-%d') AS last_day,
		i.rows_read, i.rows_inserted, i.rows_updated, i.rows_unchanged, i.rows_rejected,
		strftime(i.imported_at, '%Y-%m-%d %H:%M:%S') AS imported_at, i.status
		FROM imports i JOIN pages p ON p.id = i.page_id${scope} ORDER BY i.imported_at DESC, i.id DESC`);
}

/**
 * Deletes one import: exactly what it brought in. The days (posts) it touched are resolved again
 * from the imports that remain, so an overlapping older import's values come back; a day only it
 * held disappears. One transaction. Returns false when there is no such import.
 */
export async function deleteImport(db: Db, id: number): Promise<boolean> {
	return db.transaction(async (tx) => {
		const [imp] = await tx.query<{ page_id: number; kind: 'daily' | 'posts' }>(
			sql`SELECT page_id, kind FROM imports WHERE id = ${id} AND status <> 'deleted'`
		);
		if (!imp) return false;
		const t = KIND_TABLES[imp.kind];
		const daily = imp.kind === 'daily';
		// every row it brought: `import_posts` (a view) also shows the posts it held alone, whose
		// only row is the resolved one (resolve() removes it: no other import gives it back)
		const held = daily ? sql`import_daily` : sql`import_posts`;
		const src = daily ? sql`import_daily` : sql`import_post_rows`;
		const key = daily ? sql`day` : sql`post_id`;
		// the keys it touched, where resolve() looks for them
		await tx.exec(
			sql`CREATE OR REPLACE TEMP TABLE resolve_keys AS SELECT DISTINCT ${key} AS k FROM ${held} WHERE import_id = ${id}`
		);
		await tx.exec(
			daily
				? sql`DELETE FROM import_daily_extras WHERE import_id = ${id}`
				: sql`DELETE FROM import_post_extras WHERE import_id = ${id}`
		);
		await tx.exec(sql`DELETE FROM ${src} WHERE import_id = ${id}`);
		await tx.exec(sql`DELETE FROM import_columns WHERE import_id = ${id}`);
		await tx.exec(sql`DELETE FROM import_extra_names WHERE import_id = ${id}`);
		// the log keeps the import, marked deleted (DuckDB also refuses to delete a parent row in the
		// transaction that deleted its children)
		await tx.exec(sql`UPDATE imports SET status = 'deleted' WHERE id = ${id}`);
		await resolve(tx, t, imp.page_id);
		return true;
	});
}
