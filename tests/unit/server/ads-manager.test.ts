import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importLedgerFile } from '../../../src/lib/server/ads-manager.ts';
import { listCampaigns } from '../../../src/lib/server/campaigns.ts';
import { createTestDb, importFixtures, storeChecksum } from '../../helpers/db.ts';

const LEDGER = join(import.meta.dirname, '..', '..', 'fixtures', 'ledger');
const bytes = (name: string) => new Uint8Array(readFileSync(join(LEDGER, name)));

async function page() {
	const db = await createTestDb();
	await importFixtures(db, 'p', 'facebook/page-basic-cp1252.csv');
	return db;
}

const entry = (label: string, notes: string, cost: number, currency = 'UAH') => ({
	channel: 'ads',
	label,
	vendor: 'Meta Ads Manager',
	start: '2025-03-01',
	end: '2025-03-31',
	cost,
	currency,
	hours: null,
	hourly_rate: null,
	promised_qty: null,
	notes
});

describe('Meta Ads Manager costs into the ledger', () => {
	it('each ad with spend is an ads entry; the totals row is not; the currency comes from the header', async () => {
		const db = await page();
		const r = await importLedgerFile(db, 1, 'ads-manager-uah.csv', bytes('ads-manager-uah.csv'));
		expect(r).toEqual({
			format: 'meta-ads-manager',
			added: 3,
			updated: 0,
			unchanged: 0,
			rejected: 0,
			issues: [{ row: 6, column: 'Amount spent (UAH)', message: 'no spend: not an entry' }]
		});
		const entries = (await listCampaigns(db, 1)).map(({ id: _id, ...c }) => c);
		expect(entries).toEqual([
			entry(
				'Spring, video',
				'Campaign: Spring · Ad set: Kyiv 25-45 · Ad ID: 120210000000000001',
				400
			),
			entry(
				'Spring, photo',
				'Campaign: Spring · Ad set: Kyiv 25-45 · Ad ID: 120210000000000002',
				734.5
			),
			entry('Brand reel', 'Campaign: Brand · Ad set: Lviv · Ad ID: 120210000000000003', 500)
		]);
		// the entries add up to the export's own totals row
		expect(entries.reduce((a, e) => a + (e.cost ?? 0), 0)).toBe(1634.5);
	});

	it('imported again: nothing counted twice; a later export of the period updates the spend', async () => {
		const db = await page();
		await importLedgerFile(db, 1, 'a.csv', bytes('ads-manager-uah.csv'));
		const before = await storeChecksum(db);
		const again = await importLedgerFile(db, 1, 'a.csv', bytes('ads-manager-uah.csv'));
		expect([again.added, again.unchanged, again.updated]).toEqual([0, 3, 0]);
		expect(await storeChecksum(db)).toEqual(before);
		const later = await importLedgerFile(db, 1, 'b.csv', bytes('ads-manager-uah-later.csv'));
		expect([later.added, later.unchanged, later.updated]).toEqual([0, 2, 1]);
		const costs = (await listCampaigns(db, 1)).map((c) => c.cost);
		expect(costs).toEqual([450, 734.5, 500]);
	});

	it('the French workbook: French headers, EUR, a decimal comma', async () => {
		const db = await page();
		const r = await importLedgerFile(db, 1, 'ads-manager-fr.xlsx', bytes('ads-manager-fr.xlsx'));
		expect([r.format, r.added, r.rejected, r.issues]).toEqual(['meta-ads-manager', 1, 0, []]);
		const [c] = await listCampaigns(db, 1);
		expect([c.label, c.start, c.end, c.cost, c.currency, c.notes]).toEqual([
			'Vidéo atelier',
			'2025-04-01',
			'2025-04-30',
			120.5,
			'EUR',
			'Campaign: Printemps · Ad set: Lyon'
		]);
	});

	it('Sablier’s own ledger CSV still goes through the same upload', async () => {
		const db = await page();
		const r = await importLedgerFile(db, 1, 'ledger.csv', bytes('ledger.csv'));
		expect(r.format).toBe('ledger');
		expect(r.added).toBeGreaterThan(0);
	});
});
