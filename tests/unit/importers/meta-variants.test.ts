import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import {
	createTestDb,
	dailyRow as day,
	fixture,
	importFixtures,
	rowsOf,
	storeChecksum
} from '../../helpers/db.ts';

/** The Meta Business Suite variants of genuine 2023–2026 downloads (issue 8), fixtures made by make-fixtures.mjs. */
const M = 'meta/';
const FB = { page: 'studio', platform: 'facebook' } as const;

const pages = (db: Awaited<ReturnType<typeof createTestDb>>) =>
	db.query('SELECT slug, name, platform FROM pages ORDER BY slug');

describe('MBS daily files as they really come', () => {
	it('a file spanning the US clock change keeps every day: the day is the date part', async () => {
		const db = await createTestDb();
		const [r] = await importFiles(db, FB, [fixture(M + 'follows-clock-change.csv')]);
		expect(r.error).toBeUndefined();
		expect(r.rows).toEqual({ read: 5, inserted: 5, updated: 0, unchanged: 0, rejected: 0 });
		expect(await rowsOf(db, 'page_daily', 'studio')).toEqual([
			day('2025-03-07', { fans_added: 2 }),
			day('2025-03-08', { fans_added: 0 }),
			day('2025-03-09', { fans_added: 1 }),
			day('2025-03-10', { fans_added: 4 }),
			day('2025-03-11', { fans_added: 3 })
		]);
	});

	it('a title naming no platform goes where the page says; a new page without a platform is refused, store unchanged', async () => {
		const db = await createTestDb();
		const before = await storeChecksum(db);
		const [refused] = await importFixtures(db, 'insta', M + 'reach-neutral.csv');
		expect(refused.error).toBe(
			'this file does not say whether it is facebook or instagram data, and page "insta" does not exist yet: import a file that names the platform first, or give the page\'s platform (--platform facebook|instagram)'
		);
		expect(await storeChecksum(db)).toEqual(before);
		const [r] = await importFiles(db, { page: 'insta', platform: 'instagram' }, [
			fixture(M + 'reach-neutral.csv')
		]);
		expect(r.error).toBeUndefined();
		expect(await pages(db)).toEqual([{ slug: 'insta', name: 'insta', platform: 'instagram' }]);
		expect(await rowsOf(db, 'page_daily', 'insta')).toEqual([
			day('2025-04-01', { reach_total: 310 }),
			day('2025-04-02', { reach_total: 280 })
		]);
	});

	it('a neutral file waits for a file of the same import that names the platform', async () => {
		const db = await createTestDb();
		const results = await importFixtures(
			db,
			'insta',
			M + 'reach-neutral.csv',
			M + 'follows-instagram.csv'
		);
		expect(results.map((r) => [r.file, r.error])).toEqual([
			['reach-neutral.csv', undefined],
			['follows-instagram.csv', undefined]
		]);
		expect(await pages(db)).toEqual([{ slug: 'insta', name: 'insta', platform: 'instagram' }]);
	});

	it('a two-block file: each block to the page of its platform, the summary says where and what it created', async () => {
		const db = await createTestDb();
		const results = await importFixtures(db, 'oigetit', M + 'two-blocks.csv');
		expect(
			results.map((r) => ({ file: r.file, page: r.page, created: r.pageCreated, rows: r.rows }))
		).toEqual([
			{
				file: 'two-blocks.csv (Follows)',
				page: 'oigetit',
				created: true,
				rows: { read: 2, inserted: 2, updated: 0, unchanged: 0, rejected: 0 }
			},
			{
				file: 'two-blocks.csv (Instagram follows)',
				page: 'oigetit-instagram',
				created: true,
				rows: { read: 2, inserted: 2, updated: 0, unchanged: 0, rejected: 0 }
			}
		]);
		expect(await pages(db)).toEqual([
			{ slug: 'oigetit', name: 'oigetit', platform: 'facebook' },
			{ slug: 'oigetit-instagram', name: 'oigetit (Instagram)', platform: 'instagram' }
		]);
		expect(await rowsOf(db, 'page_daily', 'oigetit')).toEqual([
			day('2025-01-01', { fans_added: 5 }),
			day('2025-01-02', { fans_added: 6 })
		]);
		expect(await rowsOf(db, 'page_daily', 'oigetit-instagram')).toEqual([
			day('2025-01-01', { fans_added: 1 }),
			day('2025-01-02', { fans_added: 2 })
		]);
		// the visits file of the same two accounts lands on the same two pages, creating none
		const visits = await importFixtures(db, 'oigetit', M + 'visits-two-blocks.csv');
		expect(visits.map((r) => [r.page, r.pageCreated ?? false])).toEqual([
			['oigetit', false],
			['oigetit-instagram', false]
		]);
		expect(await rowsOf(db, 'page_daily', 'oigetit-instagram')).toEqual([
			day('2025-01-01', { fans_added: 1, page_views: 12 }),
			day('2025-01-02', { fans_added: 2 })
		]);
		// imported again: nothing changes
		const before = await storeChecksum(db);
		const again = await importFixtures(db, 'oigetit', M + 'two-blocks.csv');
		expect(again.map((r) => r.rows.unchanged)).toEqual([2, 2]);
		expect(await storeChecksum(db)).toEqual(before);
	});

	it('the 2023 variant names the value column after the metric, with or without the title', async () => {
		const db = await createTestDb();
		const [fb] = await importFixtures(db, 'studio', M + 'reach-2023.csv');
		expect([fb.format, fb.error]).toEqual(['meta-daily-facebook', undefined]);
		expect(await rowsOf(db, 'page_daily', 'studio')).toEqual([
			day('2023-05-01', { reach_total: 120 }),
			day('2023-05-02', { reach_total: 95 })
		]);
		const [ig] = await importFixtures(db, 'insta', M + 'reach-2023-no-title.csv');
		expect([ig.format, ig.error]).toEqual(['meta-daily-instagram', undefined]);
		expect(await rowsOf(db, 'page_daily', 'insta')).toEqual([
			day('2023-05-01', { reach_total: 40 }),
			day('2023-05-02', { reach_total: 38 })
		]);
	});

	it('Excel re-saves read the same: UTF-16 tab-separated with trailing tabs; `;` UTF-8 without BOM', async () => {
		const db = await createTestDb();
		const [u] = await importFiles(db, FB, [fixture(M + 'follows-excel-unicode.txt')]);
		expect([u.format, u.error, u.issues]).toEqual(['meta-daily-facebook', undefined, []]);
		const [s] = await importFixtures(db, 'studio', M + 'reach-excel-semicolon.csv');
		expect([s.format, s.error, s.issues]).toEqual(['meta-daily-facebook', undefined, []]);
		expect(await rowsOf(db, 'page_daily', 'studio')).toEqual([
			day('2025-01-01', { fans_added: 3, reach_total: 14 }),
			day('2025-01-02', { fans_added: 0, reach_total: 9 }),
			day('2025-03-10', { fans_added: 7 })
		]);
		const [extras] = await db.query<{ n: number }>(
			'SELECT count(*)::INTEGER AS n FROM page_daily_extra'
		);
		expect(extras.n).toBe(0);
	});
});

