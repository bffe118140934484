import { describe, expect, it } from 'vitest';
import { POST_COLUMNS } from '../../../src/lib/canonical.ts';
import { importers } from '../../../src/lib/server/importers/index.ts';
import { isoDayCell, publishDayCell } from '../../../src/lib/server/importers/youtube/cells.ts';
import { youtubeImporters } from '../../../src/lib/server/importers/youtube/index.ts';
import { createTestDb, importFixtures, rowsOf, storeChecksum, dailyRow } from '../../helpers/db.ts';
import type { Db } from '../../../src/lib/server/db/index.ts';

const Y = 'youtube/';
const day = dailyRow;
const nullPost = Object.fromEntries(POST_COLUMNS.map((c) => [c, null]));
const post = (id: string, v: Record<string, string | number | boolean | null>) => ({
	...nullPost,
	post_id: id,
	type: 'video',
	...v
});

const dailyExtras = (db: Db) =>
	db.query(
		"SELECT strftime(day, '%Y-%m-%d') AS day, metric, value, num FROM page_daily_extra ORDER BY day, metric"
	);
const postExtras = (db: Db, id: string) =>
	db.query(
		`SELECT metric, value, num FROM post_extra WHERE post_id = '${id}' ORDER BY metric COLLATE NOCASE`
	);

/** totals-subscribers.csv, typed by hand: net change only, one negative day, one blank (unknown) */
const subscribers = [
	day('2023-04-04', { fans_net: 0 }),
	day('2023-04-05', { fans_net: 3 }),
	day('2023-04-06', { fans_net: -2 }),
	day('2023-04-07'),
	day('2023-04-08', { fans_net: 5 })
];

