import { describe, expect, it } from 'vitest';
import { createTestDb, importFixtures, rowsOf, storeChecksum, dailyRow } from '../../helpers/db.ts';

const F = 'facebook/';
/** The fixture's rows, typed by hand from page-basic-cp1252.csv. */
const day = dailyRow;
const basic = [
	day('2015-01-01', {
		fans_total: 100,
		fans_added: 3,
		fans_removed: 1,
		engaged_users: 10,
		reach_total: 200,
		reach_organic: 200,
		reach_paid: 0,
		page_views: 5
	}),
	day('2015-01-02', {
		fans_total: 102,
		fans_added: 2,
		fans_removed: 0,
		engaged_users: 8,
		reach_total: 180,
		reach_organic: 180,
		reach_paid: 0,
		page_views: 4
	}),
	day('2015-01-03', {
		fans_total: 101,
		fans_added: 0,
		fans_removed: 1,
		engaged_users: null,
		reach_total: 150,
		reach_organic: 150,
		reach_paid: 0,
		page_views: null
	}),
	day('2015-01-04', {
		fans_total: 105,
		fans_added: 5,
		fans_removed: 1,
		engaged_users: 12,
		reach_total: 400,
		reach_organic: 300,
		reach_paid: 100,
		page_views: 7
	}),
	day('2015-01-05', {
		fans_total: 105,
		fans_added: 1,
		fans_removed: 1,
		engaged_users: 9,
		reach_total: 210,
		reach_organic: 210,
		reach_paid: 0,
		page_views: 6
	})
];

