import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POST_COLUMNS } from '../../../src/lib/canonical.ts';
import type { Db } from '../../../src/lib/server/db/index.ts';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import { decode } from '../../../src/lib/server/importers/decode.ts';
import { importers } from '../../../src/lib/server/importers/index.ts';
import { metaDayCell, metaPostIdCell } from '../../../src/lib/server/importers/meta/cells.ts';
import {
	metaDailyFacebook,
	metaDailyInstagram
} from '../../../src/lib/server/importers/meta/daily-metric.ts';
import { metaImporters } from '../../../src/lib/server/importers/meta/index.ts';
import { parseTable } from '../../../src/lib/server/importers/table.ts';
import {
	createTestDb,
	FIXTURES,
	importFixtures,
	rowsOf,
	storeChecksum,
	dailyRow,
	fixture
} from '../../helpers/db.ts';

const M = 'meta/';
const FB = { page: 'studio', platform: 'facebook' } as const;
const bytes = (name: string) => readFileSync(join(FIXTURES, 'meta', name));
const rowsOfFile = (name: string) => parseTable(decode(bytes(name)).text).rows;

const day = dailyRow;
const nullPost = Object.fromEntries(POST_COLUMNS.map((c) => [c, null]));
const post = (id: string, v: Record<string, string | number | boolean | null>) => ({
	...nullPost,
	post_id: id,
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
const extraOf = (day: string, metric: string, value: string) => ({
	day,
	metric,
	value,
	num: Number(value)
});

/** follows-facebook.csv, typed by hand: 08-02 and 08-04 are absent from the file (0 follows). */
const follows = [
	day('2025-08-01', { fans_added: 20 }),
	day('2025-08-03', { fans_added: 5 }),
	day('2025-08-05', { fans_added: 12 })
];

describe('Meta cell parsers', () => {
	it('daily `Date`: the start of a day only, checked against the calendar', () => {
		expect(metaDayCell.parse('2025-08-01T00:00:00')).toBe('2025-08-01');
		expect(metaDayCell.parse(' 2024-02-29T00:00:00 ')).toBe('2024-02-29');
		// Meta writes T01:00:00 in US winter, T00:00:00 in summer: the day is the date part
		expect(metaDayCell.parse('2025-03-09T01:00:00')).toBe('2025-03-09');
		expect(metaDayCell.parse('2025-03-10T00:00:00')).toBe('2025-03-10');
		expect(metaDayCell.parse('2025-08-01T12:00:00')).toBe('2025-08-01');
		expect(metaDayCell.parse('2025-08-01')).toBe('2025-08-01');
		expect(metaDayCell.parse('2025-08-01 00:00:00')).toBe('2025-08-01');
		expect(metaDayCell.safeParse('2025-08-01T25:00:00').error?.issues[0].message).toBe(
			'not a day (YYYY-MM-DDT00:00:00): "2025-08-01T25:00:00"'
		);
		expect(metaDayCell.safeParse('8/1/2025').error?.issues[0].message).toBe(
			'not a day (YYYY-MM-DDT00:00:00): "8/1/2025"'
		);
		for (const bad of ['2025-02-29T00:00:00', '2025-08-01T00:61:00', '2003-12-31T00:00:00', ''])
			expect(metaDayCell.safeParse(bad).success, bad).toBe(false);
	});

	it('post ids stay exact text; a spreadsheet-rounded id is refused with the reason', () => {
		expect(metaPostIdCell.parse('18182686576415017')).toBe('18182686576415017');
		expect(metaPostIdCell.parse('100045700821521_1827720132094663')).toBe(
			'100045700821521_1827720132094663'
		);
		expect(metaPostIdCell.parse('  ')).toBeNull();
		expect(metaPostIdCell.safeParse('1.8E+15').error?.issues[0].message).toBe(
			'not a post id: "1.8E+15" (a spreadsheet rounded it; export the file again)'
		);
		expect(metaPostIdCell.safeParse('abc').error?.issues[0].message).toBe(
			'not a post id (digits only): "abc"'
		);
	});
});

describe('MBS per-metric daily files', () => {
	it('is registered, after the legacy Facebook layouts', () => {
		const at = (id: string) => importers.findIndex((i) => i.id === id);
		for (const m of metaImporters) expect(at(m.id)).toBeGreaterThan(at('facebook-insights-posts'));
		expect(metaImporters.map((i) => i.id)).toEqual([
			'meta-daily-facebook',
			'meta-daily-instagram',
			'meta-facebook-posts',
			'meta-instagram-posts',
			'meta-audience'
		]);
	});

	it('decodes UTF-16 LE; `sep=,` and the name are rows 1–2, the header row 3, days from row 4', () => {
		const raw = bytes('follows-facebook.csv');
		expect([raw[0], raw[1]]).toEqual([0xff, 0xfe]);
		expect(decode(raw).encoding).toBe('utf-16le');
		const rows = rowsOfFile('follows-facebook.csv');
		// papaparse splits `sep=,` on its own comma
		expect(rows.slice(0, 4)).toEqual([
			['sep=', ''],
			['Facebook follows'],
			['Date', 'Primary'],
			['2025-08-01T00:00:00', '20']
		]);
		expect(metaDailyFacebook.detect(rows)).toBe(true);
		expect(metaDailyInstagram.detect(rows)).toBe(false);
		const mapped = metaDailyFacebook.map(rows, { sha256: 'x' });
		expect(mapped.records.map((r) => [r.row, r.key])).toEqual([
			[4, '2025-08-01'],
			[5, '2025-08-03'],
			[6, '2025-08-05']
		]);
		expect(mapped.read).toBe(3);
	});

	it('Facebook follows → fans_added; missing days stay missing, unfollows unknown (NULL)', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'studio', M + 'follows-facebook.csv');
		expect(r.error).toBeUndefined();
		expect(r.format).toBe('meta-daily-facebook');
		expect(r.rows).toEqual({ read: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0 });
		expect(r.issues).toEqual([]);
		// exactly the three listed days: no row (and no 0) for 08-02 and 08-04
		expect(await rowsOf(db, 'page_daily', 'studio')).toEqual(follows);
		expect(await dailyExtras(db)).toEqual([]);
		const [page] = await db.query('SELECT platform FROM pages');
		expect(page).toEqual({ platform: 'facebook' });
		const [imp] = await db.query(
			'SELECT format, encoding, first_day::VARCHAR AS f, last_day::VARCHAR AS l FROM imports'
		);
		expect(imp).toEqual({
			format: 'meta-daily-facebook',
			encoding: 'utf-16le',
			f: '2025-08-01',
			l: '2025-08-05'
		});
		expect(
			await db.query('SELECT name, description, target FROM import_columns ORDER BY position')
		).toEqual([
			{ name: 'Date', description: null, target: 'day' },
			{
				name: 'Facebook follows',
				description: 'column "Primary" of the "Facebook follows" file',
				target: 'fans_added'
			}
		]);
	});

	it.each([
		{
			file: 'viewers.csv',
			metric: 'Viewers',
			days: [
				day('2025-08-01', { reach_total: 900 }),
				day('2025-08-02', { reach_total: 610 }),
				day('2025-08-03', { reach_total: 0 })
			],
			extras: []
		},
		{
			file: 'interactions.csv',
			metric: 'Content interactions',
			days: [
				day('2025-08-01', { interactions: 75 }),
				day('2025-08-02', { interactions: 40 }),
				day('2025-08-03', { interactions: 3 })
			],
			extras: []
		},
		{
			file: 'reach-pt.csv',
			metric: 'Alcance no Facebook',
			days: [day('2025-08-01', { reach_total: 880 }), day('2025-08-02', { reach_total: 600 })],
			extras: []
		},
		{
			file: 'link-clicks.csv',
			metric: 'Facebook link clicks',
			days: [day('2025-08-01'), day('2025-08-02')],
			extras: [
				extraOf('2025-08-01', 'Facebook link clicks', '6'),
				extraOf('2025-08-02', 'Facebook link clicks', '2')
			]
		},
		{
			file: 'views.csv',
			metric: 'Views',
			days: ['01', '02', '03', '04', '05'].map((d) => day(`2025-08-${d}`)),
			extras: [
				extraOf('2025-08-01', 'Views', '1500'),
				extraOf('2025-08-02', 'Views', '980'),
				extraOf('2025-08-03', 'Views', '0'),
				extraOf('2025-08-04', 'Views', '2210'),
				extraOf('2025-08-05', 'Views', '1730')
			]
		}
	])('$metric ($file) maps by its name; unmapped ones are extras named after it', async (c) => {
		const db = await createTestDb();
		// these names say no platform: a new page is given one (else refused, see below)
		const [r] = await importFiles(db, FB, [fixture(M + c.file)]);
		expect(r.error).toBeUndefined();
		expect(r.format).toBe('meta-daily-facebook');
		expect(r.rows.inserted).toBe(c.days.length);
		expect(await rowsOf(db, 'page_daily', 'studio')).toEqual(c.days);
		expect(await dailyExtras(db)).toEqual(c.extras);
		const [col] = await db.query('SELECT name FROM import_columns WHERE position = 1');
		expect(col).toEqual({ name: c.metric });
	});

	it('Facebook visits → page_views', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'studio', M + 'visits.csv');
		expect(await rowsOf(db, 'page_daily', 'studio')).toEqual([
			day('2025-08-01', { page_views: 41 }),
			day('2025-08-02', { page_views: 37 }),
			day('2025-08-03', { page_views: 12 }),
			day('2025-08-04', { page_views: 58 }),
			day('2025-08-05', { page_views: 44 })
		]);
	});

	it('the monetisation variant keeps its extra columns, named after the metric', async () => {
		const db = await createTestDb();
		const [r] = await importFiles(db, FB, [fixture(M + 'earnings.csv')]);
		expect(r.rows).toEqual({ read: 2, inserted: 2, updated: 0, unchanged: 0, rejected: 0 });
		expect(await rowsOf(db, 'page_daily', 'studio')).toEqual([
			day('2026-08-06'),
			day('2026-08-07')
		]);
		const E = 'Approximate earnings';
		expect(await dailyExtras(db)).toEqual([
			extraOf('2026-08-06', E, '23.936'),
			extraOf('2026-08-06', `${E} - content_monetization`, '0.566'),
			extraOf('2026-08-06', `${E} - stars`, '0'),
			extraOf('2026-08-06', `${E} - subscriptions`, '23.37'),
			// a blank cell is no value, not 0
			extraOf('2026-08-07', E, '1.74'),
			extraOf('2026-08-07', `${E} - stars`, '0'),
			extraOf('2026-08-07', `${E} - subscriptions`, '1.74')
		]);
		expect(
			await db.query('SELECT name, description, target FROM import_columns ORDER BY position')
		).toEqual([
			{ name: 'Date', description: null, target: 'day' },
			{ name: E, description: `column "Primary" of the "${E}" file`, target: null },
			{
				name: `${E} - content_monetization`,
				description: `column "content_monetization" of the "${E}" file`,
				target: null
			},
			{ name: `${E} - stars`, description: `column "stars" of the "${E}" file`, target: null },
			{
				name: `${E} - subscriptions`,
				description: `column "subscriptions" of the "${E}" file`,
				target: null
			}
		]);
	});

	it('Instagram follows → fans_added of an Instagram page; never onto a Facebook page', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'insta', M + 'follows-instagram.csv');
		expect(r.format).toBe('meta-daily-instagram');
		expect(await rowsOf(db, 'page_daily', 'insta')).toEqual([
			day('2025-08-01', { fans_added: 3 }),
			day('2025-08-04', { fans_added: 1 })
		]);
		const [page] = await db.query('SELECT platform FROM pages');
		expect(page).toEqual({ platform: 'instagram' });

		await importFixtures(db, 'studio', M + 'follows-facebook.csv');
		const before = await storeChecksum(db);
		const [wrong] = await importFixtures(db, 'studio', M + 'follows-instagram.csv');
		expect(wrong.error).toBe('this is an export of instagram but page "studio" is a facebook page');
		expect(await storeChecksum(db)).toEqual(before);
	});

	it('Views and Viewers name no platform: they go into an Instagram page too, Facebook follows do not', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'insta', M + 'follows-instagram.csv');
		const results = await importFixtures(db, 'insta', M + 'views.csv', M + 'viewers.csv');
		expect(results.map((r) => [r.format, r.error])).toEqual([
			['meta-daily-facebook', undefined],
			['meta-daily-facebook', undefined]
		]);
		const [viewers] = await db.query<{ n: number }>(
			"SELECT count(reach_total)::INTEGER AS n FROM page_daily d JOIN pages p ON p.id = d.page_id WHERE p.slug = 'insta'"
		);
		expect(viewers.n).toBeGreaterThan(0);
		const before = await storeChecksum(db);
		const [wrong] = await importFixtures(db, 'insta', M + 'follows-facebook.csv');
		expect(wrong.error).toBe('this is an export of facebook but page "insta" is an instagram page');
		expect(await storeChecksum(db)).toEqual(before);
	});

	it('rejects bad rows with the file’s own row number, column and reason, and keeps the rest', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'studio', M + 'follows-rejected-rows.csv');
		expect(r.error).toBeUndefined();
		expect(r.rows).toEqual({ read: 9, inserted: 3, updated: 0, unchanged: 0, rejected: 6 });
		expect(r.issues).toEqual([
			{
				row: 5,
				column: 'Date',
				message: 'not a day (YYYY-MM-DDT00:00:00): "2025-09-02T25:00:00"'
			},
			{ row: 6, column: 'Date', message: 'not a day (YYYY-MM-DDT00:00:00): "09/03/2025"' },
			{ row: 7, column: 'Facebook follows', message: 'negative count: -2' },
			{ row: 8, column: 'Facebook follows', message: 'not a whole number: "1.5"' },
			{ row: 9, column: null, message: 'row has 1 fields, the header has 2' },
			{
				row: 10,
				column: 'Date',
				message: 'not a day (YYYY-MM-DDT00:00:00): "2025-02-30T00:00:00"'
			}
		]);
		expect(await rowsOf(db, 'page_daily', 'studio')).toEqual([
			day('2025-09-01', { fans_added: 7 }),
			// a blank cell: the day is listed, its count unknown (NULL, not 0)
			day('2025-09-08'),
			day('2025-09-09', { fans_added: 9 })
		]);
	});

	it('a file without the `sep=,` line is read the same, its header on row 2', () => {
		const rows = rowsOfFile('follows-rejected-rows.csv').slice(1);
		expect(metaDailyFacebook.detect(rows)).toBe(true);
		const mapped = metaDailyFacebook.map(rows, { sha256: 'x' });
		expect(mapped.records.map((r) => r.row)).toEqual([3, 10, 11]);
		expect(mapped.issues.map((i) => i.row)).toEqual([4, 5, 6, 7, 8, 9]);
	});

	it('is recognised by the preamble only: `Date,Primary` alone is not one; Audience.csv is left out', async () => {
		for (const rows of [
			[
				['Date', 'Primary'],
				['2025-08-01T00:00:00', '20']
			],
			[
				['sep=', ''],
				['Date', 'Primary'],
				['2025-08-01T00:00:00', '20']
			],
			[
				['sep=', ''],
				['Facebook follows', 'x'],
				['Date', 'Primary']
			]
		])
			expect(importers.some((i) => i.detect(rows))).toBe(false);
		const db = await createTestDb();
		const [r] = await importFiles(db, { page: 'studio' }, [
			{
				name: 'Audience.csv',
				bytes: new TextEncoder().encode(
					'sep=,\n"Age & gender"\n"","Women","Men"\n"18-24","10","12"\n'
				)
			}
		]);
		// Audience.csv: recognised, and left out on purpose (no day), the store untouched
		expect(r.error).toBeUndefined();
		expect(r.skipped).toBe(
			'Meta Business Suite audience (age and gender, countries, cities): a breakdown without a day, not imported (left out on purpose)'
		);
		expect(await db.query('SELECT * FROM pages')).toEqual([]);
	});

	it('several metric files combine on the same days, in any order, each column on its own', async () => {
		const files = [M + 'follows-facebook.csv', M + 'views.csv', M + 'visits.csv'];
		const a = await createTestDb();
		const b = await createTestDb();
		const ra = await importFixtures(a, 'studio', ...files);
		const rb = await importFixtures(b, 'studio', ...[...files].reverse());
		expect(ra.map((r) => r.rows)).toEqual([
			{ read: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0 },
			// 08-01/03/05 gain a Views extra; 08-02 and 08-04 are new days
			{ read: 5, inserted: 2, updated: 3, unchanged: 0, rejected: 0 },
			{ read: 5, inserted: 0, updated: 5, unchanged: 0, rejected: 0 }
		]);
		expect(rb.map((r) => r.rows.inserted)).toEqual([5, 0, 0]);
		expect(await storeChecksum(a, 'data')).toEqual(await storeChecksum(b, 'data'));
		const visits = [41, 37, 12, 58, 44];
		const added = [20, null, 5, null, 12];
		expect(await rowsOf(a, 'page_daily', 'studio')).toEqual(
			['01', '02', '03', '04', '05'].map((d, i) =>
				day(`2025-08-${d}`, { fans_added: added[i], page_views: visits[i] })
			)
		);
		expect(await dailyExtras(a)).toEqual([
			extraOf('2025-08-01', 'Views', '1500'),
			extraOf('2025-08-02', 'Views', '980'),
			extraOf('2025-08-03', 'Views', '0'),
			extraOf('2025-08-04', 'Views', '2210'),
			extraOf('2025-08-05', 'Views', '1730')
		]);
	});

	it('changes nothing when the same files are imported again', async () => {
		const db = await createTestDb();
		const files = [
			'follows-facebook.csv',
			'views.csv',
			'visits.csv',
			'viewers.csv',
			'interactions.csv',
			'link-clicks.csv',
			'earnings.csv',
			'follows-rejected-rows.csv'
		].map((f) => M + f);
		await importFixtures(db, 'studio', ...files);
		const before = await storeChecksum(db);
		const again = await importFixtures(db, 'studio', ...files);
		expect(again.map((r) => r.rows.inserted + r.rows.updated)).toEqual(files.map(() => 0));
		expect(again.map((r) => r.rows.unchanged)).toEqual([3, 5, 5, 3, 3, 2, 2, 3]);
		expect(await storeChecksum(db)).toEqual(before);
	});
});

