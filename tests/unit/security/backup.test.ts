import { DuckDBInstance } from '@duckdb/node-api';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { getDb } from '../../../src/lib/server/db/index.ts';
import { sql as m0001 } from '../../../src/lib/server/db/migrations/0001_store.ts';
import { migrations } from '../../../src/lib/server/db/migrations/index.ts';
import { importFixtures, storeChecksum } from '../../helpers/db.ts';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'sablier.js');
const sablier = (...args: string[]) =>
	run('node', [BIN, ...args], { env: { ...process.env, LANG: 'en' } });

const dir = () => mkdtempSync(join(tmpdir(), 'sablier-backup-'));

describe('backup and restore on a real DuckDB file', () => {
	it('round-trips: the restored store equals the store at backup time, table by table', async () => {
		const d = dir();
		const store = join(d, 'store.duckdb');
		let db = await getDb(store);
		await importFixtures(db, 'bakery', 'facebook/page-basic-cp1252.csv');
		const before = await storeChecksum(db);
		expect(before.page_daily).toMatch(/^5:/);
		db.close();

		const out = join(d, 'copy.duckdb');
		const { stderr } = await sablier('backup', '--db', store, '--out', out);
		expect(stderr).toContain(`backup written: ${out}`);
		expect(statSync(out).mode & 0o777).toBe(0o600);
		await expect(sablier('backup', '--db', store, '--out', out)).rejects.toMatchObject({
			stderr: expect.stringContaining('already exists')
		});

		// the store changes after the backup…
		db = await getDb(store);
		await importFixtures(db, 'other', 'facebook/page-rejected-rows.csv');
		const changed = await storeChecksum(db);
		expect(changed).not.toEqual(before);
		db.close();

		// …and the restore brings back exactly what the backup held; the changed store is kept aside
		const restored = await sablier('restore', out, '--db', store);
		expect(restored.stderr).toContain('restored from');
		db = await getDb(store);
		expect(await storeChecksum(db)).toEqual(before);
		// ids go on where they were (a new import does not reuse one)
		const [r] = await importFixtures(db, 'later', 'facebook/page-rejected-rows.csv');
		expect(r.importId).toBe(2);
		db.close();
		const aside = readdirSync(join(d, 'backups')).filter((f) =>
			f.endsWith('-before-restore.duckdb')
		);
		expect(aside).toHaveLength(1);
		db = await getDb(join(d, 'backups', aside[0]));
		expect(await storeChecksum(db)).toEqual(changed);
		db.close();
	});

	it('a default backup goes to backups/ beside the store; a file that is not a store is never restored', async () => {
		const d = dir();
		const store = join(d, 'store.duckdb');
		(await getDb(store)).close();
		await sablier('backup', '--db', store);
		expect(readdirSync(join(d, 'backups'))).toEqual([
			expect.stringMatching(/^store-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.duckdb$/)
		]);
		expect(statSync(join(d, 'backups')).mode & 0o777).toBe(0o700);
		await expect(sablier('restore', BIN, '--db', store)).rejects.toMatchObject({
			stderr: expect.stringContaining('is not a Sablier store')
		});
		expect(readdirSync(join(d, 'backups'))).toHaveLength(1);
	});

	it('a store about to be migrated is backed up first, as it was', async () => {
		const d = dir();
		const store = join(d, 'old.duckdb');
		// a store written by a Sablier that knew only the first migration
		const instance = await DuckDBInstance.create(store);
		const conn = await instance.connect();
		await conn.run(
			'CREATE TABLE _migrations (id VARCHAR PRIMARY KEY, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)'
		);
		await conn.run(m0001);
		await conn.run("INSERT INTO _migrations (id) VALUES ('0001_store')");
		conn.closeSync();
		instance.closeSync();

		const db = await getDb(store);
		const applied = await db.query<{ id: string }>('SELECT id FROM _migrations ORDER BY id');
		expect(applied.map((r) => r.id)).toEqual(migrations.map((m) => m.id));
		db.close();
		const [backup] = readdirSync(join(d, 'backups'));
		expect(backup).toMatch(new RegExp(`^old-.*-before-${migrations[1].id}\\.duckdb$`));
		const copy = await DuckDBInstance.create(join(d, 'backups', backup), {
			access_mode: 'READ_ONLY'
		});
		const c = await copy.connect();
		const ids = (await c.runAndReadAll('SELECT id FROM _migrations')).getRows().flat();
		expect(ids).toEqual(['0001_store']);
		c.closeSync();
		copy.closeSync();
		// a fresh store, or one already up to date, is not backed up
		(await getDb(store)).close();
		expect(readdirSync(join(d, 'backups'))).toHaveLength(1);
	});
});
