import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Files uploaded in the browser that need a column mapping before they can be imported: kept in a
 * private temp folder under a random token until the user maps them (or a day passes), so the
 * mapping step works without JavaScript and without uploading the file again.
 */
const DIR = join(tmpdir(), 'sablier-pending');
const TOKEN = /^[0-9a-f-]{36}$/;

const DAY_MS = 86_400_000;

/** Files left waiting for more than a day are removed (the user went away). */
async function sweep(now: number): Promise<void> {
	for (const f of await readdir(DIR).catch(() => [] as string[])) {
		const path = join(DIR, f);
		const s = await stat(path).catch(() => null);
		if (s && now - s.mtimeMs > DAY_MS) await rm(path, { force: true });
	}
}

export async function savePending(name: string, bytes: Uint8Array): Promise<string> {
	await mkdir(DIR, { recursive: true, mode: 0o700 });
	await sweep(Date.now());
	const token = randomUUID();
	await writeFile(join(DIR, token), bytes, { mode: 0o600 });
	await writeFile(join(DIR, `${token}.name`), name, { mode: 0o600 });
	return token;
}

export async function readPending(
	token: string
): Promise<{ name: string; bytes: Uint8Array } | null> {
	if (!TOKEN.test(token)) return null;
	try {
		const [bytes, name] = await Promise.all([
			readFile(join(DIR, token)),
			readFile(join(DIR, `${token}.name`), 'utf8')
		]);
		return { name, bytes };
	} catch {
		return null;
	}
}

export async function dropPending(token: string): Promise<void> {
	if (!TOKEN.test(token)) return;
	await Promise.all([
		rm(join(DIR, token), { force: true }),
		rm(join(DIR, `${token}.name`), { force: true })
	]);
}

/** The file on disk behind a token (for streaming it into an import). */
export function pendingPath(token: string): string | null {
	return TOKEN.test(token) ? join(DIR, token) : null;
}

/** A request body larger than the import size limit. */
export class TooLarge extends Error {}

/**
 * Writes an upload's body to the private folder as it arrives (never held whole), under a new
 * token; refuses, and removes what was written, past `maxBytes`.
 */
export async function receivePending(
	name: string,
	body: ReadableStream<Uint8Array>,
	maxBytes: number
): Promise<string> {
	await mkdir(DIR, { recursive: true, mode: 0o700 });
	await sweep(Date.now());
	const token = randomUUID();
	const path = join(DIR, token);
	let size = 0;
	const counted = Readable.fromWeb(body as NodeReadableStream<Uint8Array>).map((chunk: Buffer) => {
		size += chunk.length;
		if (size > maxBytes) throw new TooLarge(`over ${maxBytes} bytes`);
		return chunk;
	});
	try {
		await pipeline(counted, createWriteStream(path, { mode: 0o600 }));
		await writeFile(join(DIR, `${token}.name`), name, { mode: 0o600 });
	} catch (e) {
		await dropPending(token);
		throw e;
	}
	return token;
}
