import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from './db/index.ts';
import { ensurePage, type PageTarget } from './pages.ts';
import { sql } from '../sql.ts';
import type { Platform } from '../canonical.ts';
import { splitMetaBlocks } from './importers/meta/blocks.ts';
import {
	checkWorkbookLimits,
	DEFAULT_ARCHIVE_LIMITS,
	isZip,
	unzipExports
} from './importers/archive.ts';
import { isLegacyXls, isWorkbook, workbookSheets } from './importers/workbook.ts';
import { headerKey, recognise, DEFAULT_MAX_BYTES, type Recognised } from './importers/index.ts';
import { readInto, type ReadExport } from './importers/read.ts';
import { readSql, sqlLayoutFor, UseJsReader } from './importers/sql-read.ts';
import type { Tx } from './db/index.ts';
import {
	fromBytes,
	fromPath,
	inspect,
	mb,
	type ExportSource,
	type Inspected
} from './importers/source.ts';
import { Stager } from './importers/stage.ts';
import { rememberedMapping, rememberMapping } from './mappings.ts';
import { loadExport } from './importers/load.ts';
import { ImportError, type FileResult, type ReadOptions } from './importers/types.ts';

/**
 * Where files go: a page (created by the first file that loads); `platform` says the platform of a
 * new page when its files do not (Meta's `Follows`, `Views`, `Reach` name none).
 */
export type ImportTarget = PageTarget & { platform?: Platform; named?: boolean };

/** A file to import: its bytes, or its path on disk (then a large CSV is streamed, never held whole). */
export type InputFile = { name: string; bytes: Uint8Array } | { name: string; path: string };

/** Where an import stands: `check` and `read` each pass over the file's bytes, then `save`. */
export interface Progress {
	file: string;
	phase: 'check' | 'read' | 'save';
	/** bytes processed over both passes, out of `total` (twice the file's size) */
	done: number;
	total: number;
}

/** How many issues a summary lists per file; the counts always cover all of them. */
export const MAX_ISSUES = 50;

export function maxBytes(): number {
	const mb = Number(process.env.SABLIER_MAX_FILE_MB);
	return Number.isFinite(mb) && mb > 0 ? mb * 1024 * 1024 : DEFAULT_MAX_BYTES;
}

/**
 * Imports files into one page, each file in its own transaction: a file that fails (unreadable,
 * unrecognised, conflicting, or any error while loading) leaves the store exactly as it was and
 * its result carries `error`. The page is created by the first file that loads.
 */
export async function importFiles(
	db: Db,
	target: ImportTarget,
	files: readonly InputFile[],
	options: ReadOptions = {},
	onProgress?: (p: Progress) => void
): Promise<FileResult[]> {
	const results: FileResult[] = [];
	// files that name no platform, for a page that did not exist yet: tried again at the end, once
	// the other files may have created the page
	const waiting: { at: number; source: ExportSource; target: ImportTarget }[] = [];
	const run = async (source: ExportSource, to: ImportTarget) => {
		const r = await importOne(db, to, source, options, onProgress);
		if (r.hint === 'platform') waiting.push({ at: results.length, source, target: to });
		results.push(r);
	};
	const one = async (source: ExportSource) => {
		const blocks = await splitMetaBlocks(source);
		if (!blocks) return run(source, target);
		// a file with a Facebook block and an Instagram block: each to the page of its platform
		let home = (await findPage(db, target.page))?.platform ?? null;
		for (const b of blocks) {
			if (b.platform === null || home === b.platform)
				await run(b.source, { ...target, named: true });
			else if (home === null) {
				home = b.platform;
				await run(b.source, { ...target, platform: b.platform, named: true });
			} else
				await run(b.source, {
					...target,
					page: `${target.page}-${b.platform}`,
					name: `${target.name?.trim() || target.page} (${b.platform === 'instagram' ? 'Instagram' : 'Facebook'})`,
					platform: b.platform,
					named: true
				});
		}
	};
	for (const f of files) {
		let bytes: Uint8Array | null;
		try {
			bytes = await wholeUnlessText(f);
		} catch (e) {
			const code = (e as NodeJS.ErrnoException).code;
			const why = code === 'ENOENT' ? 'no such file' : (e as Error).message;
			results.push(
				failed(f.name, null, code ? new ImportError(`cannot read the file: ${why}`) : e)
			);
			continue;
		}
		if (bytes === null) {
			await one(await fromPath(f.name, (f as { path: string }).path));
			continue;
		}
		if (isWorkbook(bytes) || isLegacyXls(bytes)) {
			try {
				if (isWorkbook(bytes)) checkWorkbookLimits(bytes, archiveLimits());
				const sheets = await workbookSheets(f.name, bytes);
				if (!sheets.length) throw new ImportError('the workbook has no sheet with data');
				for (const sheet of sheets) await one(fromBytes(sheet.name, sheet.bytes));
			} catch (e) {
				results.push(failed(f.name, null, e));
			}
			continue;
		}
		if (!isZip(bytes)) {
			await one(fromBytes(f.name, bytes));
			continue;
		}
		let members: { name: string; bytes: Uint8Array }[];
		try {
			members = unzipExports(bytes, archiveLimits());
		} catch (e) {
			results.push(failed(f.name, null, e));
			continue;
		}
		if (!members.length) {
			results.push(failed(f.name, null, new ImportError('the archive holds no file to import')));
			continue;
		}
		// each member is its own file, in its own transaction, in one summary
		for (const m of members) await one(fromBytes(`${f.name}/${m.name}`, m.bytes));
	}
	for (const w of waiting)
		if (await findPage(db, w.target.page))
			results[w.at] = await importOne(db, w.target, w.source, options, onProgress);
	return results;
}

