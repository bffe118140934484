import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { ParsedArgs } from './main.ts';

/**
 * One store, CLI and dashboard together. DuckDB lets one process hold a store file; while
 * `sablier serve` holds it, the CLI's commands run inside the server instead: the server writes
 * `<store>.server.json` (mode 0600: only its user can read it) naming its address and a random
 * token; a CLI command that finds the file (and the server alive) sends its arguments to
 * POST /.sablier/cli with the token and prints what the command prints, as it comes.
 */

export const CLI_PATH = '/.sablier/cli';
const announceSchema = z.object({
	pid: z.number().int(),
	url: z.string().url(),
	token: z.string()
});
export type Announce = z.infer<typeof announceSchema>;

const parseJson = (text: string): unknown => {
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
};

export const announcePath = (dbPath: string) => `${dbPath}.server.json`;

/** Writes the announcement (0600, atomically); returns its token. */
export function announce(dbPath: string, url: string): string {
	const token = randomBytes(32).toString('base64url');
	const file = announcePath(dbPath);
	const tmp = `${file}.${process.pid}.tmp`;
	writeFileSync(tmp, JSON.stringify({ pid: process.pid, url, token }) + '\n', { mode: 0o600 });
	renameSync(tmp, file);
	return token;
}

export function unannounce(dbPath: string): void {
	try {
		const a = announceSchema.parse(JSON.parse(readFileSync(announcePath(dbPath), 'utf8')));
		if (a.pid === process.pid) rmSync(announcePath(dbPath), { force: true });
	} catch {
		// nothing announced, or another server's
	}
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * The live server holding this store, if any. `unreadable` when the announcement exists but this
 * user cannot read it (the server runs as someone else).
 */
export function findServer(dbPath: string): Announce | 'unreadable' | null {
	let text: string;
	try {
		text = readFileSync(announcePath(dbPath), 'utf8');
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EACCES' ? 'unreadable' : null;
	}
	const a = announceSchema.safeParse(parseJson(text));
	if (!a.success || a.data.pid === process.pid || !alive(a.data.pid)) return null;
	return a.data;
}

/** Options whose value is a path on the CLI user's side, made absolute before sending. */
const PATH_OPTIONS = new Set(['db', 'out']);

/** The command line as the server must run it: same command, paths absolute, --db the store's. */
export function remoteArgv(name: string, args: ParsedArgs, dbPath: string): string[] {
	const opts: string[] = [];
	for (const [k, v] of Object.entries(args.values)) {
		if (v === undefined || v === false || k === 'db') continue;
		if (v === true) opts.push(`--${k}`);
		else opts.push(`--${k}`, PATH_OPTIONS.has(k) ? resolve(v) : v);
	}
	const files = (p: string[]) => {
		if (name === 'import') return p.map((f) => resolve(f));
		if (name === 'campaigns' && p[0] === 'import')
			return [p[0], ...p.slice(1).map((f) => resolve(f))];
		return p;
	};
	return [name, '--db', dbPath, ...opts, '--', ...files(args.positionals)];
}

/** Runs a command through the server; resolves with its exit code. Null when it cannot be reached. */
export async function runRemote(server: Announce, argv: string[]): Promise<number | null> {
	let response: Response;
	try {
		response = await fetch(new URL(CLI_PATH, server.url), {
			method: 'POST',
			headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
			body: JSON.stringify({ argv, tty: !!process.stderr.isTTY })
		});
	} catch {
		return null;
	}
	if (!response.ok || !response.body) {
		process.stderr.write(`${response.status} ${await response.text()}\n`);
		return 1;
	}
	let code = 1;
	let rest = '';
	const decoder = new TextDecoder();
	for await (const chunk of response.body) {
		rest += decoder.decode(chunk, { stream: true });
		for (let nl = rest.indexOf('\n'); nl >= 0; nl = rest.indexOf('\n')) {
			const msg = JSON.parse(rest.slice(0, nl)) as { o?: 1 | 2; d?: string; exit?: number };
			rest = rest.slice(nl + 1);
			if (msg.exit !== undefined) code = msg.exit;
			else if (msg.o === 1) process.stdout.write(msg.d ?? '');
			else process.stderr.write(msg.d ?? '');
		}
	}
	return code;
}

/** Where the output of a command run for a remote CLI goes (per async context). */
const sink = new AsyncLocalStorage<{ write: (fd: 1 | 2, text: string) => void; tty: boolean }>();
let patched = false;

function capture(): void {
	if (patched) return;
	patched = true;
	for (const [fd, stream] of [
		[1, process.stdout],
		[2, process.stderr]
	] as const) {
		const original = stream.write.bind(stream);
		stream.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
			const s = sink.getStore();
			if (!s) return original(chunk, ...rest);
			s.write(fd, typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
			return true;
		}) as typeof stream.write;
		const tty = Object.getOwnPropertyDescriptor(stream, 'isTTY');
		Object.defineProperty(stream, 'isTTY', {
			configurable: true,
			get: () => sink.getStore()?.tty ?? tty?.value
		});
	}
}

const bodySchema = z.object({
	argv: z.array(z.string().max(4096)).min(1).max(200),
	tty: z.boolean()
});

/**
 * The server's side: checks the token, runs the command in this process (the store it already
 * holds), streams its output as NDJSON lines `{"o":1|2,"d":…}` then `{"exit":N}`.
 */
export async function serveCli(
	req: IncomingMessage,
	res: ServerResponse,
	token: string,
	run: (argv: string[]) => Promise<number>
): Promise<void> {
	const given = Buffer.from(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
	const want = Buffer.from(token);
	if (req.method !== 'POST' || given.length !== want.length || !timingSafeEqual(given, want)) {
		res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden\n');
		return;
	}
	let text = '';
	for await (const chunk of req) {
		text += chunk;
		if (text.length > 1_000_000) {
			res.writeHead(413).end();
			return;
		}
	}
	const body = bodySchema.safeParse(parseJson(text));
	if (!body.success) {
		res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request\n');
		return;
	}
	capture();
	res.writeHead(200, { 'content-type': 'application/x-ndjson', 'cache-control': 'no-store' });
	const write = (fd: 1 | 2, d: string) => res.write(JSON.stringify({ o: fd, d }) + '\n');
	let exit = 1;
	try {
		exit = await sink.run({ write, tty: body.data.tty }, () => run(body.data.argv));
	} catch (e) {
		write(2, `${(e as Error).message}\n`);
	}
	res.end(JSON.stringify({ exit }) + '\n');
}
