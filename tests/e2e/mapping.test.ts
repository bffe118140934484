import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { choosePage } from './choose-page.ts';

const fixture = (path: string) =>
	fileURLToPath(new URL(`../fixtures/exports/${path}`, import.meta.url));

async function upload(
	page: Page,
	slug: string,
	file: string | { name: string; mimeType: string; buffer: Buffer }
) {
	await page.goto('/import');
	await choosePage(page, slug);
	await page.getByLabel('Files').setInputFiles(file);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
}

test('a French Excel CSV Sablier does not know: map its columns in the browser, see the rows land', async ({
	page
}) => {
	await upload(page, 'fr-bakery', fixture('french/excel-fr-cp1252.csv'));
	const form = page.getByRole('form', { name: /Which column is which in “excel-fr-cp1252.csv”/ });
	await expect(form).toBeVisible();
	await form.getByLabel('Day *').selectOption('Date');
	await form.getByLabel('Total fans').selectOption('Fans au total');
	await form.getByLabel('New fans').selectOption('Nouveaux fans');
	await form.getByLabel('Lost fans (unfollows)').selectOption('Désabonnements');
	await form.getByRole('button', { name: 'Import with this mapping' }).click();
	const results = page.getByRole('region', { name: 'What was imported' });
	await expect(results.getByText(/\d+\s+read\s+·/)).toContainText('4 inserted');
	await results.getByRole('link', { name: 'Open the page' }).click();
	await expect(page.getByText('Latest fans: 1,260')).toBeVisible();
});

test('ambiguous dates: the mapping step asks for the order instead of guessing', async ({
	page
}) => {
	await upload(page, 'fr-ambiguous', fixture('french/excel-fr-ambiguous.csv'));
	let form = page.getByRole('form', { name: /excel-fr-ambiguous.csv/ });
	// the same header was mapped in the previous test: the remembered mapping is preselected
	if ((await form.getByLabel('Day *').inputValue()) === '') {
		await form.getByLabel('Day *').selectOption('Date');
		await form.getByLabel('Total fans').selectOption('Fans au total');
		await form.getByRole('button', { name: 'Import with this mapping' }).click();
		form = page.getByRole('form', { name: /excel-fr-ambiguous.csv/ });
	}
	await expect(form.getByLabel('Day *')).toHaveValue('Date');
	await expect(form.getByRole('alert')).toContainText('Sablier never guesses');
	await form.getByLabel('How are days written?').selectOption('DD/MM/YYYY');
	await form.getByRole('button', { name: 'Import with this mapping' }).click();
	await expect(
		page.getByRole('region', { name: 'What was imported' }).getByText(/\d+\s+read\s+·/)
	).toContainText('2 inserted');
});

test('a .zip of exports: each file imported, in one summary', async ({ page }) => {
	const zip = zipSync({
		'Page.csv': readFileSync(fixture('facebook/page-basic-cp1252.csv')),
		'Posts.csv': readFileSync(fixture('facebook/posts-basic.csv'))
	});
	await upload(page, 'zip-bakery', {
		name: 'export.zip',
		mimeType: 'application/zip',
		buffer: Buffer.from(zip)
	});
	const results = page.getByRole('region', { name: 'What was imported' });
	await expect(results.getByRole('heading', { name: 'export.zip/Page.csv' })).toBeVisible();
	await expect(results.getByRole('heading', { name: 'export.zip/Posts.csv' })).toBeVisible();
});
