import { DuckDBInstance, DuckDBTypeId } from '@duckdb/node-api';
import type { DuckDBConnection, DuckDBAppender, DuckDBResultReader } from '@duckdb/node-api';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Sql, SqlValue } from '../../sql.ts';
import { migrate } from './migrate.ts';
import { migrations } from './migrations/index.ts';
import { backupPath, snapshotTo } from './backup.ts';

export type Row = Record<string, unknown>;

/** The store's small surface. Nothing else in the app imports @duckdb/node-api. */
export interface Db {
	readonly path: string;
	query<T = Row>(q: Sql | string): Promise<T[]>;
	exec(q: Sql | string): Promise<void>;
	/** Runs fn inside BEGIN … COMMIT on the write connection; ROLLBACK on any throw. Serialised. */
	transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
	/** A consistent copy of the store in the new file `out` (see backup.ts); its size in bytes. */
	backup(out: string): Promise<number>;
	close(): void;
}

export interface Tx {
	query<T = Row>(q: Sql | string): Promise<T[]>;
	exec(q: Sql | string): Promise<void>;
	/** Appender on a table of this connection (temp tables included: schema 'main', catalog 'temp'). */
	appender(table: string, temp?: boolean): Promise<DuckDBAppender>;
}

/** Store path: explicit argument, else env SABLIER_DB, else data/sablier.duckdb (cwd-relative). */
export function resolveDbPath(explicit?: string): string {
	return resolve(explicit || process.env.SABLIER_DB || 'data/sablier.duckdb');
}

const open = new Map<string, Promise<Db>>();

/**
 * In `sablier serve`, CLI commands run inside the server (see src/cli/remote.ts) and end with
 * `db.close()`: once held, a file store stays open for the server's whole life.
 */
let held = false;
export function holdOpen(): void {
	held = true;
}
/** True inside `sablier serve` (its commands must not block the server's thread). */
export const inServer = (): boolean => held;
/** The server is stopping: close() closes again. */
export function releaseHold(): void {
	held = false;
}

/** Opens (once per process and path) the store, applying pending migrations. ':memory:' is allowed. */
export function getDb(path: string = resolveDbPath()): Promise<Db> {
	const key = path === ':memory:' ? path : resolve(path);
	let db = open.get(key);
	if (!db) {
		db = createDb(key);
		open.set(key, db);
		db.catch(() => open.delete(key));
	}
	return db;
}

/** A fresh, private in-memory store (tests). */
export async function createMemoryDb(): Promise<Db> {
	return createDb(':memory:', false);
}

/**
 * A store holds a client's history and costs: the files Sablier creates are its user's alone.
 * DuckDB creates the store, and deletes and recreates its .wal at every checkpoint, with the
 * process's umask, so the umask itself is narrowed (never widened) to 0o077 for the process's
 * life: the store and its .wal 0600, a folder created for it 0700 (exports and backups likewise).
 * Worker threads cannot change it (their stores are tests' in-memory ones).
 */
export function privateUmask(): void {
	if (isMainThread) process.umask(process.umask(0o077) | 0o077);
}

async function createDb(path: string, cached = true): Promise<Db> {
	const existed = path !== ':memory:' && existsSync(path);
	if (path !== ':memory:') {
		privateUmask();
		mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
	}
	// SABLIER_DB_MEMORY caps DuckDB's own memory (e.g. 2GB); beyond it DuckDB spills to disk where it can
	const memory = process.env.SABLIER_DB_MEMORY;
	const options = {
		autoinstall_known_extensions: 'false',
		autoload_known_extensions: 'false',
		// as many threads as the cores this process may run on (DuckDB counts the machine's,
		// ignoring an affinity mask such as `taskset`'s; too many threads compete for one core)
		threads: String(availableParallelism()),
		...(memory ? { memory_limit: memory } : {})
	};
	const instance =
		cached && path !== ':memory:'
			? await DuckDBInstance.fromCache(path, options)
			: await DuckDBInstance.create(path, options);
	const readers = new Pool(
		await Promise.all(Array.from({ length: readerCount() }, () => instance.connect()))
	);
	const writer = await instance.connect();
	const writeLock = new Lock();
	const tx = txOn(writer);
	// a store about to be migrated is backed up first (backups/…-before-<migration>.duckdb)
	if (existed) {
		const done = await tx.query<{ id: string }>('SELECT id FROM _migrations').catch(() => null);
		const next = done && migrations.find((m) => !done.some((d) => d.id === m.id));
		if (next) await snapshotTo((q) => writer.run(q), backupPath(path, `before-${next.id}`));
	}
	// checkpoint at once: DuckDB cannot replay a WAL holding 0004's DROP TABLE of a table with
	// foreign keys, so a process killed before its first checkpoint left a store that never opens
	if ((await migrate(tx)).length && path !== ':memory:') await writer.run('CHECKPOINT');
	return {
		path,
		query: (q) => readers.run((r) => r.query(q)),
		exec: (q) => writeLock.run(() => runExec(writer, q)),
		transaction: (fn) =>
			writeLock.run(async () => {
				await writer.run('BEGIN TRANSACTION');
				try {
					const result = await fn(tx);
					await writer.run('COMMIT');
					return result;
				} catch (e) {
					await writer.run('ROLLBACK').catch(() => undefined);
					throw e;
				}
			}),
		backup: (out) => readers.run((r) => snapshotTo((q) => r.conn.run(q), out)),
		close() {
			if (held && path !== ':memory:') return;
			readers.close();
			writer.closeSync();
			if (path !== ':memory:') open.delete(path);
			instance.closeSync();
		}
	};
}