describe('YouTube Studio Totals.csv', () => {
	it('maps Date,Subscribers to fans_net only (negative allowed, blank NULL); total, added, removed stay NULL', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'yt', Y + 'totals-subscribers.csv');
		expect(r.error).toBeUndefined();
		expect(r.format).toBe('youtube-totals');
		expect(r.rows).toEqual({ read: 5, inserted: 5, updated: 0, unchanged: 0, rejected: 0 });
		expect(r.issues).toEqual([]);
		expect(await rowsOf(db, 'page_daily', 'yt')).toEqual(subscribers);
		expect(await dailyExtras(db)).toEqual([]);
		const [page] = await db.query('SELECT platform FROM pages');
		expect(page).toEqual({ platform: 'youtube' });
		const columns = await db.query('SELECT name, target FROM import_columns ORDER BY position');
		expect(columns).toEqual([
			{ name: 'Date', target: 'day' },
			{ name: 'Subscribers', target: 'fans_net' }
		]);
	});

	it('keeps Date,Views as the extra `Views` (no canonical home): days exist, every metric NULL', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'yt', Y + 'totals-views.csv');
		expect(r.rows).toEqual({ read: 4, inserted: 4, updated: 0, unchanged: 0, rejected: 0 });
		expect(await rowsOf(db, 'page_daily', 'yt')).toEqual([
			day('2023-04-06'),
			day('2023-04-07'),
			day('2023-04-08'),
			day('2023-04-09')
		]);
		expect(await dailyExtras(db)).toEqual([
			{ day: '2023-04-06', metric: 'Views', value: '120', num: 120 },
			{ day: '2023-04-07', metric: 'Views', value: '95', num: 95 },
			{ day: '2023-04-08', metric: 'Views', value: '0', num: 0 },
			{ day: '2023-04-09', metric: 'Views', value: '210', num: 210 }
		]);
	});

	it('reads Date,Views,Subscribers in one file', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'yt', Y + 'totals-views-subscribers.csv');
		expect(r.rows).toEqual({ read: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0 });
		expect(await rowsOf(db, 'page_daily', 'yt')).toEqual([
			day('2024-01-01', { fans_net: 1 }),
			day('2024-01-02', { fans_net: -1 }),
			day('2024-01-03', { fans_net: 0 })
		]);
		expect((await dailyExtras(db)).map((e) => e.num)).toEqual([331, 605, 0]);
	});

	it('combines a Views file and a Subscribers file of one channel into the same days, in any order', async () => {
		const vs = await createTestDb();
		const [v1, s1] = await importFixtures(
			vs,
			'yt',
			Y + 'totals-views.csv',
			Y + 'totals-subscribers.csv'
		);
		const sv = await createTestDb();
		const [s2, v2] = await importFixtures(
			sv,
			'yt',
			Y + 'totals-subscribers.csv',
			Y + 'totals-views.csv'
		);
		expect(await storeChecksum(vs, 'data')).toEqual(await storeChecksum(sv, 'data'));
		expect(await rowsOf(vs, 'page_daily', 'yt')).toEqual([...subscribers, day('2023-04-09')]);
		expect((await dailyExtras(vs)).map((e) => [e.day, e.metric, e.num])).toEqual([
			['2023-04-06', 'Views', 120],
			['2023-04-07', 'Views', 95],
			['2023-04-08', 'Views', 0],
			['2023-04-09', 'Views', 210]
		]);
		// 04-07: blank subscribers and views already there → nothing new for that day
		expect(v1.rows).toEqual({ read: 4, inserted: 4, updated: 0, unchanged: 0, rejected: 0 });
		expect(s1.rows).toEqual({ read: 5, inserted: 2, updated: 2, unchanged: 1, rejected: 0 });
		expect(s2.rows).toEqual({ read: 5, inserted: 5, updated: 0, unchanged: 0, rejected: 0 });
		expect(v2.rows).toEqual({ read: 4, inserted: 1, updated: 3, unchanged: 0, rejected: 0 });
		// each file only gives the columns it has: neither outranks the other
		expect([...v1.issues, ...s1.issues, ...s2.issues, ...v2.issues]).toEqual([]);
	});

	it('rejects bad rows with row, column and reason (re-saved dates are not guessed) and keeps the rest', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'yt', Y + 'totals-rejected-rows.csv');
		expect(r.error).toBeUndefined();
		expect(r.rows).toEqual({ read: 6, inserted: 2, updated: 0, unchanged: 0, rejected: 4 });
		expect(r.issues).toEqual([
			{ row: 3, column: 'Date', message: 'not a date (YYYY-MM-DD): "5/2/2023"' },
			{ row: 4, column: 'Date', message: 'not a date (YYYY-MM-DD): "2023-02-30"' },
			{ row: 5, column: 'Subscribers', message: 'not a whole number: "1.5"' },
			{ row: 6, column: 'Subscribers', message: 'not a whole number: "many"' }
		]);
		expect(await rowsOf(db, 'page_daily', 'yt')).toEqual([
			day('2023-05-01', { fans_net: 2 }),
			day('2023-05-06', { fans_net: -3 })
		]);
	});
});

