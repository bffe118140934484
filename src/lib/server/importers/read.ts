import type { Encoding } from './decode.ts';
import { maxRows, type Recognised } from './index.ts';
import { MOJIBAKE, type ExportSource, type Inspected } from './source.ts';
import type { Stager } from './stage.ts';
import { decodeBlocks, recordPieces } from './stream.ts';
import { parseTable } from './table.ts';
import {
	ImportError,
	type ColumnInfo,
	type DailyRecord,
	type Importer,
	type ImportIssue,
	type Mapped,
	type PostRecord,
	type ReadOptions
} from './types.ts';

/** What reading a file found, once its records are staged. */
export interface ReadExport {
	importer: Importer;
	encoding: Encoding;
	sha256: string;
	kind: 'daily' | 'posts';
	columns: ColumnInfo[];
	/** data rows read */
	read: number;
	/** data rows rejected by validation (each has at least one issue) */
	rejected: number;
	/** the first {@link KEPT_ISSUES} issues, in row order */
	issues: ImportIssue[];
	/** the header row as read */
	header: string[];
}

/** Issues kept per file (the rejected count covers all of them). */
export const KEPT_ISSUES = 1000;

/**
 * Reads a recognised file's text piece by piece, maps each piece's rows with the layout's importer
 * and stages the valid records: memory holds one piece (about a megabyte of text) at a time.
 * Layouts whose reading needs the whole file (a decision taken from all its dates, rows that
 * combine) get all the rows at once; they are daily files, small by nature, and the row limit holds.
 */
export async function readInto(
	source: ExportSource,
	{ sha256, encoding, invalid }: Inspected,
	{ importer, delimiter, header }: Recognised,
	options: ReadOptions,
	stager: Stager,
	onBytes: (n: number) => void = () => {}
): Promise<ReadExport> {
	const ctx = { sha256, options };
	const headerRows = importer.chunked?.headerRows;
	const limit = maxRows();
	const today = options.today ?? new Date().toISOString().slice(0, 10);
	let columns: ColumnInfo[] | null = null;
	let kind: 'daily' | 'posts' = importer.kind;
	let rowsSoFar = 0;
	let read = 0;
	let kept = 0;
	const issues: ImportIssue[] = [];
	const badRows: number[] = [];
	let tail = '';
	let mojibake = 0;
	let head: string[][] = [];
	const whole: string[][] = [];

	const take = async (mapped: Mapped, offset: number) => {
		columns ??= mapped.columns;
		kind = mapped.kind;
		read += mapped.read;
		for (const r of mapped.records) r.row += offset;
		for (const i of mapped.issues) if (i.row !== null) i.row += offset;
		const records = rejectFuture(mapped, today);
		mapped.issues.sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity));
		for (const i of mapped.issues) if (issues.length < KEPT_ISSUES) issues.push(i);
		kept += records.length;
		await stager.open(mapped.kind);
		stager.append(records);
	};

	for await (const piece of recordPieces(decodeBlocks(source, encoding, onBytes), delimiter)) {
		tail = piece.slice(-1);
		const { rows, errors } = parseTable(piece, { delimiter, firstRow: rowsSoFar + 1 });
		const quote = errors.find((e) => /quote/i.test(e));
		if (quote)
			throw new ImportError(
				`the file could not be parsed: ${quote} (is it cut short, or not a CSV export?)`
			);
		if (rowsSoFar + rows.length > limit + 2)
			throw new ImportError(
				`the file has more than ${limit} rows, the limit set by SABLIER_MAX_ROWS`
			);
		for (const r of rows)
			for (const c of r) if ((c.includes('Ã') || c.includes('â')) && MOJIBAKE.test(c)) mojibake++;
		if (mojibake >= 2)
			throw new ImportError(
				'the texts look double-encoded ("Ã©" for "é", "â€™" for "’"): the file was converted to UTF-8 twice; export it again, or save it as UTF-8 once, so that good texts are not replaced'
			);
		if (invalid)
			rows.forEach((r, i) => {
				if (badRows.length < 10 && r.some((c) => c.includes('\uFFFD')))
					badRows.push(rowsSoFar + i + 1);
			});
		if (headerRows === undefined) for (const r of rows) whole.push(r);
		else if (rowsSoFar === 0) {
			head = rows.slice(0, headerRows);
			await take(importer.map(rows, ctx), 0);
		} else await take(importer.map([...head, ...rows], ctx), rowsSoFar - headerRows);
		rowsSoFar += rows.length;
	}
	if (rowsSoFar === 0) throw new ImportError('the file has no rows');
	if (headerRows === undefined) await take(importer.map(whole, ctx), 0);
	await stager.close();
	// no line break after the last row, and its last field unquoted: a download or a copy cut short
	// would look exactly like this, so the row is kept but named (a quoted field cut short is a
	// parse error instead; TikTok quotes every field and never ends with a line break)
	if (tail !== '\n' && tail !== '\r' && tail !== '"' && rowsSoFar > 1)
		issues.push({
			row: rowsSoFar,
			column: null,
			message: `the file does not end with a line break: its last row (row ${rowsSoFar}) may be cut short`
		});
	if (invalid)
		issues.unshift({
			row: badRows[0] ?? null,
			column: null,
			message: `the file holds ${invalid} byte sequence(s) that are not valid UTF-8, shown as � (rows ${badRows.join(', ')}${badRows.length === 10 ? ', …' : ''})`
		});
	return {
		importer,
		encoding,
		sha256,
		kind,
		columns: columns ?? [],
		read,
		rejected: read - kept,
		issues,
		header
	};
}

/**
 * Days after tomorrow (one day of slack for time zones) cannot be in an export: such rows are
 * rejected with their row and reason, like any invalid cell. Returns the records kept.
 */
function rejectFuture(mapped: Mapped, today: string): (DailyRecord | PostRecord)[] {
	const limit = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
	const kept: (DailyRecord | PostRecord)[] = [];
	for (const r of mapped.records) {
		const day =
			mapped.kind === 'daily'
				? r.key
				: ((r.values as { published_at?: string | null }).published_at ?? '').slice(0, 10);
		if (day && day > limit)
			mapped.issues.push({
				row: r.row,
				column: mapped.kind === 'daily' ? 'day' : 'published_at',
				message: `date in the future: ${day}`
			});
		else kept.push(r);
	}
	return kept;
}
