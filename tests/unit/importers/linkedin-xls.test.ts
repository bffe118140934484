import { describe, expect, it } from 'vitest';
import {
	createTestDb,
	dailyRow as day,
	importFixtures,
	rowsOf,
	storeChecksum
} from '../../helpers/db.ts';

const L = 'linkedin/';

describe('LinkedIn binary .xls workbooks (what its Export button gives)', () => {
	it('each sheet read by its header, an Excel date cell as its day; re-import changes nothing', async () => {
		const db = await createTestDb();
		const files = [L + 'acme_followers_1710000000000.xls', L + 'acme_content_1710000000000.xls'];
		const results = await importFixtures(db, 'acme', ...files);
		expect(results.map((r) => [r.file, r.format, r.error, r.skipped ?? null])).toEqual([
			['acme_followers_1710000000000.xls/New followers', 'linkedin-followers', undefined, null],
			[
				'acme_followers_1710000000000.xls/Location',
				null,
				undefined,
				'LinkedIn followers by Location: a demographic breakdown without a day, not imported (kept out on purpose; the daily follows are in the "New followers" sheet)'
			],
			['acme_content_1710000000000.xls/Metrics', 'linkedin-content-metrics', undefined, null]
		]);
		expect(await rowsOf(db, 'page_daily', 'acme')).toEqual([
			day('2024-03-01', {
				fans_added: 15,
				fans_added_paid: 4,
				fans_added_unpaid: 11,
				impressions_organic: 100,
				impressions_paid: 50,
				impressions_total: 150,
				reach_organic: 80
			}),
			day('2024-03-02', {
				fans_added: 12,
				fans_added_paid: 0,
				fans_added_unpaid: 12,
				impressions_organic: 90,
				impressions_paid: 0,
				impressions_total: 90,
				reach_organic: 70
			}),
			day('2024-03-03', { fans_added: 7, fans_added_paid: 2, fans_added_unpaid: 5 })
		]);
		const [page] = await db.query('SELECT platform FROM pages');
		expect(page).toEqual({ platform: 'linkedin' });
		const before = await storeChecksum(db);
		const again = await importFixtures(db, 'acme', ...files);
		expect(again.filter((r) => !r.skipped).map((r) => r.rows.unchanged)).toEqual([3, 2]);
		expect(await storeChecksum(db)).toEqual(before);
	});
});