describe('YouTube Studio Table data.csv', () => {
	it('maps one row per video; the Total row is skipped, said so, and counted neither as read nor rejected', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'yt', Y + 'table-data-viewers.csv');
		expect(r.error).toBeUndefined();
		expect(r.format).toBe('youtube-table-data');
		expect(r.rows).toEqual({ read: 2, inserted: 2, updated: 0, unchanged: 0, rejected: 0 });
		expect(r.issues).toEqual([
			{
				row: 2,
				column: 'Content',
				message:
					'the "Total" row sums all videos and is not a post: skipped (counted neither as read nor as rejected)'
			}
		]);
		expect(await rowsOf(db, 'posts', 'yt')).toEqual([
			post('Zx9-Yw8Vu7T', {
				message: 'Bread, butter & "jam"',
				published_at: '2024-12-23T00:00:00',
				video_views: 21
			}),
			post('aB3dE5fG7hI', {
				message: 'Sunrise hike ❤️',
				published_at: '2025-01-08T00:00:00',
				video_views: 4
			})
		]);
		expect(await postExtras(db, 'Zx9-Yw8Vu7T')).toEqual([
			{ metric: 'Duration', value: '45', num: 45 },
			{ metric: 'New viewers', value: '9', num: 9 },
			{ metric: 'Regular viewers', value: '2', num: 2 },
			{ metric: 'Subscribers', value: '-2', num: -2 },
			{ metric: 'Watch time (hours)', value: '0.0581', num: 0.0581 }
		]);
		// blank cells (New/Regular viewers) are unknown: no extra at all
		expect(await postExtras(db, 'aB3dE5fG7hI')).toEqual([
			{ metric: 'Duration', value: '6', num: 6 },
			{ metric: 'Impressions click-through rate (%)', value: '14.29', num: 14.29 },
			{ metric: 'Subscribers', value: '0', num: 0 },
			{ metric: 'Watch time (hours)', value: '0.0034', num: 0.0034 }
		]);
		const [total] = await db.query(
			"SELECT count(*)::INTEGER AS n FROM posts WHERE post_id = 'Total'"
		);
		expect(total.n).toBe(0);
	});

	it('maps Impressions to impressions_total, trims the space Studio puts before an id starting with -, rejects bad rows', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'yt', Y + 'table-data-impressions.csv');
		expect(r.rows).toEqual({ read: 4, inserted: 2, updated: 0, unchanged: 0, rejected: 2 });
		expect(r.issues.slice(1)).toEqual([
			{ row: 5, column: 'Video publish time', message: 'not a date (Mon D, YYYY): "Feb 30, 2025"' },
			{ row: 6, column: 'Views', message: 'not a whole number: "1,024"' }
		]);
		expect(await rowsOf(db, 'posts', 'yt')).toEqual([
			post('-Pp0Oo9Ii8U', {
				message: 'Forget the pain… #ytshorts 🧬',
				published_at: '2025-09-04T00:00:00',
				impressions_total: 316,
				video_views: 5050
			}),
			post('Qq1Rr2Ss3Tt', {
				message: 'Consistency is the key #shorts',
				published_at: '2025-08-28T00:00:00',
				impressions_total: 456,
				video_views: 30331
			})
		]);
		expect(await postExtras(db, 'Qq1Rr2Ss3Tt')).toEqual([
			{ metric: 'Duration', value: '9', num: 9 },
			{ metric: 'Impressions click-through rate (%)', value: '3.51', num: 3.51 },
			{ metric: 'Subscribers', value: '14', num: 14 },
			{ metric: 'Watch time (hours)', value: '45.8772', num: 45.8772 }
		]);
	});
});

