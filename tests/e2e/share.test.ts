import { expect, test, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { getDb } from '../../src/lib/server/db/index.ts';
import { createShare, revokeShare } from '../../src/lib/server/share.ts';
import { spawnServer, type Spawned } from './spawn-server';

/**
 * Read-only share links: a consultant creates one on the workspace page, a client without any
 * session opens the report and nothing else, views are counted, revocation and expiry close it,
 * and a server that requires a sign-in still serves share links (and only them) without one.
 * Full-page screenshots go to test-results/share/.
 */
const SHOTS = 'test-results/share';
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) =>
	page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

const PAGE_NAME = 'Fournil des Lilas (demo)';

async function createLink(page: Page, label: string, what = 'page:demo-bakery') {
	await page.goto('/workspaces/demo');
	const panel = page.getByRole('region', { name: 'Share read-only' });
	await panel.getByLabel('What to share').selectOption(what);
	await panel.getByLabel('English').check();
	await panel.getByLabel('30 days').check();
	await panel.getByLabel('For whom (optional)').fill(label);
	await panel.getByRole('button', { name: 'Create the link' }).click();
	const field = panel.getByLabel('Share link');
	await expect(field).toHaveValue(/\/s\/[A-Za-z0-9_-]{43}$/);
	return (await field.inputValue()) as string;
}

/** Opens a link in a browser context of its own: no cookie, no session, nothing shared. */
async function openFresh(browser: Browser, url: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const response = await page.goto(url);
	return { context, page, response: response! };
}

const viewsOf = (page: Page, label: string) =>
	page.getByRole('row').filter({ hasText: label }).locator('td.num');

