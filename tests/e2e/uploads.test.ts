import { expect, test } from '@playwright/test';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServer, type Spawned } from './spawn-server';

// each test starts its own server and runs the CLI (a few seconds each on a loaded machine)
test.describe.configure({ timeout: 180_000 });

/** A server of its own with a 1 MB file limit and a pending folder the test can look into. */
let server: Spawned;
const pendingDir = join(mkdtempSync(join(tmpdir(), 'sablier-pending-e2e-')), 'pending');

test.beforeAll(async () => {
	server = await spawnServer({
		env: { SABLIER_MAX_FILE_MB: '1', SABLIER_PENDING_DIR: pendingDir }
	});
});
test.afterAll(async () => server?.stop());

const big = () => {
	const line = '2024-01-01,12345678901234567890\n';
	return Buffer.from(
		'Date,Lifetime Total Likes\n' + line.repeat(Math.ceil((3 << 20) / line.length))
	);
};

test('an oversized streamed upload gets the 413 message (not a reset); nothing is kept', async () => {
	const r = await fetch(
		`${server.url}/import/stream?target=new&name=too-big&slug=too-big&file=big.csv`,
		{
			method: 'POST',
			headers: { origin: server.url, 'content-type': 'application/octet-stream' },
			body: big()
		}
	);
	expect(r.status).toBe(413);
	expect(await r.text()).toMatch(/over the 1(\.0)? MB limit \(SABLIER_MAX_FILE_MB\)/);
	expect(readdirSync(pendingDir)).toEqual([]);
});

test('an oversized file through the form gets the 413 message; nothing is kept', async () => {
	const form = new FormData();
	form.append('page', 'too-big');
	form.append('files', new Blob([big()], { type: 'text/csv' }), 'big.csv');
	const r = await fetch(`${server.url}/import?/upload`, {
		method: 'POST',
		headers: { origin: server.url, 'accept-language': 'fr', accept: 'text/html' },
		body: form
	});
	expect(r.status).toBe(413);
	expect(await r.text()).toMatch(/dépasse la limite de 1([.,]0)? Mo \(SABLIER_MAX_FILE_MB\)/);
	expect(readdirSync(pendingDir)).toEqual([]);
	expect(await (await fetch(server.url)).text()).not.toContain('too-big');
});

test('the pending-upload folder is private (0700)', async () => {
	const { statSync } = await import('node:fs');
	await fetch(`${server.url}/import/stream?target=new&name=small&slug=small&file=s.csv`, {
		method: 'POST',
		headers: { origin: server.url, 'content-type': 'application/octet-stream' },
		body: 'Date,Lifetime Total Likes\n2024-01-01,1\n'
	});
	expect(statSync(pendingDir).mode & 0o777).toBe(0o700);
});
