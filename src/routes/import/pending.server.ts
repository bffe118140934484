import type { Db } from '$lib/server/db/index';
import { headerKey, readHeader } from '$lib/server/importers/index';
import type { FileResult } from '$lib/server/importers/types';
import { rememberedMapping } from '$lib/server/mappings';
import { pendingPath } from '$lib/server/pending';
import { open } from 'node:fs/promises';
import type { Encoding } from '$lib/server/importers/decode';
import { fromPath, inspect } from '$lib/server/importers/source';
import type { Pending } from './mapping';

/** Bytes read to find a waiting file's header (the whole file is never parsed for it). */
const HEAD = 256 * 1024;

/** The mapping form for a file waiting under `token`, or null when its header cannot be read. */
async function entry(
	db: Db,
	r: FileResult,
	token: string,
	head: Uint8Array,
	encoding: Encoding
): Promise<Pending | null> {
	const columns = readHeader(head.subarray(0, HEAD), encoding);
	if (!columns) return null;
	// a remembered mapping whose dates are ambiguous: show it, and ask the date order
	const saved = r.hint === 'date-format' ? await rememberedMapping(db, headerKey(columns)) : null;
	return {
		token,
		file: r.file,
		columns,
		...(saved?.mapping ? { mapping: saved.mapping, askDateFormat: true } : {})
	};
}

/** A streamed upload already waits under its token: its mapping form, if it needs one. */
export async function pendingForToken(
	db: Db,
	r: FileResult,
	token: string
): Promise<Pending | null> {
	const path = pendingPath(token);
	if (!r.hint || !path) return null;
	const { encoding } = await inspect(await fromPath(r.file, path), Infinity);
	const fh = await open(path, 'r');
	try {
		const buf = Buffer.alloc(HEAD);
		const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
		return entry(db, r, token, buf.subarray(0, bytesRead), encoding);
	} finally {
		await fh.close();
	}
}
