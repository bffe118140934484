import Papa from 'papaparse';
import { decode } from '../decode.ts';
import { fromBytes, type ExportSource } from '../source.ts';
import { parseTable } from '../table.ts';
import { metricPlatform, readBlocks } from './daily-metric.ts';

/** One block of a multi-metric Meta Business Suite file, as a file of its own. */
export interface MetaBlock {
	source: ExportSource;
	metric: string;
	/** the platform the block is Meta's for; null when neither it nor the other blocks say */
	platform: 'facebook' | 'instagram' | null;
}

const MAX_BLOCK_FILE = 20 * 1024 * 1024;

/**
 * Splits a Meta Business Suite per-metric file holding several blocks (a Facebook block then an
 * Instagram one: `"Follows"` … `"Instagram follows"` …) into one source per block, each named
 * `<file> (<metric>)`. A block whose title names no platform is the other platform's when the file's
 * other blocks all name one; otherwise its page decides. Null for any other file (one block, or not
 * an MBS file): it is imported whole.
 */
export async function splitMetaBlocks(source: ExportSource): Promise<MetaBlock[] | null> {
	if (source.size > MAX_BLOCK_FILE) return null;
	const head = await source.head(64 * 1024);
	const peek = decode(head);
	// the first block's title and header are near the front; only then is the file read whole
	const first = readBlocks(parseTable(peek.text.slice(0, 4096).replace(/[^\n]*$/, '')).rows);
	if (!first) return null;
	const parts: Uint8Array[] = [];
	for await (const b of source.blocks()) parts.push(b);
	const { text } = decode(Buffer.concat(parts));
	const { rows, delimiter } = parseTable(text);
	const blocks = readBlocks(rows);
	if (!blocks || blocks.length < 2) return null;
	const said = blocks.map((b) => metricPlatform(b.metric));
	const named = [...new Set(said.filter((p) => p !== null))];
	const other = named.length === 1 ? (named[0] === 'facebook' ? 'instagram' : 'facebook') : null;
	return blocks.map((b, i) => {
		const body = rows.slice(b.header - 1, b.end);
		const csv =
			`sep=${delimiter}\n` + Papa.unparse(body, { delimiter, quotes: true, newline: '\n' }) + '\n';
		return {
			source: fromBytes(`${source.name} (${b.metric})`, new TextEncoder().encode(csv)),
			metric: b.metric,
			platform: said[i] ?? other
		};
	});
}
