import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/server/db/index.ts';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import { deleteImport, listImports } from '../../../src/lib/server/imports.ts';
import { createTestDb, FIXTURES, storeChecksum } from '../../helpers/db.ts';

/**
 * Migration 0010: a post only one import holds is stored once, in `posts`, with that import's id;
 * the imports' own rows of a post two imports hold are kept in `import_post_rows`; `import_posts`
 * shows both. Pinned here by hand on the 4 tweets of x/tweets-basic.csv and a later export of two
 * of them (one edited), through both readers.
 */
const A = readFileSync(join(FIXTURES, 'x', 'tweets-basic.csv'));
const lines = A.toString('utf8').split('\n');
const EDITED = '1090000000000000003';
const KEPT = '1090000000000000002';
// the later export: tweet 3 with a longer text, tweet 2 as it was
const B = new TextEncoder().encode(
	[
		lines[0],
		lines[1].replace('release notes', 'release notes, again').replace('"2019-01-02', '"2019-01-25'),
		lines.find((l) => l.startsWith(`"${KEPT}"`)),
		''
	].join('\n')
);

async function load(db: Db, name: string, bytes: Uint8Array) {
	const [r] = await importFiles(db, { page: 'x' }, [{ name, bytes }]);
	expect(r.error).toBeUndefined();
	return r;
}

/** where each post's row is: (post id, import id on `posts`, imports holding a per-import row) */
async function placement(db: Db) {
	return db.query<{ post_id: string; alone: number | null; rows: number[] | null }>(
		`SELECT p.post_id, p.import_id AS alone,
			(SELECT list(r.import_id ORDER BY r.import_id) FROM import_post_rows r WHERE r.post_id = p.post_id) AS rows
		FROM posts p ORDER BY p.post_id`
	);
}

const reader = process.env.SABLIER_IMPORT_READER;
afterEach(() => {
	if (reader === undefined) delete process.env.SABLIER_IMPORT_READER;
	else process.env.SABLIER_IMPORT_READER = reader;
});

describe('posts one import alone holds are stored once', () => {
	for (const way of ['sql', 'js'])
		it(`keeps them in posts with their import's id, and the shared ones per import (${way} reader)`, async () => {
			process.env.SABLIER_IMPORT_READER = way;
			const db = await createTestDb();
			const a = await load(db, 'a.csv', A);
			expect(a.rows).toMatchObject({ read: 4, inserted: 4 });
			const ids = ['1090000000000000001', '1090000000000000002', EDITED, '1090000000000000004'];
			expect(await placement(db)).toEqual(
				ids.map((post_id) => ({ post_id, alone: a.importId, rows: null }))
			);
			const afterA = await storeChecksum(db, 'full');

			const b = await load(db, 'b.csv', B);
			expect(b.rows).toMatchObject({ read: 2, inserted: 0, updated: 1, unchanged: 1 });
			const both = [a.importId, b.importId];
			expect(await placement(db)).toEqual([
				{ post_id: ids[0], alone: a.importId, rows: null },
				{ post_id: KEPT, alone: null, rows: both },
				{ post_id: EDITED, alone: null, rows: both },
				{ post_id: ids[3], alone: a.importId, rows: null }
			]);
			// the later export's text wins; every import's own rows are still there
			const [edited] = await db.query<{ message: string }>(
				`SELECT message FROM posts WHERE post_id = '${EDITED}'`
			);
			expect(edited.message).toContain('release notes, again');
			const held = await db.query<{ import_id: number; post_id: string }>(
				'SELECT import_id, post_id FROM import_posts ORDER BY import_id, post_id'
			);
			expect(held).toEqual([
				...ids.map((post_id) => ({ import_id: a.importId, post_id })),
				{ import_id: b.importId, post_id: KEPT },
				{ import_id: b.importId, post_id: EDITED }
			]);
			const afterB = await storeChecksum(db, 'full');

			// the same files again change nothing
			const again = await load(db, 'a.csv', A);
			expect(again.rows).toMatchObject({ read: 4, inserted: 0, updated: 0, unchanged: 4 });
			await load(db, 'b.csv', B);
			expect(await storeChecksum(db, 'full')).toEqual(afterB);

			// deleting the later export puts every post back alone, exactly as after the first
			expect(await deleteImport(db, b.importId!)).toBe(true);
			expect(await placement(db)).toEqual(
				ids.map((post_id) => ({ post_id, alone: a.importId, rows: null }))
			);
			const now = await storeChecksum(db, 'full');
			expect({ ...now, imports: null }).toEqual({ ...afterA, imports: null });
			expect((await listImports(db, 'x')).map((i) => i.status)).toEqual(['deleted', 'loaded']);
			db.close();
		});

	it('deleting the first export leaves the later one alone with its two posts', async () => {
		const db = await createTestDb();
		const a = await load(db, 'a.csv', A);
		const b = await load(db, 'b.csv', B);
		expect(await deleteImport(db, a.importId!)).toBe(true);
		expect(await placement(db)).toEqual([
			{ post_id: KEPT, alone: b.importId, rows: null },
			{ post_id: EDITED, alone: b.importId, rows: null }
		]);
		const onlyB = await createTestDb();
		await load(onlyB, 'b.csv', B);
		const [data, ref] = [await storeChecksum(db, 'data'), await storeChecksum(onlyB, 'data')];
		expect({ ...data, imports: null }).toEqual({ ...ref, imports: null });
		db.close();
		onlyB.close();
	});

	it('the same file again rewrites nothing, and puts back a stored value that differs from it', async () => {
		const db = await createTestDb();
		const a = await load(db, 'a.csv', A);
		const stored = await storeChecksum(db, 'full');
		expect((await load(db, 'a.csv', A)).rows).toMatchObject({
			inserted: 0,
			updated: 0,
			unchanged: 4
		});
		expect(await storeChecksum(db, 'full')).toEqual(stored);
		// a store whose row no longer says what the file says (written by an older reader, say)
		await db.exec(`UPDATE posts SET impressions_total = 1 WHERE post_id = '${KEPT}'`);
		const again = await load(db, 'a.csv', A);
		expect(again.importId).toBe(a.importId);
		expect(again.rows).toMatchObject({ inserted: 0, updated: 1, unchanged: 3 });
		expect(await storeChecksum(db, 'full')).toEqual(stored);
		db.close();
	});
});