/** facebook-posts.csv, typed by hand (ordered by post_id) */
const fbPosts = [
	post('1815000000000002', {
		published_at: '2026-03-01T09:00:00',
		type: 'Links',
		// Description wins over Title when both are filled; Title stays an extra
		message: 'Spring sale: 20% off until Sunday https://example.com/sale',
		permalink: 'https://www.facebook.com/studiosablier/posts/pfbid0DDD',
		reach_total: 250,
		reactions: 7,
		comments: 1,
		shares: 1,
		clicks: 31
	}),
	post('1819000000000001', {
		published_at: '2025-12-31T23:59:00',
		type: 'Reels',
		message: 'Reel: 30 seconds in the workshop',
		permalink: 'https://www.facebook.com/reel/1819000000000001',
		reach_total: 3100,
		reactions: 200,
		comments: 40,
		shares: 20,
		clicks: 90
	}),
	post('1823209189212424', {
		published_at: '2026-03-24T15:30:00',
		type: 'Videos',
		message: 'How we make a watch strap — the full video',
		permalink: 'https://www.facebook.com/studiosablier/videos/1823209189212424',
		reach_total: 410,
		reactions: 25,
		comments: 5,
		shares: 3,
		clicks: 48
	}),
	post('1827720132094663', {
		published_at: '2026-03-27T06:08:00',
		type: 'Photos',
		// Description blank: the caption is in Title, kept raw (line break, quotes, emoji)
		message:
			'An autumn favourite is back! 🍁 \nCooler days are a good excuse to slow down, "really".',
		permalink: 'https://www.facebook.com/studiosablier/posts/pfbid0AAA',
		reach_total: 20,
		reactions: 4,
		comments: 0,
		shares: 0,
		clicks: 2
	})
];

