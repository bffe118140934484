import type { DailyMetric, Platform, PostColumn } from '../../canonical.ts';
import type { SqlLayout } from './sql-read.ts';

/** One problem found in a file. `row` is the record number as a spreadsheet shows it (header = 1). */
export interface ImportIssue {
	row: number | null;
	column: string | null;
	message: string;
}

export interface RowCounts {
	read: number;
	inserted: number;
	updated: number;
	unchanged: number;
	rejected: number;
}

/** The per-file summary the CLI and /import show, and `--json` prints. */
export interface FileResult {
	file: string;
	format: string | null;
	rows: RowCounts;
	issues: ImportIssue[];
	/** Set when the file changed nothing: unreadable, unrecognised, or failed as a whole. */
	error?: string;
	/** what the user can do about the error: map the columns, or say the date order */
	hint?: 'mapping' | 'date-format' | 'platform' | 'last-day';
	/** the page the file went into (a two-block Meta file sends a block to its platform's page) */
	page?: string;
	/** true when this file created that page */
	pageCreated?: boolean;
	/** set instead of `error` for a part left out on purpose (e.g. a sheet without days): not a failure */
	skipped?: string;
	importId?: number;
}

export interface ColumnInfo {
	position: number;
	name: string;
	description: string | null;
	/** canonical column fed by this source column; null = kept as an extra under `name` */
	target: string | null;
}

export interface Extra {
	metric: string;
	value: string;
	num: number | null;
}

export type DailyValues = Partial<Record<DailyMetric, number | null>>;
export type PostValues = Partial<
	Record<Exclude<PostColumn, 'post_id'>, string | number | boolean | null>
>;

export interface DailyRecord {
	row: number;
	/** ISO day */
	key: string;
	values: DailyValues;
	extras: Extra[];
}

export interface PostRecord {
	row: number;
	/** post_id */
	key: string;
	values: PostValues;
	extras: Extra[];
}

export type Mapped =
	| {
			kind: 'daily';
			columns: ColumnInfo[];
			records: DailyRecord[];
			issues: ImportIssue[];
			read: number;
	  }
	| {
			kind: 'posts';
			columns: ColumnInfo[];
			records: PostRecord[];
			issues: ImportIssue[];
			read: number;
	  };

/** What the user told us about a file that its header cannot say. */
export interface ReadOptions {
	/** canonical column → the file's header name (a generic CSV) */
	mapping?: Record<string, string>;
	/** the file's date format when its dates are ambiguous (e.g. 'DD/MM/YYYY') */
	dateFormat?: string;
	/** the last day of an export whose days carry no year (TikTok Studio), ISO `YYYY-MM-DD` */
	lastDay?: string;
	/** today's ISO day, for refusing dates in the future (tests pass a fixed one) */
	today?: string;
}

export interface ParseContext {
	/** sha256 of the file's bytes: stable synthetic ids for exports without one */
	sha256: string;
	options?: ReadOptions;
}

/** One export layout. Recognised by its header rows, never by file name. */
export interface Importer {
	id: string;
	label: string;
	platform: Platform;
	kind: 'daily' | 'posts';
	/**
	 * Set when `map` reads rows one by one: it may then be given the file in pieces, each after the
	 * layout's `headerRows` header rows (row numbers are shifted back to the file's own). Unset: `map`
	 * gets the whole file at once.
	 */
	chunked?: { headerRows: number };
	/**
	 * Set when DuckDB can read the layout itself (sql-read.ts): a UTF-8 CSV file of it is then read,
	 * converted and checked in SQL, never row by row in JavaScript; `map` stays the reference and
	 * reads the files DuckDB cannot (other encodings, workbooks, blank or overlong records).
	 */
	sql?: SqlLayout;
	/**
	 * The platforms of the pages this file may go into, when its layout alone cannot say (a Meta
	 * Business Suite `Views` file serves a Facebook or an Instagram page). Default: `[platform]`.
	 */
	platformsFor?(rows: readonly string[][]): readonly Platform[];
	/**
	 * Set for a file recognised but left out on purpose (a breakdown without days): the message
	 * says why; the import reports it as skipped (not a failure) and touches nothing.
	 */
	leftOut?: string;
	/** true when the first rows (as parsed) are this layout's header */
	detect(rows: readonly string[][], ctx?: ParseContext): boolean;
	map(rows: readonly string[][], ctx: ParseContext): Mapped;
}

/** A file-level failure: the file changes nothing and the message says why. */
export class ImportError extends Error {
	constructor(
		message: string,
		readonly issues: ImportIssue[] = [],
		/** set when the file was readable but its header was not recognised */
		readonly unrecognisedHeader?: string,
		readonly hint?: 'mapping' | 'date-format' | 'skip' | 'platform' | 'last-day'
	) {
		super(message);
		this.name = 'ImportError';
	}
}
