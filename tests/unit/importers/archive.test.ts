import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import { createTestDb, fixture, storeChecksum } from '../../helpers/db.ts';

const zip = (files: Record<string, Uint8Array>) => ({ name: 'export.zip', bytes: zipSync(files) });

describe('.zip archives (Meta downloads come zipped)', () => {
	it('imports each member as its own file, in one summary; folders and macOS forks skipped', async () => {
		const db = await createTestDb();
		const a = fixture('facebook/page-basic-cp1252.csv').bytes;
		const b = fixture('facebook/posts-basic.csv').bytes;
		const results = await importFiles(db, { page: 'p' }, [
			zip({ 'Page.csv': a, 'posts/Posts.csv': b, '__MACOSX/._Page.csv': new Uint8Array([0, 5]) })
		]);
		expect(results.map((r) => [r.file, r.format, r.rows.inserted])).toEqual([
			['export.zip/Page.csv', 'facebook-insights-page', 5],
			['export.zip/posts/Posts.csv', 'facebook-insights-posts', 2]
		]);
	});

	it('refuses a zip bomb, a cut archive and a workbook before touching the store', async () => {
		const db = await createTestDb();
		const before = await storeChecksum(db);
		const bomb = zip({ 'big.csv': new Uint8Array(4 * 1024 * 1024) });
		const whole = zip({ 'Page.csv': fixture('facebook/page-basic-cp1252.csv').bytes });
		const cut = { name: 'cut.zip', bytes: whole.bytes.slice(0, whole.bytes.length - 30) };
		const xlsx = {
			name: 'book.xlsx',
			bytes: zipSync({
				'[Content_Types].xml': new Uint8Array([60]),
				'xl/workbook.xml': new Uint8Array([60])
			})
		};
		const [r1, r2, r3] = await importFiles(db, { page: 'p' }, [bomb, cut, xlsx]);
		expect(r1.error).toMatch(/^"big.csv" would expand \d+ times: refused as a possible zip bomb$/);
		expect(r2.error).toMatch(/^the archive could not be opened .*cut short\?$/);
		expect(r3.error).toBe(
			'this is an Excel workbook (.xlsx): save the sheet as CSV, then import the CSV'
		);
		expect(await storeChecksum(db)).toEqual(before);
	});
});
