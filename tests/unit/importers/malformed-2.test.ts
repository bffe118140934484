import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as XLSX from '@e965/xlsx';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { translateMessage } from '../../../src/lib/i18n/messages.ts';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import { createTestDb, storeChecksum } from '../../helpers/db.ts';

const text = (s: string) => new TextEncoder().encode(s);
const xlsx = (sheets: Record<string, unknown[][]>) => {
	const wb = XLSX.utils.book_new();
	for (const [n, rows] of Object.entries(sheets))
		XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), n);
	return new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'buffer' }));
};

async function refused(name: string, bytes: Uint8Array) {
	const db = await createTestDb();
	const before = await storeChecksum(db);
	const results = await importFiles(db, { page: 'p' }, [{ name, bytes }]);
	expect(await storeChecksum(db)).toEqual(before);
	for (const r of results) if (r.error) expect(translateMessage(r.error, 'fr')).not.toBe(r.error);
	return results;
}

afterEach(() => {
	delete process.env.SABLIER_MAX_ROWS;
});

describe('files that must not pass (issue 13, item 8)', () => {
	it('a header naming a canonical column twice is refused', async () => {
		const [r] = await refused('t.csv', text('day,fans_total,fans_total\n2024-01-01,5,6\n'));
		expect(r.error).toBe(
			'the header names "fans_total" twice: which column holds its values cannot be told'
		);
	});

	it('an empty workbook and a zip of folders say so', async () => {
		const wb = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([]), 'Empty');
		const [book] = await refused(
			'empty.xlsx',
			new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'buffer' }))
		);
		expect(book.error).toBe('the workbook has no sheet with data');
		const [zip] = await refused(
			'folders.zip',
			zipSync({ 'a/': new Uint8Array(), 'a/b/': new Uint8Array() })
		);
		expect(zip.error).toBe('the archive holds no file to import');
	});

	it('a workbook sheet past SABLIER_MAX_ROWS is refused with the setting named', async () => {
		process.env.SABLIER_MAX_ROWS = '10';
		const rows = [
			['day', 'fans_total'],
			...Array.from({ length: 40 }, (_, i) => [
				`2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
				i
			])
		];
		const [r] = await refused('big.xlsx', xlsx({ Daily: rows }));
		expect(r.error).toBe('the file has more than 10 rows, the limit set by SABLIER_MAX_ROWS');
	});

	it('the command line lists every member of a zip and exits 2 when one failed', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'sablier-zip-'));
		const path = join(dir, 'exports.zip');
		writeFileSync(
			path,
			zipSync({
				'good.csv': text('day,fans_total\n2024-01-01,5\n2024-01-02,6\n'),
				'bad.csv': text('day,fans_total\n2024-13-01,5\n')
			})
		);
		const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'sablier.js');
		const out = await promisify(execFile)(
			'node',
			[bin, 'import', '--json', '--db', join(dir, 's.duckdb'), '--page', 'p', path],
			{ env: { ...process.env, LANG: 'en' } }
		).then(
			(o) => ({ code: 0, stdout: o.stdout }),
			(e: { code: number; stdout: string }) => e
		);
		expect(out.code).toBe(2);
		const { files } = JSON.parse(out.stdout) as { files: { file: string; error?: string }[] };
		expect(files.map((f) => [f.file, f.error ?? null])).toEqual([
			[`${path}/bad.csv`, 'every row of the file was rejected (1): nothing was imported'],
			[`${path}/good.csv`, null]
		]);
	});

	it('one invalid byte in a UTF-8 file: the rest keeps its accents, the row is named', async () => {
		const db = await createTestDb();
		const good = text('post_id,message\np1,Café crème 🎉\np2,Été\n');
		const bytes = new Uint8Array([...good, ...text('p3,bad '), 0xff, ...text(' byte\n')]);
		const [r] = await importFiles(db, { page: 'p' }, [{ name: 'u.csv', bytes }]);
		expect(r.error).toBeUndefined();
		expect(r.issues).toEqual([
			{
				row: 4,
				column: null,
				message: 'the file holds 1 byte sequence(s) that are not valid UTF-8, shown as � (rows 4)'
			}
		]);
		const posts = await db.query('SELECT post_id, message FROM posts ORDER BY post_id');
		expect(posts).toEqual([
			{ post_id: 'p1', message: 'Café crème 🎉' },
			{ post_id: 'p2', message: 'Été' },
			{ post_id: 'p3', message: 'bad \uFFFD byte' }
		]);
		const [imp] = await db.query('SELECT encoding FROM imports');
		expect(imp).toEqual({ encoding: 'utf-8' });
	});

	it('a Windows-1252 file stays Windows-1252', async () => {
		const db = await createTestDb();
		const bytes = new Uint8Array([
			...text('post_id,message\np1,Caf'),
			0xe9,
			...text('\np2,'),
			0xc9,
			...text('t'),
			0xe9,
			0x0a
		]);
		const [r] = await importFiles(db, { page: 'p' }, [{ name: 'c.csv', bytes }]);
		expect(r.issues).toEqual([]);
		const posts = await db.query('SELECT message FROM posts ORDER BY post_id');
		expect(posts).toEqual([{ message: 'Café' }, { message: 'Été' }]);
	});

	it('a file cut inside its last number is kept but its last row named', async () => {
		const db = await createTestDb();
		const [r] = await importFiles(db, { page: 'p' }, [
			{ name: 'cut.csv', bytes: text('day,fans_total\n2024-01-01,1520\n2024-01-02,15') }
		]);
		expect(r.rows.inserted).toBe(2);
		expect(r.issues).toEqual([
			{
				row: 3,
				column: null,
				message: 'the file does not end with a line break: its last row (row 3) may be cut short'
			}
		]);
		expect(translateMessage(r.issues[0].message, 'fr')).not.toBe(r.issues[0].message);
	});

	it('texts double-encoded (mojibake) are refused before they replace good ones; French digits grouped by spaces read', async () => {
		const db = await createTestDb();
		await importFiles(db, { page: 'p' }, [
			{
				name: 'a.csv',
				bytes: text('post_id,message,reach_total\np1,Café crème,12 024\np2,L’été,5\n')
			}
		]);
		const before = await storeChecksum(db);
		const twice = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
		const bad = text(
			`post_id,message,reach_total\np1,${twice('Café crème')},1\np2,${twice('L’été')},5\n`
		);
		const [r] = await importFiles(db, { page: 'p' }, [{ name: 'b.csv', bytes: bad }]);
		expect(r.error).toMatch(/^the texts look double-encoded/);
		expect(translateMessage(r.error!, 'fr')).toMatch(/^les textes semblent encodés deux fois/);
		expect(await storeChecksum(db)).toEqual(before);
		const posts = await db.query('SELECT message, reach_total FROM posts ORDER BY post_id');
		expect(posts).toEqual([
			{ message: 'Café crème', reach_total: 12024 },
			{ message: 'L’été', reach_total: 5 }
		]);
	});
});
