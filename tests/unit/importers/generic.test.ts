import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import { templateCsv } from '../../../src/lib/server/importers/generic/template.ts';
import { createTestDb, importFixtures, rowsOf, dailyRow } from '../../helpers/db.ts';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe('the generic CSV template', () => {
	it('the downloadable templates import as they are, into a page of any platform', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'p', 'facebook/page-basic-cp1252.csv');
		const [daily, posts] = await importFiles(db, { page: 'p' }, [
			file('t-daily.csv', templateCsv('daily')),
			file('t-posts.csv', templateCsv('posts'))
		]);
		expect([daily.format, daily.error, daily.rows.inserted]).toEqual([
			'generic-daily',
			undefined,
			1
		]);
		expect([posts.format, posts.error, posts.rows.inserted]).toEqual([
			'generic-posts',
			undefined,
			1
		]);
		const day = (await rowsOf(db, 'page_daily', 'p')).find((d) => d.day === '2024-03-01');
		expect(day).toEqual(
			dailyRow('2024-03-01', {
				fans_total: 1520,
				fans_added: 12,
				fans_removed: 3,
				reach_organic: 840,
				engaged_users: 41
			})
		);
		const [post] = await rowsOf(db, 'posts', 'p');
		expect(post).toMatchObject({
			post_id: 'post-1',
			published_at: '2024-03-01T09:30:00',
			is_paid: false,
			message: 'New croissants, fresh this morning',
			reactions: 35
		});
	});

	it('takes any subset of the columns, keeps empty cells unknown and rejects bad rows with reasons', async () => {
		const db = await createTestDb();
		const [r] = await importFiles(db, { page: 'g' }, [
			file(
				'mine.csv',
				'day,fans_total,fans_net\n2024-01-01,100,\n2024-01-02,,-3\n01/03/2024,5,1\n2024-01-04,-1,2\n'
			)
		]);
		expect(r.rows).toEqual({ read: 4, inserted: 2, updated: 0, unchanged: 0, rejected: 2 });
		expect(r.issues).toEqual([
			{ row: 4, column: 'day', message: 'not a date (YYYY-MM-DD): "01/03/2024"' },
			{ row: 5, column: 'fans_total', message: 'negative count: -1' }
		]);
		expect(
			(await rowsOf(db, 'page_daily', 'g')).map((d) => [d.day, d.fans_total, d.fans_net])
		).toEqual([
			['2024-01-01', 100, null],
			['2024-01-02', null, -3]
		]);
		const [page] = await db.query('SELECT platform FROM pages');
		expect(page).toEqual({ platform: 'other' });
	});

	it('a header with one unknown name is not the template', async () => {
		const db = await createTestDb();
		const [r] = await importFiles(db, { page: 'g' }, [
			file('x.csv', 'day,fans_total,likes\n2024-01-01,1,2\n')
		]);
		expect(r.error).toMatch(/^not a recognised export/);
	});
});

describe('dates in the future', () => {
	it('are rejected row by row with the reason; tomorrow is allowed (time zones)', async () => {
		const db = await createTestDb();
		const csv = 'day,fans_total\n2026-11-20,10\n2026-11-22,11\n2026-11-23,12\n2031-01-01,13\n';
		const [r] = await importFiles(db, { page: 'f' }, [file('f.csv', csv)], { today: '2026-11-21' });
		expect(r.rows).toEqual({ read: 4, inserted: 2, updated: 0, unchanged: 0, rejected: 2 });
		expect(r.issues).toEqual([
			{ row: 4, column: 'day', message: 'date in the future: 2026-11-23' },
			{ row: 5, column: 'day', message: 'date in the future: 2031-01-01' }
		]);
	});
});
