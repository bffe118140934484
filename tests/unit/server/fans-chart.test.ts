import { describe, expect, it } from 'vitest';
import { fansFlowChart, fansTotalChart } from '../../../src/lib/components/charts/fans-chart.ts';
import { dict } from '../../../src/lib/i18n/index.ts';
import { renderPlot } from '../../../src/lib/server/render-plot.ts';

const rows = [
	{ day: '2015-01-01', fans_total: 100, fans_added: 3, fans_removed: 1 },
	{ day: '2015-01-02', fans_total: null, fans_added: null, fans_removed: null },
	{ day: '2015-01-03', fans_total: 104, fans_added: 5, fans_removed: 2 }
];

describe('fans charts rendered on the server', () => {
	it('draws the total as a line with a gap for an unknown day (never 0)', () => {
		const svg = renderPlot(fansTotalChart(rows, dict('en')), 'Fans over the whole period');
		expect(svg).toMatch(/^<svg[^>]*aria-label="Fans over the whole period"/);
		const d =
			/<path[^>]* d="([^"]+)"/.exec(
				svg.slice(svg.indexOf('aria-label="line"') >= 0 ? svg.indexOf('aria-label="line"') : 0)
			)?.[1] ?? '';
		// two one-point segments: each starts with M and there is no L joining them through 0
		expect(d.match(/M/g)?.length).toBe(2);
	});
	it('draws one rule per known day for new fans above zero and lost fans below, in both languages', () => {
		const en = renderPlot(fansFlowChart(rows, dict('en')), 'x');
		const fr = renderPlot(fansFlowChart(rows, dict('fr')), 'x');
		expect(en).toContain('New fans');
		expect(fr).toContain('Nouveaux fans');
		const lines = en.match(/<line /g) ?? [];
		// 2 days × (added + removed) + the zero rule
		expect(lines.length).toBeGreaterThanOrEqual(5);
	});
	it('draws platform events as numbered dashed rules', () => {
		const breaks = [
			{ day: '2015-01-02', label: 'clean-up' },
			{ day: '2015-01-03', label: 'deprecation' }
		];
		const svg = renderPlot(fansTotalChart(rows, dict('en'), breaks), 'x');
		const rules = /<g stroke-dasharray="4,3"[^>]*aria-label="rule">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
		// one vertical rule per event, at the x of its day (Jan 2 is half-way between Jan 1 and 3)
		expect(rules.match(/<line /g)?.length).toBe(2);
		expect(rules).toContain('x2="502" x1="502"');
		expect(svg).toMatch(/y="0.71em">1<\/text>/);
		expect(svg).toMatch(/y="0.71em">2<\/text>/);
		const none = renderPlot(fansTotalChart(rows, dict('en')), 'x');
		expect(none).not.toContain('stroke-dasharray="4,3"');
	});
});
