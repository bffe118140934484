import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TRUTH } from '../../../src/lib/demo/generate.ts';
import { buildReport, type ReportInputs } from '../../../src/lib/report/build-report.ts';
import type { Report } from '../../../src/lib/report/schema.ts';
import { runAnalysis } from '../../../src/lib/report/analysis-job.ts';
import { viewSeries, type ViewSeries } from '../../../src/lib/report/series.ts';
import { loadDemo } from '../../../src/lib/server/demo.ts';
import { pageReportInputs } from '../../../src/lib/server/report.ts';
import { createTestDb } from '../../helpers/db.ts';

let input: ReportInputs;
let report: Report;
let series: ViewSeries;

beforeAll(async () => {
	const db = await createTestDb();
	await loadDemo(db);
	input = (await pageReportInputs(db, DEMO_TRUTH.page.slug, {}))!;
	report = buildReport(input, { lang: 'en', reps: 20, seed: 3 });
	series = viewSeries(input);
	db.close();
});

describe('the series behind the views end on the report’s own numbers', () => {
	it('fans still there by channel: the last day is each channel’s surviving fans', () => {
		expect(series.channelFans.length).toBeGreaterThan(0);
		for (const c of series.channelFans) {
			const r = report.channels.find((x) => x.channel === c.channel)!;
			expect(c.fans).toHaveLength(input.days.length);
			expect(c.fans.at(-1)).toBeCloseTo(r.survivingFans!.estimate!, 6);
		}
		expect(series.channelFans.map((c) => c.channel)).not.toContain('organic');
	});

	it('each assessed campaign’s cumulative gap ends on its effect and 90 % range', () => {
		const assessed = report.campaigns.filter((c) => 'evidenceLevel' in c.effects.fansAdded);
		let cut = 0;
		expect(assessed.length).toBeGreaterThan(0);
		for (const c of assessed) {
			const e = c.effects.fansAdded as { estimate: number; low: number; high: number };
			const days = series.counterfactuals[c.id];
			const last = days.at(-1)!;
			expect(last.cumulative).toBeCloseTo(e.estimate, 6);
			expect(last.cumulativeLow).toBeCloseTo(e.low, 6);
			expect(last.cumulativeHigh).toBeCloseTo(e.high, 6);
			// at least 90 days before the start (the run's, for one of several entries), the
			// campaign's days, and 30 more after its end
			const DAY = 86_400_000;
			expect(Date.parse(days[0].day)).toBeLessThanOrEqual(Date.parse(c.start) - 90 * DAY);
			expect(days.some((d) => d.day === c.start)).toBe(true);
			expect(Date.parse(days.at(-1)!.day)).toBeGreaterThanOrEqual(Date.parse(c.end) + 29 * DAY);
			// every day from the start on has the model's counterfactual; bands nest around it
			for (const d of days.filter((d) => d.day >= c.start)) expect(d.expected).not.toBeNull();
			for (const d of days.filter((d) => d.expected !== null)) {
				expect(d.low90! <= d.low50! && d.low50! <= d.expected! && d.high50! <= d.high90!).toBe(
					true
				);
				// a count per day: the band is symmetric around the expected value, cut at 0
				for (const [lo, hi] of [
					[d.low50!, d.high50!],
					[d.low90!, d.high90!]
				]) {
					const half = hi - d.expected!;
					if (d.expected! >= 0) {
						expect(lo).toBeGreaterThanOrEqual(0);
						expect(lo).toBeCloseTo(Math.max(0, d.expected! - half), 9);
					} else expect(lo).toBe(d.expected);
				}
			}
			if (days.some((d) => d.expected !== null && d.expected - (d.high90! - d.expected) < 0)) cut++;
		}
		for (const c of report.campaigns.filter((c) => !('evidenceLevel' in c.effects.fansAdded)))
			expect(series.counterfactuals[c.id]).toBeUndefined();
		// the demo has campaigns whose 90 % band would reach below 0 fans a day
		expect(cut).toBeGreaterThan(0);
	});

	it('days and engagement keep unknown values unknown', () => {
		expect(series.days).toHaveLength(input.days.length);
		expect(series.days.at(-1)!.fans).toBe(input.days.at(-1)!.fans_total);
		expect(series.engagement.map((d) => d.engaged)).toEqual(input.days.map((d) => d.engaged_users));
	});
});

describe('the dashboard’s analysis job', () => {
	it('gives the same series from the report’s own fit as from a fit of its own', () => {
		const job = runAnalysis(input, { lang: 'en', reps: 20, seed: 3 });
		expect(job.series).toEqual(series);
		expect(job.report).toEqual(report);
	});
});
