import type { Db } from './db/index.ts';
import { ensurePage, type PageTarget } from './pages.ts';
import { readExport, headerKey, DEFAULT_MAX_BYTES, type ReadExport } from './importers/index.ts';
import { rememberedMapping, rememberMapping } from './mappings.ts';
import { loadExport } from './importers/load.ts';
import { ImportError, type FileResult, type ReadOptions } from './importers/types.ts';

export interface InputFile {
	name: string;
	bytes: Uint8Array;
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
	target: PageTarget,
	files: readonly InputFile[],
	options: ReadOptions = {}
): Promise<FileResult[]> {
	const results: FileResult[] = [];
	for (const f of files) results.push(await importOne(db, target, f, options));
	return results;
}

/** Reads a file; an unrecognised header gets the mapping remembered for it, if the user gave one before. */
async function readWithMemory(
	db: Db,
	f: InputFile,
	options: ReadOptions
): Promise<{ read: ReadExport; remembered: boolean }> {
	try {
		return { read: readExport(f.bytes, maxBytes(), options), remembered: false };
	} catch (e) {
		const key = e instanceof ImportError ? e.unrecognisedHeader : undefined;
		const saved = key ? await rememberedMapping(db, key) : null;
		if (!saved) throw e;
		return {
			read: readExport(f.bytes, maxBytes(), {
				...saved,
				...(options.dateFormat ? { dateFormat: options.dateFormat } : {})
			}),
			remembered: true
		};
	}
}

async function importOne(
	db: Db,
	target: PageTarget,
	f: InputFile,
	options: ReadOptions
): Promise<FileResult> {
	let format: string | null = null;
	try {
		const { read, remembered } = await readWithMemory(db, f, options);
		format = read.importer.id;
		const result = await db.transaction(async (tx) => {
			const page = await ensurePage(tx, target, read.importer.platform);
			if (read.importer.platform !== 'other' && page.platform !== read.importer.platform)
				throw new ImportError(
					`this is an export of ${read.importer.platform} but page "${target.page}" is a ${page.platform} page`
				);
			const loaded = await loadExport(tx, { pageId: page.id, fileName: f.name }, read);
			if (read.importer.id === 'generic-mapped' && !remembered && read.header)
				await rememberMapping(tx, headerKey(read.header), read.header.join(','), options);
			return loaded;
		});
		return { ...result, issues: result.issues.slice(0, MAX_ISSUES) };
	} catch (e) {
		if (!(e instanceof ImportError)) console.error(`import of ${f.name} failed:`, e);
		const message =
			e instanceof ImportError
				? e.message
				: e instanceof Error && e.name === 'ZodError'
					? `invalid page: ${e.message}`
					: 'the file could not be imported because of an internal error (details in the server log)';
		return {
			file: f.name,
			format,
			rows: { read: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 },
			issues: e instanceof ImportError ? e.issues.slice(0, MAX_ISSUES) : [],
			error: message
		};
	}
}
