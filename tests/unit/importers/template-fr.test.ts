import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import {
	createTestDb,
	dailyRow as day,
	FIXTURES,
	importFixtures,
	rowsOf,
	storeChecksum
} from '../../helpers/db.ts';

describe('Sablier’s template saved by French Excel', () => {
	it('daily: `;`, Windows-1252, 01/02/2024 and 12 024 read as the ISO original', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'fr', 'french/template-daily-excel-fr.csv');
		expect([r.format, r.error, r.issues]).toEqual(['generic-daily', undefined, []]);
		expect(await rowsOf(db, 'page_daily', 'fr')).toEqual([
			day('2024-02-01', { fans_total: 12024, fans_added: 15, reach_total: 3400 }),
			day('2024-02-02', { fans_total: 12031, fans_added: 7 }),
			day('2024-02-13', { fans_total: 12100, fans_added: 0, reach_total: 2950 })
		]);
	});

	it('posts: day-first times, oui/non; ISO 8601 times (Z, offsets, fractions) in UTC', async () => {
		const db = await createTestDb();
		const results = await importFixtures(
			db,
			'fr',
			'french/template-posts-excel-fr.csv',
			'french/template-posts-iso8601.csv'
		);
		expect(results.map((r) => [r.format, r.error, r.rows.rejected])).toEqual([
			['generic-posts', undefined, 0],
			['generic-posts', undefined, 0]
		]);
		const posts = await db.query(
			"SELECT post_id, strftime(published_at, '%Y-%m-%d %H:%M:%S') AS at, message, reach_total, is_paid FROM posts ORDER BY post_id"
		);
		expect(posts).toEqual([
			{ post_id: 'a1', at: '2024-01-02 10:00:00', message: null, reach_total: 10, is_paid: null },
			{ post_id: 'a2', at: '2024-01-03 08:30:00', message: null, reach_total: 20, is_paid: null },
			{ post_id: 'a3', at: '2024-01-04 23:15:30', message: null, reach_total: 30, is_paid: null },
			{ post_id: 'a4', at: '2024-01-05 08:00:00', message: null, reach_total: 40, is_paid: null },
			{
				post_id: 'p1',
				at: '2024-01-02 10:00:00',
				message: "Soldes d'été",
				reach_total: 1250,
				is_paid: false
			},
			{
				post_id: 'p2',
				at: '2024-01-15 18:30:00',
				message: 'Atelier',
				reach_total: 980,
				is_paid: true
			}
		]);
	});
});

describe('a file whose every row is rejected', () => {
	const bad = 'day,fans_total\n2024-13-01,5\n2024-01-02,-4\n';

	it('has failed: nothing stored, the first reasons shown', async () => {
		const db = await createTestDb();
		const before = await storeChecksum(db);
		const [r] = await importFiles(db, { page: 'p' }, [
			{ name: 'bad.csv', bytes: new TextEncoder().encode(bad) }
		]);
		expect(r.error).toBe('every row of the file was rejected (2): nothing was imported');
		expect(r.issues).toEqual([
			{ row: 2, column: 'day', message: 'not a date (YYYY-MM-DD): "2024-13-01"' },
			{ row: 3, column: 'fans_total', message: 'negative count: -4' }
		]);
		expect(await storeChecksum(db)).toEqual(before);
	});

	it('on the command line: exit 2, the reasons printed', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'sablier-bad-'));
		const path = join(dir, 'bad.csv');
		writeFileSync(path, bad);
		const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'sablier.js');
		const out = await promisify(execFile)(
			'node',
			[
				bin,
				'import',
				'--db',
				join(dir, 's.duckdb'),
				'--page',
				'p',
				path,
				join(FIXTURES, 'x2024', 'account_overview_analytics.csv')
			],
			{ env: { ...process.env, LANG: 'en' } }
		).then(
			() => ({ code: 0, stdout: '' }),
			(e: { code: number; stdout: string }) => e
		);
		expect(out.code).toBe(2);
		expect(out.stdout).toContain(
			`${path}\n  NOT IMPORTED: every row of the file was rejected (2): nothing was imported\n  - row 2, column "day": not a date (YYYY-MM-DD): "2024-13-01"\n  - row 3, column "fans_total": negative count: -4\n`
		);
		// the other file of the same command was imported
		expect(out.stdout).toContain('rows: 4 read / 4 inserted');
	});
});
