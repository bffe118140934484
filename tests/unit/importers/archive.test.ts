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

	it('refuses a zip bomb, a cut archive and a broken workbook before touching the store', async () => {
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
		expect(r3.error).toMatch(/^the workbook could not be opened .*cut short\?$/);
		expect(await storeChecksum(db)).toEqual(before);
	});

	it('reads each sheet of an .xlsx as its own file; a broken .xls is refused, store unchanged', async () => {
		const ExcelJS = (await import('exceljs')).default;
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('Daily');
		ws.addRow(['day', 'fans_total', 'fans_added']);
		ws.addRow([new Date(Date.UTC(2024, 2, 1)), 1520, 12]);
		ws.addRow(['2024-03-02', { formula: 'B2+5', result: 1525 }, 5]);
		wb.addWorksheet('Empty');
		const xlsx = { name: 'book.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
		const xls = {
			name: 'old.xls',
			bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])
		};
		const db = await createTestDb();
		const [broken] = await importFiles(db, { page: 'p' }, [xls]);
		expect(broken.error).toMatch(/^the workbook could not be opened \(.*\): is it cut short\?$/);
		expect(await db.query('SELECT * FROM pages')).toEqual([]);
		const [sheet] = await importFiles(db, { page: 'p' }, [xlsx]);
		expect([sheet.file, sheet.format, sheet.rows.inserted]).toEqual([
			'book.xlsx/Daily',
			'generic-daily',
			2
		]);
		const days = await db.query(
			"SELECT strftime(day, '%Y-%m-%d') AS day, fans_total FROM page_daily ORDER BY day"
		);
		expect(days).toEqual([
			{ day: '2024-03-01', fans_total: 1520 },
			{ day: '2024-03-02', fans_total: 1525 }
		]);
	});
});
