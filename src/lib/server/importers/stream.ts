import { decodeCp1252 } from './cp1252.ts';
import type { Encoding } from './decode.ts';
import type { ExportSource } from './source.ts';

/** Characters of text parsed at a time: a few MB of strings, whatever the file's size. */
export const CHUNK_CHARS = 1 << 20;

/** The source's text, decoded block by block (BOMs dropped; a character cut between blocks kept whole). */
export async function* decodeBlocks(
	source: ExportSource,
	encoding: Encoding,
	onBytes: (n: number) => void = () => {}
): AsyncGenerator<string> {
	const decoder = encoding === 'windows-1252' ? null : new TextDecoder(encoding);
	for await (const block of source.blocks()) {
		const text = decoder ? decoder.decode(block, { stream: true }) : decodeCp1252(block);
		onBytes(block.length);
		if (text) yield text;
	}
	const tail = decoder?.decode() ?? '';
	if (tail) yield tail;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Cuts delimited text into pieces that end on a record boundary, so each piece parses on its own:
 * a line break ends a record unless it is inside a quoted field. A field is quoted when it starts
 * with `"` (as papaparse reads it); `""` inside is an escaped quote. A malformed quote can only make
 * a piece end later, or make its parse report the bad quote: never a silently cut record.
 */
export class RecordSplitter {
	private carry = '';
	private scanned = 0;
	private boundary = 0;
	private inQuotes = false;
	private fieldStart = true;
	private readonly delimiter: number;

	constructor(
		delimiter: string,
		private readonly minChars = CHUNK_CHARS
	) {
		this.delimiter = delimiter.charCodeAt(0);
	}

	/** Adds text; returns the complete records gathered so far once they reach `minChars`, else null. */
	push(text: string): string | null {
		this.carry += text;
		const s = this.carry;
		let i = this.scanned;
		for (; i < s.length; i++) {
			const c = s.charCodeAt(i);
			if (this.inQuotes) {
				if (c !== QUOTE) continue;
				if (i + 1 >= s.length) break; // `"` or `""`? the next text tells
				if (s.charCodeAt(i + 1) === QUOTE) i++;
				else this.inQuotes = false;
				continue;
			}
			if (c === QUOTE && this.fieldStart) {
				this.inQuotes = true;
				this.fieldStart = false;
			} else if (c === LF) {
				this.boundary = i + 1;
				this.fieldStart = true;
			} else this.fieldStart = c === CR || c === this.delimiter;
		}
		this.scanned = i;
		if (this.boundary < this.minChars) return null;
		const out = s.slice(0, this.boundary);
		this.carry = s.slice(this.boundary);
		this.scanned -= this.boundary;
		this.boundary = 0;
		return out;
	}

	/** What is left at the end of the text (possibly a last record without a line break). */
	end(): string {
		const out = this.carry;
		this.carry = '';
		this.scanned = this.boundary = 0;
		return out;
	}
}

/** The decoded text in pieces ending on record boundaries (the last piece holds whatever is left). */
export async function* recordPieces(
	texts: AsyncIterable<string>,
	delimiter: string,
	minChars = CHUNK_CHARS
): AsyncGenerator<string> {
	const splitter = new RecordSplitter(delimiter, minChars);
	for await (const text of texts) {
		const piece = splitter.push(text);
		if (piece) yield piece;
	}
	const rest = splitter.end();
	if (rest) yield rest;
}