async function findPage(db: Db, slug: string): Promise<{ platform: Platform } | null> {
	const [page] = await db.query<{ platform: Platform }>(
		sql`SELECT platform FROM pages WHERE slug = ${slug.trim()}`
	);
	return page ?? null;
}

const article = (w: string) => (/^[aeiou]/.test(w) ? 'an' : 'a');

/**
 * The bytes of a file that must be read whole (a zip, a workbook, an old .xls: all binary, within
 * the size limit); null for a text file on disk, which is streamed instead.
 */
async function wholeUnlessText(f: InputFile): Promise<Uint8Array | null> {
	if ('bytes' in f) return f.bytes;
	const source = await fromPath(f.name, f.path);
	const head = await source.head(8);
	if (!isLegacyXls(head) && !isZip(head)) return null;
	if (source.size > maxBytes())
		throw new ImportError(
			`the file is ${mb(source.size)} MB, over the ${mb(maxBytes())} MB limit (SABLIER_MAX_FILE_MB)`
		);
	return readFile(f.path);
}

/** Limits of archives: SABLIER_MAX_ZIP_MB (expanded, 1024), SABLIER_MAX_ZIP_RATIO (200), 500 files. */
export function archiveLimits() {
	const num = (v: string | undefined, d: number) => (Number(v) > 0 ? Number(v) : d);
	return {
		...DEFAULT_ARCHIVE_LIMITS,
		maxTotalBytes:
			num(process.env.SABLIER_MAX_ZIP_MB, DEFAULT_ARCHIVE_LIMITS.maxTotalBytes / 1048576) * 1048576,
		maxRatio: num(process.env.SABLIER_MAX_ZIP_RATIO, DEFAULT_ARCHIVE_LIMITS.maxRatio)
	};
}

/** Recognises a file; an unrecognised header gets the mapping remembered for it, if the user gave one before. */
async function recogniseWithMemory(
	db: Db,
	source: ExportSource,
	inspected: Inspected,
	options: ReadOptions
): Promise<{ recognised: Recognised; options: ReadOptions; remembered: boolean }> {
	try {
		return { recognised: await recognise(source, inspected, options), options, remembered: false };
	} catch (e) {
		const key = e instanceof ImportError ? e.unrecognisedHeader : undefined;
		const saved = key ? await rememberedMapping(db, key) : null;
		if (!saved) throw e;
		const used = {
			...options,
			...saved,
			...(options.dateFormat ? { dateFormat: options.dateFormat } : {})
		};
		return {
			recognised: await recognise(source, inspected, used),
			options: used,
			remembered: true
		};
	}
}

