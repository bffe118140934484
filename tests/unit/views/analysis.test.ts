import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_TRUTH } from '../../../src/lib/demo/generate.ts';
import {
	getAnalysis,
	getAnalysisNow,
	lastAnalysisThread,
	stopAnalysisWorker,
	versionsOf
} from '../../../src/lib/server/analysis.ts';
import { addCampaign } from '../../../src/lib/server/campaigns.ts';
import { loadDemo } from '../../../src/lib/server/demo.ts';
import { addPageEvent } from '../../../src/lib/server/page-events.ts';
import { getPage } from '../../../src/lib/server/pages.ts';
import { buildReport } from '../../../src/lib/report/build-report.ts';
import { pageReportInputs } from '../../../src/lib/server/report.ts';
import { createTestDb } from '../../helpers/db.ts';

afterAll(() => stopAnalysisWorker());

describe('the analysis cache', () => {
	it('computes once in a worker, serves the stored copy, recomputes when the ledger changes', async () => {
		const db = await createTestDb();
		await loadDemo(db);
		const page = (await getPage(db, DEMO_TRUTH.page.slug))!;
		const req = { lang: 'en' as const, from: '2024-01-01', to: '2024-12-31', value: null };
		const first = await getAnalysisNow(db, page, req);
		expect(first.status).toBe('ready');
		expect(lastAnalysisThread()).toBe('worker');
		if (first.status !== 'ready') return;
		// the worker's report is the report buildReport gives in this thread (same seed, same reps)
		const input = (await pageReportInputs(db, page.slug, req))!;
		const here = buildReport(input, { lang: 'en', reps: 200, seed: 1 });
		expect(first.analysis.report).toEqual(here);
		const rows = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM analysis_cache');
		expect(rows[0].n).toBe(1);
		// asked again: the same stored analysis, no new computation
		const again = await getAnalysis(db, page, req, 0);
		expect(again.status === 'ready' && again.computedAt).toBe(first.computedAt);

		const before = await versionsOf(db, page.id);
		await addCampaign(db, page.id, {
			channel: 'bought',
			label: 'Second pack',
			vendor: null,
			start: '2024-06-03',
			end: '2024-06-05',
			cost: 90,
			currency: 'EUR',
			hours: null,
			hourly_rate: null,
			promised_qty: 500,
			notes: null
		});
		const after = await versionsOf(db, page.id);
		expect(after.ledger).not.toBe(before.ledger);
		expect(after.data).toBe(before.data);
		// the page's own calendar events are data: one more changes the data version
		await addPageEvent(db, page.id, {
			day: '2024-09-01',
			end: '2024-09-01',
			description: 'TV show'
		});
		expect((await versionsOf(db, page.id)).data).not.toBe(after.data);
		const fresh = await getAnalysisNow(db, page, req);
		expect(
			fresh.status === 'ready' && fresh.analysis.report.campaigns.map((c) => c.label)
		).toContain('Second pack');
		// still one row for these options: the stale one was replaced
		const n = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM analysis_cache');
		expect(n[0].n).toBe(1);
		db.close();
	});
});
