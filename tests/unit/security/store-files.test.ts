import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDb, privateUmask, type Db } from '../../../src/lib/server/db/index.ts';

// issue 13: the store and its .wal are the user's alone (0600), the folders made for them 0700,
// even when the user's umask would let the group and others read them (0022, the usual default)
const mode = (f: string) => statSync(f).mode & 0o777;

describe('the store files are private', () => {
	const root = mkdtempSync(join(tmpdir(), 'sablier-store-files-'));
	const path = join(root, 'clients', 'acme', 'sablier.duckdb');
	let db: Db;
	let before: number;
	beforeAll(async () => {
		before = process.umask(0o022);
		db = await getDb(path);
	});
	afterAll(() => {
		db?.close();
		process.umask(before);
		rmSync(root, { recursive: true, force: true });
	});

	it('creates the store 0600 and each folder it makes 0700', () => {
		expect(mode(path)).toBe(0o600);
		expect(mode(join(root, 'clients', 'acme'))).toBe(0o700);
		expect(mode(join(root, 'clients'))).toBe(0o700);
		// the folder that already existed is left as it was
		expect(mode(root)).toBe(0o700); // mkdtemp's own
	});

	it('writes the .wal 0600, again after a checkpoint deleted it', async () => {
		await db.exec('CREATE TABLE private_check AS SELECT 1 AS x');
		expect(existsSync(`${path}.wal`)).toBe(true);
		expect(mode(`${path}.wal`)).toBe(0o600);
		await db.exec('CHECKPOINT');
		await db.exec('INSERT INTO private_check VALUES (2)');
		expect(existsSync(`${path}.wal`)).toBe(true);
		expect(mode(`${path}.wal`)).toBe(0o600);
		expect(await db.query('SELECT sum(x)::INTEGER AS s FROM private_check')).toEqual([{ s: 3 }]);
	});

	it('narrows the umask, never widens it', () => {
		// opening the store turned 0022 into 0077
		expect(process.umask(0o227)).toBe(0o077);
		// a stricter umask keeps its extra bits (here: no write for the owner either)
		privateUmask();
		expect(process.umask(0o077)).toBe(0o277);
	});
});
