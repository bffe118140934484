import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import { parseMapping } from '../../../src/lib/server/mappings.ts';
import { createTestDb, fixture, rowsOf, storeChecksum, dailyRow } from '../../helpers/db.ts';

const MAP = parseMapping(
	'day=Date,fans_total="Fans au total",fans_added=Nouveaux fans,fans_removed=Désabonnements,reach_organic=Portée organique,engaged_users=Personnes engagées'
);
const day = dailyRow;

describe('any CSV with a column mapping (a French Excel export)', () => {
	it('reads `;`, cp1252, `1 234` with a no-break space and dd/mm/yyyy settled by a day > 12; unmapped columns are extras', async () => {
		const db = await createTestDb();
		const [r] = await importFiles(db, { page: 'fr' }, [fixture('french/excel-fr-cp1252.csv')], {
			mapping: MAP
		});
		expect([r.format, r.error, r.rows]).toEqual([
			'generic-mapped',
			undefined,
			{ read: 4, inserted: 4, updated: 0, unchanged: 0, rejected: 0 }
		]);
		expect(await rowsOf(db, 'page_daily', 'fr')).toEqual([
			day('2024-03-01', {
				fans_total: 1234,
				fans_added: 12,
				fans_removed: 3,
				reach_organic: 2840,
				engaged_users: 41
			}),
			day('2024-03-02', {
				fans_total: 1243,
				fans_added: 10,
				fans_removed: 1,
				reach_organic: 3100,
				engaged_users: 38
			}),
			day('2024-03-13', {
				fans_total: 1250,
				fans_added: null,
				fans_removed: 2,
				reach_organic: 1990,
				engaged_users: 35
			}),
			day('2024-03-14', {
				fans_total: 1260,
				fans_added: 11,
				fans_removed: 1,
				reach_organic: null,
				engaged_users: 40
			})
		]);
		const [extra] = await db.query(
			"SELECT value FROM page_daily_extra WHERE metric = 'Commentaire' AND day = DATE '2024-03-13'"
		);
		expect(extra).toEqual({ value: 'salon : démo « croissants »' });
	});

	it('never guesses ambiguous dates: the file fails with the fix, then --date-format decides', async () => {
		const db = await createTestDb();
		const before = await storeChecksum(db);
		const [r] = await importFiles(db, { page: 'fr' }, [fixture('french/excel-fr-ambiguous.csv')], {
			mapping: MAP
		});
		expect(r.error).toBe(
			'the dates are ambiguous (e.g. 03/04/2024 could be 3 April or March 4): say which with --date-format DD/MM/YYYY or MM/DD/YYYY'
		);
		expect(await storeChecksum(db)).toEqual(before);
		const [us] = await importFiles(db, { page: 'us' }, [fixture('french/excel-fr-ambiguous.csv')], {
			mapping: MAP,
			dateFormat: 'MM/DD/YYYY'
		});
		expect(us.rows.inserted).toBe(2);
		expect((await rowsOf(db, 'page_daily', 'us')).map((d) => d.day)).toEqual([
			'2024-01-03',
			'2024-02-03'
		]);
	});

	it('remembers a confirmed mapping for files with the same header', async () => {
		const db = await createTestDb();
		await importFiles(db, { page: 'fr' }, [fixture('french/excel-fr-cp1252.csv')], {
			mapping: MAP
		});
		const [again] = await importFiles(
			db,
			{ page: 'fr2' },
			[fixture('french/excel-fr-ambiguous.csv')],
			{ dateFormat: 'DD/MM/YYYY' }
		);
		expect([again.format, again.rows.inserted]).toEqual(['generic-mapped', 2]);
		const fresh = await createTestDb();
		const [unknown] = await importFiles(fresh, { page: 'x' }, [
			fixture('french/excel-fr-cp1252.csv')
		]);
		expect(unknown.error).toMatch(/not a recognised export.*say which column is which/);
	});

	it('says which mapped columns the file lacks, and reads the mapping syntax strictly', async () => {
		const db = await createTestDb();
		const [r] = await importFiles(db, { page: 'fr' }, [fixture('french/excel-fr-cp1252.csv')], {
			mapping: { day: 'Date', fans_total: 'Likes' }
		});
		expect(r.error).toBe('the mapping names columns this file does not have: Likes');
		expect(parseMapping('day=Date, fans_total="Total ""fans"""')).toEqual({
			day: 'Date',
			fans_total: 'Total "fans"'
		});
		expect(() => parseMapping('Date')).toThrow(/write it as day=Date/);
	});
});
