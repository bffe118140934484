import { afterEach, describe, expect, it } from 'vitest';
import { translateMessage } from '../../../src/lib/i18n/messages.ts';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import { createTestDb, storeChecksum } from '../../helpers/db.ts';

const csv = (rows: number) =>
	new TextEncoder().encode(
		'day,fans_total\n' + Array.from({ length: rows }, (_, i) => `2024-01-01,${i}`).join('\n') + '\n'
	);

describe('size and row limits', () => {
	afterEach(() => {
		delete process.env.SABLIER_MAX_FILE_MB;
		delete process.env.SABLIER_MAX_ROWS;
	});

	it('a file over the size or row limit is refused whole, naming the setting, the store untouched', async () => {
		const db = await createTestDb();
		const before = await storeChecksum(db);
		process.env.SABLIER_MAX_FILE_MB = '0.001';
		const [big] = await importFiles(db, { page: 'p' }, [{ name: 'big.csv', bytes: csv(200) }]);
		expect(big.error).toMatch(
			/^the file is 0\.\d MB, over the 0\.0 MB limit \(SABLIER_MAX_FILE_MB\)$/
		);
		delete process.env.SABLIER_MAX_FILE_MB;
		process.env.SABLIER_MAX_ROWS = '100';
		const [many] = await importFiles(db, { page: 'p' }, [{ name: 'many.csv', bytes: csv(200) }]);
		expect(many.error).toBe('the file has more than 100 rows, the limit set by SABLIER_MAX_ROWS');
		expect(translateMessage(many.error!, 'fr')).toBe(
			'le fichier a plus de 100 lignes, la limite fixée par SABLIER_MAX_ROWS'
		);
		expect(await storeChecksum(db)).toEqual(before);
	});
});
