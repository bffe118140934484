import { choosePage } from './choose-page';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { overlappingTickLabels } from './tick-labels';

/**
 * The evangelisation report (issue 10) in a real browser: the demo's report in both languages,
 * printed (A4 page breaks, no navigation), its PDF read back with pdftotext, the HTML file opened
 * offline with JavaScript off, and a hostile page whose texts and logo never run.
 */
test.describe.configure({ timeout: 240_000 });

const FIXTURES = fileURLToPath(new URL('../fixtures/exports/facebook/', import.meta.url));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const pdfText = (file: string) =>
	squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8'));

interface Model {
	narrative: { headline: string };
	channels: {
		channel: string;
		survival: { d365: { estimate: number } | null } | null;
		survivingFans: { estimate: number | null } | null;
		costPerRetainedFan: { m12: { estimate: number } | null };
	}[];
}

/** The tiles that come from the report model, written by hand from its JSON (not by the app's code). */
function expectedTiles(m: Model, lang: 'en' | 'fr') {
	const loc = lang === 'fr' ? 'fr-FR' : 'en-GB';
	const organic = m.channels.find((c) => c.channel === 'organic')!;
	const s = organic.survival!.d365!.estimate;
	const kept = m.channels
		.filter(
			(c) =>
				(c.channel === 'bought' || c.channel === 'exchange') && c.survivingFans?.estimate != null
		)
		.reduce((a, c) => a + c.survivingFans!.estimate!, 0);
	const cost = organic.costPerRetainedFan.m12!.estimate;
	return {
		organicKept: new Intl.NumberFormat(loc, { style: 'percent', maximumFractionDigits: 0 }).format(
			s
		),
		boughtKept: String(Math.round(kept)),
		costRetained: new Intl.NumberFormat(loc, {
			style: 'currency',
			currency: 'EUR',
			minimumFractionDigits: 2,
			maximumFractionDigits: 2
		}).format(cost)
	};
}

async function checkPrintLayout(page: Page) {
	await page.emulateMedia({ media: 'print' });
	// no navigation, no form, nothing of the app around the document
	await expect(page.locator('nav.toolbar')).toBeHidden();
	await expect(page.locator('form')).toHaveCount(await page.locator('form').count());
	for (const f of await page.locator('form').all()) await expect(f).toBeHidden();
	// the cover and the summary each end their sheet; the detail starts on a new one
	const breaks = await page.evaluate(() => ({
		cover: getComputedStyle(document.querySelector('.cover')!).breakAfter,
		summary: getComputedStyle(document.querySelector('#summary')!).breakAfter,
		channels: getComputedStyle(document.querySelector('#channels')!).breakBefore,
		method: getComputedStyle(document.querySelector('#method')!).breakBefore,
		rows: getComputedStyle(document.querySelector('tbody tr')!).breakInside
	}));
	expect(breaks).toEqual({
		cover: 'page',
		summary: 'page',
		channels: 'page',
		method: 'page',
		rows: 'avoid'
	});
	await page.emulateMedia({ media: 'screen' });
}

for (const lang of ['en', 'fr'] as const) {
	test(`the demo's report in ${lang}: on screen, printed, and as a PDF with the model's numbers`, async ({
		page,
		request
	}) => {
		const model = (await (
			await request.get(`/pages/demo-bakery/report?format=json&lang=${lang}`)
		).json()) as Model;
		await page.goto(`/pages/demo-bakery/report?lang=${lang}`);
		await expect(page.locator('.summary .headline')).toHaveText(model.narrative.headline);
		const tiles = expectedTiles(model, lang);
		for (const [key, value] of Object.entries(tiles))
			await expect(page.locator(`[data-tile="${key}"] .tile-value`)).toHaveText(value);
		await checkPrintLayout(page);
		// every chart's time axis: its labels stand apart (French fortnights ran together at the
		// report's 640 px)
		expect(await overlappingTickLabels(page)).toEqual([]);

		const pdfLink = page.getByRole('link', {
			name: lang === 'fr' ? 'Télécharger le PDF' : 'Download PDF'
		});
		const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
		expect(download.suggestedFilename()).toBe(`demo-bakery-report-${lang}.pdf`);
		const file = join(mkdtempSync(join(tmpdir(), 'sablier-pdf-')), 'r.pdf');
		await download.saveAs(file);
		expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
		const text = pdfText(file);
		expect(text).toContain(squash(model.narrative.headline));
		for (const value of Object.values(tiles)) expect(text).toContain(squash(value));
		// page 2 holds the bottom line (pdftotext marks pages with form feeds)
		const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'])
			.toString('utf8')
			.split('\f');
		expect(squash(pages[1])).toContain(squash(model.narrative.headline));
		expect(squash(pages[1])).toContain(squash(tiles.organicKept));
		// no navigation printed
		expect(text).not.toContain(lang === 'fr' ? 'Télécharger' : 'Download');
	});
}

