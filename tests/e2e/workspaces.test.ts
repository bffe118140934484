import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { choosePage } from './choose-page.ts';

/**
 * The consultant's journey: two clients as two workspaces, a page imported into the wrong one and
 * moved, each client's pages found apart; then the same without JavaScript, in French, at phone
 * width. Full-page screenshots go to test-results/workspaces/.
 */
const fixture = (path: string) =>
	fileURLToPath(new URL(`../fixtures/exports/${path}`, import.meta.url));
const SHOTS = 'test-results/workspaces';
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) =>
	page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

async function createWorkspace(page: Page, name: string, label = 'Name of the client or brand') {
	await page.goto('/');
	await page.getByLabel(label).fill(name);
	await page.getByRole('button', { name: /^(Create|Créer)$/ }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function importInto(page: Page, slug: string, file: string, name: string, workspace: string) {
	await page.goto('/import');
	await choosePage(page, slug, { name, workspace });
	await page.getByLabel('Files').setInputFiles(fixture(file));
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	const results = page.getByRole('region', { name: 'What was imported' });
	await expect(results.getByText(/\d+\s+read\s+·/)).toContainText('0 rejected');
	return results;
}

/** Controls that stick out of their form or box (a button pushed past the border, say). */
const overflowing = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll('main button, main input, main select')]
			.filter((el) => {
				const box = el.parentElement?.closest('form, section, fieldset');
				return box && el.getBoundingClientRect().right > box.getBoundingClientRect().right + 0.5;
			})
			.map((el) => el.outerHTML.slice(0, 80))
	);

/** The rows of a page table, as their page names. */
const pageNames = (scope: ReturnType<Page['getByRole']> | Page) =>
	scope.getByRole('rowheader').allInnerTexts();

test.describe.configure({ mode: 'serial' });

