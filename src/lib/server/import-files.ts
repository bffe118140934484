import type { Db } from './db/index.ts';
import { ensurePage, type PageTarget } from './pages.ts';
import { DEFAULT_ARCHIVE_LIMITS, isZip, unzipExports } from './importers/archive.ts';
import { isLegacyXls, isWorkbook, workbookSheets } from './importers/workbook.ts';
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
	for (const f of files) {
		if (isLegacyXls(f.bytes)) {
			results.push(
				failed(
					f.name,
					null,
					new ImportError(
						'this is an old Excel .xls file, which Sablier cannot read: open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that'
					)
				)
			);
			continue;
		}
		if (isWorkbook(f.bytes)) {
			try {
				for (const sheet of await workbookSheets(f.name, f.bytes))
					results.push(await importOne(db, target, sheet, options));
			} catch (e) {
				results.push(failed(f.name, null, e));
			}
			continue;
		}
		if (!isZip(f.bytes)) {
			results.push(await importOne(db, target, f, options));
			continue;
		}
		let members: InputFile[];
		try {
			members = unzipExports(f.bytes, archiveLimits());
		} catch (e) {
			results.push(failed(f.name, null, e));
			continue;
		}
		// each member is its own file, in its own transaction, in one summary
		for (const m of members)
			results.push(
				await importOne(db, target, { name: `${f.name}/${m.name}`, bytes: m.bytes }, options)
			);
	}
	return results;
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
		return failed(f.name, format, e);
	}
}

function failed(file: string, format: string | null, e: unknown): FileResult {
	if (e instanceof ImportError && e.hint === 'skip')
		return {
			file,
			format,
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