/**
 * Imports one text export in one transaction: checked whole first (size, binary, sha256, encoding),
 * recognised from its first rows, then read piece by piece into staging tables and loaded.
 */
async function importOne(
	db: Db,
	target: ImportTarget,
	source: ExportSource,
	options: ReadOptions,
	onProgress?: (p: Progress) => void
): Promise<FileResult> {
	let format: string | null = null;
	let done = 0;
	const total = source.size * 2;
	const step = (phase: Progress['phase']) => (n: number) => {
		done += n;
		onProgress?.({ file: source.name, phase, done, total });
	};
	try {
		const inspected = await inspect(source, maxBytes(), step('check'));
		const {
			recognised,
			options: used,
			remembered
		} = await recogniseWithMemory(db, source, inspected, options);
		const { importer, header, platforms } = recognised;
		format = importer.id;
		if (importer.leftOut)
			return failed(source.name, null, new ImportError(importer.leftOut, [], undefined, 'skip'));
		const existing = await findPage(db, target.page);
		let platform = importer.platform;
		if (!existing && platforms.length > 1) {
			if (!target.platform || !platforms.includes(target.platform))
				throw new ImportError(
					`this file does not say whether it is ${platforms.join(' or ')} data, and page "${target.page}" does not exist yet: import a file that names the platform first, or give the page's platform (--platform ${platforms.join('|')})`,
					[],
					undefined,
					'platform'
				);
			platform = target.platform;
		}
		// DuckDB reads the file itself when its layout allows (sql-read.ts); a file it cannot read the
		// same way (a blank or overlong record, a quote it refuses) is read again in JavaScript
		// SABLIER_IMPORT_READER: 'js' reads every file in JavaScript; 'sql' never falls back (tests)
		const reader = process.env.SABLIER_IMPORT_READER;
		const layout =
			reader === 'js' || (await startsBlank(source))
				? null
				: sqlLayoutFor(importer, inspected, header);
		const load = (reader: (tx: Tx) => Promise<ReadExport>, roomy?: (tx: Tx) => Promise<void>) =>
			db.transaction(async (tx) => {
				const wrongPage = (p: { platform: Platform }) =>
					importer.platform !== 'other' && !platforms.includes(p.platform)
						? new ImportError(
								`this is an export of ${importer.platform} but page "${target.page}" is ${article(p.platform)} ${p.platform} page`
							)
						: null;
				const before = existing && wrongPage(existing);
				if (before) throw before;
				// the file is read (staged in temp tables) before the page is made: a reading that
				// fails and is retried in JavaScript leaves no trace, not even a used page id
				const read = await reader(tx);
				const page = await ensurePage(tx, target, platform);
				const wrong = wrongPage(page);
				if (wrong) throw wrong;
				onProgress?.({ file: source.name, phase: 'save', done: total, total });
				if (read.read > 0 && read.rejected === read.read)
					throw new ImportError(
						`every row of the file was rejected (${read.read}): nothing was imported`,
						read.issues
					);
				const loaded = await loadExport(
					tx,
					{ pageId: page.id, fileName: source.name, roomy: roomy && (() => roomy(tx)) },
					read
				);
				if (importer.id === 'generic-mapped' && !remembered)
					await rememberMapping(tx, headerKey(header), header.join(','), used);
				// the page is named in the summary when the file chose it (a block of a two-block file)
				return target.named
					? { ...loaded, page: target.page, ...(page.created ? { pageCreated: true } : {}) }
					: loaded;
			});
		const readJs = (tx: Tx) =>
			readInto(source, inspected, recognised, used, new Stager(tx), step('read'));
		const result = layout
			? await loadWithDuckDb(
					db,
					source,
					load,
					readJs,
					(tx, path) =>
						readSql(tx, path, inspected, recognised, layout, today(used), inspected.last ?? null),
					() => step('read')(0)
				)
			: await load(readJs);
		return { ...result, issues: result.issues.slice(0, MAX_ISSUES) };
	} catch (e) {
		return failed(source.name, format, outOfMemory(e) ?? e);
	}
}