describe('MBS post exports as they really come', () => {
	it('short rows are ordinary rows with trailing unknowns; a row with no post id is refused in plain words', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'studio', M + 'facebook-posts-short-rows.csv');
		expect(r.error).toBeUndefined();
		expect(r.rows).toEqual({ read: 4, inserted: 2, updated: 0, unchanged: 0, rejected: 2 });
		expect(r.issues).toEqual([
			{
				row: 4,
				column: 'Post ID',
				message: 'no post id: a row without one is not a post (left out)'
			},
			{
				row: 5,
				column: 'Post ID',
				message: 'no post id: this row holds only "Lifetime", it is not a post (left out)'
			}
		]);
		const posts = await db.query(
			"SELECT post_id, message, reach_total, clicks, strftime(published_at, '%Y-%m-%d %H:%M') AS t FROM posts ORDER BY post_id"
		);
		expect(posts).toEqual([
			{
				post_id: '1800000000000010',
				message: 'full',
				reach_total: 8,
				clicks: 0,
				t: '2026-02-02 10:00'
			},
			// 27 fields: Reach (19th) and Total clicks (24th) are there, the last six cells unknown
			{
				post_id: '1800000000000011',
				message: 'short',
				reach_total: 8,
				clicks: 0,
				t: '2026-02-02 10:00'
			}
		]);
	});
});
