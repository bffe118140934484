import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import { parseTable } from '../../../src/lib/server/importers/table.ts';
import {
	isoDayCell,
	promotedFlagCell,
	tweetIdCell,
	xTimeCell
} from '../../../src/lib/server/importers/x/cells.ts';
import {
	createTestDb,
	FIXTURES,
	importFixtures,
	rowsOf,
	storeChecksum,
	dailyRow
} from '../../helpers/db.ts';

const X = 'x/';
const text = (name: string) => readFileSync(join(FIXTURES, 'x', name), 'utf-8');
/** Every field quoted, LF line ends: the layout analytics.twitter.com writes. */
const csv = (rows: string[][]) =>
	rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\n') + '\n';
const bytesOf = (rows: string[][]) => new TextEncoder().encode(csv(rows));

/** A post as stored: X exports have no reach, type, engaged users or video views. */
const post = (v: Record<string, string | number | boolean | null>) => ({
	post_id: null,
	published_at: null,
	type: null,
	is_paid: null,
	message: null,
	permalink: null,
	reach_total: null,
	reach_organic: null,
	reach_paid: null,
	impressions_total: null,
	engaged_users: null,
	reactions: null,
	comments: null,
	shares: null,
	clicks: null,
	video_views: null,
	...v
});
const link = (id: string) => `https://twitter.com/sablier_demo/status/${id}`;

/** The rows of tweets-basic.csv, typed by hand (ordered by post_id). */
const basicPosts = [
	post({
		post_id: '1090000000000000001',
		published_at: '2019-01-02T09:05:00',
		is_paid: false,
		message:
			'Our "community call" &amp; <b>video</b>\n\nWelcome 🎉 to Zoë!\n#rstats https://t.co/xyz',
		permalink: link('1090000000000000001'),
		impressions_total: 1938,
		reactions: 1,
		comments: 0,
		shares: 0,
		clicks: 0
	}),
	post({
		post_id: '1090000000000000002',
		published_at: '2019-01-15T16:00:00',
		is_paid: true,
		message: 'Promoted: join our unconf',
		permalink: link('1090000000000000002'),
		impressions_total: 5200,
		reactions: 30,
		comments: 4,
		shares: 10,
		clicks: 50
	}),
	post({
		post_id: '1090000000000000003',
		published_at: '2019-01-31T23:32:00',
		is_paid: false,
		message: 'New #rstats package on CRAN https://t.co/abc123 - release notes',
		permalink: link('1090000000000000003'),
		impressions_total: 2633,
		reactions: 12,
		comments: 1,
		shares: 3,
		clicks: 15
	}),
	post({
		post_id: '1090000000000000004',
		published_at: '2019-01-20T12:00:00',
		is_paid: false,
		message: 'Promotion set up but never delivered',
		permalink: link('1090000000000000004'),
		impressions_total: 800,
		reactions: 2,
		comments: 0,
		shares: 1,
		clicks: 5
	})
];

const day = dailyRow;
/** The rows of daily-basic.csv, typed by hand: no follower numbers at all. */
const basicDays = [
	day('2021-01-01', { impressions_total: 6100, interactions: 250, posts_published: 8 }),
	day('2021-01-02', { impressions_total: 3800, interactions: 70, posts_published: 1 }),
	day('2021-01-03', { impressions_total: 2300, interactions: 40, posts_published: 0 })
];

