import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { tweetLines } from '../helpers/synthetic/tweets.ts';
import { choosePage } from './choose-page.ts';

const fixture = (name: string) =>
	fileURLToPath(new URL(`../fixtures/exports/facebook/${name}`, import.meta.url));

const PAGE = 'e2e-bakery';

type Upload = string | { name: string; mimeType: string; buffer: Buffer };

async function importFile(page: Page, file: Upload) {
	await page.goto('/import');
	await choosePage(page, PAGE, { name: 'E2E Bakery' });
	await page.getByLabel('Files').setInputFiles(file);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	const results = page.getByRole('region', { name: 'What was imported' });
	await expect(results).toBeVisible();
	return results;
}

test.describe.configure({ mode: 'serial' });

// the server runs beside the tests, in the same zone: an import is stamped with this clock's time
const started = Date.now();
/** Every minute from the first test to now, as the imports table writes it in English. */
function minutesSinceStart(): string[] {
	const f = new Intl.DateTimeFormat('en-GB', {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	});
	const out: string[] = [];
	for (let t = started - 60_000; t <= Date.now() + 60_000; t += 60_000) out.push(f.format(t));
	return out;
}

test('imports a page export, then shows its chart', async ({ page }) => {
	const results = await importFile(page, fixture('page-basic-cp1252.csv'));
	await expect(results.getByText('page-basic-cp1252.csv')).toBeVisible();
	const counts = results.getByText(/\d+\s+read\s+·/);
	await expect(counts).toContainText('5 read');
	await expect(counts).toContainText('5 inserted');
	await expect(counts).toContainText('0 rejected');

	await results.getByRole('link', { name: 'Open the page' }).click();
	await expect(page).toHaveURL(new RegExp(`/pages/${PAGE}$`));
	await expect(page.getByRole('heading', { level: 1, name: 'E2E Bakery' })).toBeVisible();
	await expect(page.locator('svg[aria-label="Fans over the period"]').first()).toBeVisible();
});

test('importing the same file again changes nothing', async ({ page }) => {
	const results = await importFile(page, fixture('page-basic-cp1252.csv'));
	const counts = results.getByText(/\d+\s+read\s+·/);
	await expect(counts).toContainText('5 read');
	await expect(counts).toContainText('0 inserted');
	await expect(counts).toContainText('5 unchanged');
});

test('rejected rows are listed with their row, column and problem', async ({ page }) => {
	const results = await importFile(page, fixture('page-rejected-rows.csv'));
	await expect(results.getByText(/\d+\s+read\s+·/)).toContainText('3 rejected');
	const row = results
		.getByRole('row')
		.filter({ hasText: 'Daily New Likes' })
		.filter({ hasText: 'not a whole number' });
	await expect(row).toHaveCount(1);
	await expect(row.getByRole('cell').first()).toHaveText('4');
});

test('a file that is not an export is refused with an alert', async ({ page }) => {
	const results = await importFile(page, {
		name: 'notes.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from('hello,world\n1,2\n')
	});
	await expect(results.getByRole('alert')).toContainText('not a recognised export');
	await expect(results.getByText(/\d+\s+read\s+·/)).toHaveCount(0);
});

test('a form post from another site is refused (CSRF), the store untouched', async ({
	request
}) => {
	const response = await request.post('/import', {
		headers: { origin: 'https://evil.example' },
		multipart: {
			page: 'evil-page',
			files: { name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from('Date\n') }
		}
	});
	expect(response.status()).toBe(403);
	// the streamed upload takes only application/octet-stream, which a cross-site page cannot send
	// without a preflight; the types a plain cross-site post can use are refused
	for (const type of [
		'text/plain',
		'multipart/form-data; boundary=x',
		'application/x-www-form-urlencoded'
	])
		expect(
			(
				await request.post('/import/stream?page=evil-page&file=x.csv', {
					headers: { origin: 'https://evil.example', 'content-type': type },
					data: 'Date\n'
				})
			).status()
		).toBeGreaterThanOrEqual(400);
	const home = await request.get('/');
	expect(await home.text()).not.toContain('evil-page');
});

test('an import can be deleted from its page; the log keeps it, marked', async ({ page }) => {
	await page.goto(`/pages/${PAGE}`);
	const imports = page.getByRole('region', { name: 'Imports: where these numbers come from' });
	const row = imports.getByRole('row').filter({ hasText: 'page-rejected-rows.csv' });
	// when each file came in: a date and a time in the reader's language and in the local time of
	// the machine the store is on ("30 Nov 2026, 23:37"), not the store's raw "2026-11-30 23:37:12"
	await expect(imports.getByRole('columnheader', { name: 'Imported' })).toBeVisible();
	const when = await imports.locator('tbody tr td:nth-child(5)').allTextContents();
	expect(when.length).toBeGreaterThanOrEqual(2);
	const minutes = minutesSinceStart();
	for (const w of when) {
		expect(w.trim()).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);
		expect(minutes).toContain(w.trim());
	}
	await row.getByRole('button', { name: /Delete/ }).click();
	await expect(page.getByRole('status')).toContainText('Import deleted');
	await expect(
		imports.getByRole('row').filter({ hasText: 'page-rejected-rows.csv' })
	).toContainText('deleted');
	await expect(
		imports.getByRole('row').filter({ hasText: 'page-basic-cp1252.csv' }).getByRole('button')
	).toBeVisible();
	await expect(page.getByText('Latest fans: 105')).toBeVisible();
});

