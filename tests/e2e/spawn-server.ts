import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Spawned {
	/** the first address the start-up line names */
	url: string;
	port: number;
	db: string;
	/** everything the server wrote to stderr so far */
	log: () => string;
	stop: () => Promise<void>;
	child: ChildProcess;
}

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * A second Sablier server of the test's own (its own store, settings and port, chosen by the
 * system), started as a user starts it: `sablier serve`. Resolves once it says where it listens.
 */
export function spawnServer(
	opts: { host?: string; env?: Record<string, string>; db?: string; args?: string[] } = {}
): Promise<Spawned> {
	const db = opts.db ?? join(mkdtempSync(join(tmpdir(), 'sablier-sec-')), 'store.duckdb');
	const child = spawn(
		'node',
		[
			join(ROOT, 'bin', 'sablier.js'),
			'serve',
			'--port',
			'0',
			'--host',
			opts.host ?? '127.0.0.1',
			'--db',
			db,
			...(opts.args ?? [])
		],
		{
			cwd: ROOT,
			env: { ...process.env, LANG: 'en', ...opts.env },
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	let log = '';
	child.stdout!.on('data', (c: Buffer) => (log += c));
	child.stderr!.on('data', (c: Buffer) => (log += c));
	const stop = () =>
		new Promise<void>((ok) => {
			if (child.exitCode !== null) return ok();
			child.once('exit', () => ok());
			child.kill('SIGTERM');
		});
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 90_000);
		const check = () => {
			const m = /serving (http:\/\/\S+?:(\d+))/.exec(log);
			if (!m) return;
			clearTimeout(timer);
			child.stderr!.off('data', check);
			resolve({ url: m[1], port: Number(m[2]), db, log: () => log, stop, child });
		};
		child.stderr!.on('data', check);
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(Object.assign(new Error(`server exited ${code}:\n${log}`), { code, log }));
		});
	});
}
