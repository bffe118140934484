import { copyFile, rename, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { getDb, resolveDbPath } from '../lib/server/db/index.ts';
import { backupPath, isStore } from '../lib/server/db/backup.ts';
import { securityText } from '../lib/i18n/security.ts';
import type { ParsedArgs } from './main.ts';

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * `sablier backup [--out FILE]`: a consistent copy of the store (EXPORT DATABASE, then loaded
 * into a new DuckDB file), by default in `backups/` beside the store. While the dashboard holds
 * the store, this runs inside the server (src/cli/remote.ts) and imports go on meanwhile.
 */
export async function runBackup({ values }: ParsedArgs): Promise<number> {
	const s = securityText((values.lang as string | undefined) ?? process.env.LANG);
	const dbPath = resolveDbPath(values.db as string | undefined);
	const out = values.out ? resolve(values.out as string) : backupPath(dbPath);
	const db = await getDb(dbPath);
	try {
		const size = await db.backup(out);
		process.stderr.write(s.backupWritten(out, mb(size)) + '\n');
		return 0;
	} finally {
		db.close();
	}
}

/**
 * `sablier restore FILE`: the store becomes a copy of the backup FILE. The store as it was is
 * first backed up (backups/…-before-restore.duckdb). Refused while a server holds the store
 * (main.ts says to stop it first), and when FILE is not a Sablier store.
 */
export async function runRestore({ values, positionals }: ParsedArgs): Promise<number> {
	const s = securityText((values.lang as string | undefined) ?? process.env.LANG);
	const dbPath = resolveDbPath(values.db as string | undefined);
	if (positionals.length !== 1) throw new Error(s.restoreUsage);
	const file = resolve(positionals[0]);
	if (!(await isStore(file))) throw new Error(s.notABackup(file));
	let saved: string | null = null;
	if (existsSync(dbPath)) {
		saved = backupPath(dbPath, 'before-restore');
		const db = await getDb(dbPath);
		try {
			await db.backup(saved);
		} finally {
			db.close();
		}
	}
	const partial = `${dbPath}.restoring`;
	await copyFile(file, partial);
	await rm(`${dbPath}.wal`, { force: true });
	await rename(partial, dbPath);
	// opening it applies any migration the backup predates (after its own backup)
	(await getDb(dbPath)).close();
	await stat(dbPath);
	process.stderr.write(s.restored(file, dbPath, saved) + '\n');
	return 0;
}
