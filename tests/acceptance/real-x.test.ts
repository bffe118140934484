import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/lib/server/import-files.ts';
import { createTestDb, storeChecksum } from '../helpers/db.ts';
import type { Db } from '../../src/lib/server/db/index.ts';

/** Real exports published by their owners, beside the project (never copied into it). */
const REAL = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'real');
const TWEETS = join(REAL, 'x-tweet-activity');
const DAILY = join(REAL, 'x-daily-activity');
/** rOpenSci's hand-kept monthly follower series, saved beside the exports: not an export itself. */
const MONTHLY = 'twitter_metrics_monthly_rOpenSci.csv';

const read = (dir: string, names: string[]) =>
	names.map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
const list = (dir: string, prefix: string) =>
	existsSync(dir)
		? readdirSync(dir)
				.filter((n) => n.startsWith(prefix) && n.endsWith('.csv'))
				.sort()
		: [];
/** DuckDB's own CSV reader over the raw files: an independent reading of what they hold. */
const rawCsv = (dir: string, glob: string) =>
	`read_csv('${join(dir, glob).replaceAll("'", "''")}', header = true, all_varchar = true,
		delim = ',', quote = '"', escape = '"', max_line_size = 10000000)`;

async function one<T>(db: Db, query: string): Promise<T> {
	const [row] = await db.query<T>(query);
	return row;
}