describe('X cell parsers', () => {
	it('time: `YYYY-MM-DD HH:MM +0000` keeps its UTC clock; another offset is converted to UTC', () => {
		expect(xTimeCell.parse('2019-01-31 23:32 +0000')).toBe('2019-01-31 23:32:00');
		expect(xTimeCell.parse('2019-01-31 23:32:07 +0000')).toBe('2019-01-31 23:32:07');
		expect(xTimeCell.parse('2019-02-01 00:32 +0100')).toBe('2019-01-31 23:32:00');
		expect(xTimeCell.parse('2019-01-31 18:32 -05:00')).toBe('2019-01-31 23:32:00');
		expect(xTimeCell.parse('2020-02-29 23:30 -0100')).toBe('2020-03-01 00:30:00');
		expect(xTimeCell.parse('')).toBeNull();
		for (const bad of [
			'2019-01-31 23:32',
			'2019-02-30 10:00 +0000',
			'2019-01-31 24:00 +0000',
			'31/01/2019 23:32 +0000',
			'2005-01-01 10:00 +0000'
		])
			expect(xTimeCell.safeParse(bad).success, bad).toBe(false);
	});

	it('tweet ids stay exact text; a spreadsheet-rounded id is refused with the reason', () => {
		expect(tweetIdCell.parse('1090000000000000001')).toBe('1090000000000000001');
		expect(tweetIdCell.parse(' ')).toBeNull();
		const rounded = tweetIdCell.safeParse('1.09E+18');
		expect(rounded.success).toBe(false);
		expect(rounded.error?.issues[0].message).toBe(
			'not a tweet id: "1.09E+18" (a spreadsheet rounded it; export the file again)'
		);
		expect(tweetIdCell.safeParse('abc').error?.issues[0].message).toBe(
			'not a tweet id (digits only): "abc"'
		);
	});

	it('promoted impressions → is_paid: `-` and 0 are "not promoted", > 0 promoted, blank unknown', () => {
		expect(promotedFlagCell.parse('-')).toBe(false);
		expect(promotedFlagCell.parse('0')).toBe(false);
		expect(promotedFlagCell.parse('0.0')).toBe(false);
		expect(promotedFlagCell.parse('1200')).toBe(true);
		expect(promotedFlagCell.parse('3.0')).toBe(true);
		expect(promotedFlagCell.parse('')).toBeNull();
		expect(promotedFlagCell.safeParse('lots').success).toBe(false);
		expect(promotedFlagCell.safeParse('-3').success).toBe(false);
	});

	it('daily `Date` is YYYY-MM-DD, checked against the calendar', () => {
		expect(isoDayCell.parse('2021-12-31')).toBe('2021-12-31');
		expect(isoDayCell.parse('2020-02-29')).toBe('2020-02-29');
		for (const bad of ['2021-02-29', '1/2/2021', '2021-1-2', '', '2005-06-01'])
			expect(isoDayCell.safeParse(bad).success, bad).toBe(false);
	});
});