describe('YouTube Studio Chart data.csv', () => {
	it('becomes one post per video, each day kept whole as the extra `Views YYYY-MM-DD`; counts are per video', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'yt', Y + 'chart-data.csv');
		expect(r.error).toBeUndefined();
		expect(r.format).toBe('youtube-chart-data');
		// 7 lines: 2 videos + 1 rejected line
		expect(r.rows).toEqual({ read: 3, inserted: 2, updated: 0, unchanged: 0, rejected: 1 });
		expect(r.issues).toEqual([{ row: 5, column: 'Views', message: 'negative count: -4' }]);
		expect(await rowsOf(db, 'posts', 'yt')).toEqual([
			post('-Pp0Oo9Ii8U', {
				message: 'Forget the pain… #ytshorts 🧬',
				published_at: '2025-09-04T00:00:00'
			}),
			post('Qq1Rr2Ss3Tt', {
				message: 'Consistency is the key #shorts',
				published_at: '2025-08-28T00:00:00'
			})
		]);
		expect(await postExtras(db, 'Qq1Rr2Ss3Tt')).toEqual([
			{ metric: 'Duration', value: '9', num: 9 },
			{ metric: 'Views 2025-09-27', value: '0', num: 0 },
			{ metric: 'Views 2025-09-28', value: '1380', num: 1380 },
			{ metric: 'Views 2025-09-29', value: '1260', num: 1260 }
		]);
		// the blank day (09-29) is unknown: no extra, never 0
		expect(await postExtras(db, '-Pp0Oo9Ii8U')).toEqual([
			{ metric: 'Duration', value: '15', num: 15 },
			{ metric: 'Views 2025-09-27', value: '2', num: 2 },
			{ metric: 'Views 2025-09-28', value: '12', num: 12 }
		]);
		expect(await rowsOf(db, 'page_daily', 'yt')).toEqual([]);
		const columns = await db.query('SELECT name, target FROM import_columns ORDER BY position');
		expect(columns).toEqual([
			{ name: 'Date', target: null },
			{ name: 'Content', target: 'post_id' },
			{ name: 'Video title', target: 'message' },
			{ name: 'Video publish time', target: 'published_at' },
			{ name: 'Duration', target: null },
			{ name: 'Views', target: null }
		]);
	});

	it('keeps whatever metric Studio wrote (`New viewers`) the same way, unvalidated and raw', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'yt', Y + 'chart-data-new-viewers.csv');
		expect(r.rows).toEqual({ read: 1, inserted: 1, updated: 0, unchanged: 0, rejected: 0 });
		expect(await postExtras(db, 'aB3dE5fG7hI')).toEqual([
			{ metric: 'Duration', value: '6', num: 6 },
			{ metric: 'New viewers 2025-01-08', value: '3', num: 3 },
			{ metric: 'New viewers 2025-01-09', value: '0.5', num: 0.5 }
		]);
	});

	it('merges with Table data on the video id: views from the table, days from the chart', async () => {
		const db = await createTestDb();
		const results = await importFixtures(
			db,
			'yt',
			Y + 'table-data-impressions.csv',
			Y + 'chart-data.csv'
		);
		expect(results.map((r) => r.rows)).toEqual([
			{ read: 4, inserted: 2, updated: 0, unchanged: 0, rejected: 2 },
			{ read: 3, inserted: 0, updated: 2, unchanged: 0, rejected: 1 }
		]);
		const posts = await rowsOf(db, 'posts', 'yt');
		expect(posts.map((p) => [p.post_id, p.video_views, p.impressions_total])).toEqual([
			['-Pp0Oo9Ii8U', 5050, 316],
			['Qq1Rr2Ss3Tt', 30331, 456]
		]);
		expect((await postExtras(db, 'Qq1Rr2Ss3Tt')).map((e) => e.metric)).toEqual([
			'Duration',
			'Impressions click-through rate (%)',
			'Subscribers',
			'Views 2025-09-27',
			'Views 2025-09-28',
			'Views 2025-09-29',
			'Watch time (hours)'
		]);
	});

	it('fails a file where a video and day appear twice with different values, changing nothing', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'yt', Y + 'chart-data.csv');
		const before = await storeChecksum(db);
		const [r] = await importFixtures(db, 'yt', Y + 'chart-data-conflict.csv');
		expect(r.error).toBe('the file holds 1 row(s) contradicting an earlier row of the same video');
		// row 5 repeats row 3 exactly: it collapses and is not a conflict
		expect(r.issues).toEqual([
			{
				row: 4,
				column: null,
				message: 'Qq1Rr2Ss3Tt on 2025-09-28 already appears on row 2 with different values'
			}
		]);
		expect(await storeChecksum(db)).toEqual(before);
	});
});

