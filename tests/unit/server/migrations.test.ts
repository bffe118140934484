import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/server/db/index.ts';
import { migrate } from '../../../src/lib/server/db/migrate.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import { createTestDb, FIXTURES, importFixtures, storeChecksum } from '../../helpers/db.ts';
import {
	longExtras,
	resolvedExtras
} from '../../../src/lib/server/db/migrations/0008_compact_extras.ts';

/**
 * Turns a store back into its shape before 0008: the four long extras tables, filled from the views
 * (with 0003's primary keys when `keys`), the compact tables gone.
 */
async function asBefore0008(db: Db, keys: boolean) {
	const kinds = [
		[
			'import_daily_extra',
			'import_id INTEGER NOT NULL, page_id INTEGER NOT NULL, day DATE NOT NULL',
			'import_id, day, metric'
		],
		[
			'import_post_extra',
			'import_id INTEGER NOT NULL, page_id INTEGER NOT NULL, post_id VARCHAR NOT NULL',
			'import_id, post_id, metric'
		],
		['page_daily_extra', 'page_id INTEGER NOT NULL, day DATE NOT NULL', 'page_id, day, metric'],
		['post_extra', 'page_id INTEGER NOT NULL, post_id VARCHAR NOT NULL', 'page_id, post_id, metric']
	];
	for (const [name, cols, key] of kinds) {
		await db.exec(`CREATE TABLE ${name}_old AS SELECT * FROM ${name}`);
		await db.exec(
			`CREATE TABLE ${name}_long (${cols}, metric VARCHAR NOT NULL, value VARCHAR NOT NULL, num DOUBLE${keys ? `, PRIMARY KEY (${key})` : ''})`
		);
		await db.exec(`INSERT INTO ${name}_long SELECT * FROM ${name}_old`);
	}
	for (const [name] of kinds) await db.exec(`DROP VIEW ${name}`);
	await db.exec(
		'DROP TABLE import_daily_extras; DROP TABLE import_post_extras; DROP TABLE import_extra_names'
	);
	for (const [name] of kinds) {
		await db.exec(`DROP TABLE ${name}_old`);
		await db.exec(`ALTER TABLE ${name}_long RENAME TO ${name}`);
	}
}

/**
 * Turns a store back into its shape before 0010: each record's extras a list of texts, 0008's views;
 * every import's rows in the table `import_posts`, `posts` without `import_id`.
 */
async function asBefore0010(db: Db) {
	await db.exec(`CREATE TABLE import_posts_old (import_id INTEGER NOT NULL, page_id INTEGER NOT NULL,
		post_id VARCHAR NOT NULL, published_at TIMESTAMP, type VARCHAR, is_paid BOOLEAN, message VARCHAR,
		permalink VARCHAR, reach_total BIGINT, reach_organic BIGINT, reach_paid BIGINT,
		impressions_total BIGINT, engaged_users BIGINT, reactions BIGINT, comments BIGINT, shares BIGINT,
		clicks BIGINT, video_views BIGINT)`);
	await db.exec('INSERT INTO import_posts_old SELECT * FROM import_posts');
	await db.exec('DROP VIEW import_posts; DROP TABLE import_post_rows');
	await db.exec('ALTER TABLE import_posts_old RENAME TO import_posts');
	await db.exec('ALTER TABLE posts DROP COLUMN import_id');
	for (const [src, resolved, key, type] of [
		['import_daily_extra', 'page_daily_extra', 'day', 'DATE'],
		['import_post_extra', 'post_extra', 'post_id', 'VARCHAR']
	]) {
		await db.exec(`DROP VIEW ${resolved}; DROP VIEW ${src}`);
		await db.exec(`CREATE TABLE ${src}s_old (import_id INTEGER NOT NULL, page_id INTEGER NOT NULL,
			${key} ${type} NOT NULL, vals VARCHAR[] NOT NULL, nums DOUBLE[])`);
		await db.exec(`INSERT INTO ${src}s_old
			SELECT import_id, page_id, ${key}, from_json(vals, '["VARCHAR"]'), nums FROM ${src}s`);
		await db.exec(`DROP TABLE ${src}s; ALTER TABLE ${src}s_old RENAME TO ${src}s`);
		await db.exec(`CREATE VIEW ${src} AS ${longExtras(src, key)}`);
		await db.exec(`CREATE VIEW ${resolved} AS ${resolvedExtras(src, key)}`);
	}
}

/** storeChecksum, posts by their values alone (0010 adds `import_id`, which says where a post is kept) */
async function valuesChecksum(db: Db): Promise<Record<string, string>> {
	const sums = await storeChecksum(db, 'full');
	const [has] = await db.query<{ n: number }>(
		"SELECT count(*)::INTEGER AS n FROM duckdb_columns() WHERE table_name = 'posts' AND column_name = 'import_id'"
	);
	const [r] = await db.query<{ n: number; h: string | null }>(
		`SELECT count(*)::INTEGER AS n, md5(string_agg(x::VARCHAR, '|' ORDER BY x::VARCHAR)) AS h
		FROM (SELECT * ${has.n ? 'EXCLUDE (import_id)' : ''} FROM posts) x`
	);
	return { ...sums, posts: `${r.n}:${r.h ?? ''}` };
}