/** DuckDB's out-of-memory error. */
const isOutOfMemory = (e: unknown) => e instanceof Error && /Out of Memory Error/.test(e.message);

/**
 * DuckDB's out-of-memory error (an import over the memory the store may use, SABLIER_DB_MEMORY) as
 * a message a CM can act on; the transaction was rolled back.
 */
function outOfMemory(e: unknown): ImportError | null {
	if (!isOutOfMemory(e)) return null;
	console.error('import ran out of memory:', (e as Error).message);
	const own = process.env.SABLIER_DB_MEMORY;
	return new ImportError(
		`the import needed more memory than it may use (${own ? `SABLIER_DB_MEMORY=${own}` : '80% of this machine’s memory'}): nothing was imported; free some memory or set SABLIER_DB_MEMORY higher, and import the file again`
	);
}

/** True when the file starts with a line break (after a BOM): DuckDB would read its first line as the header. */
async function startsBlank(source: ExportSource): Promise<boolean> {
	const head = await source.head(4);
	const at = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
	return head[at] === 0x0a || head[at] === 0x0d;
}

const today = (options: ReadOptions) => options.today ?? new Date().toISOString().slice(0, 10);

/** DuckDB's memory while it reads a file (SABLIER_IMPORT_MEMORY, e.g. 256MB): it spills beyond. */
const importMemory = () => process.env.SABLIER_IMPORT_MEMORY || '64MB';

/**
 * Loads a file read by DuckDB: from its path, or from a temp copy of bytes held in memory. DuckDB's
 * memory is capped while it reads and stages the file (restored after), spilling to its temp
 * directory (the store's `<file>.tmp`); resolving keys other imports hold (load.ts) runs with the
 * store's own memory. When DuckDB's reading fails, the file is read again in JavaScript, in a new
 * transaction; when the capped import runs out of memory anyway, the whole file is imported again,
 * once, with the store's own memory (the first transaction rolled back: nothing of it is kept).
 */
async function loadWithDuckDb(
	db: Db,
	source: ExportSource,
	load: (
		reader: (tx: Tx) => Promise<ReadExport>,
		roomy?: (tx: Tx) => Promise<void>
	) => Promise<FileResult>,
	readJs: (tx: Tx) => Promise<ReadExport>,
	readSqlAt: (tx: Tx, path: string) => Promise<ReadExport>,
	onRead: () => void
): Promise<FileResult> {
	let dir: string | null = null;
	let path = source.path;
	if (!path && !source.bytes) return load(readJs);
	if (!path) {
		dir = await mkdtemp(join(tmpdir(), 'sablier-import-'));
		path = join(dir, 'export.csv');
		await writeFile(path, source.bytes!);
	}
	// an in-memory store (tests) holds its data in DuckDB's memory: its limit is left alone
	const cap = db.path !== ':memory:';
	const { restore, own } = await importSettings(db);
	// DuckDB's memory capped for reading a file, or the store's own again (as it was before the
	// import: SABLIER_DB_MEMORY, else DuckDB's default). Never `RESET memory_limit`: DuckDB 1.5
	// then shows its default, but its buffer pool keeps the cap
	const capMemory = (tx: Tx) => tx.exec(sql`SET memory_limit = ${importMemory()}`);
	const ownMemory = (tx: Tx) => tx.exec(sql`SET memory_limit = ${own}`);
	const attempt = (memory: (tx: Tx) => Promise<void>) => {
		const roomy = cap && memory === capMemory ? ownMemory : undefined;
		const set = (tx: Tx) => (cap ? memory(tx) : Promise.resolve());
		const tryJs = (tx: Tx) => set(tx).then(() => readJs(tx));
		return load(async (tx) => {
			await set(tx);
			onRead();
			try {
				return await readSqlAt(tx, path);
			} catch (e) {
				if (e instanceof ImportError || isOutOfMemory(e)) throw e;
				throw new UseJsReader((e as Error).message);
			}
		}, roomy).catch((e) => {
			if (!(e instanceof UseJsReader) || process.env.SABLIER_IMPORT_READER === 'sql') throw e;
			return load(tryJs, roomy);
		});
	};
	try {
		return await attempt(capMemory).catch((e) => {
			if (!cap || !isOutOfMemory(e)) throw e;
			console.warn(
				`import of ${source.name} ran out of memory under SABLIER_IMPORT_MEMORY=${importMemory()} (nothing kept); importing it again with the store's own memory:`,
				(e as Error).message
			);
			return attempt(ownMemory);
		});
	} finally {
		await restore();
		if (dir) await rm(dir, { recursive: true, force: true });
	}
}

