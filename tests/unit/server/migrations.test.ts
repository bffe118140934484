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
});