test('the HTML file opens offline, with JavaScript off, and asks for nothing over the network', async ({
	browser,
	request
}) => {
	const res = await request.get('/pages/demo-bakery/report?format=html&lang=en');
	expect(res.headers()['content-disposition']).toContain('demo-bakery-report-en.html');
	const html = await res.text();
	expect(html).not.toMatch(/<script|<link|<iframe/i);
	const file = join(mkdtempSync(join(tmpdir(), 'sablier-html-')), 'report.html');
	writeFileSync(file, html);
	const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
	const requests: string[] = [];
	context.on('request', (r) => requests.push(r.url()));
	const page = await context.newPage();
	await page.goto(pathToFileURL(file).href);
	await expect(page.locator('.summary .headline')).not.toBeEmpty();
	await expect(page.locator('figure[data-chart="scenario"] svg[aria-label]')).toBeVisible();
	await expect(page.locator('nav.toolbar')).toHaveCount(0);
	expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
	await context.close();
});

test('a hostile page gives a report and a PDF where nothing runs', async ({ browser, page }) => {
	const evil = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
	const dir = mkdtempSync(join(tmpdir(), 'sablier-evil-'));
	const posts = readFileSync(join(FIXTURES, 'posts-basic.csv'), 'utf8').replace(
		'Boosted post',
		'"<script>window.__pwned=3</script> <a href=""javascript:window.__pwned=4"">win</a>"'
	);
	writeFileSync(join(dir, 'posts.csv'), posts);
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=5"><script>window.__pwned=6</script><rect width="10" height="10" fill="#0a0"/><image href="http://127.0.0.1:1/x.png"/></svg>`;

	// set-up with plain forms (JavaScript off), as a user without it would
	const setup = await browser.newContext({ javaScriptEnabled: false });
	const s = await setup.newPage();
	await s.goto('/import');
	await choosePage(s, 'e2e-evil', { name: evil });
	await s
		.getByLabel('Files')
		.setInputFiles([join(FIXTURES, 'page-basic-cp1252.csv'), join(dir, 'posts.csv')]);
	await s.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(s.getByRole('region', { name: 'What was imported' })).toBeVisible();
	await s.goto('/pages/e2e-evil/ledger');
	await s.getByLabel('Channel').selectOption('bought');
	await s
		.getByLabel('Label', { exact: true })
		.fill('<img src=x onerror="window.__pwned=7"> javascript:alert(1)');
	await s.getByLabel('Start (first day)').fill('2015-01-02');
	await s.getByLabel('End (last day)').fill('2015-01-02');
	await s.getByLabel('Cash cost').fill('5');
	await s.getByRole('button', { name: 'Record' }).click();
	await expect(s.getByRole('status')).toHaveText('Entry recorded.');
	await s.goto('/workspaces/default/branding');
	await s
		.getByLabel('Logo (PNG or SVG, 512 KB at most)')
		.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) });
	await s.getByLabel('Consultancy name').fill('</style><script>window.__pwned=8</script>');
	await s.getByRole('button', { name: 'Save the branding' }).click();
	await expect(s.getByRole('status')).toHaveText('Branding saved.');
	await s.goto('/pages/e2e-evil/report?lang=en');
	await s
		.getByRole('textbox', { name: 'What we recommend / what we need' })
		.fill('<script>window.__pwned=9</script> <a href="javascript:window.__pwned=10">x</a>');
	await s.getByRole('button', { name: 'Save' }).click();
	await expect(s.getByRole('status')).toHaveText('Saved.');
	await setup.close();

	// the report, JavaScript on: nothing runs, no request leaves, the texts show as written
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.goto('/pages/e2e-evil/report?lang=en');
	await expect(page.locator('.cover h1')).toHaveText(evil);
	await expect(page.locator('blockquote.authored')).toContainText(
		'<script>window.__pwned=9</script>'
	);
	await expect(page.locator('img.logo')).toBeVisible();
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
	expect(await page.locator('script').count()).toBe(0);
	expect(await page.locator('a[href^="javascript"], [onerror], [onload]').count()).toBe(0);
	expect(dialogs).toEqual([]);
	expect(requests.every((u) => u.startsWith('http://127.0.0.1') || u.startsWith('data:'))).toBe(
		true
	);
	expect(requests.filter((u) => u.includes(':1/'))).toEqual([]);
	// the logo was stored without its script
	const logo = await page.locator('img.logo').getAttribute('src');
	const logoSvg = Buffer.from(logo!.split(',')[1], 'base64').toString('utf8');
	expect(logoSvg).not.toMatch(/script|onload|image|127\.0\.0\.1/);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download PDF' }).click()
	]);
	const file = join(dir, 'evil.pdf');
	await download.saveAs(file);
	const text = pdfText(file);
	expect(text).toContain(squash('<script>window.__pwned=1</script>'));
	expect(text).toContain('javascript:alert(1)');
});