describe('MBS Facebook post export', () => {
	it('maps every post to exact canonical rows; is_paid, video_views, impressions stay NULL', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'studio', M + 'facebook-posts.csv');
		expect(r.error).toBeUndefined();
		expect(r.format).toBe('meta-facebook-posts');
		expect(r.rows).toEqual({ read: 4, inserted: 4, updated: 0, unchanged: 0, rejected: 0 });
		expect(r.issues).toEqual([]);
		expect(await rowsOf(db, 'posts', 'studio')).toEqual(fbPosts);
		const [imp] = await db.query(
			'SELECT encoding, first_day::VARCHAR AS f, last_day::VARCHAR AS l FROM imports'
		);
		expect(imp).toEqual({ encoding: 'utf-8', f: '2025-12-31', l: '2026-03-27' });
		const cols = await db.query<{ name: string; target: string | null }>(
			'SELECT name, target FROM import_columns ORDER BY position'
		);
		expect(cols).toHaveLength(33);
		expect(cols.filter((c) => c.target)).toEqual([
			{ name: 'Post ID', target: 'post_id' },
			{ name: 'Description', target: 'message' },
			{ name: 'Publish time', target: 'published_at' },
			{ name: 'Permalink', target: 'permalink' },
			{ name: 'Post type', target: 'type' },
			{ name: 'Reach', target: 'reach_total' },
			{ name: 'Reactions', target: 'reactions' },
			{ name: 'Comments', target: 'comments' },
			{ name: 'Shares', target: 'shares' },
			{ name: 'Total clicks', target: 'clicks' }
		]);
	});

	it('keeps Views, Title and every other column as extras; blank cells (Funded content status) none', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'studio', M + 'facebook-posts.csv');
		const n = (v: string) => ({ value: v, num: Number(v) });
		expect(await postExtras(db, '1823209189212424')).toEqual([
			{ metric: 'Ad CPM (USD)', ...n('1.05') },
			{ metric: 'Ad impressions', ...n('400') },
			{ metric: 'Average Seconds viewed', ...n('20') },
			{ metric: 'Caption type', value: 'N/A', num: null },
			{ metric: 'Date', value: 'Lifetime', num: null },
			{ metric: 'Duration (sec)', ...n('95') },
			{ metric: 'Estimated earnings (USD)', ...n('0.42') },
			{ metric: 'Is crosspost', ...n('0') },
			{ metric: 'Is share', ...n('0') },
			{ metric: 'Link Clicks', ...n('0') },
			{ metric: 'Matched Audience Targeting Consumption (Photo Click)', ...n('8') },
			{ metric: 'Negative feedback from users: Hide all', ...n('1') },
			{ metric: 'Other Clicks', ...n('40') },
			{ metric: 'Page ID', ...n('100045700821521') },
			{ metric: 'Page name', value: 'Studio Sablier', num: null },
			{ metric: 'Reactions, Comments and Shares', ...n('33') },
			{ metric: 'Seconds viewed', ...n('12800') },
			{ metric: 'Title', value: 'Behind the scenes', num: null },
			{ metric: 'Views', ...n('640') }
		]);
		const [funded] = await db.query(
			"SELECT count(*)::INTEGER AS n FROM post_extra WHERE metric IN ('Funded content status', 'Languages', 'Custom labels', 'Data comment')"
		);
		expect(funded).toEqual({ n: 0 });
	});

	it('rejects bad rows with row number, column and reason; a 32-column month reads the same', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'studio', M + 'facebook-posts-rejected-rows.csv');
		expect(r.error).toBeUndefined();
		expect(r.format).toBe('meta-facebook-posts');
		expect(r.rows).toEqual({ read: 6, inserted: 2, updated: 0, unchanged: 0, rejected: 4 });
		expect(r.issues).toEqual([
			{
				row: 3,
				column: 'Post ID',
				message: 'not a post id: "1.8E+15" (a spreadsheet rounded it; export the file again)'
			},
			{ row: 4, column: 'Publish time', message: 'not a date and time: "2026-02-02 10:00"' },
			{ row: 5, column: 'Reach', message: 'not a whole number: "N/A"' },
			{
				row: 6,
				column: 'Post ID',
				message: 'no post id: a row without one is not a post (left out)'
			}
		]);
		const ok = {
			published_at: '2026-02-02T10:00:00',
			type: 'Photos',
			permalink: 'https://www.facebook.com/studiosablier/posts/pfbid0REJ',
			reach_total: 8,
			reactions: 1,
			comments: 0,
			shares: 0,
			clicks: 0
		};
		expect(await rowsOf(db, 'posts', 'studio')).toEqual([
			post('1800000000000001', { ...ok, message: 'ok' }),
			post('1800000000000007', { ...ok, message: 'also ok' })
		]);
	});

	it('changes nothing when the same files are imported again', async () => {
		const db = await createTestDb();
		const files = [M + 'facebook-posts.csv', M + 'facebook-posts-rejected-rows.csv'];
		await importFixtures(db, 'studio', ...files);
		const before = await storeChecksum(db);
		const again = await importFixtures(db, 'studio', ...files);
		expect(again.map((r) => r.rows)).toEqual([
			{ read: 4, inserted: 0, updated: 0, unchanged: 4, rejected: 0 },
			{ read: 6, inserted: 0, updated: 0, unchanged: 2, rejected: 4 }
		]);
		expect(await storeChecksum(db)).toEqual(before);
	});
});

