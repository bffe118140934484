import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import {
	createTestDb,
	dailyRow as day,
	importFixtures,
	rowsOf,
	storeChecksum
} from '../../helpers/db.ts';

describe('the 2018 legacy Facebook page export', () => {
	it('ISO days, a BOM, empty cells unknown (never 0); re-import changes nothing', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'fb', 'facebook/page-2018-iso.csv');
		expect([r.format, r.error, r.issues]).toEqual(['facebook-insights-page', undefined, []]);
		expect(r.rows).toEqual({ read: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0 });
		expect(await rowsOf(db, 'page_daily', 'fb')).toEqual([
			day('2018-04-01', { fans_total: 1200, fans_added: 3, reach_total: 450, engaged_users: 12 }),
			day('2018-04-02', { fans_total: 1203, fans_added: 4, fans_removed: 1, engaged_users: 9 }),
			day('2018-04-03', { fans_total: 1203, reach_total: 380 })
		]);
		const before = await storeChecksum(db);
		const [again] = await importFixtures(db, 'fb', 'facebook/page-2018-iso.csv');
		expect(again.rows.unchanged).toBe(3);
		expect(await storeChecksum(db)).toEqual(before);
	});

	it('without the description row, the data start on row 2', async () => {
		const db = await createTestDb();
		const csv = 'Date,Lifetime Total Likes,Daily New Likes\n2018-04-01,10,1\n4/2/2018,11,1\n';
		const [r] = await importFiles(db, { page: 'fb' }, [
			{ name: 'x.csv', bytes: new TextEncoder().encode(csv) }
		]);
		expect(r.rows.inserted).toBe(2);
		expect(await rowsOf(db, 'page_daily', 'fb')).toEqual([
			day('2018-04-01', { fans_total: 10, fans_added: 1 }),
			day('2018-04-02', { fans_total: 11, fans_added: 1 })
		]);
	});
});