test.describe('a consultant with two clients', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('creates two workspaces, imports a page into each, moves one, finds them apart', async ({
		page
	}) => {
		await createWorkspace(page, 'Boulangerie Martin');
		await expect(page).toHaveURL(/\/workspaces\/boulangerie-martin\?done=created$/);
		await expect(page.getByRole('status')).toHaveText('Workspace created.');
		await createWorkspace(page, 'Garage Dupuis');

		// from the workspace, the import form comes with the workspace chosen and "a new page" ticked
		await page.goto('/workspaces/boulangerie-martin');
		await page
			.getByRole('link', { name: 'Import exports into a new page of this workspace' })
			.click();
		await expect(page.getByRole('radio', { name: 'A new page' })).toBeChecked();
		await expect(page.getByLabel('In the workspace')).toHaveValue('boulangerie-martin');
		// the existing-page list starts on "Choose a page…", never on the demo page
		await expect(page.getByRole('combobox', { name: 'A page already in Sablier' })).toHaveValue('');
		await page.getByLabel('Name of the new page').fill('Martin — Facebook');
		await page.getByLabel('Files').setInputFiles(fixture('facebook/page-basic-cp1252.csv'));
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		const results = page.getByRole('region', { name: 'What was imported' });
		await expect(results.getByText(/\d+\s+read\s+·/)).toContainText('5 inserted');
		// the page now exists: a second submit would go to it, not make another one
		await expect(page.getByRole('radio', { name: 'A page already in Sablier' })).toBeChecked();
		await expect(page.getByRole('combobox', { name: 'A page already in Sablier' })).toHaveValue(
			'martin-facebook'
		);
		await shot(page, 'import-new-page-desktop-en');
		await results.getByRole('link', { name: 'Open the page' }).click();
		// the address comes from the name
		await expect(page).toHaveURL(/\/pages\/martin-facebook$/);

		// the X page of the garage lands in the bakery by mistake
		await importInto(page, 'dupuis-x', 'x/daily-basic.csv', 'Dupuis — X', 'Boulangerie Martin');
		await page.goto('/');
		const bakery = page.getByRole('table', { name: 'Boulangerie Martin' });
		expect(await pageNames(bakery)).toEqual(['Dupuis — X', 'Martin — Facebook']);
		await shot(page, 'home-before-move-desktop-en');

		// …and is moved to the garage, from its settings
		await bakery
			.getByRole('row', { name: /Dupuis — X/ })
			.getByRole('link', { name: 'Settings' })
			.click();
		await expect(page).toHaveURL(/\/workspaces\/boulangerie-martin\/pages\/dupuis-x$/);
		await page.getByLabel('Workspace', { exact: true }).selectOption({ label: 'Garage Dupuis' });
		await page.getByRole('button', { name: 'Move' }).click();
		await expect(page).toHaveURL(/\/workspaces\/garage-dupuis\/pages\/dupuis-x\?/);
		await expect(page.getByRole('status')).toHaveText('Page moved to Garage Dupuis.');
		await shot(page, 'page-settings-desktop-en');

		// each client's pages, apart: on the home page, and on each workspace's own page
		await page.goto('/');
		expect(await pageNames(page.getByRole('table', { name: 'Boulangerie Martin' }))).toEqual([
			'Martin — Facebook'
		]);
		expect(await pageNames(page.getByRole('table', { name: 'Garage Dupuis' }))).toEqual([
			'Dupuis — X'
		]);
		const aside = page.getByRole('complementary', { name: 'Workspaces' });
		await expect(aside.getByRole('listitem').filter({ hasText: 'Garage Dupuis' })).toContainText(
			'1 page'
		);
		await shot(page, 'home-after-move-desktop-en');
		await page.goto('/workspaces/boulangerie-martin');
		expect(await pageNames(page)).toEqual(['Martin — Facebook']);
		await page.goto('/workspaces/garage-dupuis');
		expect(await pageNames(page)).toEqual(['Dupuis — X']);
		await shot(page, 'workspace-desktop-en');

		// a search by name finds a page whatever its workspace (accents and case ignored)
		await page.goto('/');
		await page.getByLabel('Find a page').fill('x DUPUÍS');
		await page.getByRole('button', { name: 'Search' }).click();
		await expect(page.getByRole('status')).toHaveText(/1 page matches “x DUPUÍS”/);
		expect(await pageNames(page)).toEqual(['Dupuis — X']);

		// the page kept its address; a rename keeps it too
		expect((await page.request.get('/pages/dupuis-x')).status()).toBe(200);
		await page.goto('/workspaces/garage-dupuis/pages/dupuis-x');
		await page.getByLabel('New name').fill('Garage Dupuis on X');
		await page.getByRole('button', { name: 'Rename' }).click();
		await expect(page.getByRole('status')).toHaveText('Name changed.');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Settings of “Garage Dupuis on X”'
		);
		expect((await page.request.get('/pages/dupuis-x')).status()).toBe(200);
	});

	test('deleting a page says exactly what goes, then removes it', async ({ page }) => {
		await page.goto('/workspaces/boulangerie-martin/pages/martin-facebook');
		await page.getByRole('link', { name: 'Delete this page…' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Delete the page “Martin — Facebook”?'
		);
		// one file imported, its 5 days, no posts, no ledger entry (by hand, from the fixture)
		await expect(page.getByRole('listitem')).toHaveText([
			'1 import (the files’ history)',
			'5 days of page data',
			'0 posts',
			'0 ledger entries'
		]);
		await shot(page, 'confirm-delete-page-desktop-en');
		await page.getByRole('button', { name: 'Delete for good' }).click();
		await expect(page).toHaveURL(/\/workspaces\/boulangerie-martin\?done=deleted/);
		await expect(page.getByRole('status')).toHaveText('“Martin — Facebook” was deleted.');
		await expect(page.getByText('No pages in this workspace yet.')).toBeVisible();
		expect((await page.request.get('/pages/martin-facebook')).status()).toBe(404);

		// the empty workspace goes too
		await page.getByRole('link', { name: 'Delete this workspace…' }).click();
		await expect(
			page.getByText('This workspace holds no page: only its name is deleted.')
		).toBeVisible();
		await page.getByRole('button', { name: 'Delete for good' }).click();
		await expect(page).toHaveURL(/\/\?done=deleted/);
		await expect(page.getByRole('complementary', { name: 'Workspaces' })).not.toContainText(
			'Boulangerie Martin'
		);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every step is a plain form post', async ({ page }) => {
		await createWorkspace(page, 'Agence Sans Script');
		// a second client under the same name could not be told apart: refused, the name kept
		await page.goto('/');
		await page.getByLabel('Name of the client or brand').fill('agence sans script');
		await page.getByRole('button', { name: 'Create' }).click();
		await expect(page.getByRole('alert')).toHaveText(
			'Another workspace already has this name: choose one that tells them apart.'
		);
		await expect(page.getByLabel('Name of the client or brand')).toHaveValue('agence sans script');
		await importInto(
			page,
			'sans-script',
			'facebook/posts-basic.csv',
			'Sans script',
			'Agence Sans Script'
		);
		await page.goto('/workspaces/agence-sans-script');
		expect(await pageNames(page)).toEqual(['Sans script']);

		// a form refused on the server comes back with its message, the choices kept
		await page.goto('/import');
		await page.getByRole('radio', { name: 'A page already in Sablier' }).check();
		await page.getByLabel('Files').setInputFiles(fixture('facebook/posts-basic.csv'));
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await expect(page.getByRole('alert')).toHaveText(
			'Choose the page these files go to, or create a new one.'
		);
		await page.getByRole('radio', { name: 'A new page' }).check();
		await page.getByLabel('Name of the new page').fill('Another');
		await page.getByLabel('Address (optional)').fill('sans-script');
		await page.getByLabel('Files').setInputFiles(fixture('facebook/posts-basic.csv'));
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await expect(page.getByRole('alert')).toContainText('Another page already has this address');
		await shot(page, 'import-refused-nojs-en');

		await page.goto('/workspaces/agence-sans-script/pages/sans-script');
		await page.getByLabel('Workspace', { exact: true }).selectOption({ label: 'Garage Dupuis' });
		await page.getByRole('button', { name: 'Move' }).click();
		await expect(page.getByRole('status')).toHaveText('Page moved to Garage Dupuis.');
		await page.getByRole('link', { name: 'Delete this page…' }).click();
		// the two posts of the fixture, by hand
		await expect(page.getByRole('listitem')).toHaveText([
			'1 import (the files’ history)',
			'0 days of page data',
			'2 posts',
			'0 ledger entries'
		]);
		await page.getByRole('button', { name: 'Delete for good' }).click();
		await expect(page.getByRole('status')).toHaveText('“Sans script” was deleted.');
		expect(await pageNames(page)).toEqual(['Garage Dupuis on X']);
	});
});