/** instagram-posts.csv, typed by hand (ordered by post_id) */
const igPosts = [
	post('18050000000000002', {
		published_at: '2026-03-27T06:08:00',
		type: 'IG reel',
		message: 'Workshop reel, 28 seconds',
		permalink: 'https://www.instagram.com/reel/DEF456/',
		reach_total: 1800,
		reactions: 120,
		comments: 9,
		shares: 14
	}),
	post('18060000000000003', {
		published_at: '2026-03-28T20:15:00',
		type: 'IG story',
		permalink: 'https://www.instagram.com/stories/studiosablier/18060000000000003/',
		reach_total: 280,
		reactions: 0,
		comments: 0,
		shares: 1
	}),
	post('18182686576415017', {
		published_at: '2025-09-24T15:30:00',
		type: 'IG carousel',
		message: 'Take yourself back to the shore. 🤍 \nThe sound of the water.',
		permalink: 'https://www.instagram.com/p/Ddr9jGEmLMp/',
		reach_total: 40,
		reactions: 4,
		comments: 0,
		shares: 0
	})
];

describe('MBS Instagram post export', () => {
	it('maps every post to exact canonical rows on an Instagram page; ids past 2^53 exact', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'insta', M + 'instagram-posts.csv');
		expect(r.error).toBeUndefined();
		expect(r.format).toBe('meta-instagram-posts');
		expect(r.rows).toEqual({ read: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0 });
		expect(await rowsOf(db, 'posts', 'insta')).toEqual(igPosts);
		const [page] = await db.query('SELECT platform FROM pages');
		expect(page).toEqual({ platform: 'instagram' });
		expect(
			await db.query(
				'SELECT name, target FROM import_columns WHERE target IS NOT NULL ORDER BY position'
			)
		).toEqual([
			{ name: 'Post ID', target: 'post_id' },
			{ name: 'Description', target: 'message' },
			{ name: 'Publish time', target: 'published_at' },
			{ name: 'Permalink', target: 'permalink' },
			{ name: 'Post type', target: 'type' },
			{ name: 'Reach', target: 'reach_total' },
			{ name: 'Likes', target: 'reactions' },
			{ name: 'Shares', target: 'shares' },
			{ name: 'Comments', target: 'comments' }
		]);
		const metrics = await db.query(
			"SELECT metric, value, num FROM post_extra WHERE post_id = '18050000000000002' AND metric IN ('Views', 'Saves', 'Follows') ORDER BY metric"
		);
		expect(metrics).toEqual([
			{ metric: 'Follows', value: '6', num: 6 },
			{ metric: 'Saves', value: '22', num: 22 },
			{ metric: 'Views', value: '2500', num: 2500 }
		]);
		// the story's blank Saves is no value
		const [saves] = await db.query(
			"SELECT count(*)::INTEGER AS n FROM post_extra WHERE post_id = '18060000000000003' AND metric = 'Saves'"
		);
		expect(saves).toEqual({ n: 0 });
	});

	it('the other column order gives the same posts and extras', async () => {
		const db = await createTestDb();
		const [a] = await importFixtures(db, 'a', M + 'instagram-posts.csv');
		const [b] = await importFixtures(db, 'b', M + 'instagram-posts-other-order.csv');
		expect([a.format, b.format]).toEqual(['meta-instagram-posts', 'meta-instagram-posts']);
		expect(await rowsOf(db, 'posts', 'b')).toEqual(igPosts);
		const extras = (slug: string) =>
			db.query(
				`SELECT post_id, metric, value FROM post_extra e JOIN pages p ON p.id = e.page_id
				WHERE p.slug = '${slug}' ORDER BY post_id, metric`
			);
		expect(await extras('b')).toEqual(await extras('a'));
		// both on one page: the second file says nothing new
		const [again] = await importFixtures(db, 'a', M + 'instagram-posts-other-order.csv');
		expect(again.rows).toEqual({ read: 3, inserted: 0, updated: 0, unchanged: 3, rejected: 0 });
	});

	it('changes nothing when imported again; cannot land on a Facebook page', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'insta', M + 'instagram-posts.csv');
		const before = await storeChecksum(db);
		const [again] = await importFixtures(db, 'insta', M + 'instagram-posts.csv');
		expect(again.rows).toEqual({ read: 3, inserted: 0, updated: 0, unchanged: 3, rejected: 0 });
		expect(await storeChecksum(db)).toEqual(before);
		await importFixtures(db, 'studio', M + 'facebook-posts.csv');
		const [wrong] = await importFixtures(db, 'studio', M + 'instagram-posts.csv');
		expect(wrong.error).toBe('this is an export of instagram but page "studio" is a facebook page');
	});
});
