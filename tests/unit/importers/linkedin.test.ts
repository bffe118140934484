import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { POST_COLUMNS } from '../../../src/lib/canonical.ts';
import type { Db } from '../../../src/lib/server/db/index.ts';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import { importers } from '../../../src/lib/server/importers/index.ts';
import {
	createdDateCell,
	linkedinDayCell,
	postIdFromLink,
	postTypeCell
} from '../../../src/lib/server/importers/linkedin/cells.ts';
import { linkedinImporters } from '../../../src/lib/server/importers/linkedin/index.ts';
import { createTestDb, rowsOf, storeChecksum, dailyRow } from '../../helpers/db.ts';

/**
 * LinkedIn gives no public sample file (formats.md 2d): every workbook here is built with exceljs on
 * the documented layouts, with made-up numbers, and imported through `importFiles` so that the
 * .xlsx path (one CSV per sheet, named `<book>/<sheet>`) runs end to end.
 */

type Cell = string | number | Date | null;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function book(name: string, sheets: Record<string, Cell[][]>) {
	const wb = new ExcelJS.Workbook();
	for (const [sheet, rows] of Object.entries(sheets)) {
		const ws = wb.addWorksheet(sheet);
		for (const r of rows) ws.addRow(r);
	}
	return { name, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

const day = dailyRow;
const nullPost = Object.fromEntries(POST_COLUMNS.map((c) => [c, null]));
const post = (id: string, v: Record<string, string | number | boolean | null>) => ({
	...nullPost,
	post_id: id,
	...v
});

const dailyExtras = (db: Db, d: string) =>
	db.query(
		`SELECT metric, value, num FROM page_daily_extra WHERE strftime(day, '%Y-%m-%d') = '${d}' ORDER BY metric`
	);
const postExtras = (db: Db, id: string) =>
	db.query(`SELECT metric, value, num FROM post_extra WHERE post_id = '${id}' ORDER BY metric`);

const FOLLOWERS_HEADER = [
	'Date',
	'Sponsored followers',
	'Organic followers',
	'Auto-invited followers',
	'Total followers'
];

/** The followers workbook: "New followers" (daily) and the five demographic sheets. */
const followersBook = () =>
	book('acme_followers_1710000000000.xlsx', {
		'New followers': [
			FOLLOWERS_HEADER,
			['03/01/2024', 4, 10, 1, 15], // text date, month first
			[utc(2024, 3, 2), 0, '1 204', 0, 1204], // an Excel date; a text count with a space
			['03/03/2024', 2, 'n/a', 0, 5], // rejected: row 4
			['3/4/2024', 3, 7, null, 10], // Auto-invited blank: unpaid unknown
			['03/05/2024', 1, 6, 2, 10] // 1 + 6 + 2 ≠ 10: kept, one issue
		],
		Location: [
			['Location', 'Total followers'],
			['Lyon, France', 120]
		],
		'Job function': [
			['Job function', 'Total followers'],
			['Marketing', 80]
		],
		Seniority: [
			['Seniority', 'Total followers'],
			['Senior', 60]
		],
		Industry: [
			['Industry', 'Total followers'],
			['Software', 90]
		],
		'Company size': [
			['Company size', 'Total followers'],
			['11-50', 40]
		]
	});

const NOTICE = ['Aggregated metrics for Acme (made-up numbers for a test). All dates are in UTC.'];
const METRICS_HEADER = [
	'Date',
	...['Impressions', 'Unique impressions', 'Clicks', 'Reactions', 'Comments', 'Reposts']
		.flatMap((m) =>
			m === 'Unique impressions'
				? [`${m} (organic)`]
				: [`${m} (organic)`, `${m} (sponsored)`, `${m} (total)`]
		)
		.concat(['Engagement rate (organic)', 'Engagement rate (sponsored)', 'Engagement rate (total)'])
];
const POSTS_HEADER = [
	'Post Title', // any case
	'Post Link',
	'Post type',
	'Campaign name',
	'Posted by',
	'Created Date',
	'Campaign start date',
	'Campaign end date',
	'Audience',
	'Impressions',
	'Views',
	'Offsite Views',
	'Clicks',
	'Click through rate (CTR)',
	'Likes',
	'Comments',
	'Reposts',
	'Follows',
	'Engagement rate',
	'Content Type'
];
const FEED = 'https://www.linkedin.com/feed/update/';

/** The content workbook: "Metrics" and "All posts", each with a notice row above its header. */
const contentBook = (opts: { notice?: boolean } = {}) => {
	const top = opts.notice === false ? [] : [NOTICE];
	return book('acme_content_1710000000000.xlsx', {
		Metrics: [
			...top,
			METRICS_HEADER,
			// Date, impressions o/s/t, unique o, clicks o/s/t, reactions o/s/t, comments o/s/t,
			// reposts o/s/t, engagement rate o/s/t
			[
				'03/01/2024',
				1200,
				300,
				1500,
				640,
				30,
				12,
				42,
				20,
				5,
				25,
				4,
				1,
				5,
				2,
				0,
				2,
				0.0467,
				0.06,
				0.0493
			],
			[utc(2024, 3, 2), '1,204', 0, '1,204', 700, 25, 0, 25, 18, 0, 18, 3, 0, 3, 1, 0, 1, 0.0391],
			['03/03/2024', -5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] // rejected: row 5
		],
		'All posts': [
			...top,
			POSTS_HEADER,
			[
				'Launch day!\nThank you all',
				`${FEED}urn:li:activity:7170000000000000001/`,
				'Organic',
				null,
				'Jane Doe',
				'03/01/2024',
				null,
				null,
				'All followers',
				1500,
				null,
				null,
				40,
				0.0267,
				35,
				4,
				2,
				3,
				0.056,
				'Image'
			],
			[
				'Spring offer',
				'https://www.linkedin.com/posts/acme_spring-activity-7170000000000000002-AbCd?utm_source=share',
				'Sponsored',
				'Spring campaign',
				'Jane Doe',
				utc(2024, 3, 2),
				utc(2024, 3, 2),
				utc(2024, 3, 9),
				'Marketing managers',
				'9 000',
				120,
				8,
				210,
				0.0233,
				60,
				3,
				1,
				25,
				0.0311,
				'Video'
			],
			[
				'Not a known type',
				`${FEED}urn:li:share:7170000000000000003`,
				'Boosted', // rejected: row 5
				null,
				'Jane Doe',
				'03/03/2024',
				null,
				null,
				null,
				10,
				null,
				null,
				1,
				0.1,
				1,
				0,
				0,
				0,
				0.1,
				'Text'
			],
			[
				'No link', // rejected: row 6
				null,
				'Organic',
				null,
				'Jane Doe',
				'03/04/2024',
				null,
				null,
				null,
				10,
				null,
				null,
				1,
				0.1,
				1,
				0,
				0,
				0,
				0.1,
				'Text'
			]
		]
	});
};

const demographic = (dim: string) =>
	`LinkedIn followers by ${dim}: a demographic breakdown without a day, not imported (kept out on purpose; the daily follows are in the "New followers" sheet)`;

describe('LinkedIn cells', () => {
	it('days: MM/DD/YYYY text or an Excel date (YYYY-MM-DD after workbook.ts)', () => {
		expect(linkedinDayCell.parse('03/01/2024')).toBe('2024-03-01');
		expect(linkedinDayCell.parse(' 3/1/2024 ')).toBe('2024-03-01');
		expect(linkedinDayCell.parse('2024-03-01')).toBe('2024-03-01');
		expect(linkedinDayCell.safeParse('02/30/2024').error?.issues[0].message).toBe(
			'not a date (MM/DD/YYYY or YYYY-MM-DD): "02/30/2024"'
		);
		expect(linkedinDayCell.safeParse('').success).toBe(false);
		expect(createdDateCell.parse('03/01/2024')).toBe('2024-03-01 00:00:00');
		expect(createdDateCell.parse(' ')).toBeNull();
	});

	it('post ids: the URN of the link, whatever its form; digits kept as text', () => {
		const id = 'urn:li:activity:7170000000000000001';
		for (const link of [
			`${FEED}${id}`,
			`${FEED}${id}/`,
			`https://linkedin.com/feed/update/${id}/?utm_source=share`,
			`${FEED}urn%3Ali%3Aactivity%3A7170000000000000001`,
			'https://www.linkedin.com/posts/acme_launch-activity-7170000000000000001-AbCd'
		])
			expect(postIdFromLink(link), link).toBe(id);
		expect(postIdFromLink(`${FEED}urn:li:ugcPost:7170000000000000009`)).toBe(
			'urn:li:ugcPost:7170000000000000009'
		);
		expect(postIdFromLink('https://lnkd.in/abc/?x=1#top')).toBe('https://lnkd.in/abc');
		expect(postIdFromLink('  ')).toBeNull();
		expect(postIdFromLink('launch post')).toEqual({ error: 'not a post link: "launch post"' });
	});

	it('Post type: Sponsored → paid, Organic → not, blank → unknown, anything else refused', () => {
		expect(postTypeCell.parse('Sponsored')).toBe(true);
		expect(postTypeCell.parse('ORGANIC')).toBe(false);
		expect(postTypeCell.parse('')).toBeNull();
		expect(postTypeCell.safeParse('Boosted').error?.issues[0].message).toBe(
			'expected Organic or Sponsored, got "Boosted"'
		);
	});
});

describe('LinkedIn Page exports', () => {
	it('has its importers, registered in importers/index.ts', () => {
		expect(linkedinImporters.map((i) => [i.id, i.platform, i.kind])).toEqual([
			['linkedin-followers', 'linkedin', 'daily'],
			['linkedin-follower-demographics', 'linkedin', 'daily'],
			['linkedin-content-metrics', 'linkedin', 'daily'],
			['linkedin-content-posts', 'linkedin', 'posts']
		]);
		for (const i of linkedinImporters) expect(importers).toContain(i);
	});

	it('followers: new follows per day, paid and unpaid; the demographic sheets are named and kept out', async () => {
		const db = await createTestDb();
		const results = await importFiles(db, { page: 'acme' }, [await followersBook()]);
		const [daily, ...demo] = results;
		expect(daily).toEqual({
			file: 'acme_followers_1710000000000.xlsx/New followers',
			format: 'linkedin-followers',
			rows: { read: 5, inserted: 4, updated: 0, unchanged: 0, rejected: 1 },
			issues: [
				{ row: 4, column: 'Organic followers', message: 'not a number: "n/a"' },
				{
					row: 6,
					column: 'Total followers',
					message:
						'Total followers is not Sponsored + Organic + Auto-invited followers on 1 row(s) (first shown); kept as written'
				}
			],
			importId: expect.any(Number)
		});
		expect(demo.map((r) => [r.file, r.skipped, r.error, r.rows.read])).toEqual(
			['Location', 'Job function', 'Seniority', 'Industry', 'Company size'].map((d) => [
				`acme_followers_1710000000000.xlsx/${d}`,
				demographic(d),
				undefined,
				0
			])
		);
		expect(demo.every((r) => r.hint === undefined)).toBe(true);
		expect(await rowsOf(db, 'page_daily', 'acme')).toEqual([
			day('2024-03-01', { fans_added: 15, fans_added_paid: 4, fans_added_unpaid: 11 }),
			day('2024-03-02', { fans_added: 1204, fans_added_paid: 0, fans_added_unpaid: 1204 }),
			day('2024-03-04', { fans_added: 10, fans_added_paid: 3, fans_added_unpaid: null }),
			day('2024-03-05', { fans_added: 10, fans_added_paid: 1, fans_added_unpaid: 8 })
		]);
		// the unpaid parts stay as extras, raw text kept, read the sheet's way
		expect(await dailyExtras(db, '2024-03-02')).toEqual([
			{ metric: 'Auto-invited followers', value: '0', num: 0 },
			{ metric: 'Organic followers', value: '1 204', num: 1204 }
		]);
		expect(await dailyExtras(db, '2024-03-04')).toEqual([
			{ metric: 'Organic followers', value: '7', num: 7 }
		]);
		const [page] = await db.query("SELECT platform FROM pages WHERE slug = 'acme'");
		expect(page).toEqual({ platform: 'linkedin' });
		const cols = await db.query(
			'SELECT name, target, description FROM import_columns ORDER BY position'
		);
		expect(cols).toEqual([
			{ name: 'Date', target: 'day', description: null },
			{ name: 'Sponsored followers', target: 'fans_added_paid', description: null },
			{
				name: 'Organic followers',
				target: 'fans_added_unpaid',
				description:
					'fans_added_unpaid = Organic followers + Auto-invited followers; also kept as an extra'
			},
			{
				name: 'Auto-invited followers',
				target: 'fans_added_unpaid',
				description:
					'fans_added_unpaid = Organic followers + Auto-invited followers; also kept as an extra'
			},
			{ name: 'Total followers', target: 'fans_added', description: null }
		]);
	});

	it('followers without an Auto-invited column (older exports): unpaid = organic', async () => {
		const db = await createTestDb();
		const old = await book('old.xlsx', {
			'New followers': [
				['Date', 'Sponsored followers', 'Organic followers', 'Total followers'],
				['01/15/2023', 2, 5, 7]
			]
		});
		const [r] = await importFiles(db, { page: 'acme' }, [old]);
		expect([r.format, r.rows.inserted, r.issues]).toEqual(['linkedin-followers', 1, []]);
		expect(await rowsOf(db, 'page_daily', 'acme')).toEqual([
			day('2023-01-15', { fans_added: 7, fans_added_paid: 2, fans_added_unpaid: 5 })
		]);
	});

	it('content: the notice row is cut off, rows keep the sheet’s numbers, days and posts exact', async () => {
		const db = await createTestDb();
		const [metrics, posts] = await importFiles(db, { page: 'acme' }, [await contentBook()]);
		expect(metrics).toEqual({
			file: 'acme_content_1710000000000.xlsx/Metrics',
			format: 'linkedin-content-metrics',
			rows: { read: 3, inserted: 2, updated: 0, unchanged: 0, rejected: 1 },
			issues: [{ row: 5, column: 'Impressions (organic)', message: 'negative count: -5' }],
			importId: expect.any(Number)
		});
		expect(posts).toEqual({
			file: 'acme_content_1710000000000.xlsx/All posts',
			format: 'linkedin-content-posts',
			rows: { read: 4, inserted: 2, updated: 0, unchanged: 0, rejected: 2 },
			issues: [
				{ row: 5, column: 'Post type', message: 'expected Organic or Sponsored, got "Boosted"' },
				{ row: 6, column: 'Post Link', message: 'required value is missing' }
			],
			importId: expect.any(Number)
		});
		expect(await rowsOf(db, 'page_daily', 'acme')).toEqual([
			day('2024-03-01', {
				impressions_organic: 1200,
				impressions_paid: 300,
				impressions_total: 1500,
				reach_organic: 640
			}),
			// `1,204` as text: the rates (`0.0391`) settle the decimal point, so it is 1204
			day('2024-03-02', {
				impressions_organic: 1204,
				impressions_paid: 0,
				impressions_total: 1204,
				reach_organic: 700
			})
		]);
		expect(await dailyExtras(db, '2024-03-01')).toEqual(
			[
				['Clicks (organic)', '30'],
				['Clicks (sponsored)', '12'],
				['Clicks (total)', '42'],
				['Comments (organic)', '4'],
				['Comments (sponsored)', '1'],
				['Comments (total)', '5'],
				['Engagement rate (organic)', '0.0467'],
				['Engagement rate (sponsored)', '0.06'],
				['Engagement rate (total)', '0.0493'],
				['Reactions (organic)', '20'],
				['Reactions (sponsored)', '5'],
				['Reactions (total)', '25'],
				['Reposts (organic)', '2'],
				['Reposts (sponsored)', '0'],
				['Reposts (total)', '2']
			].map(([metric, value]) => ({ metric, value, num: Number(value) }))
		);
		expect(await rowsOf(db, 'posts', 'acme')).toEqual([
			post('urn:li:activity:7170000000000000001', {
				published_at: '2024-03-01T00:00:00',
				type: 'Image',
				is_paid: false,
				message: 'Launch day!\nThank you all',
				permalink: `${FEED}urn:li:activity:7170000000000000001/`,
				impressions_total: 1500,
				reactions: 35,
				comments: 4,
				shares: 2,
				clicks: 40
			}),
			post('urn:li:activity:7170000000000000002', {
				published_at: '2024-03-02T00:00:00',
				type: 'Video',
				is_paid: true,
				message: 'Spring offer',
				permalink:
					'https://www.linkedin.com/posts/acme_spring-activity-7170000000000000002-AbCd?utm_source=share',
				impressions_total: 9000,
				reactions: 60,
				comments: 3,
				shares: 1,
				clicks: 210
			})
		]);
		expect(await postExtras(db, 'urn:li:activity:7170000000000000002')).toEqual([
			{ metric: 'Audience', value: 'Marketing managers', num: null },
			{ metric: 'Campaign end date', value: '2024-03-09', num: null },
			{ metric: 'Campaign name', value: 'Spring campaign', num: null },
			{ metric: 'Campaign start date', value: '2024-03-02', num: null },
			{ metric: 'Click through rate (CTR)', value: '0.0233', num: 0.0233 },
			{ metric: 'Engagement rate', value: '0.0311', num: 0.0311 },
			{ metric: 'Follows', value: '25', num: 25 },
			{ metric: 'Offsite Views', value: '8', num: 8 },
			{ metric: 'Posted by', value: 'Jane Doe', num: null },
			{ metric: 'Views', value: '120', num: 120 }
		]);
	});

	it('a sheet whose notice row was deleted reads the same, its rows one lower', async () => {
		const a = await createTestDb();
		const b = await createTestDb();
		const withNotice = await importFiles(a, { page: 'acme' }, [await contentBook()]);
		const without = await importFiles(b, { page: 'acme' }, [await contentBook({ notice: false })]);
		expect(without.map((r) => r.format)).toEqual(withNotice.map((r) => r.format));
		expect(without.map((r) => r.issues.map((i) => i.row))).toEqual([[4], [4, 5]]);
		expect(withNotice.map((r) => r.issues.map((i) => i.row))).toEqual([[5], [5, 6]]);
		for (const t of ['page_daily', 'posts'] as const)
			expect(await rowsOf(b, t, 'acme')).toEqual(await rowsOf(a, t, 'acme'));
	});

	it('both workbooks combine on the same days; importing them again changes nothing', async () => {
		const db = await createTestDb();
		const files = [await followersBook(), await contentBook()];
		await importFiles(db, { page: 'acme' }, files);
		const [first] = await rowsOf(db, 'page_daily', 'acme');
		expect(first).toEqual(
			day('2024-03-01', {
				fans_added: 15,
				fans_added_paid: 4,
				fans_added_unpaid: 11,
				impressions_organic: 1200,
				impressions_paid: 300,
				impressions_total: 1500,
				reach_organic: 640
			})
		);
		const before = await storeChecksum(db);
		const again = await importFiles(db, { page: 'acme' }, files);
		expect(again.map((r) => [r.format, r.rows])).toEqual([
			['linkedin-followers', { read: 5, inserted: 0, updated: 0, unchanged: 4, rejected: 1 }],
			...[1, 2, 3, 4, 5].map(() => [
				null,
				{ read: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 }
			]),
			['linkedin-content-metrics', { read: 3, inserted: 0, updated: 0, unchanged: 2, rejected: 1 }],
			['linkedin-content-posts', { read: 4, inserted: 0, updated: 0, unchanged: 2, rejected: 2 }]
		]);
		expect(await storeChecksum(db)).toEqual(before);
	});

	it('refuses a sheet re-saved with day-first dates, before touching the store', async () => {
		const db = await createTestDb();
		const before = await storeChecksum(db);
		const resaved = await book('resaved.xlsx', {
			'New followers': [FOLLOWERS_HEADER, ['03/01/2024', 1, 2, 0, 3], ['13/01/2024', 1, 2, 0, 3]]
		});
		const [r] = await importFiles(db, { page: 'acme' }, [resaved]);
		expect(r.error).toBe(
			'the dates are day first ("13/01/2024" in "Date"), but LinkedIn writes MM/DD/YYYY: the sheet was re-saved with another date order; export it again from LinkedIn'
		);
		expect(await storeChecksum(db)).toEqual(before);
	});
});
