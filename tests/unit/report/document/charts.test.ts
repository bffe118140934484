import { describe, expect, it } from 'vitest';
import { REPORT_WORDS } from '../../../../src/lib/i18n/report.ts';
import { scenarioChart } from '../../../../src/lib/report/document/charts.ts';
import { buildScenario } from '../../../../src/lib/report/document/scenario.ts';
import { renderPlot } from '../../../../src/lib/server/render-plot.ts';
import { fixtureReport } from './fixture.ts';

/**
 * The report's own chart (the scenario) as SVG: pinned by snapshot, its key facts checked by hand.
 * The other charts are the dashboard's builders, snapshot-tested in tests/unit/charts.
 */
describe('report charts', () => {
	for (const lang of ['en', 'fr'] as const) {
		const t = REPORT_WORDS[lang];
		const report = fixtureReport(lang);

		it(`the scenario as a fan chart over 36 months (${lang})`, async () => {
			const opts = scenarioChart(buildScenario(report), lang, t);
			const svg = renderPlot(opts!, t.chartScenario);
			expect(svg).toContain(t.scenarioOrganic);
			expect(svg).toContain(t.chartMonths);
			// two bands, and each strategy's line solid to month 12 then dashed
			const area = /<g fill-opacity="0.18" aria-label="area">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
			expect(area.match(/<path /g)).toHaveLength(2);
			expect(svg).toContain('stroke-dasharray="5,4"');
			await expect(svg).toMatchFileSnapshot(`__snapshots__/scenario.${lang}.svg`);
		});
	}

	it('draws no scenario when it cannot be made', () => {
		expect(scenarioChart({ reason: 'noBought' }, 'en', REPORT_WORDS.en)).toBeNull();
	});
});