describe('X per-tweet export', () => {
	it('maps every tweet to exact canonical rows on an X page; ids exact, text raw, UTC clock', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'rop', X + 'tweets-basic.csv');
		expect(r.error).toBeUndefined();
		expect(r.format).toBe('x-tweet-activity');
		expect(r.rows).toEqual({ read: 4, inserted: 4, updated: 0, unchanged: 0, rejected: 0 });
		expect(r.issues).toEqual([]);
		expect(await rowsOf(db, 'posts', 'rop')).toEqual(basicPosts);
		const [page] = await db.query('SELECT platform, name FROM pages');
		expect(page).toEqual({ platform: 'x', name: 'rop' });
		const [imp] = await db.query(
			'SELECT encoding, first_day::VARCHAR AS f, last_day::VARCHAR AS l FROM imports'
		);
		expect(imp).toEqual({ encoding: 'utf-8', f: '2019-01-02', l: '2019-01-31' });
	});

	it('records which source column fed each canonical column; the rest are extras', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'rop', X + 'tweets-basic.csv');
		const cols = await db.query<{ name: string; target: string | null }>(
			'SELECT name, target FROM import_columns ORDER BY position'
		);
		expect(cols).toHaveLength(40);
		expect(cols.filter((c) => c.target)).toEqual([
			{ name: 'Tweet id', target: 'post_id' },
			{ name: 'Tweet permalink', target: 'permalink' },
			{ name: 'Tweet text', target: 'message' },
			{ name: 'time', target: 'published_at' },
			{ name: 'impressions', target: 'impressions_total' },
			{ name: 'retweets', target: 'shares' },
			{ name: 'replies', target: 'comments' },
			{ name: 'likes', target: 'reactions' },
			{ name: 'url clicks', target: 'clicks' }
		]);
		// 4 tweets × 31 unmapped columns, none blank in this export
		const [n] = await db.query('SELECT count(*)::INTEGER AS n FROM post_extra');
		expect(n).toEqual({ n: 124 });
		const extras = await db.query(
			`SELECT metric, value, num FROM post_extra WHERE post_id = '1090000000000000001'
			AND metric IN ('engagements', 'engagement rate', 'media views', 'follows',
				'promoted impressions', 'promoted likes') ORDER BY metric`
		);
		expect(extras).toEqual([
			{ metric: 'engagement rate', value: '9.803921568627451E-3', num: 0.009803921568627451 },
			{ metric: 'engagements', value: '19.0', num: 19 },
			{ metric: 'follows', value: '1', num: 1 },
			{ metric: 'media views', value: '156', num: 156 },
			// `-` = not promoted: kept as written, no number
			{ metric: 'promoted impressions', value: '-', num: null },
			{ metric: 'promoted likes', value: '-', num: null }
		]);
		const [paid] = await db.query(
			"SELECT value, num FROM post_extra WHERE post_id = '1090000000000000002' AND metric = 'promoted impressions'"
		);
		expect(paid).toEqual({ value: '1200', num: 1200 });
	});

	it('rejects bad rows with row number, column and reason, and keeps the rest', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'rop', X + 'tweets-rejected-rows.csv');
		expect(r.error).toBeUndefined();
		expect(r.rows).toEqual({ read: 7, inserted: 2, updated: 0, unchanged: 0, rejected: 5 });
		expect(r.issues).toEqual([
			{
				row: 3,
				column: 'Tweet id',
				message: 'not a tweet id: "1.1E+18" (a spreadsheet rounded it; export the file again)'
			},
			{
				row: 4,
				column: 'time',
				message: 'not a date and time (YYYY-MM-DD HH:MM +0000): "02/03/2019 10:00"'
			},
			{ row: 5, column: 'likes', message: 'not a whole number: "n/a"' },
			{ row: 6, column: 'promoted impressions', message: 'not a count or "-": "lots"' },
			{ row: 7, column: 'retweets', message: 'not a whole number: "2.5"' }
		]);
		const ids = (await rowsOf(db, 'posts', 'rop')).map((p) => p.post_id);
		expect(ids).toEqual(['1100000000000000001', '1100000000000000007']);
		const [extras] = await db.query(
			"SELECT count(*)::INTEGER AS n FROM post_extra WHERE post_id NOT IN ('1100000000000000001', '1100000000000000007')"
		);
		expect(extras).toEqual({ n: 0 });
	});

	it('is_paid is NULL when the promoted columns are absent or blank, never guessed', async () => {
		const rows = parseTable(text('tweets-basic.csv')).rows;
		const withoutPromoted = rows.map((r) => r.slice(0, 22));
		const blankPromoted = rows.map((r, i) =>
			i === 0 ? r : [...r.slice(0, 22), '', ...r.slice(23)]
		);
		const db = await createTestDb();
		const [a] = await importFiles(db, { page: 'a' }, [
			{ name: 'no-promoted.csv', bytes: bytesOf(withoutPromoted) }
		]);
		const [b] = await importFiles(db, { page: 'b' }, [
			{ name: 'blank-promoted.csv', bytes: bytesOf(blankPromoted) }
		]);
		expect([a.format, a.rows.inserted, b.format, b.rows.inserted]).toEqual([
			'x-tweet-activity',
			4,
			'x-tweet-activity',
			4
		]);
		const expected = basicPosts.map((p) => ({ ...p, is_paid: null }));
		expect(await rowsOf(db, 'posts', 'a')).toEqual(expected);
		expect(await rowsOf(db, 'posts', 'b')).toEqual(expected);
	});

	it('recognises the layout by its header, not by the file name', async () => {
		const db = await createTestDb();
		const [r] = await importFiles(db, { page: 'rop' }, [
			{
				name: 'daily_tweet_activity_metrics_x_20210101_20210201_en.csv',
				bytes: readFileSync(join(FIXTURES, 'x', 'tweets-basic.csv'))
			}
		]);
		expect(r.format).toBe('x-tweet-activity');
		expect(r.rows.inserted).toBe(4);
	});

	it('changes nothing when the same files are imported again', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'rop', X + 'tweets-basic.csv', X + 'tweets-rejected-rows.csv');
		const before = await storeChecksum(db);
		const again = await importFixtures(
			db,
			'rop',
			X + 'tweets-rejected-rows.csv',
			X + 'tweets-basic.csv'
		);
		expect(again.map((r) => r.rows)).toEqual([
			{ read: 7, inserted: 0, updated: 0, unchanged: 2, rejected: 5 },
			{ read: 4, inserted: 0, updated: 0, unchanged: 4, rejected: 0 }
		]);
		expect(await storeChecksum(db)).toEqual(before);
	});
});

