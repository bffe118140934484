import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/lib/server/db/migrate.ts';
import { createTestDb, importFixtures, storeChecksum } from '../../helpers/db.ts';

describe('migrations', () => {
	it('0004 rebuilds the extras tables without keys, keeping every row', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'x', 'x/tweets-basic.csv', 'x/daily-basic.csv');
		const before = await storeChecksum(db, 'full');
		expect(Number(before.import_post_extra.split(':')[0])).toBeGreaterThan(0);
		// run 0004 again on a filled store, as an older store meets it on upgrade
		await db.exec("DELETE FROM _migrations WHERE id = '0004_extras_without_keys'");
		// (migrate opens its own transactions: given the store's statement runners, not a transaction)
		const applied = await migrate({
			query: (q) => db.query(q),
			exec: (q) => db.exec(q),
			appender: () => Promise.reject(new Error('not used'))
		});
		expect(applied).toEqual(['0004_extras_without_keys']);
		expect(await storeChecksum(db, 'full')).toEqual(before);
		const constraints = await db.query<{ table_name: string }>(
			`SELECT DISTINCT table_name FROM duckdb_constraints()
			WHERE table_name LIKE '%extra' AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')`
		);
		expect(constraints).toEqual([]);
	});
	it('0005 rebuilds the page tables without foreign keys, keeping every row', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'p', 'facebook/page-basic-cp1252.csv', 'facebook/posts-basic.csv');
		await db.exec(
			"INSERT INTO campaigns (page_id, channel, start_day, end_day) VALUES (1, 'ads', '2015-01-01', '2015-01-02')"
		);
		const before = await storeChecksum(db, 'full');
		await db.exec("DELETE FROM _migrations WHERE id = '0005_pages_movable'");
		const applied = await migrate({
			query: (q) => db.query(q),
			exec: (q) => db.exec(q),
			appender: () => Promise.reject(new Error('not used'))
		});
		expect(applied).toEqual(['0005_pages_movable']);
		expect(await storeChecksum(db, 'full')).toEqual(before);
		const fks = await db.query(
			"SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'FOREIGN KEY'"
		);
		expect(fks).toEqual([]);
		// the keys that stay still hold
		await expect(
			db.exec('INSERT INTO page_daily (page_id, day) SELECT page_id, day FROM page_daily LIMIT 1')
		).rejects.toThrow(/Duplicate key|PRIMARY KEY|constraint/i);
	});
});
