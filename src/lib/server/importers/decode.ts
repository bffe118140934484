import { decodeCp1252 } from './cp1252.ts';

/** Text encodings Sablier recognises in exports. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Decodes an export's bytes. BOMs decide first; otherwise bytes that are valid UTF-8 are UTF-8,
 * and anything else is Windows-1252 (what Excel and older Facebook exports write on Windows).
 */
export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: decodeCp1252(bytes), encoding: 'windows-1252' };
	}
}

/** True when the bytes look like a binary file rather than text (NUL bytes outside UTF-16). */
export function looksBinary(bytes: Uint8Array): boolean {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return false;
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return false;
	const n = Math.min(bytes.length, 8192);
	for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
	return false;
}