describe.skipIf(!existsSync(TWEETS))('real X per-tweet exports (../shared/data/real)', () => {
	const names = list(TWEETS, 'tweet_activity_metrics_');

	it('imports the 60 monthly files: 1,668 tweets, none lost, every value as the file says', async () => {
		expect(names.length).toBe(60);
		const db = await createTestDb();
		const results = await importFiles(db, { page: 'ropensci' }, read(TWEETS, names));
		expect(results.filter((r) => r.error)).toEqual([]);
		expect(results.every((r) => r.format === 'x-tweet-activity')).toBe(true);
		expect(results.every((r) => r.rows.rejected === 0 && r.issues.length === 0)).toBe(true);
		const readRows = results.reduce((n, r) => n + r.rows.read, 0);

		const raw = await one<{ n: number; ids: number }>(
			db,
			`SELECT count(*)::INTEGER AS n, count(DISTINCT "Tweet id")::INTEGER AS ids
			FROM ${rawCsv(TWEETS, 'tweet_activity_metrics_*.csv')}`
		);
		expect(raw).toEqual({ n: 1668, ids: 1668 });
		expect(readRows).toBe(raw.n);
		const posts = await one<{ n: number; paid: number; unpaid: number }>(
			db,
			`SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE is_paid)::INTEGER AS paid,
			count(*) FILTER (WHERE NOT is_paid)::INTEGER AS unpaid FROM posts`
		);
		// no rOpenSci tweet was promoted: every `promoted impressions` cell is `-`
		expect(posts).toEqual({ n: 1668, paid: 0, unpaid: 1668 });

		// every tweet of the files is in the store with its own time, text and counts
		const same = await one<{ n: number }>(
			db,
			`SELECT count(*)::INTEGER AS n FROM ${rawCsv(TWEETS, 'tweet_activity_metrics_*.csv')} r
			JOIN posts p ON p.post_id = r."Tweet id"
			WHERE strftime(p.published_at, '%Y-%m-%d %H:%M') || ' +0000' = r."time"
			AND p.message = r."Tweet text" AND p.permalink = r."Tweet permalink"
			AND p.impressions_total = r.impressions::DOUBLE AND p.reactions = r.likes::DOUBLE
			AND p.comments = r.replies::DOUBLE AND p.shares = r.retweets::DOUBLE
			AND p.clicks = r."url clicks"::DOUBLE
			AND p.engaged_users IS NULL AND p.video_views IS NULL`
		);
		expect(same.n).toBe(1668);
		const span = await one(
			db,
			`SELECT strftime(min(published_at), '%Y-%m-%d') AS first,
			strftime(max(published_at), '%Y-%m-%d') AS last FROM posts`
		);
		expect(span).toEqual({ first: '2016-12-01', last: '2021-12-28' });
		// 31 unmapped columns per tweet, none blank in these files
		const extras = await one<{ n: number }>(db, 'SELECT count(*)::INTEGER AS n FROM post_extra');
		expect(extras.n).toBe(1668 * 31);

		const before = await storeChecksum(db);
		const again = await importFiles(db, { page: 'ropensci' }, read(TWEETS, [...names].reverse()));
		expect(again.map((r) => r.rows.inserted + r.rows.updated)).toEqual(again.map(() => 0));
		expect(await storeChecksum(db)).toEqual(before);
	});

	it('refuses the hand-kept monthly series beside them as "not a recognised export"', async () => {
		expect(existsSync(join(TWEETS, MONTHLY))).toBe(true);
		const db = await createTestDb();
		const before = await storeChecksum(db);
		const [r] = await importFiles(db, { page: 'ropensci' }, read(TWEETS, [MONTHLY]));
		expect(r.format).toBeNull();
		expect(r.error).toMatch(/^not a recognised export: its header starts with "commit_date, date/);
		expect(await storeChecksum(db)).toEqual(before);
	});
});

describe.skipIf(!existsSync(DAILY))('real X daily exports (../shared/data/real)', () => {
	const names = list(DAILY, 'daily_tweet_activity_metrics_');

	it('imports the 12 monthly files: 365 days of 2021, values as the files say, twice = once', async () => {
		expect(names.length).toBe(12);
		const db = await createTestDb();
		const results = await importFiles(db, { page: 'lisa' }, read(DAILY, names));
		expect(results.filter((r) => r.error)).toEqual([]);
		expect(results.every((r) => r.format === 'x-daily-activity')).toBe(true);
		expect(results.every((r) => r.rows.rejected === 0)).toBe(true);

		const days = await one(
			db,
			`SELECT count(*)::INTEGER AS n, count(DISTINCT day)::INTEGER AS d,
			strftime(min(day), '%Y-%m-%d') AS first, strftime(max(day), '%Y-%m-%d') AS last,
			(datediff('day', min(day), max(day)) + 1)::INTEGER AS span,
			count(fans_total)::INTEGER AS fans, count(fans_added)::INTEGER AS added,
			count(fans_net)::INTEGER AS net, count(engaged_users)::INTEGER AS engaged FROM page_daily`
		);
		expect(days).toEqual({
			n: 365,
			d: 365,
			first: '2021-01-01',
			last: '2021-12-31',
			span: 365,
			fans: 0,
			added: 0,
			net: 0,
			engaged: 0
		});
		const raw = await one<{ n: number; d: number }>(
			db,
			`SELECT count(*)::INTEGER AS n, count(DISTINCT "Date")::INTEGER AS d
			FROM ${rawCsv(DAILY, 'daily_tweet_activity_metrics_*.csv')}`
		);
		expect(raw).toEqual({ n: 365, d: 365 });
		const same = await one<{ n: number }>(
			db,
			`SELECT count(*)::INTEGER AS n FROM ${rawCsv(DAILY, 'daily_tweet_activity_metrics_*.csv')} r
			JOIN page_daily p ON p.day = r."Date"::DATE
			WHERE p.impressions_total = r.impressions::DOUBLE
			AND p.interactions = r.engagements::DOUBLE
			AND p.posts_published = r."Tweets published"::DOUBLE`
		);
		expect(same.n).toBe(365);
		const follows = await one<{ n: number }>(
			db,
			"SELECT count(*)::INTEGER AS n FROM page_daily_extra WHERE metric = 'follows'"
		);
		expect(follows.n).toBe(365);

		const before = await storeChecksum(db);
		const again = await importFiles(db, { page: 'lisa' }, read(DAILY, [...names].reverse()));
		expect(again.map((r) => r.rows.unchanged)).toEqual(
			[...results].reverse().map((r) => r.rows.read)
		);
		expect(again.map((r) => r.rows.inserted + r.rows.updated)).toEqual(again.map(() => 0));
		expect(await storeChecksum(db)).toEqual(before);
	});
});
