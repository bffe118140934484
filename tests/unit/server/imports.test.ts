import { describe, expect, it } from 'vitest';
import { deleteImport, listImports } from '../../../src/lib/server/imports.ts';
import { createTestDb, importFixtures, rowsOf, storeChecksum } from '../../helpers/db.ts';

describe('provenance: listing and deleting imports', () => {
	it('lists every import with its file, sha256, format, span and counts', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'p', 'facebook/page-overlap-a.csv', 'facebook/page-overlap-b.csv');
		const rows = await listImports(db, 'p');
		expect(
			rows.map((r) => [
				r.file_name,
				r.format,
				r.first_day,
				r.last_day,
				r.rows_inserted,
				r.rows_updated
			])
		).toEqual([
			['page-overlap-b.csv', 'facebook-insights-page', '2015-01-04', '2015-01-08', 3, 2],
			['page-overlap-a.csv', 'facebook-insights-page', '2015-01-01', '2015-01-05', 5, 0]
		]);
		expect(rows[0].sha256).toMatch(/^[0-9a-f]{64}$/);
	});

	it('records when each file was imported as the machine’s local time (the time the CM’s own clock read)', async () => {
		// TZ is America/Los_Angeles here (npm run test:unit): a stamp in UTC would be 7 or 8 h ahead
		const local = (d: Date) => {
			const p = (n: number) => String(n).padStart(2, '0');
			return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
		};
		const db = await createTestDb();
		const before = local(new Date(Math.floor(Date.now() / 1000) * 1000));
		await importFixtures(db, 'p', 'facebook/page-overlap-a.csv');
		const after = local(new Date());
		const [row] = await listImports(db, 'p');
		expect(
			row.imported_at >= before && row.imported_at <= after,
			`${before} ≤ ${row.imported_at} ≤ ${after}`
		).toBe(true);
	});

	it('deleting the newer of two overlapping imports restores exactly what the older one said', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'p', 'facebook/page-overlap-a.csv', 'facebook/page-overlap-b.csv');
		const [b] = await listImports(db, 'p');
		expect(await deleteImport(db, b.id)).toBe(true);
		const onlyA = await createTestDb();
		await importFixtures(onlyA, 'p', 'facebook/page-overlap-a.csv');
		const [data, ref] = [await storeChecksum(db, 'data'), await storeChecksum(onlyA, 'data')];
		// identical but for the log, which keeps the deleted import, marked
		expect({ ...data, imports: null }).toEqual({ ...ref, imports: null });
		expect((await listImports(db, 'p')).map((r) => [r.file_name, r.status])).toEqual([
			['page-overlap-b.csv', 'deleted'],
			['page-overlap-a.csv', 'loaded']
		]);
		expect((await rowsOf(db, 'page_daily', 'p')).map((d) => d.fans_total)).toEqual([
			101, 102, 103, 104, 105
		]);
		expect(await deleteImport(db, b.id)).toBe(false);
	});

	it('deleting a post file leaves the video file’s columns of a merged post', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'p', 'facebook/posts-basic.csv', 'facebook/video-basic.csv');
		const posts = (await listImports(db, 'p')).find((r) => r.file_name === 'posts-basic.csv')!;
		await deleteImport(db, posts.id);
		const onlyVideo = await createTestDb();
		await importFixtures(onlyVideo, 'p', 'facebook/video-basic.csv');
		const [data, ref] = [await storeChecksum(db, 'data'), await storeChecksum(onlyVideo, 'data')];
		expect({ ...data, imports: null }).toEqual({ ...ref, imports: null });
		// importing the deleted file again brings its values back, counted as an import again
		const [again] = await importFixtures(db, 'p', 'facebook/posts-basic.csv');
		expect(again.rows).toEqual({ read: 2, inserted: 1, updated: 1, unchanged: 0, rejected: 0 });
		expect((await listImports(db, 'p')).every((r) => r.status === 'loaded')).toBe(true);
	});
});
