import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { looksBinary, type Encoding } from './decode.ts';
import { ImportError } from './types.ts';

/**
 * Where an export's bytes come from: memory (an upload, a zip member, a workbook sheet) or a file
 * on disk, read in blocks so a large CSV is never held whole.
 */
export interface ExportSource {
	name: string;
	size: number;
	/** the bytes, front to back, in blocks of at most {@link BLOCK} bytes; may be iterated again */
	blocks(): AsyncIterable<Uint8Array>;
	/** the first `n` bytes (fewer when the file is shorter) */
	head(n: number): Promise<Uint8Array>;
	/** the file on disk, when there is one (DuckDB can then read it itself) */
	path?: string;
	/** the whole bytes, when they are in memory */
	bytes?: Uint8Array;
}

export const BLOCK = 1 << 20;

export function fromBytes(name: string, bytes: Uint8Array): ExportSource {
	return {
		name,
		size: bytes.length,
		async *blocks() {
			for (let at = 0; at < bytes.length; at += BLOCK) yield bytes.subarray(at, at + BLOCK);
		},
		head: async (n) => bytes.subarray(0, n),
		bytes
	};
}

export async function fromPath(name: string, path: string): Promise<ExportSource> {
	const { size } = await stat(path);
	return {
		name,
		size,
		path,
		async *blocks() {
			for await (const block of createReadStream(path, { highWaterMark: BLOCK }))
				yield block as Buffer;
		},
		async head(n) {
			const fh = await open(path, 'r');
			try {
				const buf = Buffer.alloc(Math.min(n, size));
				const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
				return buf.subarray(0, bytesRead);
			} finally {
				await fh.close();
			}
		}
	};
}

/** What one pass over the bytes tells: their sha256 and text encoding. */
export interface Inspected {
	sha256: string;
	encoding: Encoding;
	/** byte sequences that are not valid UTF-8 in a file read as UTF-8 anyway (shown as �) */
	invalid?: number;
	/** UTF-8 text holding what looks like double-encoding (`Ã©`): the JavaScript reader decides */
	suspect?: boolean;
	/** the file's last byte */
	last?: number;
}

/** UTF-8 read as Windows-1252 and encoded again: `Ã©` for `é`, `â€™` for `’`. */
export const MOJIBAKE =
	/Ã[\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e]|â€[\u0080-\u00bf\u2018-\u203a™œ]|â[\u0080-\u009f]/;

/** Where a UTF-8 buffer's last whole character ends (a character cut by the block end is left out). */
function wholeEnd(buf: Uint8Array): number {
	for (let back = 1; back <= Math.min(4, buf.length); back++) {
		const b = buf[buf.length - back];
		if ((b & 0xc0) === 0x80) continue; // a continuation byte
		const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
		return need > back ? buf.length - back : buf.length;
	}
	return buf.length;
}

const A_TILDE = Buffer.from('Ã');
const A_CIRC = Buffer.from('â');
const utf8 = new TextDecoder('utf-8');

/** True when the UTF-8 bytes hold a double-encoded sequence ({@link MOJIBAKE}). */
function mojibakeIn(buf: Buffer): boolean {
	for (const lead of [A_TILDE, A_CIRC])
		for (let i = buf.indexOf(lead); i >= 0; i = buf.indexOf(lead, i + 1))
			if (MOJIBAKE.test(utf8.decode(buf.subarray(i, i + 8)))) return true;
	return false;
}

/**
 * Checks a source as a whole before anything is parsed: not empty, within the size limit, text
 * rather than binary; and, in one streamed pass, its sha256 and encoding. BOMs decide first;
 * otherwise bytes that are valid UTF-8 are UTF-8; a file whose valid multi-byte characters
 * outnumber its invalid sequences at least twice is UTF-8 with a few bad bytes (`invalid`); anything
 * else is Windows-1252.
 */
export async function inspect(
	source: ExportSource,
	maxBytes: number,
	onBytes: (n: number) => void = () => {}
): Promise<Inspected> {
	if (source.size === 0) throw new ImportError('the file is empty');
	if (source.size > maxBytes)
		throw new ImportError(
			`the file is ${mb(source.size)} MB, over the ${mb(maxBytes)} MB limit (SABLIER_MAX_FILE_MB)`
		);
	const head = await source.head(8192);
	if (looksBinary(head))
		throw new ImportError('this is not a text export (the file holds binary data)');
	const bom = bomEncoding(head);
	const hash = createHash('sha256');
	// UTF-8 checked natively block by block (a character cut by a block's end carried over); a file
	// that fails is counted again character by character below
	let valid = bom === null;
	let pending: Buffer = Buffer.alloc(0);
	let scanTail: Buffer = Buffer.alloc(0);
	let suspect = false;
	let last: number | undefined;
	for await (const block of source.path ? reusedBlocks(source.path) : source.blocks()) {
		hash.update(block);
		const bytes = Buffer.from(block.buffer, block.byteOffset, block.length);
		if (valid) {
			const buf = pending.length ? Buffer.concat([pending, bytes]) : bytes;
			const end = wholeEnd(buf);
			valid = isUtf8(buf.subarray(0, end));
			pending = Buffer.from(buf.subarray(end));
		}
		if (!suspect && (bom === null || bom === 'utf-8')) {
			suspect = mojibakeIn(scanTail.length ? Buffer.concat([scanTail, bytes]) : bytes);
			scanTail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 8)));
		}
		if (block.length) last = block[block.length - 1];
		onBytes(block.length);
	}
	const sha256 = hash.digest('hex');
	if (bom) return { sha256, encoding: bom, last, ...(suspect ? { suspect } : {}) };
	if (valid && pending.length === 0)
		return { sha256, encoding: 'utf-8', last, ...(suspect ? { suspect } : {}) };
	// not valid UTF-8: count invalid sequences against the valid multi-byte characters
	const decoder = new TextDecoder('utf-8');
	let invalid = 0;
	let multi = 0;
	const count = (t: string) => {
		for (let i = 0; i < t.length; i++) {
			const c = t.charCodeAt(i);
			if (c < 0x80) continue;
			if (c === 0xfffd) invalid++;
			else multi++;
		}
	};
	for await (const block of source.blocks()) count(decoder.decode(block, { stream: true }));
	count(decoder.decode());
	// a UTF-8 file with a few bad bytes stays UTF-8 (the bad bytes shown as �, their rows named)
	// rather than turning every accent of it into Windows-1252 mojibake
	if (invalid === 0) return { sha256, encoding: 'utf-8', last };
	if (multi >= 2 * invalid) return { sha256, encoding: 'utf-8', invalid, last };
	return { sha256, encoding: 'windows-1252', last };
}

/** A file's blocks read into one buffer, reused (each block is gone once the next is read). */
async function* reusedBlocks(path: string): AsyncGenerator<Uint8Array> {
	const fh = await open(path, 'r');
	const buf = Buffer.alloc(BLOCK);
	try {
		for (;;) {
			const { bytesRead } = await fh.read(buf, 0, BLOCK, null);
			if (bytesRead === 0) return;
			yield buf.subarray(0, bytesRead);
		}
	} finally {
		await fh.close();
	}
}

export function bomEncoding(head: Uint8Array): Encoding | null {
	if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
	if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
	if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
	return null;
}

export function mb(n: number): string {
	return (n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0);
}
