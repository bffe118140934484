import { describe, expect, it } from 'vitest';
import type { Db, Tx } from '../../../src/lib/server/db/index.ts';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import { createTestDb, fixture, storeChecksum } from '../../helpers/db.ts';

/** The real store, with a write that throws once the load is half done (after rows were written). */
function failingAt(db: Db, pattern: RegExp): Db {
	return {
		...db,
		query: db.query,
		exec: db.exec,
		close: db.close,
		transaction: (fn) =>
			db.transaction((tx) => {
				const wrapped: Tx = {
					...tx,
					exec: async (q) => {
						const text = typeof q === 'string' ? q : q.text;
						if (pattern.test(text)) throw new Error('disk full (simulated)');
						return tx.exec(q);
					}
				};
				return fn(wrapped);
			})
	};
}

describe('one file, one transaction', () => {
	it('a file that fails mid-way leaves the store exactly as it was', async () => {
		const db = await createTestDb();
		await importFiles(db, { page: 'p' }, [fixture('facebook/page-overlap-a.csv')]);
		const before = await storeChecksum(db);
		// fails after its rows reached import_daily and page_daily, while resolving the days it shares
		const broken = failingAt(db, /DELETE FROM "page_daily" WHERE/);
		const [r] = await importFiles(broken, { page: 'p' }, [fixture('facebook/page-overlap-b.csv')]);
		expect(r.error).toMatch(/internal error/);
		expect(await storeChecksum(db)).toEqual(before);
		// and the store still works: the same file then loads normally
		const [ok] = await importFiles(db, { page: 'p' }, [fixture('facebook/page-overlap-b.csv')]);
		expect(ok.rows).toEqual({ read: 5, inserted: 3, updated: 2, unchanged: 0, rejected: 0 });
	});

	it('a failing first file does not leave a new page behind', async () => {
		const db = await createTestDb();
		const before = await storeChecksum(db);
		const broken = failingAt(db, /INSERT INTO "import_daily"/);
		const [r] = await importFiles(broken, { page: 'fresh' }, [
			fixture('facebook/page-basic-cp1252.csv')
		]);
		expect(r.error).toBeDefined();
		expect(await storeChecksum(db)).toEqual(before);
	});
});
