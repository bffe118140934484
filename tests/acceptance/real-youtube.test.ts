import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/lib/server/import-files.ts';
import { createTestDb, storeChecksum } from '../helpers/db.ts';

/** Real exports published by their owners, beside the project (never copied into it). */
const REAL = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'real');
const YT = join(REAL, 'youtube-studio');
const SUBSCRIBERS = 'fatemeh-mndz_Totals_subscribers.csv';

describe.skipIf(!existsSync(join(YT, SUBSCRIBERS)))(
	'real YouTube Studio Totals.csv (../shared/data/real)',
	() => {
		const file = () => [{ name: SUBSCRIBERS, bytes: readFileSync(join(YT, SUBSCRIBERS)) }];

		it('imports 619 days of net subscribers (+8,117, one negative day) exactly as DuckDB reads them, and a second import changes nothing', async () => {
			const db = await createTestDb();
			const [r] = await importFiles(db, { page: 'fm' }, file());
			expect(r.error).toBeUndefined();
			expect(r.format).toBe('youtube-totals');
			expect(r.rows).toEqual({ read: 619, inserted: 619, updated: 0, unchanged: 0, rejected: 0 });
			expect(r.issues).toEqual([]);

			// the expected figures, by DuckDB's own CSV reader (independent of the importer)
			const path = join(YT, SUBSCRIBERS).replaceAll("'", "''");
			const source = `read_csv('${path}', header = true, delim = ',',
				columns = {'Date': 'DATE', 'Subscribers': 'BIGINT'})`;
			const summary = (from: string, day: string, net: string) => `SELECT
				count(*)::INTEGER AS days, count(${net})::INTEGER AS known,
				sum(${net})::INTEGER AS net, count(*) FILTER (WHERE ${net} < 0)::INTEGER AS negative,
				strftime(min(${day}), '%Y-%m-%d') AS first, strftime(max(${day}), '%Y-%m-%d') AS last,
				(datediff('day', min(${day}), max(${day})) + 1)::INTEGER AS span FROM ${from}`;
			const [expected] = await db.query(summary(source, '"Date"', '"Subscribers"'));
			expect(expected).toEqual({
				days: 619,
				known: 619,
				net: 8117,
				negative: 1,
				first: '2023-04-04',
				last: '2024-12-12',
				span: 619
			});
			const [stored] = await db.query(summary('page_daily', 'day', 'fans_net'));
			expect(stored).toEqual(expected);

			// day by day, and the negative day itself
			const [diff] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n
				FROM ${source} s FULL JOIN page_daily d ON d.day = s."Date"
				WHERE d.fans_net IS DISTINCT FROM s."Subscribers"`);
			expect(diff.n).toBe(0);
			const negative = await db.query(
				`SELECT strftime(day, '%Y-%m-%d') AS day, fans_net FROM page_daily WHERE fans_net < 0`
			);
			const negativeSource = await db.query(
				`SELECT strftime("Date", '%Y-%m-%d') AS day, "Subscribers" AS fans_net FROM ${source} WHERE "Subscribers" < 0`
			);
			expect(negative).toEqual(negativeSource);

			// a net-only source: the total, gained and lost are unknown, never 0; Views absent
			const [others] = await db.query(`SELECT (count(fans_total) + count(fans_added)
				+ count(fans_removed))::INTEGER AS n FROM page_daily`);
			expect(others.n).toBe(0);
			const [extras] = await db.query('SELECT count(*)::INTEGER AS n FROM page_daily_extra');
			expect(extras.n).toBe(0);

			const before = await storeChecksum(db);
			const [again] = await importFiles(db, { page: 'fm' }, file());
			expect(again.rows).toEqual({
				read: 619,
				inserted: 0,
				updated: 0,
				unchanged: 619,
				rejected: 0
			});
			expect(await storeChecksum(db)).toEqual(before);
		});
	}
);