/** Stores DuckDB is reading files into: how many readings, and the settings from before the first. */
const reading = new Map<Db, { count: number; before: Promise<Settings> }>();
/** The settings an import changes, as they were. */
interface Settings {
	memory: string;
	threads: number;
	flush: string;
	background: boolean;
}
/** A restoring of the settings still under way, which the next first reading waits for. */
const restoring = new Map<Db, Promise<void>>();

/**
 * DuckDB's settings while it reads files (its memory capped, one thread: it reads a file in order
 * anyway, and a second thread only added CPU time and memory; its allocator giving freed memory
 * back to the system as it goes: ~25 MB less peak RSS on a 1 M-row import, median of 5 runs); the
 * store's own settings come back when the last reading ends, however readings overlap. An in-memory
 * store (tests) holds its data in DuckDB's memory: its limit is left alone.
 */
async function importSettings(db: Db): Promise<{ restore: () => Promise<void>; own: string }> {
	const cap = db.path !== ':memory:';
	let held = reading.get(db);
	if (!held) {
		const previous = restoring.get(db);
		held = {
			count: 0,
			before: (async () => {
				await previous;
				const [before] = await db.query<Settings>(
					`SELECT current_setting('memory_limit') AS memory, current_setting('threads') AS threads,
						current_setting('allocator_flush_threshold') AS flush,
						current_setting('allocator_background_threads') AS background`
				);
				if (cap) await db.exec(sql`SET memory_limit = ${importMemory()}`);
				await db.exec('SET threads = 1');
				await db.exec("SET allocator_flush_threshold = '8MB'");
				await db.exec('SET allocator_background_threads = true');
				return before;
			})()
		};
		reading.set(db, held);
	}
	held.count++;
	const settings = held;
	const before = await settings.before;
	const restore = async () => {
		if (--settings.count > 0) return;
		reading.delete(db);
		const done = (async () => {
			// the store's own limit, as opened (db/index.ts: SABLIER_DB_MEMORY, else DuckDB's default)
			if (cap) await db.exec(sql`SET memory_limit = ${asShown(before.memory)}`);
			await db.exec(sql`SET threads = ${before.threads}`);
			await db.exec(sql`SET allocator_flush_threshold = ${before.flush}`);
			await db.exec(sql`SET allocator_background_threads = ${before.background}`);
		})();
		restoring.set(db, done);
		await done;
		if (restoring.get(db) === done) restoring.delete(db);
	};
	return { restore, own: asShown(before.memory) };
}

/**
 * A memory limit as DuckDB shows it ('18.8 GiB', cut to one decimal), written so that setting it
 * shows the same again ('18.85 GiB'): restoring the shown text itself would lower the limit by a
 * notch at every import.
 */
const asShown = (shown: string) => shown.replace(/^(\d+\.\d) ?([KMGT]iB)$/, '$15 $2');

function failed(file: string, format: string | null, e: unknown): FileResult {
	if (e instanceof ImportError && e.hint === 'skip')
		return {
			file,
			format: null,
			rows: { read: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 },
			issues: [],
			skipped: e.message
		};
	if (!(e instanceof ImportError)) console.error(`import of ${file} failed:`, e);
	const message =
		e instanceof ImportError
			? e.message
			: e instanceof Error && e.name === 'ZodError'
				? `invalid page: ${e.message}`
				: 'the file could not be imported because of an internal error (details in the server log)';
	return {
		file,
		format,
		rows: { read: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 },
		issues: e instanceof ImportError ? e.issues.slice(0, MAX_ISSUES) : [],
		error: message,
		...(e instanceof ImportError && e.hint && e.hint !== 'skip' ? { hint: e.hint } : {})
	};
}
