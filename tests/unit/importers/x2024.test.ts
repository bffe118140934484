import { describe, expect, it } from 'vitest';
import {
	createTestDb,
	dailyRow as day,
	importFixtures,
	rowsOf,
	storeChecksum
} from '../../helpers/db.ts';

const X = 'x2024/';
const OVERVIEW = X + 'account_overview_analytics.csv';
const CONTENT = X + 'account_analytics_content_2025-02-01_2025-02-18.csv';

describe('X analytics export since 2024', () => {
	it('account overview: newest first, new follows and unfollows are adds and removals', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'wh', OVERVIEW);
		expect([r.format, r.error, r.issues]).toEqual(['x-account-overview', undefined, []]);
		expect(r.rows).toEqual({ read: 4, inserted: 4, updated: 0, unchanged: 0, rejected: 0 });
		const [page] = await db.query('SELECT platform FROM pages');
		expect(page).toEqual({ platform: 'x' });
		expect(await rowsOf(db, 'page_daily', 'wh')).toEqual([
			// a blank Impressions is unknown
			day('2025-02-15', {
				fans_added: 0,
				fans_removed: 0,
				interactions: 2,
				page_views: 0,
				posts_published: 0
			}),
			day('2025-02-16', {
				fans_added: 7,
				fans_removed: 0,
				impressions_total: 300,
				interactions: 20,
				page_views: 3,
				posts_published: 1
			}),
			day('2025-02-17', {
				fans_added: 2,
				fans_removed: 1,
				impressions_total: 426,
				interactions: 49,
				page_views: 4,
				posts_published: 2
			}),
			day('2025-02-18', {
				fans_added: 1,
				fans_removed: 0,
				impressions_total: 62,
				interactions: 3,
				page_views: 1,
				posts_published: 0
			})
		]);
		const extras = await db.query(
			"SELECT metric, value FROM page_daily_extra WHERE day = '2025-02-16' ORDER BY metric"
		);
		expect(extras).toEqual([
			{ metric: 'Bookmarks', value: '0' },
			{ metric: 'Likes', value: '10' },
			{ metric: 'Media views', value: '9' },
			{ metric: 'Replies', value: '0' },
			{ metric: 'Reposts', value: '1' },
			{ metric: 'Shares', value: '0' },
			{ metric: 'Video views', value: '5' }
		]);
	});

	it('a weekday that is not the date’s own, or a negative count, is refused row by row', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'wh', X + 'account_overview_bad_rows.csv');
		expect(r.rows).toEqual({ read: 3, inserted: 1, updated: 0, unchanged: 0, rejected: 2 });
		expect(r.issues).toEqual([
			{ row: 2, column: 'Date', message: 'not a date (Tue, Feb 18, 2025): "Wed, Feb 18, 2025"' },
			{ row: 3, column: 'New follows', message: 'negative count: -2' }
		]);
	});

	it('content: one post per row, the day as published_at, raw text kept', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'wh', CONTENT);
		expect([r.format, r.error, r.rows.inserted, r.rows.rejected]).toEqual([
			'x-account-content',
			undefined,
			2,
			0
		]);
		const posts = await db.query(
			"SELECT post_id, strftime(published_at, '%Y-%m-%d %H:%M') AS at, message, permalink, impressions_total, reactions, comments, shares, clicks, engaged_users FROM posts ORDER BY post_id"
		);
		expect(posts).toEqual([
			{
				post_id: '1885000000000000002',
				at: '2025-02-01 00:00',
				message: 'line one\nline two',
				permalink: 'https://x.com/studio/status/1885000000000000002',
				impressions_total: 197,
				reactions: 10,
				comments: 1,
				shares: 0,
				clicks: 2,
				engaged_users: null
			},
			{
				post_id: '1891564128784855141',
				at: '2025-02-17 00:00',
				message: 'Live on the 19th, "18:00" — come! https://t.co/x',
				permalink: 'https://x.com/studio/status/1891564128784855141',
				impressions_total: 70,
				reactions: 3,
				comments: 0,
				shares: 0,
				clicks: 0,
				engaged_users: null
			}
		]);
		const before = await storeChecksum(db);
		const [again] = await importFixtures(db, 'wh', CONTENT);
		expect(again.rows.unchanged).toBe(2);
		expect(await storeChecksum(db)).toEqual(before);
	});
});

describe('YouTube Studio traffic-source report', () => {
	it('Chart data: each day keeps its views by source as extras; Table data is left out on purpose', async () => {
		const db = await createTestDb();
		const [chart, table] = await importFixtures(
			db,
			'yt',
			'youtube/traffic-chart-data.csv',
			'youtube/traffic-table-data.csv'
		);
		expect([chart.format, chart.error, chart.rows]).toEqual([
			'youtube-traffic-chart',
			undefined,
			{ read: 2, inserted: 2, updated: 0, unchanged: 0, rejected: 0 }
		]);
		expect(table.error).toBeUndefined();
		expect(table.skipped).toBe(
			"YouTube traffic sources over the whole period, with no day: not imported (left out on purpose; the daily split is in the report's Chart data file)"
		);
		expect(await rowsOf(db, 'page_daily', 'yt')).toEqual([day('2025-08-01'), day('2025-08-02')]);
		expect(
			await db.query(
				"SELECT strftime(day, '%Y-%m-%d') AS day, metric, num FROM page_daily_extra ORDER BY day, metric"
			)
		).toEqual([
			{ day: '2025-08-01', metric: 'Views · Browse features', num: 0 },
			{ day: '2025-08-01', metric: 'Views · External', num: 2 },
			{ day: '2025-08-01', metric: 'Views · YouTube search', num: 5 },
			{ day: '2025-08-02', metric: 'Views · Browse features', num: 1 },
			{ day: '2025-08-02', metric: 'Views · External', num: 7 },
			{ day: '2025-08-02', metric: 'Views · YouTube search', num: 0 }
		]);
	});
});
