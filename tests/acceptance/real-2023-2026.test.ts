import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/index.ts';
import { importFiles, type ImportTarget } from '../../src/lib/server/import-files.ts';
import type { ReadOptions } from '../../src/lib/server/importers/types.ts';
import { createTestDb, storeChecksum } from '../helpers/db.ts';

/**
 * The genuine 2023–2026 exports of ../shared/data/real (issue 8), never copied into the project.
 * Every expected figure is computed here from the raw bytes, without the importers' parser: daily
 * files by a line regex, post files by DuckDB's own CSV reader.
 */
const REAL = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'real');
const MBS = join(REAL, 'meta-business-suite-2025');
const TIKTOK = join(REAL, 'tiktok-studio');
const X = join(REAL, 'x-account-analytics-2024');
const YT = join(REAL, 'youtube-studio-advanced');

const file = (dir: string, name: string) => ({ name, bytes: readFileSync(join(dir, name)) });
const text = (dir: string, name: string) => {
	const b = readFileSync(join(dir, name));
	return b[0] === 0xff && b[1] === 0xfe
		? new TextDecoder('utf-16le').decode(b.subarray(2))
		: new TextDecoder('utf-8').decode(b).replace(/^\uFEFF/, '');
};

/** An MBS per-metric file by hand: `"YYYY-MM-DDThh:mm:ss","n"` lines → day → value. */
function mbsDays(name: string): Map<string, number> {
	const days = new Map<string, number>();
	for (const m of text(MBS, name).matchAll(/^"(\d{4}-\d{2}-\d{2})T\d\d:\d\d:\d\d","(\d+)"\s*$/gm))
		days.set(m[1], Number(m[2]));
	return days;
}
const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

async function one<T>(db: Db, query: string): Promise<T> {
	const [row] = await db.query<T>(query);
	return row;
}
const csv = (dir: string, name: string) =>
	`read_csv('${join(dir, name).replaceAll("'", "''")}', header = true, all_varchar = true, delim = ',',
		quote = '"', escape = '"', null_padding = true, parallel = false, max_line_size = 10000000)`;

async function importAll(
	db: Db,
	target: ImportTarget,
	files: { name: string; bytes: Uint8Array }[],
	options: ReadOptions = {}
) {
	const results = await importFiles(db, target, files, options);
	const again = await storeChecksum(db);
	const second = await importFiles(db, target, files, options);
	// a second import of the same files changes nothing
	expect(await storeChecksum(db)).toEqual(again);
	expect(second.every((r) => r.rows.inserted + r.rows.updated === 0)).toBe(true);
	return results;
}

