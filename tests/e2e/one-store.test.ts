import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { spawnServer, type Spawned } from './spawn-server';

// each test starts its own server and runs the CLI (a few seconds each on a loaded machine)
test.describe.configure({ timeout: 180_000 });

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'sablier.js');
const FIXTURE = join(
	import.meta.dirname,
	'..',
	'fixtures',
	'exports',
	'facebook',
	'page-basic-cp1252.csv'
);

async function sablier(...args: string[]) {
	try {
		const { stdout, stderr } = await run('node', [BIN, ...args], {
			env: { ...process.env, LANG: 'en' }
		});
		return { code: 0, stdout, stderr };
	} catch (e) {
		return e as { code: number; stdout: string; stderr: string };
	}
}

let server: Spawned;
test.beforeAll(async () => {
	server = await spawnServer();
});
test.afterAll(async () => server?.stop());

test('while the dashboard runs, CLI commands go through it: import, list, export, backup', async () => {
	const announced = `${server.db}.server.json`;
	expect(statSync(announced).mode & 0o777).toBe(0o600);
	expect(JSON.parse(readFileSync(announced, 'utf8'))).toMatchObject({ url: server.url });

	const imported = await sablier('import', '--db', server.db, '--page', 'cli-page', FIXTURE);
	expect(imported.stderr).not.toMatch(/lock|IO Error/i);
	expect(imported.code).toBe(0);
	expect(imported.stdout).toContain('5 read / 5 inserted');
	// the dashboard sees it at once: one store
	expect(await (await fetch(server.url)).text()).toContain('cli-page');
	const pages = await sablier('pages', '--db', server.db, '--json');
	expect(pages.code).toBe(0);
	expect(JSON.parse(pages.stdout).pages.map((p: { slug: string }) => p.slug)).toContain('cli-page');
	const csv = await sablier('export', 'daily', '--db', server.db, '--page', 'cli-page');
	expect(csv.stdout.trim().split('\n')).toHaveLength(6);
	const backup = await sablier('backup', '--db', server.db);
	expect(backup.code).toBe(0);
	expect(backup.stderr).toContain('backup written');
	// the server still answers after the commands ran inside it
	expect((await fetch(`${server.url}/pages/cli-page`)).status).toBe(200);
});

test('commands that cannot share say so plainly; the CLI endpoint needs the token', async () => {
	const serve = await sablier('serve', '--port', '0', '--db', server.db);
	expect(serve.code).toBe(1);
	expect(serve.stderr).toContain(`already served at ${server.url}`);
	const restore = await sablier('restore', FIXTURE, '--db', server.db);
	expect(restore.code).toBe(1);
	expect(restore.stderr).toContain('stop it (Ctrl+C in its window), restore, then start it again');
	for (const authorization of ['', 'Bearer nope', `Bearer ${'x'.repeat(43)}`]) {
		const r = await fetch(`${server.url}/.sablier/cli`, {
			method: 'POST',
			headers: { authorization, 'content-type': 'application/json' },
			body: JSON.stringify({ argv: ['pages'], tty: false })
		});
		expect(r.status).toBe(403);
	}
});

test('once the server stops, the announcement is gone and the CLI opens the store itself', async () => {
	await server.stop();
	expect(existsSync(`${server.db}.server.json`)).toBe(false);
	const pages = await sablier('pages', '--db', server.db);
	expect(pages.code, pages.stderr).toBe(0);
	expect(pages.stdout).toContain('cli-page');
});

test('a server killed with SIGKILL right after an import leaves a store that opens, the import in it', async () => {
	const s = await spawnServer();
	const imported = await sablier('import', '--db', s.db, '--page', 'before-kill', FIXTURE);
	expect(imported.code).toBe(0);
	s.child.kill('SIGKILL');
	await new Promise((ok) => s.child.once('exit', ok));
	// the announcement of a dead server is ignored
	const pages = await sablier('pages', '--db', s.db);
	expect(pages.code, pages.stderr).toBe(0);
	expect(pages.stdout).toContain('before-kill');
	expect(pages.stdout).toContain('demo-bakery');
});