test.describe('share links on the workspace page', () => {
	test('a link opens the report alone, for anyone, and counts its views', async ({
		page,
		browser
	}) => {
		const url = await createLink(page, 'Board of Acme');
		await shot(page, 'created-en-1280');
		// the choice stays for the next link
		await expect(page.getByLabel('What to share')).toHaveValue('page:demo-bakery');
		// the token is shown once: after a reload only its row is left; no cache keeps the page
		const again = await page.goto('/workspaces/demo');
		expect(again!.headers()['cache-control']).toBe('private, no-store');
		await expect(page.getByRole('region', { name: 'Share read-only' })).not.toContainText(url);
		await expect(viewsOf(page, 'Board of Acme')).toHaveText('0');

		const { context, page: client, response } = await openFresh(browser, url);
		expect(response.status()).toBe(200);
		const headers = response.headers();
		expect(headers['referrer-policy']).toBe('no-referrer');
		expect(headers['cache-control']).toBe('private, no-store');
		expect(headers['x-robots-tag']).toContain('noindex');
		expect(headers['content-security-policy']).toContain("default-src 'none'");
		expect(headers['set-cookie']).toBeUndefined();
		await expect(client.getByRole('heading', { level: 1, name: PAGE_NAME })).toBeVisible();
		await expect(client.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
		// nothing leads back into the app: one link (this report's PDF), no form, no script
		const hrefs = await client
			.locator('a[href]')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs).toEqual(['?format=pdf']);
		expect(await client.locator('form, script, iframe').count()).toBe(0);
		expect(await context.cookies()).toEqual([]);
		await client.screenshot({ path: `${SHOTS}/shared-report-top-en-1280.png` });
		await shot(client, 'shared-report-en-1280');
		await client.setViewportSize({ width: 390, height: 844 });
		await client.screenshot({ path: `${SHOTS}/shared-report-top-en-390.png` });
		await shot(client, 'shared-report-en-390');
		// the PDF of the shared report
		const pdf = await client.request.get(`${url}?format=pdf`);
		expect(pdf.status()).toBe(200);
		expect(pdf.headers()['content-type']).toBe('application/pdf');
		expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
		await context.close();

		// one view of the page, one of its PDF
		await page.goto('/workspaces/demo');
		await expect(viewsOf(page, 'Board of Acme')).toHaveText('2');
		const row = page.getByRole('row').filter({ hasText: 'Board of Acme' });
		await expect(row).toContainText('Active');
		await expect(row).not.toContainText('never');
	});

	test('a dashboard view shared alone: its part of the report and the definitions, nothing else', async ({
		page,
		browser
	}) => {
		const url = await createLink(page, 'Channels only', 'page:demo-bakery:channels');
		await expect(page.getByRole('row').filter({ hasText: 'Channels only' })).toContainText(
			`View “Channels” of “${PAGE_NAME}”`
		);
		const { context, page: client, response } = await openFresh(browser, url);
		expect(response.status()).toBe(200);
		const titles = await client.locator('h2').allTextContents();
		expect(titles).toEqual(['Where the fans came from, and who stayed', 'Methodology and caveats']);
		await expect(client.getByRole('heading', { level: 1 })).toContainText(PAGE_NAME);
		const hrefs = await client
			.locator('a[href]')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs).toEqual(['?format=pdf']);
		await client.screenshot({ path: `${SHOTS}/shared-view-top-en-1280.png` });
		await shot(client, 'shared-view-en-1280');
		await context.close();
	});

	test('revoked, unknown and malformed links all get the same plain 404', async ({
		page,
		browser
	}) => {
		const url = await createLink(page, 'Revoke me');
		const other = await createLink(page, 'Keep me');
		await page.goto('/workspaces/demo');
		await page
			.getByRole('row')
			.filter({ hasText: 'Revoke me' })
			.getByRole('button', { name: /Revoke/ })
			.click();
		await expect(page.getByRole('status').filter({ hasText: 'Link revoked' })).toBeVisible();
		await expect(page.getByRole('row').filter({ hasText: 'Revoke me' })).toContainText('Revoked');

		const origin = new URL(url).origin;
		const bodies: string[] = [];
		for (const u of [
			url,
			`${origin}/s/${'A'.repeat(43)}`,
			`${origin}/s/not-a-token`,
			`${url}/pages/demo-bakery`,
			`${url}x`
		]) {
			const { context, page: client, response } = await openFresh(browser, u);
			expect([u, response.status()]).toEqual([u, 404]);
			expect(response.headers()['cache-control']).toBe('private, no-store');
			await expect(client.getByRole('heading', { name: 'Link not available' })).toBeVisible();
			bodies.push(await response.text());
			await context.close();
		}
		expect(new Set(bodies).size).toBe(1);
		// the other link still opens
		const { context, response } = await openFresh(browser, other);
		expect(response.status()).toBe(200);
		await context.close();
	});

	test('the report’s toolbar and the page’s settings lead to the panel, the page chosen', async ({
		page
	}) => {
		await page.goto('/pages/demo-bakery/report');
		await page.getByRole('link', { name: 'Share read-only' }).click();
		await expect(page).toHaveURL(/\/workspaces\/demo\?share=demo-bakery#share$/);
		await expect(page.getByLabel('What to share')).toHaveValue('page:demo-bakery');
		await page.goto('/workspaces/demo/pages/demo-bakery');
		await page.getByRole('link', { name: 'Share this page’s report read-only' }).click();
		await expect(page.getByLabel('What to share')).toHaveValue('page:demo-bakery');
	});

	test('screenshots: the list and the creation, desktop and phone, English and French', async ({
		page
	}) => {
		await createLink(page, 'Marie Dupont, Acme marketing');
		await page.setViewportSize({ width: 390, height: 844 });
		await shot(page, 'created-en-390');
		await page.goto('/workspaces/demo?lang=fr');
		const panel = page.getByRole('region', { name: 'Partager en lecture seule' });
		await panel.getByLabel('Que partager').selectOption('page:demo-bakery');
		await panel.getByLabel('français').check();
		await panel.getByLabel('Destinataire (facultatif)').fill('Jean Martin, direction');
		await panel.getByRole('button', { name: 'Créer le lien' }).click();
		await expect(panel.getByLabel('Lien de partage')).toHaveValue(/\/s\//);
		await shot(page, 'created-fr-390');
		await page.setViewportSize({ width: 1280, height: 900 });
		await shot(page, 'created-fr-1280');
		await page.goto('/workspaces/demo');
		await shot(page, 'list-fr-1280');
		await page.setViewportSize({ width: 390, height: 844 });
		await shot(page, 'list-fr-390');
		await page.goto('/workspaces/demo?lang=en');
		await shot(page, 'list-en-390');
		await page.setViewportSize({ width: 1280, height: 900 });
		await shot(page, 'list-en-1280');
		// nothing sticks out at phone width
		await page.setViewportSize({ width: 390, height: 844 });
		const wide = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(wide).toBeLessThanOrEqual(390);
	});
});

test.describe('a server that requires a sign-in', () => {
	test.describe.configure({ timeout: 240_000 });
	let server: Spawned;
	const links: Record<'live' | 'expired' | 'revoked' | 'workspace', string> = {
		live: '',
		expired: '',
		revoked: '',
		workspace: ''
	};
	test.beforeAll(async () => {
		const db = join(mkdtempSync(join(tmpdir(), 'sablier-share-')), 'store.duckdb');
		// a first start on loopback loads the demo into the store
		const first = await spawnServer({ db });
		await first.stop();
		// links made through the model, one born expired (created 40 days ago for 30), one revoked
		const store = await getDb(db);
		const make = async (now?: Date) =>
			(await createShare(
				store,
				{ target: { page: 'demo-bakery' }, lang: 'en', days: 30, label: null },
				now
			))!;
		const live = await make();
		const expired = await make(new Date(Date.now() - 40 * 86_400_000));
		const revoked = await make();
		expect(await revokeShare(store, 'demo', revoked.id)).toBe(true);
		const workspace = (await createShare(store, {
			target: { workspace: 'demo' },
			lang: 'fr',
			days: 7,
			label: null
		}))!;
		store.close();
		Object.assign(links, {
			live: live.token,
			expired: expired.token,
			revoked: revoked.token,
			workspace: workspace.token
		});
		execFileSync('node', [join('bin', 'sablier.js'), 'users', 'add', 'alice', '--db', db], {
			input: 'correct horse battery\n'
		});
		server = await spawnServer({ host: '0.0.0.0', db });
	});
	test.afterAll(async () => server?.stop());

	test('share links open without a session; everything else still asks for one', async () => {
		const get = (path: string, init: RequestInit = {}) =>
			fetch(`${server.url}${path}`, { redirect: 'manual', ...init });
		const live = await get(`/s/${links.live}`);
		expect(live.status).toBe(200);
		expect(await live.text()).toContain(PAGE_NAME);
		for (const t of [links.expired, links.revoked, 'A'.repeat(43)])
			expect((await get(`/s/${t}`)).status).toBe(404);
		// the rest of the server is as closed as before
		for (const path of ['/', '/pages/demo-bakery', '/workspaces/demo', '/s']) {
			const r = await get(path);
			expect([path, r.status]).toEqual([path, 303]);
			expect(r.headers.get('location')).toMatch(/^\/login\?next=/);
		}
		const post = await get(`/s/${links.live}`, {
			method: 'POST',
			headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
			body: 'x=1'
		});
		expect(post.status).toBe(401);
		// the host allow-list still applies to share links
		const rebound = await new Promise<number>((ok, fail) =>
			request(
				{
					host: '127.0.0.1',
					port: server.port,
					path: `/s/${links.live}`,
					headers: { host: `evil.example:${server.port}` },
					setHost: false
				},
				(res) => ok(res.resume().statusCode ?? 0)
			)
				.on('error', fail)
				.end()
		);
		expect(rebound).toBe(421);
		// each view logged: when, which link, from where, with what (truncated) user agent
		const log = readFileSync(`${server.db}.access.log`, 'utf8')
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l) as Record<string, unknown>)
			.filter((e) => e.event === 'share-view');
		expect(log).toHaveLength(1);
		expect(log[0]).toMatchObject({ format: 'html', address: expect.any(String) });
		expect(typeof log[0].link).toBe('number');
	});

	test('a workspace’s report, in the language chosen; a token flood is held back, never a crash', async () => {
		const get = (path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' });
		const ws = await get(`/s/${links.workspace}`);
		expect(ws.status).toBe(200);
		const html = await ws.text();
		expect(html).toContain('<html lang="fr">');
		expect(html).toContain(PAGE_NAME);
		// 60 guesses at once from one address: 404 up to the limit (30 misses), then 429
		const statuses = await Promise.all(
			Array.from({ length: 60 }, (_, i) => get(`/s/${String(i).padStart(43, 'x')}`))
		).then((rs) => rs.map((r) => r.status));
		expect(new Set(statuses)).toEqual(new Set([404, 429]));
		// (the misses of the test before count too: at most 30 in all)
		expect(statuses.filter((s) => s === 404).length).toBeLessThanOrEqual(30);
		expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(30);
		expect((await get(`/s/${links.live}`)).status).toBe(429);
		// the server still serves its other users
		expect((await get('/login')).status).toBe(200);
	});
});
