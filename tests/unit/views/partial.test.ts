import { describe, expect, it } from 'vitest';
import { runAnalysis } from '../../../src/lib/report/analysis-job.ts';
import { dataGaps } from '../../../src/lib/report/view-model.ts';
import { pageReportInputs } from '../../../src/lib/server/report.ts';
import { createTestDb, importFixtures } from '../../helpers/db.ts';

describe('pages with partial data', () => {
	it('an X daily page (no follower counts): the analysis runs and says fans are missing', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'x-page', 'x/daily-basic.csv');
		const input = (await pageReportInputs(db, 'x-page', {}))!;
		const { report, series } = runAnalysis(input, { lang: 'en', reps: 10 });
		const gaps = dataGaps(series);
		expect(gaps.fans).toBe(true);
		expect(series.days.every((d) => d.fans === null)).toBe(true);
		expect(report.channels.every((c) => !c.identifiable || c.survivingFans === null)).toBe(true);
		db.close();
	});
	it('a YouTube Totals page (net subscribers only): no adds and removals, no survival', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'yt-page', 'youtube/totals-subscribers.csv');
		const input = (await pageReportInputs(db, 'yt-page', {}))!;
		const { series } = runAnalysis(input, { lang: 'en', reps: 10 });
		const gaps = dataGaps(series);
		expect(gaps.addsRemovals).toBe(true);
		db.close();
	});
});
