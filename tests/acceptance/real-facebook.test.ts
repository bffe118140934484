import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAILY_COLUMNS } from '../../src/lib/canonical.ts';
import { importFiles } from '../../src/lib/server/import-files.ts';
import { createTestDb, storeChecksum } from '../helpers/db.ts';

/** Real exports published by their owners, beside the project (never copied into it). */
const REAL = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'real');
const FB = join(REAL, 'facebook-page-insights');
const UCI = join(REAL, 'facebook-posts-uci', 'dataset_Facebook.csv');

const read = (dir: string, names: string[]) =>
	names.map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));

describe.skipIf(!existsSync(FB))(
	'real Facebook Page Insights exports (../shared/data/real)',
	() => {
		const names = existsSync(FB) ? readdirSync(FB).filter((n) => n.endsWith('.csv')) : [];
		const pageFiles = names.filter(
			(n) => !n.includes('(Post Level)') && !n.includes('(Video Posts)')
		);

		it('imports every page, post and video file with exact counts, and a second import changes nothing', async () => {
			expect(names.length).toBe(15);
			const db = await createTestDb();
			const results = await importFiles(db, { page: 'vic' }, read(FB, names));
			expect(results.filter((r) => r.error)).toEqual([]);
			expect(results.every((r) => r.rows.rejected === 0)).toBe(true);
			const [days] =
				await db.query(`SELECT count(*)::INTEGER AS n, count(DISTINCT day)::INTEGER AS d,
			strftime(min(day), '%Y-%m-%d') AS first, strftime(max(day), '%Y-%m-%d') AS last,
			(datediff('day', min(day), max(day)) + 1)::INTEGER AS span FROM page_daily`);
			expect(days).toEqual({ n: 775, d: 775, first: '2014-01-01', last: '2016-02-14', span: 775 });
			// 390 post-level rows + 47 video rows, of which 41 describe posts the post-level files hold
			const [posts] = await db.query(
				'SELECT count(*)::INTEGER AS n, count(video_views)::INTEGER AS videos FROM posts'
			);
			expect(posts.n).toBe(396);
			const [last] = await db.query(
				"SELECT fans_total, fans_net FROM page_daily WHERE day = DATE '2016-02-14'"
			);
			expect(last).toEqual({ fans_total: 1094, fans_net: null });
			const before = await storeChecksum(db);
			const again = await importFiles(db, { page: 'vic' }, read(FB, [...names].reverse()));
			expect(again.map((r) => r.rows.inserted + r.rows.updated)).toEqual(again.map(() => 0));
			expect(await storeChecksum(db)).toEqual(before);
		});

		it('loses no cell: every non-blank cell of a page-level file is a canonical value or an extra', async () => {
			const db = await createTestDb();
			const name = pageFiles.find((n) => n.includes('2015-08-19')) as string;
			const [r] = await importFiles(db, { page: 'vic' }, read(FB, [name]));
			// an independent count of non-blank data cells, by DuckDB's own CSV reader (UTF-8 file)
			const path = join(FB, name).replaceAll("'", "''");
			const [raw] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM (
			UNPIVOT (SELECT * FROM read_csv('${path}', header = false, skip = 2, all_varchar = true,
				delim = ',', quote = '"', null_padding = true, max_line_size = 10000000))
			ON COLUMNS(*) INTO NAME col VALUE v) WHERE trim(v) <> ''`);
			const [stored] = await db.query<{ n: number }>(`SELECT (
			(SELECT count(*) FROM import_daily_extra WHERE import_id = ${r.importId}) +
			(SELECT sum(${DAILY_COLUMNS.map((c) => `(${c} IS NOT NULL)::INTEGER`).join(' + ')})
				FROM import_daily WHERE import_id = ${r.importId})
			)::INTEGER AS n`);
			expect(r.rows.read).toBe(180);
			expect(stored.n).toBe(raw.n);
		});
	}
);

describe.skipIf(!existsSync(UCI))('real UCI Facebook post file', () => {
	it('imports 500 posts: 139 paid, 360 unpaid, 1 unknown', async () => {
		const db = await createTestDb();
		const [r] = await importFiles(db, { page: 'uci' }, [
			{ name: 'dataset_Facebook.csv', bytes: readFileSync(UCI) }
		]);
		expect(r.rows).toEqual({ read: 500, inserted: 500, updated: 0, unchanged: 0, rejected: 0 });
		const counts = await db.query(
			'SELECT is_paid, count(*)::INTEGER AS n FROM posts GROUP BY is_paid ORDER BY is_paid NULLS LAST'
		);
		expect(counts).toEqual([
			{ is_paid: false, n: 360 },
			{ is_paid: true, n: 139 },
			{ is_paid: null, n: 1 }
		]);
		// the description's 6 empty cells: Paid ×1, like ×1, share ×4 stay unknown, never 0
		const [nulls] = await db.query(
			'SELECT count(*) FILTER (WHERE reactions IS NULL)::INTEGER AS likes, count(*) FILTER (WHERE shares IS NULL)::INTEGER AS shares FROM posts'
		);
		expect(nulls).toEqual({ likes: 1, shares: 4 });
	});
});
