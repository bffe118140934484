import { choosePage } from './choose-page';
import { overlappingTickLabels } from './tick-labels';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { generateDemo } from '../../src/lib/demo/generate.ts';

/**
 * The dashboard's journeys (issue 9): a CM, an executive, without JavaScript, in French and on a
 * phone. Every journey saves full-page screenshots under test-results/dashboard/.
 */
test.describe.configure({ mode: 'serial', timeout: 240_000 });

const SHOTS = 'test-results/dashboard';
const VIEWS = ['', '/channels', '/campaigns', '/spikes', '/engagement', '/costs', '/ledger'];

/** Opens a view and reloads until its analysis is computed (the page says so meanwhile). */
async function openReady(page: Page, url: string) {
	await page.goto(url);
	await expect(async () => {
		if (await page.getByText(/being computed|en cours de calcul/).count()) {
			await page.reload();
			throw new Error('still computing');
		}
	}).toPass({ timeout: 90_000, intervals: [1000] });
}

const shot = (page: Page, name: string) =>
	page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

/**
 * When the analysis of a period no other test asks for (so it is computed now, not found in the
 * cache) was computed, as the overview says it, and every minute this took, written by this
 * machine's clock and zone (the server's too) with the zone named: the first must be one of the
 * others ("1 Dec 2026, 01:21 CET" in Paris; run with TZ=Europe/Paris to see them differ from UTC).
 */
async function computedJustNow(page: Page, lang: 'en' | 'fr') {
	const from = Date.now();
	await openReady(
		page,
		`/pages/demo-bakery?period=custom&from=2022-01-03&to=2024-12-29&lang=${lang}`
	);
	const words =
		lang === 'fr'
			? /^Analyse calculée le (.+) \(en [\d,]+ s\)/
			: /^Analysis computed on (.+) \(in [\d.]+ s\)/;
	const line = (await page.getByText(words).textContent())!.trim();
	const f = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZoneName: 'short'
	});
	const minutes: string[] = [];
	for (let t = from - 60_000; t <= Date.now() + 60_000; t += 60_000) minutes.push(f.format(t));
	return { shown: line.match(words)![1], minutes };
}

