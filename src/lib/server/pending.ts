import busboy from 'busboy';
import { randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { chmod, lstat, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Files uploaded in the browser that need a column mapping before they can be imported: kept in a
 * private temp folder under a random token until the user maps them (or a day passes), so the
 * mapping step works without JavaScript and without uploading the file again.
 */
const DIR =
	process.env.SABLIER_PENDING_DIR ||
	join(tmpdir(), `sablier-pending${process.getuid ? `-${process.getuid()}` : ''}`);
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

/** A pending-upload folder another user could write to, or that is not ours: never used. */
export class UnsafeFolder extends Error {}

/**
 * The private folder, created 0700. One already there is used only when it is a real folder
 * (not a link), owned by this user and writable by no one else; read access for others is
 * removed. Anything else is refused: another user could swap or read the uploads.
 */
export async function ensurePendingDir(dir = DIR): Promise<void> {
	await mkdir(dir, { recursive: true, mode: 0o700 });
	const s = await lstat(dir);
	const uid = process.getuid?.();
	if (!s.isDirectory() || (uid !== undefined && s.uid !== uid) || (s.mode & 0o022) !== 0)
		throw new UnsafeFolder(
			`the upload folder ${dir} is not private (another user owns it or can write to it): remove it, Sablier then creates its own`
		);
	if ((s.mode & 0o777) !== 0o700) await chmod(dir, 0o700);
}

export async function savePending(name: string, bytes: Uint8Array): Promise<string> {
	await ensurePendingDir();
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

/** Writes chunks to a new pending file; past `maxBytes` stops writing but keeps reading. */
class Sink {
	readonly token = randomUUID();
	size = 0;
	over = false;
	private out: WriteStream;
	constructor(readonly maxBytes: number) {
		this.out = createWriteStream(join(DIR, this.token), { mode: 0o600 });
	}
	async write(chunk: Uint8Array): Promise<void> {
		this.size += chunk.length;
		if (this.over) return;
		if (this.size > this.maxBytes) {
			this.over = true;
			this.out.destroy();
			return;
		}
		if (!this.out.write(chunk)) await once(this.out, 'drain');
	}
	async close(name: string): Promise<void> {
		if (this.over) {
			await dropPending(this.token);
			throw new TooLarge(`over ${this.maxBytes} bytes`);
		}
		this.out.end();
		await once(this.out, 'close');
		await writeFile(join(DIR, `${this.token}.name`), name, { mode: 0o600 });
	}
}

/**
 * Writes an upload's body to the private folder as it arrives (never held whole), under a new
 * token. Past `maxBytes` it stops writing but reads the body to its end, so the client gets the
 * 413 answer instead of a reset connection; then it removes what was written and throws TooLarge.
 */
export async function receivePending(
	name: string,
	body: ReadableStream<Uint8Array>,
	maxBytes: number
): Promise<string> {
	await ensurePendingDir();
	await sweep(Date.now());
	const sink = new Sink(maxBytes);
	try {
		for await (const chunk of Readable.fromWeb(body as NodeReadableStream<Uint8Array>))
			await sink.write(chunk as Uint8Array);
		await sink.close(name);
	} catch (e) {
		await dropPending(sink.token);
		throw e;
	}
	return sink.token;
}

/** A form post that is not multipart/form-data, or is malformed. */
export class BadUpload extends Error {}

export interface ReceivedForm {
	/** the text fields */
	form: FormData;
	/** the files, each already on disk under its token (empty file inputs left out) */
	files: { name: string; token: string; path: string; size: number }[];
}

/**
 * Reads a multipart form post as it arrives: text fields kept (small), each file written to the
 * private folder under its own token, its size checked while reading. A file over `maxBytes`
 * (or a body over the server's limit) drops every file written and throws TooLarge, after the
 * body was read to its end. Not multipart → BadUpload.
 */
export async function receiveForm(request: Request, maxBytes: number): Promise<ReceivedForm> {
	const type = request.headers.get('content-type') ?? '';
	if (!/^multipart\/form-data\s*;/i.test(type)) throw new BadUpload(type);
	await ensurePendingDir();
	await sweep(Date.now());
	const form = new FormData();
	const sinks: { sink: Sink; name: string; done: Promise<void> }[] = [];
	let parser: busboy.Busboy;
	try {
		parser = busboy({
			headers: { 'content-type': type },
			limits: { fields: 100, fieldSize: 100_000, files: 50, parts: 200 },
			defParamCharset: 'utf8'
		});
	} catch (e) {
		throw new BadUpload((e as Error).message);
	}
	let failure: Error | null = null;
	parser.on('field', (key, value) => form.append(key, value));
	parser.on('file', (_field, stream, info) => {
		const name = (info.filename ?? '').split(/[\\/]/).pop() ?? '';
		const sink = new Sink(maxBytes);
		const done = (async () => {
			for await (const chunk of stream) await sink.write(chunk as Uint8Array);
		})();
		done.catch(() => undefined); // a cut form fails here too; awaited (and reported) below
		sinks.push({ sink, name, done });
	});
	const finished = new Promise<void>((ok, fail) => {
		parser.on('close', ok);
		parser.on('error', (e: Error) => fail(new BadUpload(e.message)));
	});
	try {
		if (!request.body) throw new BadUpload('empty body');
		const reader = request.body.getReader();
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			if (!parser.write(value)) await once(parser, 'drain');
		}
		parser.end();
		await finished;
		await Promise.all(sinks.map((s) => s.done));
	} catch (e) {
		failure = /exceeds limit|too large/i.test((e as Error).message)
			? new TooLarge((e as Error).message)
			: e instanceof BadUpload
				? e
				: new BadUpload((e as Error).message);
	}
	const files: ReceivedForm['files'] = [];
	for (const { sink, name } of sinks) {
		try {
			if (failure) throw failure;
			await sink.close(name);
			if (sink.size + name.length > 0)
				files.push({ name, token: sink.token, path: join(DIR, sink.token), size: sink.size });
			else await dropPending(sink.token);
		} catch (e) {
			failure ??= e as Error;
			await dropPending(sink.token);
		}
	}
	if (failure) {
		for (const f of files) await dropPending(f.token);
		throw failure;
	}
	return { form, files };
}
