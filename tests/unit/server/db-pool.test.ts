import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createMemoryDb, readerCount } from '../../../src/lib/server/db/index.ts';
import { sql } from '../../../src/lib/sql.ts';

// issue 13 §6: reads share a small pool of connections instead of queueing on one
describe('the reader connections', () => {
	const saved = { readers: process.env.SABLIER_DB_READERS, uv: process.env.UV_THREADPOOL_SIZE };
	afterEach(() => {
		for (const [k, v] of [
			['SABLIER_DB_READERS', saved.readers],
			['UV_THREADPOOL_SIZE', saved.uv]
		] as const)
			if (v === undefined) delete process.env[k];
			else process.env[k] = v;
	});

	it('are SABLIER_DB_READERS, else 4, fewer when libuv has fewer threads to run them', () => {
		process.env.UV_THREADPOOL_SIZE = '8'; // as bin/sablier.js sets it
		delete process.env.SABLIER_DB_READERS;
		expect(readerCount()).toBe(4);
		process.env.SABLIER_DB_READERS = '7';
		expect(readerCount()).toBe(7);
		for (const bad of ['0', '-2', '1.5', 'many', '33']) {
			process.env.SABLIER_DB_READERS = bad;
			expect(readerCount(), bad).toBe(4);
		}
		delete process.env.SABLIER_DB_READERS;
		delete process.env.UV_THREADPOOL_SIZE; // Node's default pool: 4 threads
		expect(readerCount()).toBe(2);
		process.env.UV_THREADPOOL_SIZE = '2';
		expect(readerCount()).toBe(1);
	});

	it('answer many reads at once, each with its own rows, and see what was committed', async () => {
		process.env.SABLIER_DB_READERS = '3';
		const db = await createMemoryDb();
		try {
			await db.exec('CREATE TABLE t (k INTEGER, v VARCHAR)');
			await db.transaction(async (tx) => {
				for (let k = 0; k < 40; k++) await tx.exec(sql`INSERT INTO t VALUES (${k}, ${`v${k}`})`);
			});
			const got = await Promise.all(
				Array.from({ length: 40 }, (_, k) =>
					db.query<{ k: number; v: string; n: number }>(
						sql`SELECT k, v, (SELECT count(*) FROM range(${(k % 5) * 100_000}))::INTEGER AS n
							FROM t WHERE k = ${k}`
					)
				)
			);
			expect(got).toEqual(
				Array.from({ length: 40 }, (_, k) => [{ k, v: `v${k}`, n: (k % 5) * 100_000 }])
			);
		} finally {
			db.close();
		}
	});

	it('a failed read frees its connection: the next reads run', async () => {
		process.env.SABLIER_DB_READERS = '1';
		const db = await createMemoryDb();
		try {
			const results = await Promise.allSettled([
				db.query('SELECT * FROM no_such_table'),
				db.query('SELECT 1 AS one'),
				db.query("SELECT error('boom')"),
				db.query('SELECT 2 AS two')
			]);
			expect(results.map((r) => r.status)).toEqual([
				'rejected',
				'fulfilled',
				'rejected',
				'fulfilled'
			]);
			expect(await db.query('SELECT 3 AS three')).toEqual([{ three: 3 }]);
		} finally {
			db.close();
		}
	});

	it('a query asked again reads the table as it is now, after its columns or the table changed', async () => {
		process.env.SABLIER_DB_READERS = '1'; // one connection: the statement kept is the one reused
		const db = await createMemoryDb();
		try {
			await db.exec('CREATE TABLE t (k INTEGER)');
			await db.exec('INSERT INTO t VALUES (1), (2)');
			const all = () => db.query('SELECT * FROM t ORDER BY k');
			const one = (k: number) => db.query(sql`SELECT * FROM t WHERE k = ${k}`);
			expect(await all()).toEqual([{ k: 1 }, { k: 2 }]);
			expect(await one(2)).toEqual([{ k: 2 }]);
			await db.exec("ALTER TABLE t ADD COLUMN v VARCHAR DEFAULT 'x'");
			expect(await all()).toEqual([
				{ k: 1, v: 'x' },
				{ k: 2, v: 'x' }
			]);
			await db.exec('DROP TABLE t');
			await expect(all()).rejects.toThrow(/t does not exist/);
			await db.exec('CREATE TABLE t (k VARCHAR, w INTEGER)');
			await db.exec("INSERT INTO t VALUES ('2', 7)");
			expect(await all()).toEqual([{ k: '2', w: 7 }]);
			expect(await one(2)).toEqual([{ k: '2', w: 7 }]);
			// more distinct queries than a connection keeps: each still answers
			for (let i = 0; i < 80; i++) expect(await db.query(`SELECT ${i} AS i`)).toEqual([{ i }]);
			expect(await one(2)).toEqual([{ k: '2', w: 7 }]);
		} finally {
			db.close();
		}
	});
});

describe("DuckDB's threads", () => {
	it('are the cores this process may use, not the machine’s (one under `taskset -c 0`)', () => {
		if (spawnSync('taskset', ['-c', '0', 'true']).status !== 0) return; // no taskset here
		const script = join(mkdtempSync(join(tmpdir(), 'sablier-threads-')), 'threads.mts');
		writeFileSync(
			script,
			`import { createMemoryDb } from ${JSON.stringify(resolve('src/lib/server/db/index.ts'))};
const db = await createMemoryDb();
const [r] = await db.query("SELECT current_setting('threads') AS t");
console.log(String(r.t));
db.close();`
		);
		const r = spawnSync('taskset', ['-c', '0', process.execPath, '--import', 'tsx', script], {
			encoding: 'utf8'
		});
		expect(r.stderr).toBe('');
		expect(r.stdout.trim()).toBe('1');
	});
});