test('the CM imports the demo export, records the bought pack, finds its survival and cost per retained fan', async ({
	page
}) => {
	const { pageCsv, truth } = generateDemo();
	await page.goto('/import');
	await choosePage(page, 'cm-bakery', { name: 'CM Bakery' });
	await page.getByLabel('Files').setInputFiles({
		name: 'Facebook Insights Data Export - CM Bakery.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(pageCsv)
	});
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	const results = page.getByRole('region', { name: 'What was imported' });
	await expect(results.getByText(/\d+\s+read\s+·/)).toContainText('1,096 read');
	// the export is named as a person names it, not by Sablier's id (facebook-insights-page)
	await expect(results).toContainText('Format: Facebook Page Insights (daily, page level)');
	await results.getByRole('link', { name: 'Open the page' }).click();

	// the pack the demo's data shows on 20–21 July 2022 is a spike nobody declared yet:
	// "was this you?" opens the ledger form with its channel, days and excess
	const pack = truth.ledger.find((e) => e.channel === 'bought')!;
	await openReady(page, '/pages/cm-bakery/spikes');
	const spike = page.getByRole('listitem').filter({ hasText: '20 Jul 2022 – 21 Jul 2022' });
	await expect(spike).toContainText('Likely bought or exchanged');
	const excess = (await spike.locator('p', { hasText: 'Excess fans' }).textContent())!.replace(
		/\D/g,
		''
	);
	await shot(page, 'cm-spikes-en-desktop');
	await spike.getByRole('link', { name: 'Was this you? Record it in the ledger' }).click();
	await expect(page.getByLabel('Channel')).toHaveValue('bought');
	await expect(page.getByLabel('Start (first day)')).toHaveValue(pack.start);
	await expect(page.getByLabel('End (last day)')).toHaveValue(pack.end);
	await expect(page.getByLabel('Promised fans')).toHaveValue(excess);
	await page.getByLabel('Promised fans').fill('2000');
	await page.getByLabel('Label', { exact: true }).fill('Pack 2000 fans');
	await page.getByLabel('Cash cost').fill('61.50');
	await page.getByLabel('Currency').fill('EUR');
	await page.getByRole('button', { name: 'Record' }).click();
	await expect(page.getByRole('status')).toHaveText('Entry recorded.');
	const totals = page.getByRole('table').filter({ hasText: 'Valued hours' }).last();
	await expect(totals.getByRole('row').filter({ hasText: 'Bought fans' })).toContainText('61.5');

	// an entry can be edited: the label changes, the cost stays
	await page
		.getByRole('link', { name: /^Edit #/ })
		.first()
		.click();
	await page.getByLabel('Label', { exact: true }).fill('Pack "2000 fans France"');
	await page.getByRole('button', { name: 'Save the changes' }).click();
	await expect(page.getByRole('status')).toHaveText('Entry updated.');
	await expect(page.getByRole('cell', { name: 'Pack "2000 fans France"' })).toBeVisible();
	await shot(page, 'cm-ledger-en-desktop');

	// the spike is now the declared pack
	await openReady(page, '/pages/cm-bakery/spikes');
	await expect(
		page.getByRole('listitem').filter({ hasText: '20 Jul 2022 – 21 Jul 2022' })
	).toContainText('Declared as: Pack "2000 fans France"');

	// the campaign view says how many fans the pack brought, from the spike, with a range holding
	// the 2,000 the generator delivered
	await openReady(page, '/pages/cm-bakery/campaigns');
	const brought = page
		.getByRole('article', { name: 'Pack "2000 fans France"' })
		.locator('p.brought');
	await expect(brought).toContainText(`Fans it brought: ${Number(excess).toLocaleString('en')}`);
	await expect(brought).toContainText('excess of the matching spike');
	const [lo, hi] = (await brought.textContent())!
		.match(/\(([\d,]+) to ([\d,]+)\)/)!
		.slice(1)
		.map((x) => Number(x.replace(/,/g, '')));
	expect(lo).toBeLessThanOrEqual(2000);
	expect(hi).toBeGreaterThanOrEqual(2000);
	await shot(page, 'cm-campaigns-en-desktop');

	await openReady(page, '/pages/cm-bakery/channels');
	const bought = page.locator('tr[data-channel="bought"]');
	await expect(bought).toContainText('Bought fans');
	// half-life in days with its range, survival after a year with its range
	await expect(bought.locator('td').nth(3)).toContainText(/\d+ days \(\d+ to \d+\)/);
	await expect(bought.locator('td').nth(2)).toContainText(/%.*to.*%/);
	await expect(
		page.locator('svg[aria-label="Share of each channel’s fans still following, by age"]').first()
	).toBeVisible();
	await shot(page, 'cm-channels-en-desktop');

	await openReady(page, '/pages/cm-bakery/costs');
	const cost = page.locator('tr[data-channel="bought"]');
	await expect(cost.locator('td').nth(0)).toHaveText('€61.50'); // cash: the ledger's
	await expect(cost.locator('td').nth(2)).toHaveText('€61.50'); // total
	await expect(cost.locator('td').nth(6)).toContainText(/€[\d.]+\s*€[\d.]+ to €[\d.]+/);
	await shot(page, 'cm-costs-en-desktop');
});

test('the executive opens the overview and reads the bottom line', async ({ page }) => {
	const { days } = generateDemo();
	await openReady(page, '/pages/demo-bakery');
	const tiles = page.getByRole('region', { name: 'The bottom line' });
	const last = days.at(-1)!.fansTotal;
	await expect(tiles.getByRole('listitem').filter({ hasText: 'Fans today' })).toContainText(
		last.toLocaleString('en-GB')
	);
	await expect(tiles.getByText(/likely organic \([\d,]+ to [\d,]+\)/)).toBeVisible();
	await expect(tiles.getByText('Bought and exchanged fans still there')).toBeVisible();
	await expect(tiles.getByText('Cost per fan still following after a year')).toBeVisible();
	await expect(tiles.getByText('In one sentence:')).toBeVisible();
	// where the numbers come from: the export's name, in English
	const imports = page.getByRole('region', { name: 'Imports: where these numbers come from' });
	const formats = await imports.locator('tbody tr td:nth-child(2)').allTextContents();
	expect(formats.length).toBeGreaterThan(0);
	for (const f of formats) expect(f.trim()).toBe('Facebook Page Insights (daily, page level)');
	// the timeline: campaigns lettered, the 2024 platform change numbered
	const bands = page.getByRole('region', { name: /Ledger campaigns/ }).getByRole('listitem');
	await expect(bands.first()).toContainText(
		/A · 20 Jul 2022 – 21 Jul 2022 ·\s+Fan pack.*· Bought fans · €61\.50/
	);
	await expect(
		page.getByRole('region', { name: /Platform changes/ }).getByRole('listitem')
	).toHaveText([/14 Mar 2024 — Page engaged users/]);
	// 12 months: the comparisons against the previous year are covered by the data
	await page.getByLabel('Last 12 months').check();
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(/period=12/);
	await openReady(page, page.url());
	await expect(tiles.getByRole('listitem').filter({ hasText: 'Fans today' })).toContainText(
		/vs previous period\s*[+−-][\d.]+%/
	);
	// the period travels with the tabs
	await expect(page.getByRole('link', { name: 'Channels' })).toHaveAttribute('href', /period=12/);
	await shot(page, 'executive-overview-12m-en-desktop');
	// when the analysis was computed: in the machine's local time, as the imports' times beside it,
	// its zone named
	const computed = await computedJustNow(page, 'en');
	expect(computed.minutes).toContain(computed.shown);
});

test('a page with partial data says what it lacks, what it still shows and which export fills the gap', async ({
	page
}) => {
	await page.goto('/import');
	await choosePage(page, 'x-daily', { name: 'X daily only' });
	await page
		.getByLabel('Files')
		.setInputFiles(
			fileURLToPath(new URL('../fixtures/exports/x/daily-basic.csv', import.meta.url))
		);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('region', { name: 'What was imported' })).toBeVisible();
	for (const view of ['', '/channels']) {
		await openReady(page, `/pages/x-daily${view}`);
		const gaps = page.getByRole('region', { name: 'What this page’s data lacks' });
		await expect(gaps).toContainText('No total of fans per day');
		await expect(gaps).toContainText('What can still be shown:');
		await expect(gaps).toContainText('X does not export follower counts');
		await expect(page.locator('body')).not.toContainText('0.000000');
		await shot(page, `partial-x${view.replace('/', '-')}-en-desktop`);
	}
});

test.describe('without JavaScript, in French, on a phone', () => {
	test.use({ javaScriptEnabled: false });

	test('every view is server-rendered and sends each chart once', async ({ page }) => {
		for (const v of VIEWS) {
			await openReady(page, `/pages/demo-bakery${v}`);
			await shot(page, `view${v.replace('/', '-') || '-overview'}-en-desktop`);
		}
		// the page's span counts its days as the language writes counts
		await expect(page.locator('.page-head .meta')).toContainText('(1,096 days)');
		const html = await (await page.request.get('/pages/demo-bakery/channels')).text();
		// no hydration data: charts are in the HTML only (once wide, once for phones)
		expect(html).not.toContain('__sveltekit');
		expect(
			html.split('aria-label="Share of each channel’s fans still following, by age"')
		).toHaveLength(3);
	});

	test('French: the views and their charts speak French', async ({ page }) => {
		for (const v of VIEWS) {
			await openReady(page, `/pages/demo-bakery${v}?lang=fr`);
			await shot(page, `view${v.replace('/', '-') || '-overview'}-fr-desktop`);
		}
		await openReady(page, '/pages/demo-bakery?lang=fr');
		await expect(page.getByRole('heading', { name: 'L’essentiel' })).toBeVisible();
		await expect(page.locator('.page-head .meta')).toContainText('(1\u202f096 jours)');
		await expect(page.getByText(/dont [\d\u202f ]+ probablement organiques/)).toBeVisible();
		// the imports table's column says what it counts, as a heading (not the inline "lues")
		await expect(page.getByRole('columnheader', { name: 'Lignes lues' })).toBeVisible();
		// when the demo was imported, as French writes a date and a time ("30 nov. 2026, 23:37")
		const imports = page.getByRole('region', { name: 'Imports : d’où viennent ces chiffres' });
		await expect(imports.getByRole('columnheader', { name: 'Importé le' })).toBeVisible();
		const when = await imports.locator('tbody tr td:nth-child(5)').allTextContents();
		expect(when.length).toBeGreaterThan(0);
		for (const w of when)
			expect(w.trim()).toMatch(
				/^\d{1,2} (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.? \d{4}(,| à) \d{2}:\d{2}$/
			);
		// which export each import was, named in French
		const formats = await imports.locator('tbody tr td:nth-child(2)').allTextContents();
		expect(formats.length).toBeGreaterThan(0);
		for (const f of formats)
			expect(f.trim()).toBe('Facebook Page Insights (par jour, niveau page)');
		// the spikes' excess written the French way (2 003), as every other count
		await expect(
			page.getByRole('listitem').filter({ hasText: /Déclaré au registre · \+2\u202f0\d\d$/ })
		).toHaveCount(1);
		// a campaign's effects are counts of people: whole, with their range ("+607 (fourchette à
		// 90 % : de −8 à +1 222)"), never "−8,32"
		await openReady(page, '/pages/demo-bakery/campaigns?lang=fr');
		const effects = [
			...(await page
				.locator('article.campaign p')
				.filter({ has: page.locator('strong', { hasText: /^Nouveaux fans/ }) })
				.allTextContents()),
			...(await page.locator('ul.outcomes li').allTextContents())
		]
			.map((x) => x.replace(/[ \t\n]+/g, ' ').trim())
			.filter((x) => x.includes('fourchette'));
		expect(effects.length).toBeGreaterThan(3);
		const n = '(?:[+−]?\\d[\\d\u202f]*)';
		const shape = new RegExp(
			`^[^:]+: (?:environ 0|${n}) \\(fourchette à 90\u202f%\u202f: (?:de ${n} à ${n}|très proche de ${n}|au (?:moins|plus) ${n})\\)(?: · .+)?$`
		);
		for (const e of effects) expect(e).toMatch(shape);
		await openReady(page, '/pages/demo-bakery/channels');
		await expect(
			page.locator('svg').filter({ hasText: 'Jours depuis l’arrivée du fan' }).first()
		).toBeVisible();
		// when the analysis was computed, in the same local time as the imports', its zone named
		// the French way
		const computed = await computedJustNow(page, 'fr');
		expect(computed.minutes).toContain(computed.shown);
	});

	test('phone width: the narrow charts are shown, the tables scroll', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		for (const lang of ['en', 'fr'])
			for (const v of VIEWS) {
				await openReady(page, `/pages/demo-bakery${v}?lang=${lang}`);
				await shot(page, `view${v.replace('/', '-') || '-overview'}-${lang}-phone`);
			}
		// two years on a phone in French: the time axis's labels each stand apart (quarters of
		// "janv. 2023" ran together there); and the campaigns' fortnights
		for (const url of [
			'/pages/demo-bakery?period=24&lang=fr',
			'/pages/demo-bakery/campaigns?lang=fr'
		]) {
			await openReady(page, url);
			expect(await overlappingTickLabels(page)).toEqual([]);
		}
		await openReady(page, '/pages/demo-bakery/channels?lang=en');
		const figure = page.locator('figure').filter({ hasText: 'Share of each channel' });
		await expect(figure.locator('.narrow svg[aria-label]')).toBeVisible();
		await expect(figure.locator('.wide svg[aria-label]')).toBeHidden();
		// the page itself does not scroll sideways
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});

test('from the home page, a page opens as a document: its views run no script, so their data is never fetched to draw them in the browser', async ({
	page
}) => {
	await openReady(page, '/pages/demo-bakery');
	await page.goto('/');
	await page.waitForLoadState('networkidle'); // hydrated: the home page's links are the router's
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(`${r.resourceType()} ${new URL(r.url()).pathname}`));
	const link = page.getByRole('link', { name: 'Fournil des Lilas (demo)' });
	await link.hover(); // the app preloads a link's data on hover, unless it is a document's
	await link.click();
	await expect(page.getByRole('heading', { name: 'Fournil des Lilas (demo)' })).toBeVisible();
	expect(fetched).toContain('document /pages/demo-bakery');
	expect(fetched.filter((r) => r.includes('__data.json'))).toEqual([]);
});
