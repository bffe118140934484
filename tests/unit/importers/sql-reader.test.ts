import fc from 'fast-check';
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDb, type Db } from '../../../src/lib/server/db/index.ts';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import { looseNumber } from '../../../src/lib/server/importers/cells.ts';
import { parseTable } from '../../../src/lib/server/importers/table.ts';
import { createTestDb, FIXTURES, storeChecksum } from '../../helpers/db.ts';
import { TWEET_HEADER, tweetLines } from '../../helpers/synthetic/tweets.ts';

/**
 * DuckDB's reader (sql-read.ts) against the JavaScript one, which stays the reference: the same
 * files give the same summaries and the same stores. SABLIER_IMPORT_READER=sql makes a file that
 * DuckDB cannot read fail instead of falling back, so these tests prove the SQL path itself.
 */
const reader = (which: 'js' | 'sql' | 'auto') => {
	if (which === 'auto') delete process.env.SABLIER_IMPORT_READER;
	else process.env.SABLIER_IMPORT_READER = which;
};
afterEach(() => {
	delete process.env.SABLIER_IMPORT_READER;
});

const dir = mkdtempSync(join(tmpdir(), 'sablier-sql-reader-'));

async function writeLines(path: string, lines: Iterable<string>) {
	const out = createWriteStream(path);
	for (const line of lines)
		if (!out.write(line + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
	await new Promise<void>((r) => out.end(() => r()));
}

const cellsOf = (line: string) => parseTable(line + '\n', { delimiter: ',' }).rows[0];

describe('DuckDB reads a large X per-tweet export', () => {
	it('200 k rows: exact counts, rejected rows with their row and column, rows pinned cell by cell', async () => {
		const N = 200_000;
		const bad = [3, 77_777, 200_001];
		const overlong = 150_000;
		const pinned = new Map<number, string>([
			[2, ''],
			[26, ''],
			[123_457, ''],
			[200_000, '']
		]);
		const path = join(dir, 'tweets-200k.csv');
		await writeLines(
			path,
			(function* () {
				let row = 1;
				for (const line of tweetLines(N, { badLikes: bad, repeats: [1000] })) {
					if (pinned.has(row)) pinned.set(row, line);
					yield row === overlong ? `${line},"stray"` : line;
					row++;
				}
			})()
		);
		reader('sql');
		const db = await createTestDb();
		const [r] = await importFiles(db, { page: 'big' }, [{ name: 'tweets.csv', path }]);
		expect(r.error).toBeUndefined();
		// N tweets + the repeat of row 1000 (identical: unchanged); the bad rows and the overlong one rejected
		expect(r.rows).toEqual({
			read: N + 1,
			inserted: N - 4,
			updated: 0,
			unchanged: 1,
			rejected: 4
		});
		expect(r.issues).toEqual([
			{ row: 3, column: 'likes', message: 'not a whole number: "lots"' },
			{ row: 77_777, column: 'likes', message: 'not a whole number: "lots"' },
			{ row: overlong, column: null, message: 'row has 41 fields, the header has 40' },
			{ row: 200_001, column: 'likes', message: 'not a whole number: "lots"' }
		]);
		const [n] = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM posts');
		expect(n.n).toBe(N - 4);
		for (const [row, line] of pinned) {
			const cells = cellsOf(line);
			const id = cells[0];
			const [post] = await db.query(
				`SELECT post_id, strftime(published_at, '%Y-%m-%d %H:%M') AS time, message, permalink,
				impressions_total, reactions, comments, shares, clicks, is_paid FROM posts WHERE post_id = '${id}'`
			);
			const at = (h: string) => cells[TWEET_HEADER.indexOf(h)];
			expect(post, `row ${row}`).toEqual({
				post_id: id,
				time: at('time').slice(0, 16),
				message: at('Tweet text'),
				permalink: at('Tweet permalink'),
				impressions_total: Number(at('impressions')),
				reactions: Number(at('likes')),
				comments: Number(at('replies')),
				shares: Number(at('retweets')),
				clicks: Number(at('url clicks')),
				is_paid: at('promoted impressions') === '-' ? false : Number(at('promoted impressions')) > 0
			});
			const extras = await db.query<{ metric: string; value: string; num: number | null }>(
				`SELECT metric, value, num FROM post_extra WHERE post_id = '${id}' ORDER BY metric`
			);
			const mapped = ['Tweet id', 'Tweet permalink', 'Tweet text', 'time', 'impressions'];
			mapped.push('likes', 'replies', 'retweets', 'url clicks');
			const expected = TWEET_HEADER.map((h, i) => ({ metric: h, value: cells[i].trim() }))
				.filter((e) => !mapped.includes(e.metric) && e.value !== '')
				.map((e) => ({ ...e, num: looseNumber(e.value) }))
				.sort((a, b) => (a.metric < b.metric ? -1 : 1));
			expect(extras, `row ${row}`).toEqual(expected);
		}
	}, 120_000);
});

/** An X per-tweet row's cells, any of which may be odd: spaces, blanks, `-`, bad numbers, dates. */
const count = fc.constantFrom('12', '12.0', ' 7 ', '-', '', '1 234', '-3', 'n/a', '2.5', '  ', '0');
const time = fc.constantFrom(
	'2019-01-31 23:32 +0000',
	'2019-01-31 23:32:15 -0230',
	' 2020-02-29 00:00 +0100 ',
	'2019-02-30 10:00 +0000',
	'2005-12-31 10:00 +0000',
	'02/03/2019 10:00',
	''
);
const id = fc.constantFrom(
	'1090000000000000001',
	'1090000000000000002',
	' 1090000000000000003',
	'1.1E+18',
	'abc',
	''
);
const text = fc.constantFrom('hello', ' spaced ', '', 'multi\nline, "quoted"', '  ', 'é€ 🎉');
const extra = fc.constantFrom('3.0', '-', '', ' 4 ', '1e3', 'x', '0.012');
const promoted = fc.constantFrom('-', '0', '12', '', 'lots', '3.0');
const tweetRow = fc
	.tuple(id, text, text, time, fc.array(count, { minLength: 5, maxLength: 5 }), extra, promoted)
	.map(([i, link, msg, t, counts, e, p]) => {
		const cells = TWEET_HEADER.map(() => '');
		const set = (h: string, v: string) => (cells[TWEET_HEADER.indexOf(h)] = v);
		set('Tweet id', i);
		set('Tweet permalink', link);
		set('Tweet text', msg);
		set('time', t);
		['impressions', 'likes', 'replies', 'retweets', 'url clicks'].forEach((h, k) =>
			set(h, counts[k])
		);
		set('engagements', e);
		set('promoted impressions', p);
		return cells;
	});
const dailyRow = fc
	.tuple(
		fc.constantFrom(
			'2021-01-01',
			'2021-01-02',
			' 2021-01-03',
			'2021-02-30',
			'1/2/2021',
			'',
			'2005-01-01'
		),
		fc.array(count, { minLength: 3, maxLength: 3 }),
		extra
	)
	.map(([d, counts, e]) => [d, ...counts, e]);
const DAILY_HEADER = ['Date', 'Tweets published', 'impressions', 'engagements', 'follows'];

const csv = (rows: string[][]) =>
	rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\n') + '\n';

async function importWith(which: 'js' | 'sql' | 'auto', bytes: Uint8Array) {
	reader(which);
	const db: Db = await createTestDb();
	const results = await importFiles(db, { page: 'p' }, [{ name: 'f.csv', bytes }], {
		today: '2024-01-01'
	});
	const store = await storeChecksum(db, 'data');
	db.close();
	return { results, store };
}

describe('DuckDB settings while it reads', () => {
	it('are restored once the last of overlapping imports ends', async () => {
		const db = await getDb(join(dir, 'settings.duckdb'));
		const settings = () =>
			db.query(
				`SELECT current_setting('memory_limit') AS m, current_setting('threads') AS t,
					current_setting('allocator_flush_threshold') AS f, current_setting('allocator_background_threads') AS b`
			);
		const before = await settings();
		const file = (name: string) => ({
			name,
			bytes: readFileSync(join(FIXTURES, 'x', name))
		});
		const results = await Promise.all([
			importFiles(db, { page: 'a' }, [file('tweets-basic.csv')]),
			importFiles(db, { page: 'b' }, [file('daily-basic.csv')]),
			importFiles(db, { page: 'c' }, [file('tweets-rejected-rows.csv')])
		]);
		expect(results.map(([r]) => r.error)).toEqual([undefined, undefined, undefined]);
		expect(await settings()).toEqual(before);
		db.close();
	});
});

describe('an import over its memory cap', () => {
	it('is imported again once with the store’s own memory, logged, as a large cap imports it', async () => {
		const path = join(dir, 'capped.csv');
		await writeLines(path, tweetLines(10_000));
		const load = async (name: string) => {
			const db = await getDb(join(dir, name));
			const [r] = await importFiles(db, { page: 'p' }, [{ name: 'big.csv', path }]);
			const store = await storeChecksum(db, 'data');
			db.close();
			return { r, store };
		};
		const large = await load('large.duckdb');
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		process.env.SABLIER_IMPORT_MEMORY = '16MB';
		try {
			const capped = await load('capped.duckdb');
			expect(warn).toHaveBeenCalledTimes(1);
			expect(String(warn.mock.calls[0][0])).toMatch(
				/ran out of memory under SABLIER_IMPORT_MEMORY=16MB/
			);
			expect(capped.r.error).toBeUndefined();
			expect(capped.r).toEqual(large.r);
			expect(capped.store).toEqual(large.store);
		} finally {
			delete process.env.SABLIER_IMPORT_MEMORY;
			warn.mockRestore();
		}
	});
});

describe('DuckDB and JavaScript read the same', () => {
	it('a file DuckDB would read otherwise (a blank first line, a blank record) is read in JavaScript', async () => {
		const fixture = readFileSync(join(FIXTURES, 'x', 'tweets-rejected-rows.csv'), 'utf8');
		const lines = fixture.split('\n');
		for (const text of [
			`\n${fixture}`,
			[...lines.slice(0, 3), ','.repeat(39), ...lines.slice(3)].join('\n')
		]) {
			const bytes = new TextEncoder().encode(text);
			const js = await importWith('js', bytes);
			const auto = await importWith('auto', bytes);
			expect(js.results[0].rows.rejected).toBe(5);
			expect(auto.results).toEqual(js.results);
			expect(auto.store).toEqual(js.store);
		}
	});

	it('random X per-tweet and daily files give the same summaries and the same stores', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.array(tweetRow, { minLength: 1, maxLength: 6 }).map((rows) => [TWEET_HEADER, ...rows]),
					fc.array(dailyRow, { minLength: 1, maxLength: 6 }).map((rows) => [DAILY_HEADER, ...rows])
				),
				async (rows) => {
					const bytes = new TextEncoder().encode(csv(rows));
					const js = await importWith('js', bytes);
					const sql = await importWith('sql', bytes);
					expect(sql.results).toEqual(js.results);
					expect(sql.store).toEqual(js.store);
				}
			),
			{ numRuns: 60 }
		);
	}, 120_000);
});
