import { expect, test } from '@playwright/test';

test('the ledger shows the demo entries, explains a bad entry next to its field, records and deletes', async ({
	page
}) => {
	await page.goto('/pages/demo-bakery');
	await page
		.getByRole('navigation', { name: 'Views of this page' })
		.getByRole('link', { name: 'Ledger' })
		.click();
	await expect(page.getByRole('heading', { level: 2, name: 'Ledger' })).toBeVisible();
	await expect(page.getByRole('cell', { name: 'Fan pack "2000 fans France"' })).toBeVisible();

	await page.getByLabel('Channel').selectOption('contest');
	await page.getByLabel('Label', { exact: true }).fill('Summer giveaway');
	await page.getByLabel('Start (first day)').fill('2024-07-10');
	await page.getByLabel('End (last day)').fill('2024-07-01');
	await page.getByLabel('Cash cost').fill('abc');
	await page.getByRole('button', { name: 'Record' }).click();
	await expect(page.locator('#err-cost')).toHaveText('cost must be a number ≥ 0');
	await expect(page.getByLabel('Label', { exact: true })).toHaveValue('Summer giveaway');

	await page.getByLabel('Cash cost').fill('80');
	await page.getByLabel('End (last day)').fill('2024-07-14');
	await page.getByRole('button', { name: 'Record' }).click();
	await expect(page.getByRole('status')).toHaveText('Entry recorded.');
	const row = page.getByRole('row').filter({ hasText: 'Summer giveaway' });
	await expect(row).toContainText('80');
	await row.getByRole('button', { name: /Delete/ }).click();
	await expect(page.getByRole('row').filter({ hasText: 'Summer giveaway' })).toHaveCount(0);
});