test('a large export shows a progress bar while it uploads and imports', async ({ page }) => {
	// ~7 MB: the upload, check and read phases each take long enough to be seen
	const rows = 20_000;
	const csv = [...tweetLines(rows)].join('\n') + '\n';
	await page.goto('/import');
	await choosePage(page, 'e2e-tweets');
	await page.getByLabel('Files').setInputFiles({
		name: 'tweets-large.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(csv)
	});
	const seen = new Set<string>();
	// every state the bar shows, until the results arrive

	await page.exposeFunction('sawProgress', (text: string) => seen.add(text));
	await page.evaluate(() => {
		new MutationObserver(() => {
			const text = document.querySelector('.progress small')?.textContent;
			if (text) (window as unknown as { sawProgress(t: string): void }).sawProgress(text);
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('progressbar')).toBeVisible();
	const results = page.getByRole('region', { name: 'What was imported' });
	await expect(results).toBeVisible({ timeout: 60_000 });
	await expect(results.getByText(/\d[\d,\s]*\s+read\s+·/)).toContainText('20,000 inserted');
	await expect(page.getByRole('progressbar')).toHaveCount(0);
	const phases = [...seen].map((s) => s.replace(/^tweets-large\.csv — (\w+).*$/, '$1'));
	expect(phases).toContain('reading');
	expect(new Set(phases).size).toBeGreaterThanOrEqual(2);
});

test('an empty file sent to the streamed upload is refused as empty, in the results', async ({
	request,
	baseURL
}) => {
	const response = await request.post(
		'/import/stream?target=new&name=Empty&slug=e2e-empty&file=empty.csv',
		{
			// a state-changing request is served only with the server's own Origin (as a browser sends)
			headers: { 'content-type': 'application/octet-stream', origin: baseURL! },
			data: Buffer.alloc(0)
		}
	);
	expect(response.status()).toBe(200);
	const last = JSON.parse((await response.text()).trim().split('\n').at(-1)!);
	expect(last.results.map((r: { file: string; error: string }) => [r.file, r.error])).toEqual([
		['empty.csv', 'the file is empty']
	]);
});

/**
 * A slow connection: the import form is shown, its script (the app's JavaScript) held back until
 * `release` is called. `held` says how many script requests are waiting.
 */
async function openWithScriptHeld(page: Page, url = '/import') {
	let release!: () => void;
	const scripts = new Promise<void>((r) => (release = r));
	const state = { held: 0, release: () => release() };
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		state.held++;
		await scripts;
		await route.continue();
	});
	await page.goto(url, { waitUntil: 'domcontentloaded' });
	return state;
}

test('a page chosen before the form’s script has loaded stands once it loads, and the files go to it', async ({
	page
}) => {
	// opened from a workspace: the form offers a new page in it, until a page is picked
	const script = await openWithScriptHeld(page, '/import?workspace=default');
	await expect(page.getByRole('radio', { name: 'A new page' })).toBeChecked();
	const list = page.getByRole('combobox', { name: 'A page already in Sablier' });
	await list.selectOption(PAGE);
	await page.getByLabel('Last day of the export').fill('2026-01-15');
	expect(script.held).toBeGreaterThan(0);
	await expect(list).toHaveValue(PAGE);

	script.release();
	await page.waitForLoadState('networkidle');
	// hydrated: the file list is shown by the script, only once it runs
	await page.getByLabel('Files').setInputFiles(fixture('page-basic-cp1252.csv'));
	await expect(page.getByText('page-basic-cp1252.csv')).toBeVisible();
	await expect(list).toHaveValue(PAGE);
	// as picking it with the script loaded does, the pick chose "a page already in Sablier"
	await expect(page.getByRole('radio', { name: 'A page already in Sablier' })).toBeChecked();
	await expect(page.getByLabel('Last day of the export')).toHaveValue('2026-01-15');

	await page.getByRole('button', { name: 'Import', exact: true }).click();
	const results = page.getByRole('region', { name: 'What was imported' });
	await expect(results.getByText(/\d+\s+read\s+·/)).toContainText('5 unchanged');
	await expect(results.getByRole('link', { name: 'Open the page' })).toHaveAttribute(
		'href',
		`/pages/${PAGE}`
	);
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a new page named before the form’s script has loaded is the one created', async ({
	page
}) => {
	const script = await openWithScriptHeld(page);
	await page.getByRole('radio', { name: 'A new page' }).check();
	await page.getByLabel('Name of the new page').fill('Slow Line Bakery');
	await page.getByLabel('Address (optional)').fill('e2e-slow-line');
	await page.getByLabel('Files').setInputFiles(fixture('page-basic-cp1252.csv'));
	expect(script.held).toBeGreaterThan(0);
	await expect(page.getByText('page-basic-cp1252.csv')).toHaveCount(0);

	script.release();
	// hydrated: the script lists the files the input already holds
	await expect(page.getByText('page-basic-cp1252.csv')).toBeVisible();
	await expect(page.getByRole('radio', { name: 'A new page' })).toBeChecked();
	await expect(page.getByLabel('Name of the new page')).toHaveValue('Slow Line Bakery');
	await expect(page.getByLabel('Address (optional)')).toHaveValue('e2e-slow-line');

	await page.getByRole('button', { name: 'Import', exact: true }).click();
	const results = page.getByRole('region', { name: 'What was imported' });
	await expect(results.getByText(/\d+\s+read\s+·/)).toContainText('5 inserted');
	await expect(results.getByRole('link', { name: 'Open the page' })).toHaveAttribute(
		'href',
		'/pages/e2e-slow-line'
	);
	// the page now exists: the form offers it, chosen, for the next files
	await expect(page.getByRole('combobox', { name: 'A page already in Sablier' })).toHaveValue(
		'e2e-slow-line'
	);
	await expect(page.getByRole('radio', { name: 'A page already in Sablier' })).toBeChecked();
});
