import { createHash } from 'node:crypto';
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
}

export const BLOCK = 1 << 20;

export function fromBytes(name: string, bytes: Uint8Array): ExportSource {
	return {
		name,
		size: bytes.length,
		async *blocks() {
			for (let at = 0; at < bytes.length; at += BLOCK) yield bytes.subarray(at, at + BLOCK);
		},
		head: async (n) => bytes.subarray(0, n)
	};
}

export async function fromPath(name: string, path: string): Promise<ExportSource> {
	const { size } = await stat(path);
	return {
		name,
		size,
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
	// not fatal: invalid sequences become U+FFFD and are counted against the valid multi-byte ones
	const utf8 = bom ? null : new TextDecoder('utf-8');
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
	for await (const block of source.blocks()) {
		hash.update(block);
		if (utf8) count(utf8.decode(block, { stream: true }));
		onBytes(block.length);
	}
	if (utf8) count(utf8.decode());
	const sha256 = hash.digest('hex');
	if (bom) return { sha256, encoding: bom };
	if (invalid === 0) return { sha256, encoding: 'utf-8' };
	// a UTF-8 file with a few bad bytes stays UTF-8 (the bad bytes shown as �, their rows named)
	// rather than turning every accent of it into Windows-1252 mojibake
	if (multi >= 2 * invalid) return { sha256, encoding: 'utf-8', invalid };
	return { sha256, encoding: 'windows-1252' };
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
