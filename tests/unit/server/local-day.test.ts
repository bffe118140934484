import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDay } from '../../../src/lib/local-day.ts';
import { pageDocument } from '../../../src/lib/server/report-document.ts';
import { createShare } from '../../../src/lib/server/share.ts';
import { serveShare } from '../../../src/lib/server/share-http.ts';
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

	it('names a shared link’s last day as this machine’s day, in the bar over the document', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'fb', 'facebook/page-basic-cp1252.csv');
		// made at 03:00 UTC on 1 December: it expires at 03:00 UTC on 31 December, which is
		// 19:00 on 30 December in Los Angeles
		const made = (await createShare(
			db,
			{ target: { page: 'fb' }, what: 'report', lang: 'en', days: 30, label: '' },
			new Date('2026-12-01T03:00:00Z')
		))!;
		expect(made.expiresAt).toBe('2026-12-31T03:00:00.000Z');
		const res = await serveShare(db, made.token, {
			method: 'GET',
			format: null,
			address: '127.0.0.1',
			headers: new Headers()
		});
		expect(res.status).toBe(200);
		expect(await res.text()).toContain('the link works until 30 Dec 2026');
	});
});
