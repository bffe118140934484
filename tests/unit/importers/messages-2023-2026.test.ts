import { describe, expect, it } from 'vitest';
import { translateMessage } from '../../../src/lib/i18n/messages.ts';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import { createTestDb, fixture } from '../../helpers/db.ts';

describe('the messages of the 2023–2026 layouts in French', () => {
	it('every error, skip and issue the new fixtures produce has a French form', async () => {
		const db = await createTestDb();
		const f = (...names: string[]) => names.map(fixture);
		const results = [
			...(await importFiles(db, { page: 'a' }, f('meta/reach-neutral.csv'))),
			...(await importFiles(db, { page: 'b' }, f('meta/facebook-posts-short-rows.csv'))),
			...(await importFiles(
				db,
				{ page: 'c' },
				f('tiktok/Overview.csv', 'tiktok/FollowerGender.csv')
			)),
			...(await importFiles(db, { page: 'd' }, f('tiktok/FollowerHistory.csv'), {
				lastDay: '2025-12-30'
			})),
			...(await importFiles(db, { page: 'e' }, f('tiktok/Content.csv'), { lastDay: '2026-01-02' })),
			...(await importFiles(db, { page: 'g' }, f('x2024/account_overview_bad_rows.csv'))),
			...(await importFiles(db, { page: 'h' }, f('youtube/traffic-table-data.csv'))),
			...(await importFiles(db, { page: 'i' }, [
				{
					name: 'Audience.csv',
					bytes: new TextEncoder().encode(
						'sep=,\n"Age & gender"\n"","Women","Men"\n"18-24","1","2"\n'
					)
				},
				{
					name: 'bad.csv',
					bytes: new TextEncoder().encode(
						'sep=,\n"Facebook follows"\n"Date","Primary"\n"8/1/2025","2"\n"2025-08-02T00:00:00","-1"\n'
					)
				}
			]))
		];
		const messages = results.flatMap((r) => [
			...(r.error ? [r.error] : []),
			...(r.skipped ? [r.skipped] : []),
			...r.issues.map((i) => i.message)
		]);
		expect(messages.length).toBeGreaterThanOrEqual(12);
		for (const m of messages) expect(translateMessage(m, 'fr'), m).not.toBe(m);
		expect(
			translateMessage('every row of the file was rejected (2): nothing was imported', 'fr')
		).toBe('toutes les lignes du fichier ont été rejetées (2) : rien n’a été importé');
	});
});
