import { DAILY_METRICS } from '../../src/lib/canonical.ts';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createMemoryDb, type Db } from '../../src/lib/server/db/index.ts';
import { importFiles } from '../../src/lib/server/import-files.ts';
import type { PageTarget } from '../../src/lib/server/pages.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'exports');

/** A private in-memory store with every migration applied. */
export const createTestDb = (): Promise<Db> => createMemoryDb();

export function fixture(path: string) {
	const full = join(FIXTURES, path);
	return { name: basename(full), bytes: readFileSync(full) };
}

export async function importFixtures(db: Db, target: PageTarget | string, ...paths: string[]) {
	const t = typeof target === 'string' ? { page: target } : target;
	return importFiles(db, t, paths.map(fixture));
}

const TABLES = [
	'workspaces',
	'pages',
	'imports',
	'import_columns',
	'import_daily',
	'import_daily_extra',
	'import_posts',
	'import_post_extra',
	'page_daily',
	'page_daily_extra',
	'posts',
	'post_extra',
	'campaigns'
];

/**
 * A checksum of the store's content, table by table. 'full': every column, to prove a store did not
 * change at all. 'data': what was imported, without import ids, times and per-import counters, to
 * compare two stores built by importing the same files in different orders.
 */
export async function storeChecksum(
	db: Db,
	mode: 'full' | 'data' = 'full'
): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const table of TABLES) {
		let cols = '*';
		if (mode === 'data') {
			if (table === 'imports')
				cols = '* EXCLUDE (id, imported_at, rows_inserted, rows_updated, rows_unchanged)';
			else if (table.startsWith('import_') || table === 'posts') cols = '* EXCLUDE (import_id)';
			else if (table === 'workspaces' || table === 'pages') cols = '* EXCLUDE (created_at)';
		}
		const [r] = await db.query<{ n: number; h: string | null }>(
			`SELECT count(*)::INTEGER AS n, md5(string_agg(x::VARCHAR, '|' ORDER BY x::VARCHAR)) AS h FROM (SELECT ${cols} FROM ${table}) x`
		);
		out[table] = `${r.n}:${r.h ?? ''}`;
	}
	return out;
}

/** The canonical rows of a page, days or posts, in store order. */
export async function rowsOf(db: Db, table: 'page_daily' | 'posts', page: string) {
	const order = table === 'page_daily' ? 'day' : 'post_id';
	return db.query(
		`SELECT t.* EXCLUDE (page_id${table === 'posts' ? ', import_id' : ''}) FROM ${table} t JOIN pages p ON p.id = t.page_id WHERE p.slug = '${page.replaceAll("'", '')}' ORDER BY ${order}`
	);
}

/** An expected page_daily row, written by hand: every canonical metric NULL unless given. */
export function dailyRow(day: string, values: Record<string, number | null> = {}) {
	return { ...Object.fromEntries(DAILY_METRICS.map((m) => [m, null])), day, ...values };
}
