import { createHash } from 'node:crypto';
import { decode, looksBinary, type Encoding } from './decode.ts';
import { facebookInsightsPage } from './facebook-insights.ts';
import { facebookInsightsPosts } from './facebook-posts.ts';
import { facebookUciPosts } from './facebook-uci.ts';
import { genericImporters } from './generic/index.ts';
import { linkedinImporters } from './linkedin/index.ts';
import { metaImporters } from './meta/index.ts';
import { parseTable } from './table.ts';
import { xImporters } from './x/index.ts';
import { youtubeImporters } from './youtube/index.ts';
import { genericMapped } from './generic/mapped.ts';
import {
	ImportError,
	type Importer,
	type ImportIssue,
	type Mapped,
	type ReadOptions
} from './types.ts';

/** The header row of a readable text file (for the mapping step), or null. */
export function readHeader(bytes: Uint8Array): string[] | null {
	if (bytes.length === 0 || looksBinary(bytes)) return null;
	const { rows } = parseTable(decode(bytes).text);
	return rows[0]?.map((h) => h.trim()).filter(Boolean) ?? null;
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
	...genericImporters
];

export interface ReadExport {
	importer: Importer;
	encoding: Encoding;
	sha256: string;
	mapped: Mapped;
	/** data rows rejected by validation (each has at least one issue) */
	rejected: number;
	/** the header row as read */
	header: string[];
}

export const DEFAULT_MAX_BYTES = 300 * 1024 * 1024;
/** Most data rows one file may hold (a 1 M-row post export fits). */
export const DEFAULT_MAX_ROWS = 2_000_000;

/**
 * Reads one export file's bytes: decode, parse, recognise the layout by its header, validate rows.
 * Throws ImportError when the file as a whole cannot be used (it must then change nothing).
 */
export function readExport(
	bytes: Uint8Array,
	maxBytes = DEFAULT_MAX_BYTES,
	options: ReadOptions = {}
): ReadExport {
	if (bytes.length === 0) throw new ImportError('the file is empty');
	if (bytes.length > maxBytes)
		throw new ImportError(
			`the file is ${mb(bytes.length)} MB, over the ${mb(maxBytes)} MB limit (SABLIER_MAX_FILE_MB)`
		);
	if (looksBinary(bytes))
		throw new ImportError('this is not a text export (the file holds binary data)');
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	const { text, encoding } = decode(bytes);
	const { rows, errors } = parseTable(text);
	if (errors.some((e) => /quote/i.test(e)))
		throw new ImportError(
			`the file could not be parsed: ${errors[0]} (is it cut short, or not a CSV export?)`
		);
	if (rows.length === 0) throw new ImportError('the file has no rows');
	const maxRows =
		Number(process.env.SABLIER_MAX_ROWS) > 0
			? Number(process.env.SABLIER_MAX_ROWS)
			: DEFAULT_MAX_ROWS;
	if (rows.length > maxRows + 2)
		throw new ImportError(
			`the file has ${rows.length} rows, over the ${maxRows} row limit (SABLIER_MAX_ROWS)`
		);
	const mapped0 = options.mapping && Object.keys(options.mapping).length ? genericMapped : null;
	const importer = mapped0?.detect(rows, { sha256, options })
		? mapped0
		: importers.find((i) => i.detect(rows, { sha256, options }));
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
	const mapped = importer.map(rows, { sha256, options });
	rejectFuture(mapped, options.today ?? new Date().toISOString().slice(0, 10));
	mapped.issues.sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity));
	const rejected = mapped.read - mapped.records.length;
	dedupe(mapped);
	return { importer, encoding, sha256, mapped, rejected, header: rows[0] };
}

/**
 * Days after tomorrow (one day of slack for time zones) cannot be in an export: such rows are
 * rejected with their row and reason, like any invalid cell.
 */
function rejectFuture(mapped: Mapped, today: string): void {
	const limit = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
	const kept: typeof mapped.records = [];
	for (const r of mapped.records) {
		const day =
			mapped.kind === 'daily'
				? r.key
				: ((r.values as { published_at?: string | null }).published_at ?? '').slice(0, 10);
		if (day && day > limit) {
			mapped.issues.push({
				row: r.row,
				column: mapped.kind === 'daily' ? 'day' : 'published_at',
				message: `date in the future: ${day}`
			});
		} else kept.push(r as never);
	}
	mapped.records.length = 0;
	(mapped.records as unknown[]).push(...kept);
}

/**
 * A key (day or post) twice in one file: identical rows collapse into one (the repeat counts as
 * unchanged); conflicting rows make the whole file fail, since no value can be chosen honestly.
 */
function dedupe(mapped: Mapped): void {
	const seen = new Map<string, { row: number; sig: string }>();
	const conflicts: ImportIssue[] = [];
	const keep = new Set<number>();
	mapped.records.forEach((r, i) => {
		const sig = JSON.stringify([r.values, r.extras]);
		const first = seen.get(r.key);
		if (!first) {
			seen.set(r.key, { row: r.row, sig });
			keep.add(i);
		} else if (first.sig !== sig) {
			conflicts.push({
				row: r.row,
				column: null,
				message: `${r.key} already appears on row ${first.row} with different values`
			});
		}
	});
	if (conflicts.length)
		throw new ImportError(
			`the file holds ${conflicts.length} duplicate ${mapped.kind === 'daily' ? 'day' : 'post'}(s) with conflicting values`,
			conflicts
		);
	if (keep.size < mapped.records.length) {
		const kept = mapped.records.filter((_, i) => keep.has(i));
		mapped.records.length = 0;
		(mapped.records as unknown[]).push(...kept);
	}
}

function mb(n: number): string {
	return (n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0);
}
