import { unzipSync } from 'fflate';
import { ImportError } from './types.ts';

export interface ArchiveLimits {
	/** most bytes all members may expand to */
	maxTotalBytes: number;
	/** most a member may expand relative to its compressed size (zip bombs expand thousands of times) */
	maxRatio: number;
	maxMembers: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
	maxTotalBytes: 1024 * 1024 * 1024,
	maxRatio: 200,
	maxMembers: 500
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** True when the bytes start like a zip archive (also .xlsx, which is a zip of XML). */
export function isZip(bytes: Uint8Array): boolean {
	return ZIP.every((b, i) => bytes[i] === b);
}

/**
 * The files inside a zip, checked against the limits *before* anything is expanded (sizes come
 * from the archive's own directory); a member that expands beyond the size it declared is refused.
 * Folders and macOS resource forks are skipped; an Excel workbook is named as such.
 */
export function unzipExports(bytes: Uint8Array, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS) {
	let total = 0;
	let members = 0;
	let workbook = false;
	const declared = new Map<string, number>();
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes, {
			filter(f) {
				if (f.name === '[Content_Types].xml' || f.name.startsWith('xl/')) workbook = true;
				if (f.name.endsWith('/') || f.name.startsWith('__MACOSX/') || workbook) return false;
				members += 1;
				total += f.originalSize;
				declared.set(f.name, f.originalSize);
				if (members > limits.maxMembers)
					throw new ImportError(`the archive holds more than ${limits.maxMembers} files`);
				if (total > limits.maxTotalBytes)
					throw new ImportError(
						`the archive expands to more than ${Math.round(limits.maxTotalBytes / 1048576)} MB`
					);
				if (f.size > 0 && f.originalSize / f.size > limits.maxRatio)
					throw new ImportError(
						`"${f.name}" would expand ${Math.round(f.originalSize / f.size)} times: refused as a possible zip bomb`
					);
				return true;
			}
		});
	} catch (e) {
		if (e instanceof ImportError) throw e;
		throw new ImportError(
			`the archive could not be opened (${(e as Error).message}): is it cut short?`
		);
	}
	if (workbook)
		throw new ImportError(
			'this is an Excel workbook (.xlsx): save the sheet as CSV, then import the CSV'
		);
	for (const [name, data] of Object.entries(files))
		if (data.length !== declared.get(name))
			throw new ImportError(
				`"${name}" does not match the size the archive declares: the archive is damaged`
			);
	return Object.entries(files)
		.map(([name, data]) => ({ name, bytes: data }))
		.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/**
 * An .xlsx workbook (a zip of XML) checked against the archive limits *before* it is parsed, from
 * the sizes its own directory declares: a workbook bomb or a sheet of millions of rows is refused
 * with the setting named, instead of exhausting memory while a reader expands it.
 */
export function checkWorkbookLimits(
	bytes: Uint8Array,
	limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS
) {
	let total = 0;
	try {
		unzipSync(bytes, {
			filter(f) {
				total += f.originalSize;
				if (total > limits.maxTotalBytes)
					throw new ImportError(
						`the workbook expands to more than ${Math.round(limits.maxTotalBytes / 1048576)} MB (SABLIER_MAX_ZIP_MB)`
					);
				if (f.size > 0 && f.originalSize > 1048576 && f.originalSize / f.size > limits.maxRatio)
					throw new ImportError(
						`the workbook's "${f.name}" would expand ${Math.round(f.originalSize / f.size)} times: refused as a possible zip bomb (SABLIER_MAX_ZIP_RATIO)`
					);
				return false;
			}
		});
	} catch (e) {
		if (e instanceof ImportError) throw e;
		throw new ImportError(
			`the workbook could not be opened (${(e as Error).message}): is it cut short?`
		);
	}
}
