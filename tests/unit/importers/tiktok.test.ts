import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import { monthDay, withYear } from '../../../src/lib/server/importers/tiktok/cells.ts';
import { createTestDb, dailyRow as day, fixture, rowsOf, storeChecksum } from '../../helpers/db.ts';

const T = 'tiktok/';
const files = (...names: string[]) => names.map((n) => fixture(T + n));
const STUDIO = ['FollowerHistory.csv', 'Overview.csv', 'Viewers.csv'];

describe('TikTok days without a year', () => {
	it('reads the month and day in several languages, never a year', () => {
		expect(monthDay('February 28')).toBe('--02-28');
		expect(monthDay('8 de marzo')).toBe('--03-08');
		expect(monthDay('28 février')).toBe('--02-28');
		expect(monthDay('8. März')).toBe('--03-08');
		expect(monthDay('February 30')).toBeNull();
		expect(monthDay('2025-02-28')).toBeNull();
	});

	it('each day is the latest such day on or before the last day', () => {
		expect(withYear('--02-28', '2026-02-27')).toBe('2025-02-28');
		expect(withYear('--02-27', '2026-02-27')).toBe('2026-02-27');
		expect(withYear('--12-31', '2026-01-02')).toBe('2025-12-31');
		expect(withYear('--02-29', '2025-03-01')).toBeNull();
		expect(withYear('--02-29', '2024-03-01')).toBe('2024-02-29');
	});
});

