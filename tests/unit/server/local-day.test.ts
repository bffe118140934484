import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDay } from '../../../src/lib/server/local-day.ts';
import { pageDocument } from '../../../src/lib/server/report-document.ts';
import { createTestDb, importFixtures } from '../../helpers/db.ts';

/** TZ is America/Los_Angeles here (npm run test:unit): UTC's date runs 7 or 8 hours ahead. */
describe('the day a report is issued', () => {
	afterEach(() => vi.useRealTimers());

	it('is the machine’s own calendar day, not UTC’s', () => {
		expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/Los_Angeles');
		// 03:00 UTC on 1 December is 19:00 on 30 November in Los Angeles
		expect(localDay(new Date('2026-12-01T03:00:00Z'))).toBe('2026-11-30');
		expect(localDay(new Date('2026-12-01T09:00:00Z'))).toBe('2026-12-01');
		// summer time: 06:59 UTC is still the day before (UTC−7)
		expect(localDay(new Date('2026-07-01T06:59:00Z'))).toBe('2026-06-30');
	});

	it('dates a page report’s cover by that day when none is asked', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'fb', 'facebook/page-basic-cp1252.csv');
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2026-12-01T03:00:00Z'));
		const p = (await pageDocument(db, 'fb', { lang: 'en', reps: 20, seed: 3 }))!;
		vi.useRealTimers();
		expect(p.doc.cover.issued).toBe('Issued on 30 November 2026');
	});
});
