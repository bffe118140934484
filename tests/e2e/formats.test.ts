import { choosePage } from './choose-page';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

const fixture = (path: string) =>
	fileURLToPath(new URL(`../fixtures/exports/${path}`, import.meta.url));

async function importFiles(page: Page, slug: string, files: string[], lastDay?: string) {
	await page.goto('/import');
	await choosePage(page, slug);
	await page.getByLabel('Files').setInputFiles(files);
	if (lastDay) await page.getByLabel('Last day of the export').fill(lastDay);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	const results = page.getByRole('region', { name: 'What was imported' });
	await expect(results).toBeVisible();
	return results;
}

test.describe.configure({ mode: 'serial' });

test('the TikTok last day: prefilled with the day before, its days placed from it', async ({
	page
}) => {
	await page.goto('/import');
	const field = page.getByLabel('Last day of the export');
	const d = new Date();
	d.setDate(d.getDate() - 1);
	const p = (n: number) => String(n).padStart(2, '0');
	await expect(field).toHaveValue(`${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`);

	const results = await importFiles(
		page,
		'e2e-tiktok',
		[fixture('tiktok/FollowerHistory.csv'), fixture('tiktok/FollowerGender.csv')],
		'2026-01-02'
	);
	await expect(results.getByText(/5\s+read\s+·\s+5\s+inserted/)).toBeVisible();
	await expect(
		results.getByText('TikTok followers by gender, with no day: not imported (left out on purpose)')
	).toBeVisible();
	await page.goto('/pages/e2e-tiktok');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('without a last day the TikTok file is refused naming the fix', async ({ page }) => {
	await page.goto('/import');
	const results = await importFiles(page, 'e2e-tiktok-2', [fixture('tiktok/Overview.csv')], ' ');
	await expect(results.getByRole('alert')).toContainText('say the last day of the export');
});

test('a two-block Meta file: each block to its platform’s page, the created one said', async ({
	page
}) => {
	const results = await importFiles(page, 'e2e-oigetit', [fixture('meta/two-blocks.csv')]);
	await expect(results.getByText('two-blocks.csv (Instagram follows)')).toBeVisible();
	await expect(results.getByRole('link', { name: 'e2e-oigetit-instagram' })).toBeVisible();
	await expect(results.getByText('(created by this import)')).toHaveCount(2);
});