describe('TikTok Studio download', () => {
	it('without the last day: refused naming the fix, store unchanged', async () => {
		const db = await createTestDb();
		const before = await storeChecksum(db);
		const results = await importFiles(db, { page: 'tt' }, files(...STUDIO));
		for (const r of results) {
			expect(r.error).toBe(
				'TikTok writes its days without a year ("February 28"): say the last day of the export (--last-day YYYY-MM-DD on the command line, "last day of the export" in the browser), usually the day before you downloaded it'
			);
			expect(r.hint).toBe('last-day');
		}
		expect(await storeChecksum(db)).toEqual(before);
	});

	it('a last day that puts the days out of order is refused, store unchanged', async () => {
		const db = await createTestDb();
		const before = await storeChecksum(db);
		const [r] = await importFiles(db, { page: 'tt' }, files('FollowerHistory.csv'), {
			lastDay: '2025-12-30'
		});
		expect(r.error).toBe(
			"with --last-day 2025-12-30 the days of the file do not follow each other (row 6 would be 2025-01-02): give the day of the export's last row as the last day"
		);
		expect(await storeChecksum(db)).toEqual(before);
	});

	it('Overview, FollowerHistory and Viewers: exact days across the new year; "undefined" days unknown, not 0', async () => {
		const db = await createTestDb();
		const results = await importFiles(db, { page: 'tt' }, files(...STUDIO), {
			lastDay: '2026-01-02'
		});
		expect(results.map((r) => [r.format, r.error, r.rows.read, r.rows.rejected])).toEqual([
			['tiktok-follower-history', undefined, 5, 0],
			['tiktok-overview', undefined, 5, 0],
			['tiktok-viewers', undefined, 5, 0]
		]);
		const [page] = await db.query('SELECT platform FROM pages');
		expect(page).toEqual({ platform: 'tiktok' });
		expect(await rowsOf(db, 'page_daily', 'tt')).toEqual([
			// before the account existed: followers, their change and viewers unknown
			day('2025-12-29', { page_views: 0, interactions: 0 }),
			day('2025-12-30', { page_views: 0, interactions: 0 }),
			day('2025-12-31', {
				fans_total: 12,
				fans_net: 0,
				reach_total: 120,
				page_views: 9,
				interactions: 24
			}),
			day('2026-01-01', {
				fans_total: 40,
				fans_net: 28,
				reach_total: 1900,
				page_views: 41,
				interactions: 329
			}),
			// a blank Likes: the sum is unknown, never a partial 6
			day('2026-01-02', { fans_total: 37, fans_net: -3, reach_total: 1500, page_views: 30 })
		]);
		const extras = await db.query(
			"SELECT strftime(day, '%Y-%m-%d') AS day, metric, value FROM page_daily_extra WHERE day = '2026-01-01' ORDER BY metric"
		);
		expect(extras).toEqual([
			{ day: '2026-01-01', metric: 'Comments', value: '12' },
			{ day: '2026-01-01', metric: 'Likes', value: '310' },
			{ day: '2026-01-01', metric: 'New Viewers', value: '1700' },
			{ day: '2026-01-01', metric: 'Returning Viewers', value: '200' },
			{ day: '2026-01-01', metric: 'Shares', value: '7' },
			{ day: '2026-01-01', metric: 'Video Views', value: '2400' }
		]);
		const [none] = await db.query<{ n: number }>(
			"SELECT count(*)::INTEGER AS n FROM page_daily_extra WHERE day < '2025-12-31' AND metric LIKE '%Viewers'"
		);
		expect(none.n).toBe(0);
		// imported again: nothing changes
		const before = await storeChecksum(db);
		const again = await importFiles(db, { page: 'tt' }, files(...STUDIO), {
			lastDay: '2026-01-02'
		});
		expect(again.map((r) => r.rows.unchanged)).toEqual([5, 5, 5]);
		expect(await storeChecksum(db)).toEqual(before);
	});

	it('month names in the account language', async () => {
		const db = await createTestDb();
		const [r] = await importFiles(db, { page: 'tt' }, files('Overview-es.csv'), {
			lastDay: '2025-03-01'
		});
		expect(r.error).toBeUndefined();
		expect(await rowsOf(db, 'page_daily', 'tt')).toEqual([
			day('2025-02-28', { page_views: 1, interactions: 2 }),
			day('2025-03-01', { page_views: 2, interactions: 4 })
		]);
	});

	it('Content: one post per video, id from the link, the year placed; a row without a link refused in words', async () => {
		const db = await createTestDb();
		const [r] = await importFiles(db, { page: 'tt' }, files('Content.csv'), {
			lastDay: '2026-01-02'
		});
		expect(r.rows).toEqual({ read: 3, inserted: 2, updated: 0, unchanged: 0, rejected: 1 });
		expect(r.issues).toEqual([
			{ row: 4, column: 'Video link', message: 'no video link: the row names no video (left out)' }
		]);
		const posts = await db.query(
			"SELECT post_id, strftime(published_at, '%Y-%m-%d %H:%M') AS at, type, message, permalink, reactions, comments, shares, video_views, reach_total FROM posts ORDER BY post_id"
		);
		expect(posts).toEqual([
			{
				post_id: '7391000000000000002',
				at: '2025-07-16 00:00',
				type: 'video',
				message: null,
				permalink: 'https://www.tiktok.com/@studio/video/7391000000000000002',
				reactions: 12,
				comments: 0,
				shares: 1,
				video_views: 800,
				reach_total: null
			},
			{
				post_id: '7454000000000000001',
				at: '2025-12-31 00:00',
				type: 'video',
				message: 'First "real" video 🎬, with a comma',
				permalink: 'https://www.tiktok.com/@studio/video/7454000000000000001',
				reactions: 330,
				comments: 15,
				shares: 8,
				video_views: 4350,
				reach_total: null
			}
		]);
	});

	it('demographic files are recognised and left out on purpose, touching nothing', async () => {
		const db = await createTestDb();
		const before = await storeChecksum(db);
		const [r] = await importFiles(db, { page: 'tt' }, files('FollowerGender.csv'));
		expect(r.error).toBeUndefined();
		expect(r.skipped).toBe(
			'TikTok followers by gender, with no day: not imported (left out on purpose)'
		);
		expect(await storeChecksum(db)).toEqual(before);
	});

	it('the newer web export: the year written, NAN and -- unknown, new and lost followers are adds and removals', async () => {
		const db = await createTestDb();
		const [r] = await importFiles(db, { page: 'tt' }, files('web-overview.csv'));
		expect([r.format, r.error, r.rows.rejected]).toEqual(['tiktok-web', undefined, 0]);
		expect(await rowsOf(db, 'page_daily', 'tt')).toEqual([
			day('2025-10-30', {
				fans_added: 25,
				fans_removed: 3,
				fans_net: 22,
				page_views: 14,
				interactions: 96
			}),
			day('2025-10-31', { fans_added: 10, fans_removed: 12, fans_net: -2 }),
			day('2025-11-01', {
				fans_added: 5,
				fans_removed: 0,
				fans_net: 5,
				page_views: 7,
				interactions: 41
			})
		]);
		const [placeholders] = await db.query<{ n: number }>(
			"SELECT count(*)::INTEGER AS n FROM page_daily_extra WHERE day = '2025-10-31'"
		);
		expect(placeholders.n).toBe(0);
	});
});
