import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { choosePage } from './choose-page.ts';

test.use({ javaScriptEnabled: false });

const fixture = fileURLToPath(
	new URL('../fixtures/exports/facebook/page-basic-cp1252.csv', import.meta.url)
);

test('the pages list and a page chart are server-rendered', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Your pages' })).toBeVisible();
	const demo = page.getByRole('link', { name: 'Fournil des Lilas (demo)' });
	await expect(demo).toBeVisible();

	await demo.click();
	await expect(page).toHaveURL(/\/pages\/demo-bakery$/);
	await expect(page.locator('svg[aria-label="Fans over the period"]').first()).toBeVisible();
	// the 2024 Meta deprecation falls in the demo's span: a numbered break on the charts, listed
	const breaks = page.getByRole('region', { name: /Platform changes/ });
	await expect(breaks.getByRole('listitem')).toHaveText([/14 Mar 2024 — Page engaged users/]);

	const html = await (await page.request.get('/pages/demo-bakery')).text();
	expect(html).toContain('aria-label="Fans over the period"');
});

test('?lang=fr switches to French', async ({ page }) => {
	await page.goto('/?lang=fr');
	await expect(page.getByRole('heading', { level: 1, name: 'Vos pages' })).toBeVisible();
	await page.getByRole('link', { name: 'Fournil des Lilas (demo)' }).click();
	await expect(page.locator('svg[aria-label="Fans sur la période"]').first()).toBeVisible();
});

test('the import form works as a plain form post', async ({ page }) => {
	// FIXME app bug, src/cli/serve.ts: ORIGIN unset, so the POST gets a 403 (see import.test.ts).
	await page.goto('/import');
	await choosePage(page, 'e2e-nojs', { name: 'No-JS Bakery' });
	await page.getByLabel('Files').setInputFiles(fixture);
	await page.getByRole('button', { name: 'Import', exact: true }).click();

	const results = page.getByRole('region', { name: 'What was imported' });
	await expect(results).toBeVisible();
	const counts = results.getByText(/\d+\s+read\s+·/);
	await expect(counts).toContainText('5 read');
	await expect(counts).toContainText('5 inserted');

	await results.getByRole('link', { name: 'Open the page' }).click();
	await expect(page).toHaveURL(/\/pages\/e2e-nojs$/);
	await expect(page.locator('svg[aria-label="Fans over the period"]').first()).toBeVisible();
});
