import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getDb, holdOpen, releaseHold, resolveDbPath } from '../lib/server/db/index.ts';
import { securityText } from '../lib/i18n/security.ts';
import { announce, CLI_PATH, findServer, serveCli, unannounce } from './remote.ts';
import { loadDemo, DEMO_TARGET } from '../lib/server/demo.ts';
import { storeIsEmpty } from '../lib/server/pages.ts';
import { guardNode } from '../lib/server/security/node.ts';
import { isLoopback } from '../lib/server/security/hosts.ts';
import { readUsers } from '../lib/server/security/users.ts';
import type { ParsedArgs } from './main.ts';
import { cliText } from './text.ts';

/** `sablier demo`: loads the demo workspace through the ordinary import path. */
export async function runDemo({ values }: ParsedArgs): Promise<number> {
	const t = cliText(values.lang as string | undefined);
	const db = await getDb(resolveDbPath(values.db as string | undefined));
	const [result] = await loadDemo(db);
	db.close();
	if (result.error) throw new Error(result.error);
	process.stdout.write(t.demoLoaded(DEMO_TARGET.page) + '\n');
	return 0;
}

/**
 * `sablier serve`: the dashboard (the adapter-node handler in our own HTTP server). Listens on
 * 127.0.0.1:3000 unless --host/--port or HOST/PORT say otherwise; loads the demo when the store
 * is empty. We are the server, not a proxy, so every request is plain http: we say so to the
 * handler (PROTOCOL_HEADER), which lets SvelteKit's CSRF check accept same-origin form posts on
 * whatever name the user typed (localhost or 127.0.0.1) and still refuse other sites. An explicit
 * ORIGIN (e.g. behind an HTTPS proxy) takes precedence.
 */
export async function runServe({ values }: ParsedArgs): Promise<number> {
	const t = cliText(values.lang as string | undefined);
	const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
	const entry = join(root, 'build', 'handler.js');
	const dbPath = resolveDbPath(values.db as string | undefined);
	const host = (values.host as string | undefined) ?? process.env.HOST ?? '127.0.0.1';
	const port = Number((values.port as string | undefined) ?? process.env.PORT ?? '3000');
	const s = securityText(t.lang);
	const running = findServer(dbPath);
	if (running) {
		throw new Error(
			running === 'unreadable' ? s.serverOtherUser(dbPath) : s.alreadyServed(running.url)
		);
	}
	process.env.SABLIER_DB = dbPath;
	process.env.SABLIER_BIND_HOST = host;
	// beyond this computer, a sign-in: refuse to start without an account
	if (!isLoopback(host) || process.env.SABLIER_REQUIRE_LOGIN === '1') {
		process.env.SABLIER_AUTH = 'required';
		if ((await readUsers(dbPath)).length === 0) throw new Error(s.needAccount(host));
	}
	process.env.BODY_SIZE_LIMIT ??= '512M';
	const ownProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
	if (ownProtocol) process.env.PROTOCOL_HEADER = 'x-sablier-proto';
	// the store first (a store another program holds is said as such), then the build
	const db = await getDb(dbPath);
	if (!existsSync(entry)) throw new Error(t.noBuild);
	holdOpen();
	if (await storeIsEmpty(db)) {
		process.stderr.write(t.emptyStoreDemo + '\n');
		const [result] = await loadDemo(db);
		if (result.error) process.stderr.write(result.error + '\n');
	}
	const { handler } = (await import(pathToFileURL(entry).href)) as {
		handler: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
	};
	let token = '';
	const { main } = await import('./main.ts');
	const server = createServer((req, res) => {
		if (!guardNode(req, res)) return;
		if (req.url === CLI_PATH) {
			serveCli(req, res, token, (argv) => main(argv, { direct: true })).catch((e) => {
				console.error('CLI request failed:', e);
				if (!res.headersSent) res.writeHead(500);
				res.end();
			});
			return;
		}
		if (ownProtocol) req.headers['x-sablier-proto'] = 'http';
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	await new Promise<void>((ok, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => ok());
	});
	const real = (server.address() as AddressInfo).port;
	if (!isLoopback(host) && !process.env.ORIGIN?.startsWith('https:'))
		process.stderr.write(s.plainHttp + '\n');

	process.stderr.write(t.listening(addresses(host, real).join('  ·  ')) + '\n');
	token = announce(dbPath, addresses(host, real)[0]);
	process.once('exit', () => unannounce(dbPath));
	for (const signal of ['SIGINT', 'SIGTERM'] as const)
		process.once(signal, () => {
			unannounce(dbPath);
			server.close();
			releaseHold();
			db.close();
			process.exit(0);
		});
	return await new Promise<number>(() => undefined);
}

/** The addresses the server can really be reached at (every interface's when bound to all). */
export function addresses(host: string, port: number): string[] {
	const url = (h: string) => `http://${h.includes(':') ? `[${h}]` : h}:${port}`;
	const bare = host.replace(/^\[|\]$/g, '');
	if (bare !== '0.0.0.0' && bare !== '::') return [url(bare)];
	const out = [url('127.0.0.1')];
	for (const list of Object.values(networkInterfaces()))
		for (const a of list ?? [])
			if (!a.internal && (bare === '::' || a.family === 'IPv4')) out.push(url(a.address));
	return out;
}