describe('legacy Facebook page-level export', () => {
	it('maps two header rows, cp1252 bytes and M/D/YYYY to exact canonical rows; blank stays NULL', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'p', F + 'page-basic-cp1252.csv');
		expect(r.error).toBeUndefined();
		expect(r.format).toBe('facebook-insights-page');
		expect(r.rows).toEqual({ read: 5, inserted: 5, updated: 0, unchanged: 0, rejected: 0 });
		expect(await rowsOf(db, 'page_daily', 'p')).toEqual(basic);
		const [imp] = await db.query(
			'SELECT encoding, first_day::VARCHAR AS f, last_day::VARCHAR AS l FROM imports'
		);
		expect(imp).toEqual({ encoding: 'windows-1252', f: '2015-01-01', l: '2015-01-05' });
		const [col] = await db.query<{ description: string }>(
			"SELECT description FROM import_columns WHERE name = 'Daily Like Sources - search'"
		);
		expect(col.description).toContain('(Unique Users) – señal');
		const [page] = await db.query('SELECT platform, name FROM pages');
		expect(page).toEqual({ platform: 'facebook', name: 'p' });
	});

	it('keeps every unmapped non-blank cell as an extra, repeated headers included', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'p', F + 'page-basic-cp1252.csv');
		const extras = await db.query(
			"SELECT strftime(day, '%d') AS d, metric, value, num FROM page_daily_extra ORDER BY day, metric"
		);
		// search: 1, '', '', 3, 1 · page_profile: 2, 2, '', 2, '' · second page-views column: 5, 4, '', 7, 6
		expect(extras).toEqual([
			{ d: '01', metric: 'Daily Like Sources - page_profile', value: '2', num: 2 },
			{ d: '01', metric: 'Daily Like Sources - search', value: '1', num: 1 },
			{ d: '01', metric: 'Daily Logged-in Page Views [2]', value: '5', num: 5 },
			{ d: '02', metric: 'Daily Like Sources - page_profile', value: '2', num: 2 },
			{ d: '02', metric: 'Daily Logged-in Page Views [2]', value: '4', num: 4 },
			{ d: '04', metric: 'Daily Like Sources - page_profile', value: '2', num: 2 },
			{ d: '04', metric: 'Daily Like Sources - search', value: '3', num: 3 },
			{ d: '04', metric: 'Daily Logged-in Page Views [2]', value: '7', num: 7 },
			{ d: '05', metric: 'Daily Like Sources - search', value: '1', num: 1 },
			{ d: '05', metric: 'Daily Logged-in Page Views [2]', value: '6', num: 6 }
		]);
	});

	it('rejects bad rows with row number, column and reason, and keeps the rest', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'p', F + 'page-rejected-rows.csv');
		expect(r.error).toBeUndefined();
		expect(r.rows).toEqual({ read: 5, inserted: 2, updated: 0, unchanged: 0, rejected: 3 });
		expect(r.issues).toEqual([
			{ row: 4, column: 'Daily New Likes', message: 'not a whole number: "two"' },
			{ row: 5, column: 'Date', message: 'not a date (M/D/YYYY): "2/30/2015"' },
			{ row: 6, column: 'Daily New Likes', message: 'negative count: -5' }
		]);
		const days = (await rowsOf(db, 'page_daily', 'p')).map((d) => d.day);
		expect(days).toEqual(['2015-01-01', '2015-01-05']);
	});

	it('gives the same store whatever the order of overlapping exports; the later export wins', async () => {
		const ab = await createTestDb();
		const [a1, b1] = await importFixtures(
			ab,
			'p',
			F + 'page-overlap-a.csv',
			F + 'page-overlap-b.csv'
		);
		const ba = await createTestDb();
		const [b2, a2] = await importFixtures(
			ba,
			'p',
			F + 'page-overlap-b.csv',
			F + 'page-overlap-a.csv'
		);
		expect(await storeChecksum(ab, 'data')).toEqual(await storeChecksum(ba, 'data'));
		const fans = (await rowsOf(ab, 'page_daily', 'p')).map((d) => d.fans_total);
		// A: days 1..5 = 101..105; B: days 4..8, disagreeing on days 4 and 5 (204, 205), 106..108 after
		expect(fans).toEqual([101, 102, 103, 204, 205, 106, 107, 108]);
		expect(a1.rows).toEqual({ read: 5, inserted: 5, updated: 0, unchanged: 0, rejected: 0 });
		expect(b1.rows).toEqual({ read: 5, inserted: 3, updated: 2, unchanged: 0, rejected: 0 });
		expect(b2.rows).toEqual({ read: 5, inserted: 5, updated: 0, unchanged: 0, rejected: 0 });
		expect(a2.rows).toEqual({ read: 5, inserted: 3, updated: 0, unchanged: 2, rejected: 0 });
		expect(a2.issues.map((i) => i.message)).toEqual([
			'2 day(s) also appear in a more recent export, whose values were kept'
		]);
	});

	it('changes nothing when the same file is imported again', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'p', F + 'page-overlap-a.csv', F + 'page-overlap-b.csv');
		const before = await storeChecksum(db);
		const again = await importFixtures(db, 'p', F + 'page-overlap-b.csv', F + 'page-overlap-a.csv');
		expect(again.map((r) => r.rows.unchanged)).toEqual([5, 5]);
		expect(again.map((r) => r.rows.inserted + r.rows.updated)).toEqual([0, 0]);
		expect(await storeChecksum(db)).toEqual(before);
	});

	it('fails a file with conflicting duplicate days as a whole, leaving the store unchanged', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'p', F + 'page-basic-cp1252.csv');
		const before = await storeChecksum(db);
		const [r] = await importFixtures(db, 'p', F + 'page-conflicting-duplicate.csv');
		expect(r.error).toMatch(/1 duplicate day\(s\) with conflicting values/);
		expect(r.issues).toEqual([
			{ row: 8, column: null, message: '2015-01-02 already appears on row 4 with different values' }
		]);
		expect(await storeChecksum(db)).toEqual(before);
	});

	it('refuses unrecognised and empty files without creating the page', async () => {
		const db2 = await createTestDb();
		const before = await storeChecksum(db2);
		const { importFiles } = await import('../../../src/lib/server/import-files.ts');
		const [empty, junk, binary] = await importFiles(db2, { page: 'x' }, [
			{ name: 'empty.csv', bytes: new Uint8Array() },
			{ name: 'notes.csv', bytes: new TextEncoder().encode('hello,world\n1,2\n') },
			{ name: 'photo.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0, 0, 1, 2]) }
		]);
		expect(empty.error).toBe('the file is empty');
		expect(junk.error).toMatch(/^not a recognised export: its header starts with "hello, world"/);
		expect(binary.error).toBe('this is not a text export (the file holds binary data)');
		expect(await storeChecksum(db2)).toEqual(before);
	});
});
