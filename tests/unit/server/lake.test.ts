import { execFile } from 'node:child_process';
import { mkdtempSync, existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportLake } from '../../../src/lib/server/lake.ts';
import { FIXTURES, createTestDb, importFixtures } from '../../helpers/db.ts';

const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'sablier.js');
const run = (...args: string[]) =>
	promisify(execFile)('node', [BIN, ...args], { env: { ...process.env, LANG: 'en' } }).then(
		(r) => ({ code: 0, ...r }),
		(e: { code: number; stdout: string; stderr: string }) => e
	);

const hive = (dir: string, table: string) =>
	`read_parquet('${join(dir, table).replaceAll("'", "''")}/**/*.parquet', hive_partitioning = true)`;

describe('sablier export lake', () => {
	it('writes every page table partitioned by workspace, page and year, and reads back row for row', async () => {
		const db = await createTestDb();
		await importFixtures(
			db,
			{ page: 'bakery', workspace: 'client-a' },
			'facebook/page-basic-cp1252.csv'
		);
		await importFixtures(db, { page: 'bakery', workspace: 'client-a' }, 'facebook/posts-basic.csv');
		await importFixtures(db, { page: 'shop', workspace: 'client-b' }, 'meta/follows-facebook.csv');
		const dir = mkdtempSync(join(tmpdir(), 'sablier-lake-'));
		const summary = await exportLake(db, dir);
		expect(summary.pages).toBe(2);

		// The partition keys read back equal each row's own page, workspace and year in the store.
		for (const table of ['page_daily', 'page_daily_extra', 'import_daily', 'posts']) {
			const expected = await db.query<{ workspace: string; page: string; year: number; n: number }>(
				`SELECT w.slug AS workspace, p.slug AS page,
					year(${table === 'posts' ? 't.published_at' : 't.day'})::INTEGER AS year, count(*)::INTEGER AS n
				FROM ${table} t JOIN pages p ON p.id = t.page_id JOIN workspaces w ON w.id = p.workspace_id
				GROUP BY ALL ORDER BY ALL`
			);
			expect(expected.length).toBeGreaterThan(0);
			const got = await db.query(
				`SELECT workspace, page, year::INTEGER AS year, count(*)::INTEGER AS n FROM ${hive(dir, table)}
				GROUP BY ALL ORDER BY ALL`
			);
			expect(got).toEqual(expected);
			expect(summary.tables.find((t) => t.table === table)?.rows).toBe(
				expected.reduce((s, r) => s + r.n, 0)
			);
		}
		// Values survive exactly: the store's page_daily equals the lake's, column for column.
		const [diff] = await db.query<{ n: number }>(
			`SELECT count(*)::INTEGER AS n FROM (
				(SELECT * EXCLUDE (workspace, page, year) FROM ${hive(dir, 'page_daily')}
				 EXCEPT SELECT * FROM page_daily)
				UNION ALL
				(SELECT * FROM page_daily
				 EXCEPT SELECT * EXCLUDE (workspace, page, year) FROM ${hive(dir, 'page_daily')}))`
		);
		expect(diff.n).toBe(0);
		expect(existsSync(join(dir, 'pages.parquet'))).toBe(true);
		db.close();
	});

	it('limits the lake to one workspace', async () => {
		const db = await createTestDb();
		await importFixtures(
			db,
			{ page: 'bakery', workspace: 'client-a' },
			'facebook/page-basic-cp1252.csv'
		);
		await importFixtures(db, { page: 'shop', workspace: 'client-b' }, 'meta/follows-facebook.csv');
		const dir = mkdtempSync(join(tmpdir(), 'sablier-lake-'));
		const summary = await exportLake(db, dir, 'client-b');
		expect(summary.pages).toBe(1);
		const pages = await db.query(`SELECT DISTINCT workspace, page FROM ${hive(dir, 'page_daily')}`);
		expect(pages).toEqual([{ workspace: 'client-b', page: 'shop' }]);
		expect((await exportLake(db, mkdtempSync(join(tmpdir(), 'l-')), 'nobody')).pages).toBe(0);
		db.close();
	});

	it('is a command: `sablier export lake --out DIR`, refused without --out, in French too', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'sablier-lake-cli-'));
		const db = join(dir, 'store.duckdb');
		const page = join(FIXTURES, 'facebook', 'page-basic-cp1252.csv');
		expect((await run('import', '--db', db, '--page', 'bakery', page)).code).toBe(0);
		const missing = await run('export', 'lake', '--db', db, '--lang', 'fr');
		expect(missing.code).toBe(1);
		expect(missing.stderr).toContain('export lake demande --out DOSSIER');
		const ok = await run('export', 'lake', '--db', db, '--out', join(dir, 'lake'), '--json');
		expect(ok.code).toBe(0);
		const summary = JSON.parse(ok.stdout) as {
			pages: number;
			tables: { table: string; rows: number }[];
		};
		expect(summary.pages).toBe(1);
		expect(ok.stderr).toMatch(/^wrote \d+ rows of 1 page to /);
		expect(existsSync(join(dir, 'lake', 'page_daily', 'workspace=default', 'page=bakery'))).toBe(
			true
		);
	});
});
