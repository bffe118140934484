import { DuckDBInstance } from '@duckdb/node-api';
import { chmod, mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Backups of the store: a consistent snapshot taken by DuckDB's EXPORT DATABASE (one transaction:
 * whatever is being imported meanwhile is wholly in or wholly out), loaded into a new DuckDB file
 * that opens as a store of its own. By default in a `backups` folder beside the store (0700),
 * files 0600, named `<store>-<UTC time>[-<why>].duckdb`.
 */

export const backupsDir = (dbPath: string) => join(dirname(dbPath), 'backups');

export function backupPath(dbPath: string, label = '', now = new Date()): string {
	const stamp = now
		.toISOString()
		.replace(/[:.]/g, '-')
		.replace(/-\d{3}Z$/, 'Z');
	const name = basename(dbPath).replace(/\.duckdb$/, '');
	return join(backupsDir(dbPath), `${name}-${stamp}${label ? `-${label}` : ''}.duckdb`);
}

const literal = (path: string) => {
	if (/[\0\n\r]/.test(path)) throw new Error('invalid backup path');
	return `'${path.replaceAll("'", "''")}'`;
};

/**
 * Writes a snapshot of the store whose connection runs `run` to the new file `out` (refused when
 * it exists). Returns its size in bytes.
 */
export async function snapshotTo(run: (sql: string) => Promise<unknown>, out: string) {
	if (
		await stat(out).then(
			() => true,
			() => false
		)
	)
		throw new Error(`${out} already exists: choose another file`);
	await mkdir(dirname(out), { recursive: true, mode: 0o700 });
	const dir = await mkdtemp(join(dirname(out), '.sablier-export-'));
	const partial = `${out}.partial`;
	try {
		await run(`EXPORT DATABASE ${literal(dir)} (FORMAT parquet)`);
		await rm(partial, { force: true });
		const instance = await DuckDBInstance.create(partial);
		const conn = await instance.connect();
		try {
			await conn.run(`IMPORT DATABASE ${literal(dir)}`);
			await conn.run('CHECKPOINT');
		} finally {
			conn.closeSync();
			instance.closeSync();
		}
		await rm(`${partial}.wal`, { force: true });
		await chmod(partial, 0o600);
		await rename(partial, out);
		return (await stat(out)).size;
	} finally {
		await rm(dir, { recursive: true, force: true });
		await rm(partial, { force: true });
	}
}

/** Is `file` a Sablier store (it opens, read-only, and records its migrations)? */
export async function isStore(file: string): Promise<boolean> {
	try {
		const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
		const conn = await instance.connect();
		try {
			const rows = (await conn.runAndReadAll('SELECT count(*) AS n FROM _migrations')).getRows();
			return Number(rows[0][0]) > 0;
		} finally {
			conn.closeSync();
			instance.closeSync();
		}
	} catch {
		return false;
	}
}
