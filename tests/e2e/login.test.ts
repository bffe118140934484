import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServer, type Spawned } from './spawn-server';

// each test starts its own server and runs the CLI (a few seconds each on a loaded machine)
test.describe.configure({ timeout: 180_000 });

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'sablier.js');
const PASSWORD = 'correct horse battery';

const store = () => join(mkdtempSync(join(tmpdir(), 'sablier-login-')), 'store.duckdb');
const addUser = (db: string, name: string, password: string) =>
	execFileSync('node', [BIN, 'users', 'add', name, '--db', db], { input: password + '\n' });

/** A form post as a browser without JavaScript sends it, to the spawned server. */
const post = (s: Spawned, path: string, fields: Record<string, string>, cookie = '') =>
	fetch(`${s.url}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: s.url,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...(cookie ? { cookie } : {})
		},
		body: new URLSearchParams(fields).toString()
	});

test('beyond this computer without an account, the server refuses to start and says what to do', async () => {
	const error = (await spawnServer({ host: '0.0.0.0', db: store() }).catch((e) => e)) as {
		code: number;
		log: string;
	};
	expect(error.code).toBe(1);
	expect(error.log).toContain('only with a sign-in');
	expect(error.log).toContain('sablier users add <name>');
});

test.describe('served on every interface, with an account', () => {
	let server: Spawned;
	const db = store();
	test.beforeAll(async () => {
		addUser(db, 'alice', PASSWORD);
		expect(statSync(`${db}.users.json`).mode & 0o777).toBe(0o600);
		expect(readFileSync(`${db}.users.json`, 'utf8')).not.toContain(PASSWORD);
		server = await spawnServer({ host: '0.0.0.0', db });
	});
	test.afterAll(async () => server?.stop());

	test('the start-up line gives real addresses, not “localhost”, and warns about plain http', () => {
		const line = /serving (.*)/.exec(server.log())![1];
		expect(line).toContain(`http://127.0.0.1:${server.port}`);
		expect(line).not.toContain('0.0.0.0');
		expect(server.log()).toContain('plain http');
	});

	test('without a session: pages redirect to the sign-in page, changes get 401', async () => {
		const page = await fetch(`${server.url}/pages/demo-bakery`, { redirect: 'manual' });
		expect(page.status).toBe(303);
		expect(page.headers.get('location')).toBe('/login?next=%2Fpages%2Fdemo-bakery');
		const upload = await fetch(`${server.url}/import/stream?page=x&file=x.csv`, {
			method: 'POST',
			headers: { origin: server.url, 'content-type': 'application/octet-stream' },
			body: 'Date\n'
		});
		expect(upload.status).toBe(401);
		expect((await fetch(`${server.url}/login`)).status).toBe(200);
	});

	test('signing in in the browser: wrong password refused, right one opens the page asked for', async ({
		page
	}) => {
		await page.goto(`${server.url}/pages/demo-bakery`);
		await expect(page).toHaveURL(/\/login\?next=/);
		await page.getByLabel('User name').fill('alice');
		await page.getByLabel('Password').fill('wrong password');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page.getByRole('alert')).toHaveText('Wrong user name or password.');
		await page.getByLabel('Password').fill(PASSWORD);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page).toHaveURL(`${server.url}/pages/demo-bakery`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Fournil des Lilas');
		const [cookie] = await page.context().cookies(server.url);
		expect(cookie).toMatchObject({
			name: 'sablier_session',
			httpOnly: true,
			sameSite: 'Lax',
			secure: false
		});
	});

	test('the session cookie: HttpOnly, SameSite=Lax; the next address cannot leave the site', async () => {
		const r = await post(server, '/login?/signin', {
			user: 'alice',
			password: PASSWORD,
			next: '//evil.example/x'
		});
		expect(r.status).toBe(303);
		expect(r.headers.get('location')).toBe('/');
		const setCookie = r.headers.get('set-cookie')!;
		expect(setCookie).toMatch(/^sablier_session=[A-Za-z0-9_-]{43};/);
		expect(setCookie).toMatch(/HttpOnly/i);
		expect(setCookie).toMatch(/SameSite=Lax/i);
		const cookie = setCookie.split(';')[0];
		expect((await fetch(`${server.url}/`, { headers: { cookie } })).status).toBe(200);
		// signing out ends the session on the server, not only in the browser
		await post(server, '/login?/logout', {}, cookie);
		expect(
			(await fetch(`${server.url}/`, { headers: { cookie }, redirect: 'manual' })).status
		).toBe(303);
	});

	test('failed sign-ins are rate-limited (even the right password waits), every attempt is logged', async () => {
		for (let i = 0; i < 5; i++)
			expect(
				(await post(server, '/login?/signin', { user: 'alice', password: `guess ${i}` })).status
			).toBe(401);
		const locked = await post(server, '/login?/signin', { user: 'alice', password: PASSWORD });
		expect(locked.status).toBe(429);
		expect(await locked.text()).toContain('sign-in is paused for 15 minutes');
		const log = readFileSync(`${db}.access.log`, 'utf8')
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(
			log.filter((e) => e.event === 'login' && e.user === 'alice').length
		).toBeGreaterThanOrEqual(2);
		expect(log.filter((e) => e.event === 'login-failed').length).toBeGreaterThanOrEqual(6);
		expect(log.some((e) => e.event === 'login-refused' && e.reason === 'rate')).toBe(true);
		expect(log.every((e) => typeof e.address === 'string' && typeof e.at === 'string')).toBe(true);
		expect(JSON.stringify(log)).not.toContain(PASSWORD);
		expect(statSync(`${db}.access.log`).mode & 0o777).toBe(0o600);
	});
});

test('behind an HTTPS proxy (ORIGIN=https://…), the session cookie is Secure', async () => {
	const db = store();
	addUser(db, 'bob', PASSWORD);
	const server = await spawnServer({
		db,
		env: { SABLIER_REQUIRE_LOGIN: '1', ORIGIN: 'https://sablier.example' }
	});
	try {
		const r = await fetch(`${server.url}/login?/signin`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: 'https://sablier.example',
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({ user: 'bob', password: PASSWORD }).toString()
		});
		expect(r.status).toBe(303);
		expect(r.headers.get('set-cookie')).toMatch(/; Secure/i);
	} finally {
		await server.stop();
	}
});