/** migrate() on the store's own statement runners (it opens its own transactions) */
const migrateStore = (db: Db) =>
	migrate({
		query: (q) => db.query(q),
		exec: (q) => db.exec(q),
		appender: () => Promise.reject(new Error('not used'))
	});

describe('migrations', () => {
	it('0004 rebuilds the extras tables without keys, keeping every row', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'x', 'x/tweets-basic.csv', 'x/daily-basic.csv');
		const before = await storeChecksum(db, 'full');
		expect(Number(before.import_post_extra.split(':')[0])).toBeGreaterThan(0);
		// the store as an older one meets 0004 on upgrade: long extras tables with keys (0008 after it)
		await asBefore0010(db);
		await asBefore0008(db, true);
		await db.exec(
			"DELETE FROM _migrations WHERE id IN ('0004_extras_without_keys', '0008_compact_extras', '0010_extras_as_text')"
		);
		expect(await migrateStore(db)).toEqual([
			'0004_extras_without_keys',
			'0008_compact_extras',
			'0010_extras_as_text'
		]);
		expect(await storeChecksum(db, 'full')).toEqual(before);
		const constraints = await db.query<{ table_name: string }>(
			`SELECT DISTINCT table_name FROM duckdb_constraints()
			WHERE table_name LIKE '%extra%' AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')`
		);
		expect(constraints).toEqual([]);
	});
	it('0008 stores extras once, one list per record, and keeps every value and number', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'x', 'x/tweets-basic.csv', 'x/daily-basic.csv');
		await asBefore0010(db);
		await asBefore0008(db, false);
		expect((await storeChecksum(db, 'full')).import_post_extra).toMatch(/^124:/);
		// numbers an importer read its own way (LinkedIn's `1 204`), or refused to read, kept as such
		const [imp] = await db.query<{ id: number; page_id: number; day: string }>(
			"SELECT import_id AS id, page_id, strftime(min(day), '%Y-%m-%d') AS day FROM import_daily GROUP BY ALL"
		);
		for (const [metric, value, num] of [
			['Organic followers', '1 204', '1204'],
			['Share', '12', 'NULL']
		]) {
			await db.exec(
				`INSERT INTO import_daily_extra VALUES (${imp.id}, ${imp.page_id}, '${imp.day}', '${metric}', '${value}', ${num})`
			);
			await db.exec(
				`INSERT INTO page_daily_extra VALUES (${imp.page_id}, '${imp.day}', '${metric}', '${value}', ${num})`
			);
		}
		const before = await valuesChecksum(db);
		await db.exec(
			"DELETE FROM _migrations WHERE id IN ('0008_compact_extras', '0010_extras_as_text')"
		);
		expect(await migrateStore(db)).toEqual(['0008_compact_extras', '0010_extras_as_text']);
		expect(await valuesChecksum(db)).toEqual(before);
		expect(
			await db.query(
				"SELECT metric, value, num FROM page_daily_extra WHERE metric IN ('Organic followers', 'Share') ORDER BY metric"
			)
		).toEqual([
			{ metric: 'Organic followers', value: '1 204', num: 1204 },
			{ metric: 'Share', value: '12', num: null }
		]);
		// 4 tweets: one list of texts each, not 124 rows
		const [lists] = await db.query<{ n: number }>(
			'SELECT count(*)::INTEGER AS n FROM import_post_extras'
		);
		expect(lists.n).toBe(4);
		const kinds = await db.query<{ table_name: string; kind: string }>(
			`SELECT table_name, 'table' AS kind FROM duckdb_tables() WHERE table_name LIKE '%extra%'
			UNION ALL SELECT view_name, 'view' FROM duckdb_views() WHERE view_name LIKE '%extra%' AND NOT internal
			ORDER BY 1`
		);
		expect(kinds).toEqual([
			{ table_name: 'import_daily_extra', kind: 'view' },
			{ table_name: 'import_daily_extras', kind: 'table' },
			{ table_name: 'import_extra_names', kind: 'table' },
			{ table_name: 'import_post_extra', kind: 'view' },
			{ table_name: 'import_post_extras', kind: 'table' },
			{ table_name: 'page_daily_extra', kind: 'view' },
			{ table_name: 'post_extra', kind: 'view' }
		]);
	});
	it('0010 keeps extras as one text per record, and a post one import alone holds once: every value the same', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'x', 'x/tweets-basic.csv', 'x/daily-basic.csv');
		// a later export of two of the four tweets, one of them edited: two posts held by two imports
		const lines = readFileSync(join(FIXTURES, 'x', 'tweets-basic.csv'), 'utf8').split('\n');
		const later = [
			lines[0],
			lines[1].replace('release notes', 'release notes, again'),
			lines.find((l) => l.startsWith('"1090000000000000002"'))
		].join('\n');
		const [r] = await importFiles(db, { page: 'x' }, [
			{ name: 'later.csv', bytes: new TextEncoder().encode(later + '\n') }
		]);
		expect(r.error).toBeUndefined();
		// the store as the importers write it now
		const snapshot = async () => ({
			posts: await db.query('SELECT * FROM posts ORDER BY ALL'),
			rows: await db.query('SELECT * FROM import_post_rows ORDER BY ALL'),
			held: await db.query('SELECT * FROM import_posts ORDER BY ALL'),
			postExtras: await db.query(
				'SELECT import_id, page_id, post_id, vals, nums FROM import_post_extras ORDER BY ALL'
			),
			dailyExtras: await db.query(
				"SELECT import_id, page_id, strftime(day, '%Y-%m-%d') AS day, vals, nums FROM import_daily_extras ORDER BY ALL"
			)
		});
		const written = await snapshot();
		// two posts alone (kept once, with their import's id), two held by both imports
		const alone = written.posts.filter(
			(p) => (p as { import_id: number | null }).import_id !== null
		);
		expect(alone).toHaveLength(2);
		expect(written.rows).toHaveLength(4);
		expect(written.held).toHaveLength(6);

		await asBefore0010(db);
		// a number an importer read its own way (LinkedIn's `1 204`), in one daily record
		const [day] = await db.query<{ day: string }>(
			"SELECT strftime(min(day), '%Y-%m-%d') AS day FROM import_daily_extras"
		);
		await db.exec(`UPDATE import_daily_extras
			SET nums = [1204::DOUBLE] || list_transform(vals[2:], x -> NULL::DOUBLE) WHERE day = '${day.day}'`);
		// texts an export may hold, in one record of the old shape: quotes, a backslash, a line
		// break, a control character, accents and symbols, spaces to trim, a blank
		const [first] = await db.query<{ post_id: string }>(
			'SELECT min(post_id) AS post_id FROM import_post_extras'
		);
		await db.exec(`UPDATE import_post_extras
			SET vals = list_concat(['a "b" \\ c' || chr(10) || 'd', NULL, 'é ✓ ' || chr(1), ' 12 ', ''], vals[6:])
			WHERE post_id = '${first.post_id}'`);
		const before = await valuesChecksum(db);
		expect(before.import_post_extra).toContain(':');
		await db.exec("DELETE FROM _migrations WHERE id = '0010_extras_as_text'");
		expect(await migrateStore(db)).toEqual(['0010_extras_as_text']);
		expect(await valuesChecksum(db)).toEqual(before);
		const [tricky] = await db.query<{ vals: string[] }>(
			`SELECT from_json(vals, '["VARCHAR"]') AS vals FROM import_post_extras WHERE post_id = '${first.post_id}'`
		);
		expect(tricky.vals.slice(0, 5)).toEqual(['a "b" \\ c\nd', null, 'é ✓ \u0001', ' 12 ', '']);
		// every other row and record as the importers write them
		await db.exec(`UPDATE import_post_extras SET vals = '"x"' WHERE post_id = '${first.post_id}'`);
		await db.exec(`UPDATE import_daily_extras SET nums = NULL WHERE day = '${day.day}'`);
		expect(await snapshot()).toEqual({
			...written,
			postExtras: written.postExtras.map((e) =>
				(e as { post_id: string }).post_id === first.post_id ? { ...e, vals: '"x"' } : e
			)
		});
		const [type] = await db.query<{ t: string }>(
			"SELECT data_type AS t FROM duckdb_columns() WHERE table_name = 'import_post_extras' AND column_name = 'vals'"
		);
		expect(type.t).toBe('VARCHAR');
	});
	it('0005 rebuilds the page tables without foreign keys, keeping every row', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'p', 'facebook/page-basic-cp1252.csv', 'facebook/posts-basic.csv');
		await db.exec(
			"INSERT INTO campaigns (page_id, channel, start_day, end_day) VALUES (1, 'ads', '2015-01-01', '2015-01-02')"
		);
		const before = await storeChecksum(db, 'full');
		// (0008 and 0010 run after it on upgrade: the store as it was before them)
		await asBefore0010(db);
		await asBefore0008(db, false);
		await db.exec(
			"DELETE FROM _migrations WHERE id IN ('0005_pages_movable', '0008_compact_extras', '0010_extras_as_text')"
		);
		expect(await migrateStore(db)).toEqual([
			'0005_pages_movable',
			'0008_compact_extras',
			'0010_extras_as_text'
		]);
		expect(await storeChecksum(db, 'full')).toEqual(before);
		const fks = await db.query(
			"SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'FOREIGN KEY'"
		);
		expect(fks).toEqual([]);
		// the keys that stay still hold
		await expect(
			db.exec('INSERT INTO page_daily (page_id, day) SELECT page_id, day FROM page_daily LIMIT 1')
		).rejects.toThrow(/Duplicate key|PRIMARY KEY|constraint/i);
	});
});
