import { execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'sablier.js');

/** Another process holding the store file, as a long `sablier import` does. */
function holder(path: string): Promise<{ stop: () => void; pid: number }> {
	const child = spawn(
		'node',
		[
			'--input-type=module',
			'-e',
			`const { DuckDBInstance } = await import('@duckdb/node-api');
			 const i = await DuckDBInstance.create(${JSON.stringify(path)});
			 const c = await i.connect();
			 await c.run('CREATE TABLE IF NOT EXISTS t (x INTEGER)');
			 globalThis.held = [i, c]; // else the instance may be collected, and its lock let go
			 console.log('ready'); setInterval(() => {}, 1000);`
		],
		{ cwd: join(import.meta.dirname, '..', '..', '..'), stdio: ['ignore', 'pipe', 'inherit'] }
	);
	return new Promise((resolve, reject) => {
		child.stdout.once('data', () => resolve({ stop: () => child.kill(), pid: child.pid! }));
		child.once('exit', (code) => reject(new Error(`holder exited ${code}`)));
	});
}

async function sablier(lang: string, ...args: string[]) {
	try {
		await run('node', [BIN, ...args], { env: { ...process.env, LANG: lang } });
		return { code: 0, stderr: '' };
	} catch (e) {
		const err = e as { code: number; stderr: string };
		return { code: err.code, stderr: err.stderr };
	}
}

describe('a store another process holds', () => {
	it('the CLI says plainly who holds it and what to do, in both languages; never DuckDB’s words', async () => {
		const db = join(mkdtempSync(join(tmpdir(), 'sablier-lock-')), 'store.duckdb');
		const h = await holder(db);
		try {
			const en = await sablier('en', 'pages', '--db', db);
			expect(en.code, en.stderr).toBe(1);
			expect(en.stderr).toContain(`is in use by another Sablier program (process ${h.pid})`);
			expect(en.stderr).toContain('Wait for it to finish');
			expect(en.stderr).not.toMatch(/IO Error|Could not set lock|Conflicting/);
			const fr = await sablier('fr_FR.UTF-8', 'imports', '--db', db);
			expect(fr.stderr).toContain(
				`est utilisé par un autre programme Sablier (processus ${h.pid})`
			);
			const serve = await sablier('en', 'serve', '--port', '0', '--db', db);
			expect(serve.code, serve.stderr).toBe(1);
			expect(serve.stderr).toContain('is in use by another Sablier program');
		} finally {
			h.stop();
		}
	});
});