describe.skipIf(!existsSync(MBS))('real Meta Business Suite 2025 exports', () => {
	const FACEBOOK = [
		'Follows.csv',
		'Reach.csv',
		'Views.csv',
		'Visits.csv',
		'Interactions.csv',
		'Jan-14-2025_Apr-14-2025_1396269028466733.csv',
		'Mar-18-2025_Apr-14-2025_553302954456165.csv',
		'Audience.csv'
	];
	const INSTAGRAM = [
		'Mar-18-2025_Apr-14-2025_1019826952924933.csv',
		'Visits (1).csv',
		'Interactions (1).csv'
	];

	it('lists every file of the folder in one of the two imports', () => {
		expect(readdirSync(MBS).sort()).toEqual([...FACEBOOK, ...INSTAGRAM].sort());
	});

	it('Facebook: 105 days across the clock change, 66 follows, reach 10,734, 261 distinct posts', async () => {
		const db = await createTestDb();
		const results = await importAll(
			db,
			{ page: 'oigetit' },
			FACEBOOK.map((n) => file(MBS, n))
		);
		expect(results.map((r) => [r.file, r.error, r.rows.rejected])).toEqual(
			FACEBOOK.map((n) => [n, undefined, 0])
		);
		expect(results.find((r) => r.file === 'Audience.csv')?.skipped).toMatch(/left out on purpose/);
		expect(await one(db, 'SELECT platform FROM pages')).toEqual({ platform: 'facebook' });

		const follows = mbsDays('Follows.csv');
		const reach = mbsDays('Reach.csv');
		const visits = mbsDays('Visits.csv');
		expect([follows.size, sum(follows), sum(reach)]).toEqual([105, 66, 10734]);
		const stored = await one(
			db,
			`SELECT count(*)::INTEGER AS days, strftime(min(day), '%Y-%m-%d') AS first,
			strftime(max(day), '%Y-%m-%d') AS last, sum(fans_added)::INTEGER AS follows,
			sum(reach_total)::INTEGER AS reach, sum(page_views)::INTEGER AS visits FROM page_daily`
		);
		expect(stored).toEqual({
			days: follows.size,
			first: '2025-01-01',
			last: '2025-04-15',
			follows: sum(follows),
			reach: sum(reach),
			visits: sum(visits)
		});
		// day by day, on both sides of 2025-03-09
		const byDay = await db.query<{ day: string; f: number }>(
			"SELECT strftime(day, '%Y-%m-%d') AS day, fans_added AS f FROM page_daily ORDER BY day"
		);
		expect(byDay.map((r) => [r.day, r.f])).toEqual([...follows].sort());

		const posts = await one<{ ids: number }>(
			db,
			`SELECT count(DISTINCT "Post ID")::INTEGER AS ids FROM (
				SELECT "Post ID" FROM ${csv(MBS, FACEBOOK[5])}
				UNION ALL SELECT "Post ID" FROM ${csv(MBS, FACEBOOK[6])})`
		);
		expect(posts.ids).toBe(261);
		expect(await one(db, 'SELECT count(*)::INTEGER AS n FROM posts')).toEqual({ n: 261 });
		// each post holds the reach of the latest export that lists it (the March file for its 48);
		// the January file's 27-field rows among them
		const reachOk = await one<{ jan: number; mar: number }>(
			db,
			`SELECT (SELECT count(*) FROM ${csv(MBS, FACEBOOK[5])} r JOIN posts p ON p.post_id = r."Post ID"
				WHERE r."Post ID" NOT IN (SELECT "Post ID" FROM ${csv(MBS, FACEBOOK[6])})
				AND p.reach_total = r."Reach"::INTEGER)::INTEGER AS jan,
			(SELECT count(*) FROM ${csv(MBS, FACEBOOK[6])} r JOIN posts p ON p.post_id = r."Post ID"
				WHERE p.reach_total = r."Reach"::INTEGER)::INTEGER AS mar`
		);
		expect(reachOk).toEqual({ jan: 261 - 48, mar: 48 });
	});

	it('Instagram: 78 posts; its visits and interactions files go into the Instagram page', async () => {
		const db = await createTestDb();
		const results = await importAll(
			db,
			{ page: 'oigetit-ig' },
			INSTAGRAM.map((n) => file(MBS, n))
		);
		expect(results.map((r) => [r.file, r.error, r.rows.rejected])).toEqual(
			INSTAGRAM.map((n) => [n, undefined, 0])
		);
		expect(await one(db, 'SELECT platform FROM pages')).toEqual({ platform: 'instagram' });
		const raw = await one<{ n: number }>(
			db,
			`SELECT count(DISTINCT "Post ID")::INTEGER AS n FROM ${csv(MBS, INSTAGRAM[0])}`
		);
		expect(raw.n).toBe(78);
		expect(await one(db, 'SELECT count(*)::INTEGER AS n FROM posts')).toEqual({ n: 78 });
		const visits = mbsDays('Visits (1).csv');
		const interactions = mbsDays('Interactions (1).csv');
		expect(
			await one(
				db,
				'SELECT count(*)::INTEGER AS days, sum(page_views)::INTEGER AS v, sum(interactions)::INTEGER AS i FROM page_daily'
			)
		).toEqual({ days: visits.size, v: sum(visits), i: sum(interactions) });
	});
});

describe.skipIf(!existsSync(TIKTOK))('real TikTok Studio export', () => {
	const NAMES = [
		'Overview.csv',
		'FollowerHistory.csv',
		'Viewers.csv',
		'Content.csv',
		'FollowerActivity.csv',
		'FollowerGender.csv',
		'FollowerTopTerritories.csv'
	];

	it('with --last-day 2026-02-27: 365 days, followers 5,013 on the last day, "undefined" days unknown', async () => {
		expect(readdirSync(TIKTOK).sort()).toEqual([...NAMES].sort());
		const db = await createTestDb();
		const results = await importAll(
			db,
			{ page: 'tt' },
			NAMES.map((n) => file(TIKTOK, n)),
			{ lastDay: '2026-02-27' }
		);
		expect(results.map((r) => [r.error, r.rows.rejected, !!r.skipped])).toEqual([
			[undefined, 0, false],
			[undefined, 0, false],
			[undefined, 0, false],
			[undefined, 0, false],
			[undefined, 0, true],
			[undefined, 0, true],
			[undefined, 0, true]
		]);
		// by hand: the history's lines, oldest first, ending on the export's last day
		const lines = [
			...text(TIKTOK, 'FollowerHistory.csv').matchAll(/^"([^"]+)","([^"]+)","([^"]+)"$/gm)
		].slice(1);
		const undefinedDays = lines.filter((l) => l[2] === 'undefined').length;
		expect([lines.length, lines.at(-1)?.[1], lines.at(-1)?.[2], undefinedDays]).toEqual([
			365,
			'February 27',
			'5013',
			25
		]);
		const stored = await one(
			db,
			`SELECT count(*)::INTEGER AS days, strftime(min(day), '%Y-%m-%d') AS first,
			strftime(max(day), '%Y-%m-%d') AS last, count(*) FILTER (WHERE fans_total IS NULL)::INTEGER AS unknown,
			arg_max(fans_total, day)::INTEGER AS followers,
			count(*) FILTER (WHERE fans_total = 0)::INTEGER AS zero FROM page_daily`
		);
		expect(stored).toEqual({
			days: 365,
			first: '2025-02-28',
			last: '2026-02-27',
			unknown: undefinedDays,
			followers: 5013,
			zero: 0
		});
		const net = lines.filter((l) => l[2] !== 'undefined').reduce((a, l) => a + Number(l[3]), 0);
		expect(await one(db, 'SELECT sum(fans_net)::INTEGER AS n FROM page_daily')).toEqual({ n: net });
		const views = [...text(TIKTOK, 'Overview.csv').matchAll(/^"[^"]+","(\d+)","(\d+)"/gm)];
		expect(await one(db, 'SELECT sum(page_views)::INTEGER AS n FROM page_daily')).toEqual({
			n: views.reduce((a, m) => a + Number(m[2]), 0)
		});
		expect(await one(db, 'SELECT count(*)::INTEGER AS n FROM posts')).toEqual({ n: 13 });
	});
});

