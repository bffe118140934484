import { describe, expect, it } from 'vitest';
import { translateMessage } from '../../../src/lib/i18n/messages.ts';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import { createTestDb, fixture, importFixtures } from '../../helpers/db.ts';

describe('importer messages in French', () => {
	it('every message the fixtures produce has a French form, values kept', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'p', 'facebook/page-overlap-b.csv');
		const results = [
			...(await importFixtures(
				db,
				'p',
				'facebook/page-rejected-rows.csv',
				'facebook/page-conflicting-duplicate.csv',
				'facebook/page-overlap-a.csv',
				'x/tweets-rejected-rows.csv'
			)),
			...(await importFiles(
				db,
				{ page: 'q' },
				[
					{ name: 'e.csv', bytes: new Uint8Array() },
					{ name: 'n.csv', bytes: new TextEncoder().encode('hello,world\n1,2\n') },
					{ name: 'b.bin', bytes: new Uint8Array([0, 1, 2]) },
					fixture('french/excel-fr-ambiguous.csv')
				],
				{ mapping: { day: 'Date', fans_total: 'Fans au total' } }
			))
		];
		const messages = results.flatMap((r) => [
			...(r.error ? [r.error] : []),
			...r.issues.map((i) => i.message)
		]);
		expect(messages.length).toBeGreaterThan(10);
		for (const m of messages) expect(translateMessage(m, 'fr'), m).not.toBe(m);
		expect(translateMessage('not a whole number: "two"', 'fr')).toBe(
			'pas un nombre entier : « two »'
		);
		expect(
			translateMessage('2015-01-02 already appears on row 4 with different values', 'fr')
		).toBe('2015-01-02 figure déjà ligne 4 avec d’autres valeurs');
		expect(translateMessage('not a whole number: "two"', 'en')).toBe('not a whole number: "two"');
	});
});

describe('ledger validation messages in French', () => {
	it('every message the ledger fixture and form rules produce has a French form', async () => {
		const { readFileSync } = await import('node:fs');
		const { join } = await import('node:path');
		const { campaignInputSchema, importCampaignsCsv } =
			await import('../../../src/lib/server/campaigns.ts');
		const db = await createTestDb();
		await importFixtures(db, 'p', 'facebook/page-basic-cp1252.csv');
		const csv = readFileSync(
			join(import.meta.dirname, '..', '..', 'fixtures', 'ledger', 'ledger.csv'),
			'utf8'
		);
		const { issues } = await importCampaignsCsv(db, 1, csv);
		const form = campaignInputSchema.safeParse({
			channel: 'ads',
			start: '2024-13-01',
			end: '2024-01-01',
			hours: 'x',
			hourly_rate: '-1',
			promised_qty: '2.5'
		});
		const messages = [
			...issues.map((i) => i.message),
			...(form.error?.issues.map((i) => i.message) ?? [])
		];
		const late = campaignInputSchema.safeParse({
			channel: 'ads',
			start: '2024-02-01',
			end: '2024-01-01'
		});
		messages.push(...(late.error?.issues.map((i) => i.message) ?? []));
		expect(messages.length).toBeGreaterThanOrEqual(5);
		for (const m of messages) expect(translateMessage(m, 'fr'), m).not.toBe(m);
	});
});
