import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const DEMO = '/pages/demo-bakery';

interface Raw {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

/** A request with exactly the headers given (Host and Origin included), straight to the server. */
function raw(
	method: string,
	path: string,
	headers: Record<string, string>,
	body?: string | Buffer,
	port = PORT
): Promise<Raw> {
	return new Promise((resolve, reject) => {
		const req = httpRequest(
			{ host: '127.0.0.1', port, method, path, headers, setHost: !('host' in headers) },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: Buffer.concat(chunks).toString('utf8')
					})
				);
			}
		);
		req.on('error', reject);
		req.end(body);
	});
}

const ledgerForm = (label: string) =>
	new URLSearchParams({
		channel: 'contest',
		label,
		vendor: '',
		start: '2024-07-01',
		end: '2024-07-14',
		cost: '10',
		currency: 'EUR',
		hours: '',
		hourly_rate: '',
		promised: '',
		notes: ''
	}).toString();

const ledgerText = async () => (await raw('GET', `${DEMO}/ledger`, {})).body;

test.describe('DNS rebinding: only the names the server is meant to be reached by', () => {
	test('a foreign Host is refused with 421 for pages, files and form posts; the store is unchanged', async () => {
		const evil = `evil.example:${PORT}`;
		const page = await raw('GET', DEMO, { host: evil });
		expect(page.status).toBe(421);
		expect(page.body).toContain('SABLIER_ALLOWED_HOSTS');
		expect(page.body).not.toContain('demo');
		const fr = await raw('GET', '/', { host: evil, 'accept-language': 'fr-FR' });
		expect(fr.body).toContain('ne répond pas au nom « evil.example »');

		const home = await raw('GET', '/', {});
		const asset = /\/_app\/immutable\/[^"]+\.js/.exec(home.body)?.[0];
		expect(asset).toBeTruthy();
		expect((await raw('GET', asset!, {})).status).toBe(200);
		expect((await raw('GET', asset!, { host: evil })).status).toBe(421);

		const post = await raw(
			'POST',
			`${DEMO}/ledger?/add`,
			{
				host: evil,
				origin: `http://${evil}`,
				'content-type': 'application/x-www-form-urlencoded'
			},
			ledgerForm('Rebound entry')
		);
		expect(post.status).toBe(421);
		expect(await ledgerText()).not.toContain('Rebound entry');
		for (const host of ['', 'evil.example', '127.0.0.1.evil.example', 'localhost.evil.example:1'])
			expect((await raw('GET', '/', { host })).status).toBe(421);
	});

	test('localhost, 127.0.0.1 and [::1] are answered', async () => {
		for (const host of [`localhost:${PORT}`, `127.0.0.1:${PORT}`, `[::1]:${PORT}`, 'LOCALHOST'])
			expect((await raw('GET', '/', { host })).status).toBe(200);
	});
});

test.describe('the same origin rule on every state-changing request', () => {
	const csv = 'Date,Lifetime Total Likes\n2024-01-01,10\n2024-01-02,12\n';

	test('the streamed import refuses another Origin, `null` and none; the store is unchanged', async () => {
		for (const origin of ['http://evil.example', 'null', undefined]) {
			const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
			if (origin) headers.origin = origin;
			const r = await raw('POST', '/import/stream?page=cross-site&file=x.csv', headers, csv);
			expect(r.status, `Origin ${origin}`).toBe(403);
			expect(r.body).toContain('did not come from Sablier');
		}
		expect((await raw('GET', '/', {})).body).not.toContain('cross-site');
	});

	test('form actions refuse a missing Origin too (not only a foreign one)', async () => {
		const form = { 'content-type': 'application/x-www-form-urlencoded' };
		for (const headers of [
			form,
			{ ...form, origin: 'null' },
			{ ...form, origin: 'http://evil.example' }
		])
			expect(
				(await raw('POST', `${DEMO}/ledger?/add`, headers, ledgerForm('Forged entry'))).status
			).toBe(403);
		expect(await ledgerText()).not.toContain('Forged entry');
		// the same post from the page's own origin goes through (the rule refuses only others)
		const own = await raw(
			'POST',
			`${DEMO}/ledger?/add`,
			{ ...form, origin: `http://127.0.0.1:${PORT}` },
			ledgerForm('Own entry')
		);
		expect(own.status).toBeLessThan(400);
	});

	test('preflights: another origin is refused and never granted CORS; our own gets a plain 204', async () => {
		for (const path of ['/import/stream?page=x&file=x.csv', '/', `${DEMO}/ledger?/add`]) {
			const other = await raw('OPTIONS', path, {
				origin: 'http://evil.example',
				'access-control-request-method': 'POST',
				'access-control-request-headers': 'content-type'
			});
			expect(other.status).toBe(403);
			expect(other.headers['access-control-allow-origin']).toBeUndefined();
			const own = await raw('OPTIONS', path, { origin: `http://127.0.0.1:${PORT}` });
			expect(own.status).toBe(204);
			expect(own.headers['access-control-allow-origin']).toBeUndefined();
		}
	});
});

test.describe('security headers', () => {
	test('pages carry a nonce-based CSP, no framing, nosniff and a referrer policy', async () => {
		for (const path of ['/', '/import', DEMO, `${DEMO}/ledger`]) {
			const r = await raw('GET', path, {});
			expect(r.status, path).toBe(200);
			const csp = String(r.headers['content-security-policy']);
			// pages that hydrate allow their own inline script by nonce; the views (rendered on the
			// server only, no script) allow none inline at all
			if (path === '/' || path === '/import')
				expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
			else expect(csp).toMatch(/script-src 'self'( 'nonce-[^']+')?;/);
			expect(csp).toContain("frame-ancestors 'none'");
			expect(csp).toContain("object-src 'none'");
			expect(r.headers['x-frame-options']).toBe('DENY');
			expect(r.headers['x-content-type-options']).toBe('nosniff');
			expect(r.headers['referrer-policy']).toBe('same-origin');
		}
		const notFound = await raw('GET', '/no-such-page', {});
		expect(notFound.headers['x-content-type-options']).toBe('nosniff');
		expect(notFound.headers['x-frame-options']).toBe('DENY');
	});

	test('the app still hydrates under the CSP: no violation, the language switch and links work', async ({
		page
	}) => {
		const violations: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
		});
		for (const path of ['/', '/import', DEMO, `${DEMO}/ledger`]) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
		}
		await page.goto('/');
		await page.getByRole('link', { name: 'Import' }).click();
		await expect(page).toHaveURL(/\/import$/);
		expect(violations).toEqual([]);
	});

	test('a page of Sablier cannot be framed by another site', async ({ page }) => {
		await page.setContent(
			`<iframe id="f" src="http://127.0.0.1:${PORT}/" width="400" height="300"></iframe>`
		);
		const frame = page.frames().find((f) => f.url().includes(`:${PORT}`));
		// the frame stays empty (blocked), it never shows the dashboard
		const text = frame ? await frame.content().catch(() => '') : '';
		expect(text).not.toContain('Your pages');
	});
});

