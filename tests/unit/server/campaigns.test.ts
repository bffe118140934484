import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	addCampaign,
	campaignInputSchema,
	deleteCampaign,
	importCampaignsCsv,
	listCampaigns
} from '../../../src/lib/server/campaigns.ts';
import { createTestDb, importFixtures, storeChecksum } from '../../helpers/db.ts';

const LEDGER = join(import.meta.dirname, '..', '..', 'fixtures', 'ledger', 'ledger.csv');

async function pageWithData() {
	const db = await createTestDb();
	await importFixtures(db, 'p', 'facebook/page-basic-cp1252.csv');
	return { db, pageId: 1 };
}

describe('the ledger', () => {
	it('imports a CSV: bad rows rejected with row numbers, the rest kept', async () => {
		const { db, pageId } = await pageWithData();
		const r = await importCampaignsCsv(db, pageId, readFileSync(LEDGER, 'utf8'));
		expect(r.added).toBe(3);
		expect(r.rejected).toBe(2);
		expect(r.issues).toEqual([
			{
				row: 4,
				column: 'channel',
				message: 'one of bought, exchange, ads, contest, organic_work, other'
			},
			{ row: 5, column: 'cost', message: 'cost must be a number ≥ 0' }
		]);
		const rows = await listCampaigns(db, pageId);
		expect(
			rows.map((c) => [c.channel, c.label, c.start, c.end, c.cost, c.currency, c.promised_qty])
		).toEqual([
			['bought', 'Pack 5,000 fans', '2024-03-01', '2024-03-02', 5, 'EUR', 5000],
			['exchange', 'Like group', '2024-04-01', '2024-04-30', null, null, null],
			['contest', 'Giveaway', '2024-07-01', '2024-07-07', 80, 'EUR', null]
		]);
		expect(rows[0].notes).toBe('bought "5000 fans for 5 €"');
	});

	it('refuses a CSV whose header is not exactly the ledger header, changing nothing', async () => {
		const { db, pageId } = await pageWithData();
		const before = await storeChecksum(db);
		await expect(
			importCampaignsCsv(db, pageId, 'channel,start,end\nbought,2024-01-01,2024-01-02\n')
		).rejects.toThrow(/exactly this header/);
		expect(await storeChecksum(db)).toEqual(before);
	});

	it('validates entries: channel, days, end after start, numbers ≥ 0; unknown stays null', () => {
		const bad = campaignInputSchema.safeParse({
			channel: 'ads',
			start: '2024-02-10',
			end: '2024-02-01'
		});
		expect(bad.success).toBe(false);
		expect(bad.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
			['end', 'the end is before the start']
		]);
		const ok = campaignInputSchema.parse({
			channel: 'organic_work',
			start: '2024-01-01',
			end: '2024-12-31',
			hours: '4,5'
		});
		expect(ok).toMatchObject({ hours: 4.5, cost: null, promised_qty: null, label: null });
		expect(
			campaignInputSchema.safeParse({ channel: 'bought', start: '2024-13-01', end: '2024-13-02' })
				.success
		).toBe(false);
	});

	it('adds and deletes one entry', async () => {
		const { db, pageId } = await pageWithData();
		const id = await addCampaign(
			db,
			pageId,
			campaignInputSchema.parse({
				channel: 'bought',
				start: '2024-01-01',
				end: '2024-01-01',
				promised_qty: 1000
			})
		);
		expect((await listCampaigns(db, pageId)).map((c) => c.id)).toEqual([id]);
		expect(await deleteCampaign(db, id)).toBe(true);
		expect(await deleteCampaign(db, id)).toBe(false);
		expect(await listCampaigns(db, pageId)).toEqual([]);
	});
});
