import type { Page } from '@playwright/test';

/**
 * On the import form: the files go to the page `slug`, chosen in the list when it exists, else
 * created (named `name`, in the workspace labelled `workspace`, at the address `slug`).
 */
export async function choosePage(
	page: Page,
	slug: string,
	opts: { name?: string; workspace?: string } = {}
) {
	// the form hydrates after the page's load event (SvelteKit imports its script then). It keeps
	// a choice made before that (import.test.ts holds the script back to prove it); the journeys
	// wait for the network to be idle anyway, so that they test the form with its script running
	await page.waitForLoadState('networkidle');
	const existing = page.getByRole('combobox', { name: 'A page already in Sablier' });
	if (await existing.locator(`option[value="${slug}"]`).count()) {
		await page.getByRole('radio', { name: 'A page already in Sablier' }).check();
		await existing.selectOption(slug);
		return;
	}
	await page.getByRole('radio', { name: 'A new page' }).check();
	await page.getByLabel('Name of the new page').fill(opts.name ?? slug);
	if (opts.workspace)
		await page.getByLabel('In the workspace').selectOption({ label: opts.workspace });
	await page.getByLabel('Address (optional)').fill(slug);
}