test.describe('in French', () => {
	test('the workspaces and the confirmation speak French', async ({ page }) => {
		await page.goto('/?lang=fr');
		await expect(page.getByRole('heading', { level: 1, name: 'Vos pages' })).toBeVisible();
		await expect(page.getByRole('complementary', { name: 'Espaces de travail' })).toBeVisible();
		await expect(page.getByLabel('Trouver une page')).toBeVisible();
		await shot(page, 'home-desktop-fr');
		await page.goto('/workspaces/garage-dupuis/pages/dupuis-x');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Réglages de « Garage Dupuis on X »'
		);
		expect(await overflowing(page)).toEqual([]);
		await shot(page, 'page-settings-desktop-fr');
		await page.getByRole('link', { name: 'Supprimer cette page…' }).click();
		// the three days of the X fixture, by hand
		await expect(page.getByRole('listitem')).toHaveText([
			'1 import (l’historique des fichiers)',
			'3 jours de données de la page',
			'0 publication',
			'0 entrée du registre'
		]);
		await expect(page.getByRole('button', { name: 'Supprimer définitivement' })).toBeVisible();
		await shot(page, 'confirm-delete-page-desktop-fr');
		await page.goto('/import');
		await expect(
			page.getByRole('group', { name: 'À quelle page vont ces fichiers ?' })
		).toBeVisible();
		await shot(page, 'import-desktop-fr');
		await page.goto('/?lang=en');
	});
});

test.describe('at phone width', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	for (const lang of ['en', 'fr'])
		test(`nothing overflows the screen (${lang})`, async ({ page }) => {
			// a page whose name is one long word (exports name pages as they like) sits in the lists
			if (lang === 'en')
				await importInto(
					page,
					'long-name',
					'x/daily-basic.csv',
					'Boulangerie-Pâtisserie-du-Faubourg-Saint-Antoine-et-de-ses-Environs-Officielle',
					'Garage Dupuis'
				);
			for (const [name, url] of [
				['home', '/'],
				['workspace', '/workspaces/garage-dupuis'],
				['page-settings', '/workspaces/garage-dupuis/pages/dupuis-x'],
				['confirm-delete', '/workspaces/garage-dupuis/pages/dupuis-x/delete'],
				['import', '/import?workspace=garage-dupuis']
			]) {
				await page.goto(`${url}${url.includes('?') ? '&' : '?'}lang=${lang}`);
				const width = await page.evaluate(() => document.documentElement.scrollWidth);
				expect([name, width]).toEqual([name, 390]);
				expect([name, await overflowing(page)]).toEqual([name, []]);
				await shot(page, `${name}-phone-${lang}`);
			}
			await page.goto('/?lang=en');
		});
});