function txOn(conn: DuckDBConnection): Tx {
	return {
		query: (q) => runQuery(conn, q),
		exec: (q) => runExec(conn, q),
		appender: (table, temp = false) =>
			temp ? conn.createAppender(table, 'main', 'temp') : conn.createAppender(table)
	};
}

function parts(q: Sql | string): [string, SqlValue[] | undefined] {
	if (typeof q === 'string') return [q, undefined];
	return [q.text, q.values.length ? [...q.values] : undefined];
}

async function runExec(conn: DuckDBConnection, q: Sql | string): Promise<void> {
	const [text, values] = parts(q);
	await conn.run(text, values as never);
}

async function runQuery<T>(conn: DuckDBConnection, q: Sql | string): Promise<T[]> {
	const [text, values] = parts(q);
	const reader = await conn.runAndReadAll(text, values as never);
	return normalise(reader) as T[];
}

/** BIGINT → number (must be safe), DATE → 'YYYY-MM-DD', TIMESTAMP → 'YYYY-MM-DDTHH:MM:SS' (naive). */
function normalise(reader: DuckDBResultReader): Row[] {
	const types = reader.columnTypes().map((t) => t.typeId);
	const names = reader.columnNames();
	return reader.getRowsJS().map((values) => {
		const row: Row = {};
		values.forEach((v, i) => {
			row[names[i]] = convert(v, types[i]);
		});
		return row;
	});
}

function convert(v: unknown, type: DuckDBTypeId): unknown {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') {
		const n = Number(v);
		if (!Number.isSafeInteger(n)) throw new RangeError(`integer out of safe range: ${v}`);
		return n;
	}
	if (v instanceof Date) {
		const iso = v.toISOString();
		if (type === DuckDBTypeId.DATE) return iso.slice(0, 10);
		return iso.slice(0, 19);
	}
	return v;
}

/**
 * Reader connections per store: SABLIER_DB_READERS (1–32), else 4, or fewer when libuv's thread
 * pool is smaller than bin/sablier.js makes it (each running query holds one of its threads; two
 * are left for the writer and file access).
 */
export function readerCount(): number {
	const n = Number(process.env.SABLIER_DB_READERS);
	if (Number.isInteger(n) && n >= 1 && n <= 32) return n;
	const pool = Number(process.env.UV_THREADPOOL_SIZE) || 4;
	return Math.max(1, Math.min(4, pool - 2));
}

/**
 * The read connections. One DuckDB connection runs one query at a time, so a single reader made
 * every page wait behind every other page's queries (and behind a long import's reads); here each
 * query takes an idle connection, or waits for the first one freed (first come, first served).
 * Reads see what is committed when they start, whichever connection runs them.
 */
class Pool {
	private readonly idle: Reader[];
	private readonly waiting: ((r: Reader) => void)[] = [];
	private readonly all: Reader[];
	constructor(conns: DuckDBConnection[]) {
		this.all = conns.map((c) => new Reader(c));
		this.idle = [...this.all];
	}
	async run<T>(fn: (r: Reader) => Promise<T>): Promise<T> {
		const r = this.idle.pop() ?? (await new Promise<Reader>((ok) => this.waiting.push(ok)));
		try {
			return await fn(r);
		} finally {
			const next = this.waiting.shift();
			if (next) next(r);
			else this.idle.push(r);
		}
	}
	close(): void {
		for (const r of this.all) r.close();
	}
}

/**
 * A reader connection. Its statements are prepared at each call, never kept: DuckDB plans with the
 * tables' statistics (e.g. the offsets of compressed integers) and binds a kept statement again
 * only when the schema changes, not when the data does: statements kept across imports read wrong
 * values now and then (14, or 2³² + 13, for a stored 12 in tests/unit/importers/meta-variants).
 */
class Reader {
	constructor(readonly conn: DuckDBConnection) {}
	query<T>(q: Sql | string): Promise<T[]> {
		return runQuery<T>(this.conn, q);
	}
	close(): void {
		this.conn.closeSync();
	}
}

class Lock {
	private tail: Promise<unknown> = Promise.resolve();
	run<T>(fn: () => Promise<T>): Promise<T> {
		const next = this.tail.then(fn, fn);
		this.tail = next.catch(() => undefined);
		return next;
	}
}