describe('X daily export', () => {
	it('maps days to exact canonical rows; follows stay an extra, follower columns stay NULL', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'lisa', X + 'daily-basic.csv');
		expect(r.error).toBeUndefined();
		expect(r.format).toBe('x-daily-activity');
		expect(r.rows).toEqual({ read: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0 });
		expect(await rowsOf(db, 'page_daily', 'lisa')).toEqual(basicDays);
		const [page] = await db.query('SELECT platform FROM pages');
		expect(page).toEqual({ platform: 'x' });
		const follows = await db.query(
			"SELECT strftime(day, '%Y-%m-%d') AS d, value, num FROM page_daily_extra WHERE metric = 'follows' ORDER BY day"
		);
		expect(follows).toEqual([
			{ d: '2021-01-01', value: '0', num: 0 },
			{ d: '2021-01-02', value: '2', num: 2 },
			{ d: '2021-01-03', value: '0', num: 0 }
		]);
		const [promo] = await db.query(
			"SELECT count(*)::INTEGER AS n, count(num)::INTEGER AS nums FROM page_daily_extra WHERE metric LIKE 'promoted %' AND value = '-'"
		);
		expect(promo).toEqual({ n: 3 * 18, nums: 0 });
		const mapped = await db.query(
			'SELECT name, target FROM import_columns WHERE target IS NOT NULL ORDER BY position'
		);
		expect(mapped).toEqual([
			{ name: 'Date', target: 'day' },
			{ name: 'Tweets published', target: 'posts_published' },
			{ name: 'impressions', target: 'impressions_total' },
			{ name: 'engagements', target: 'interactions' }
		]);
	});

	it('rejects bad rows with row number, column and reason, and keeps the rest', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'lisa', X + 'daily-rejected-rows.csv');
		expect(r.rows).toEqual({ read: 5, inserted: 2, updated: 0, unchanged: 0, rejected: 3 });
		expect(r.issues).toEqual([
			{ row: 3, column: 'Date', message: 'not a date (YYYY-MM-DD): "1/2/2021"' },
			{ row: 4, column: 'Date', message: 'not a date (YYYY-MM-DD): "2021-02-30"' },
			{ row: 5, column: 'impressions', message: 'negative count: -12' }
		]);
		const days = (await rowsOf(db, 'page_daily', 'lisa')).map((d) => d.day);
		expect(days).toEqual(['2021-02-01', '2021-02-05']);
	});

	it('changes nothing when the same files are imported again', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'lisa', X + 'daily-basic.csv', X + 'daily-rejected-rows.csv');
		const before = await storeChecksum(db);
		const again = await importFixtures(
			db,
			'lisa',
			X + 'daily-basic.csv',
			X + 'daily-rejected-rows.csv'
		);
		expect(again.map((r) => r.rows.unchanged)).toEqual([3, 2]);
		expect(again.map((r) => r.rows.inserted + r.rows.updated)).toEqual([0, 0]);
		expect(await storeChecksum(db)).toEqual(before);
	});

	it('refuses a hand-kept monthly follower series: not an export, nothing imported', async () => {
		const db = await createTestDb();
		const before = await storeChecksum(db);
		const [r] = await importFiles(db, { page: 'rop' }, [
			{
				name: 'twitter_metrics_monthly.csv',
				bytes: new TextEncoder().encode(
					'commit_date,date,month,followers,new_followers,tweets,tweet_impressions,profile_visits,mentions\n' +
						'2021-01-03,2021-01-03,Nov,NA,147,33,122000,4846,128\n'
				)
			}
		]);
		expect(r.error).toMatch(
			/^not a recognised export: its header starts with "commit_date, date, month, followers"/
		);
		expect(await storeChecksum(db)).toEqual(before);
	});

	it('an X export cannot land on a Facebook page', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'p', 'facebook/page-overlap-a.csv');
		const before = await storeChecksum(db);
		const [r] = await importFixtures(db, 'p', X + 'daily-basic.csv');
		expect(r.error).toMatch(/page "p" is a facebook page/);
		expect(await storeChecksum(db)).toEqual(before);
	});
});
