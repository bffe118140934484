import { createHash } from 'node:crypto';
import { decodeCp1252 } from './cp1252.ts';
import { decode, looksBinary, type Encoding } from './decode.ts';
import { bomEncoding, type ExportSource, type Inspected } from './source.ts';
import { facebookInsightsPage } from './facebook-insights.ts';
import { facebookInsightsPosts } from './facebook-posts.ts';
import { facebookUciPosts } from './facebook-uci.ts';
import { genericImporters } from './generic/index.ts';
import { linkedinImporters } from './linkedin/index.ts';
import { metaImporters } from './meta/index.ts';
import { parseTable } from './table.ts';
import { xImporters } from './x/index.ts';
import { youtubeImporters } from './youtube/index.ts';
import { tiktokImporters } from './tiktok/index.ts';
import { genericMapped } from './generic/mapped.ts';
import type { Platform } from '../../canonical.ts';
import { ImportError, type Importer, type ReadOptions } from './types.ts';

/**
 * The header row of a readable text file (for the mapping step), or null. `bytes` may be the front
 * of the file only: give the `encoding` the whole-file check found, so a cut inside a multi-byte
 * character cannot make a UTF-8 header look like Windows-1252 (`PortÃ©e`).
 */
export function readHeader(bytes: Uint8Array, encoding?: Encoding): string[] | null {
	if (bytes.length === 0 || looksBinary(bytes)) return null;
	const { rows } = parseTable(encoding ? decodeFront(bytes, encoding) : decode(bytes).text);
	return rows[0]?.map((h) => h.trim()).filter(Boolean) ?? null;
}

/** The front of a file in a known encoding: BOM dropped, a character cut at the end left out. */
function decodeFront(bytes: Uint8Array, encoding: Encoding): string {
	const bom = bomEncoding(bytes) ? (encoding === 'utf-8' ? 3 : 2) : 0;
	const body = bytes.subarray(bom);
	if (encoding === 'windows-1252') return decodeCp1252(body);
	return new TextDecoder(encoding).decode(body, { stream: true });
}

/** A stable key of a header row, to remember a column mapping for files laid out the same way. */
export function headerKey(header: readonly string[]): string {
	return createHash('sha256')
		.update(header.map((h) => h.trim().toLowerCase()).join('\u0000'))
		.digest('hex');
}

/** Every layout Sablier reads, tried in order; the first whose `detect` accepts the header wins. */
export const importers: readonly Importer[] = [
	facebookInsightsPage,
	facebookInsightsPosts,
	facebookUciPosts,
	...xImporters,
	...youtubeImporters,
	...metaImporters,
	...linkedinImporters,
	...tiktokImporters,
	...genericImporters
];

/** Largest file accepted (a real 1 M-row X per-tweet export is about 460 MB). */
export const DEFAULT_MAX_BYTES = 1024 * 1024 * 1024;
/** Most data rows one file may hold (a 1 M-row post export fits). */
export const DEFAULT_MAX_ROWS = 2_000_000;
/** Bytes read from the front of a file to recognise its layout. */
const PEEK_BYTES = 256 * 1024;

export interface Recognised {
	importer: Importer;
	/** the field delimiter, decided from the front of the file */
	delimiter: string;
	/** the header row as read */
	header: string[];
	/** the platforms of the pages the file may go into */
	platforms: readonly Platform[];
}

/**
 * Recognises an inspected file's layout from its first rows (never its name). Throws ImportError
 * when no layout accepts the header, naming what the user can do (map the columns), or when a
 * mapping names columns the file lacks.
 */
export async function recognise(
	source: ExportSource,
	{ sha256, encoding }: Inspected,
	options: ReadOptions = {}
): Promise<Recognised> {
	const head = await source.head(PEEK_BYTES);
	let text =
		encoding === 'windows-1252' ? decodeCp1252(head) : new TextDecoder(encoding).decode(head);
	// a partial last line is dropped, unless the whole file fits in the peek
	if (head.length < source.size && text.lastIndexOf('\n') > 0)
		text = text.slice(0, text.lastIndexOf('\n') + 1);
	const { rows, delimiter } = parseTable(text);
	if (rows.length === 0) throw new ImportError('the file has no rows');
	const ctx = { sha256, options };
	const mapped0 = options.mapping && Object.keys(options.mapping).length ? genericMapped : null;
	const importer = mapped0?.detect(rows, ctx)
		? mapped0
		: importers.find((i) => i.detect(rows, ctx));
	if (!importer && options.mapping && Object.keys(options.mapping).length) {
		const have = new Set((rows[0] ?? []).map((h) => h.trim().toLowerCase()));
		const missing = Object.values(options.mapping).filter((h) => !have.has(h.trim().toLowerCase()));
		throw new ImportError(
			`the mapping names columns this file does not have: ${missing.join(', ')}`
		);
	}
	if (!importer) {
		const start = rows[0].slice(0, 4).join(', ');
		throw new ImportError(
			`not a recognised export: its header starts with "${start.slice(0, 120)}". ` +
				`Supported: ${importers
					.filter((i) => i.id !== 'generic-mapped')
					.map((i) => i.label)
					.join('; ')}. ` +
				'For any other CSV, say which column is which (--map on the command line, the mapping step in the browser).',
			[],
			headerKey(rows[0]),
			'mapping'
		);
	}
	return {
		importer,
		delimiter,
		header: rows[0],
		platforms: importer.platformsFor?.(rows) ?? [importer.platform]
	};
}

export function maxRows(): number {
	const n = Number(process.env.SABLIER_MAX_ROWS);
	return n > 0 ? n : DEFAULT_MAX_ROWS;
}