describe.skipIf(!existsSync(X))('real X analytics export since 2024', () => {
	const OVERVIEW = 'account_overview_analytics.csv';
	const CONTENT = 'account_analytics_content_2024-11-21_2025-02-19.csv';

	it('50 days from 2024-12-31, 139 new follows and 4 unfollows, 141 posts', async () => {
		const db = await createTestDb();
		const results = await importAll(db, { page: 'wh' }, [file(X, OVERVIEW), file(X, CONTENT)]);
		expect(results.map((r) => [r.format, r.error, r.rows.rejected])).toEqual([
			['x-account-overview', undefined, 0],
			['x-account-content', undefined, 0]
		]);
		const raw = await one(
			db,
			`SELECT count(*)::INTEGER AS days, sum("New follows"::INTEGER)::INTEGER AS adds,
			sum("Unfollows"::INTEGER)::INTEGER AS removals, sum("Impressions"::INTEGER)::INTEGER AS impressions
			FROM ${csv(X, OVERVIEW)}`
		);
		expect(raw).toEqual({ days: 50, adds: 139, removals: 4, impressions: expect.any(Number) });
		const stored = await one(
			db,
			`SELECT count(*)::INTEGER AS days, sum(fans_added)::INTEGER AS adds,
			sum(fans_removed)::INTEGER AS removals, sum(impressions_total)::INTEGER AS impressions FROM page_daily`
		);
		expect(stored).toEqual(raw);
		expect(
			await one(
				db,
				"SELECT strftime(min(day), '%Y-%m-%d') AS first, strftime(max(day), '%Y-%m-%d') AS last FROM page_daily"
			)
		).toEqual({ first: '2024-12-31', last: '2025-02-18' });
		const same = await one<{ n: number }>(
			db,
			`SELECT count(*)::INTEGER AS n FROM ${csv(X, CONTENT)} r JOIN posts p ON p.post_id = r."Post id"
			WHERE p.message = r."Post text" AND p.impressions_total = r."Impressions"::INTEGER
			AND p.reactions = r."Likes"::INTEGER AND p.permalink = r."Link"`
		);
		expect(same.n).toBe(141);
		expect(await one(db, 'SELECT count(*)::INTEGER AS n FROM posts')).toEqual({ n: 141 });
	});
});

describe.skipIf(!existsSync(YT))('real YouTube Studio advanced-mode downloads', () => {
	const NAMES = readdirSync(existsSync(YT) ? YT : REAL)
		.filter((n) => n.endsWith('.csv'))
		.sort();

	it('every file imports or is left out on purpose; traffic sources by day add up to the Table data total', async () => {
		const db = await createTestDb();
		const results = await importAll(
			db,
			{ page: 'eth' },
			NAMES.map((n) => file(YT, n))
		);
		expect(results.filter((r) => r.error)).toEqual([]);
		expect(results.filter((r) => r.skipped).map((r) => r.file)).toEqual([
			'Traffic__Table_data.csv'
		]);
		const total = await one<{ v: number }>(
			db,
			`SELECT "Views"::INTEGER AS v FROM ${csv(YT, 'Traffic__Table_data.csv')} WHERE "Traffic source" = 'Total'`
		);
		const chart = await one<{ v: number; days: number }>(
			db,
			`SELECT sum("Views"::INTEGER)::INTEGER AS v, count(DISTINCT "Date")::INTEGER AS days FROM ${csv(YT, 'Traffic__Chart_data.csv')}`
		);
		expect(chart.v).toBe(total.v);
		expect(
			await one(
				db,
				"SELECT sum(num)::INTEGER AS v, count(DISTINCT day)::INTEGER AS days FROM page_daily_extra WHERE metric LIKE 'Views · %'"
			)
		).toEqual(chart);
	});
});