describe('YouTube Studio exports together', () => {
	const all = [
		'totals-subscribers.csv',
		'totals-views.csv',
		'totals-views-subscribers.csv',
		'totals-rejected-rows.csv',
		'table-data-viewers.csv',
		'table-data-impressions.csv',
		'chart-data.csv',
		'chart-data-new-viewers.csv'
	].map((f) => Y + f);

	it('changes nothing when the same files are imported again', async () => {
		const db = await createTestDb();
		const first = await importFixtures(db, 'yt', ...all);
		expect(first.filter((r) => r.error)).toEqual([]);
		const before = await storeChecksum(db);
		const again = await importFixtures(db, 'yt', ...[...all].reverse());
		expect(again.map((r) => r.rows.inserted + r.rows.updated)).toEqual(all.map(() => 0));
		expect(again.map((r) => r.rows.unchanged)).toEqual([1, 2, 2, 2, 2, 3, 4, 5]);
		expect(await storeChecksum(db)).toEqual(before);
	});

	it('recognises each layout by its header only, and no other platform’s header', () => {
		const detect = (header: string) =>
			importers.find((i) => i.detect([header.split(',')]))?.id ?? null;
		expect(detect('Date,Subscribers')).toBe('youtube-totals');
		expect(detect('Date,Views')).toBe('youtube-totals');
		expect(detect('Date,Views,Subscribers')).toBe('youtube-totals');
		expect(detect('Date,New viewers')).toBe('youtube-totals');
		expect(detect('Date,Your estimated revenue (EUR)')).toBe('youtube-totals');
		expect(
			detect(
				'Content,Video title,Video publish time,Duration,Views,Watch time (hours),Subscribers,Impressions,Impressions click-through rate (%)'
			)
		).toBe('youtube-table-data');
		expect(detect('Date,Content,Video title,Video publish time,Duration,Views')).toBe(
			'youtube-chart-data'
		);
		// X daily activity and Meta Business Suite daily files also start with Date
		const youtube = (header: string) => youtubeImporters.some((i) => i.detect([header.split(',')]));
		expect(youtube('Date,Tweets published,impressions,engagements')).toBe(false);
		expect(youtube('Date,Primary')).toBe(false);
		expect(youtube('Date')).toBe(false);
		expect(youtube('Date,Subscribers,Notes')).toBe(false);
		expect(youtube('Content,Video title,Video publish time,Date')).toBe(true); // by names, not order
		expect(youtube('Post ID,Permalink,Posted')).toBe(false);
	});
});

describe('YouTube cells', () => {
	it('Date: YYYY-MM-DD only, checked against the calendar', () => {
		expect(isoDayCell.parse(' 2024-02-29 ')).toBe('2024-02-29');
		expect(isoDayCell.safeParse('2023-02-29').success).toBe(false);
		expect(isoDayCell.safeParse('2004-12-31').error?.issues[0].message).toBe(
			'date before 2005: 2004-12-31'
		);
		expect(isoDayCell.safeParse('13-06-2025').success).toBe(false);
		expect(isoDayCell.safeParse('1/2/2022').success).toBe(false);
		expect(isoDayCell.safeParse('').success).toBe(false);
	});
	it('Video publish time: `Aug 28, 2025` → the day at 00:00:00; blank is null', () => {
		expect(publishDayCell.parse('Aug 28, 2025')).toBe('2025-08-28 00:00:00');
		expect(publishDayCell.parse('Sep 4, 2025')).toBe('2025-09-04 00:00:00');
		expect(publishDayCell.parse('Sept 4, 2025')).toBe('2025-09-04 00:00:00');
		expect(publishDayCell.parse('September 4, 2025')).toBe('2025-09-04 00:00:00');
		expect(publishDayCell.parse('Feb 29, 2024')).toBe('2024-02-29 00:00:00');
		expect(publishDayCell.parse('  ')).toBeNull();
		expect(publishDayCell.safeParse('Feb 29, 2025').success).toBe(false);
		expect(publishDayCell.safeParse('Foo 1, 2025').success).toBe(false);
		expect(publishDayCell.safeParse('2025-08-28').success).toBe(false);
	});
});