test.describe('uploads: streamed to disk, checked while reading, refused with a reason', () => {
	// as a browser posts a form without JavaScript (an HTML answer, with the action's status)
	const own = { origin: `http://127.0.0.1:${PORT}`, accept: 'text/html' };

	test('a text/plain or malformed post to the upload form is a 4xx with the reason, not a 500', async () => {
		const plain = await raw(
			'POST',
			'/import?/upload',
			{ ...own, 'content-type': 'text/plain' },
			'page=x'
		);
		expect(plain.status).toBe(415);
		expect(plain.body).toContain('multipart/form-data');
		const noBoundary = await raw(
			'POST',
			'/import?/upload',
			{ ...own, 'content-type': 'multipart/form-data' },
			'--x\r\n'
		);
		expect(noBoundary.status).toBeGreaterThanOrEqual(400);
		expect(noBoundary.status).toBeLessThan(500);
		const cut = await raw(
			'POST',
			'/import?/upload',
			{ ...own, 'content-type': 'multipart/form-data; boundary=XYZ' },
			'--XYZ\r\nContent-Disposition: form-data; name="files"; filename="a.csv"\r\n\r\nDate,Likes\n2024'
		);
		expect(cut.status).toBeGreaterThanOrEqual(400);
		expect(cut.status).toBeLessThan(500);
		expect((await raw('GET', '/', {})).body).not.toContain('>x<');
	});

	test('a multipart upload through the form (no JavaScript) imports from disk', async () => {
		const boundary = 'sablierboundary';
		const csv = readFileSync(
			join(import.meta.dirname, '..', 'fixtures', 'exports', 'facebook', 'page-basic-cp1252.csv'),
			'latin1'
		);
		const body = [
			`--${boundary}\r\nContent-Disposition: form-data; name="target"\r\n\r\nnew\r\n`,
			`--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nform-upload\r\n`,
			`--${boundary}\r\nContent-Disposition: form-data; name="slug"\r\n\r\nform-upload\r\n`,
			`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="likes.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n`,
			`--${boundary}--\r\n`
		].join('');
		const r = await raw(
			'POST',
			'/import?/upload',
			{ ...own, 'content-type': `multipart/form-data; boundary=${boundary}` },
			body
		);
		expect(r.status, r.body).toBe(200);
		expect(r.body).toContain('rows:{read:5,inserted:5,');
		expect((await raw('GET', '/', {})).body).toContain('form-upload');
	});

	test('hostile requests get a 4xx, never a 500', async () => {
		const cases: [string, string, Record<string, string>, string?][] = [
			['GET', '/%E0%A4%A', {}],
			['GET', '/import/template/..%2f..%2fetc%2fpasswd', {}],
			['GET', '/pages/..%2f..%2f', {}],
			['GET', `/pages/${'a'.repeat(5000)}`, {}],
			['DELETE', '/', own],
			['PUT', '/import/stream?page=x&file=x.csv', own],
			[
				'POST',
				'/import/stream?page=../../x&file=x.csv',
				{ ...own, 'content-type': 'application/octet-stream' },
				'a'
			],
			[
				'POST',
				'/import/stream?page=x&file=',
				{ ...own, 'content-type': 'application/octet-stream' },
				'a'
			],
			['POST', `${DEMO}/ledger?/add`, { ...own, 'content-type': 'application/json' }, '{"a":1}'],
			[
				'POST',
				`${DEMO}/ledger?/nope`,
				{ ...own, 'content-type': 'application/x-www-form-urlencoded' },
				'a=1'
			]
		];
		for (const [method, path, headers, body] of cases) {
			const r = await raw(method, path, headers, body);
			expect(r.status, `${method} ${path.slice(0, 60)}`).toBeGreaterThanOrEqual(400);
			expect(r.status, `${method} ${path.slice(0, 60)}`).toBeLessThan(500);
		}
	});
});
