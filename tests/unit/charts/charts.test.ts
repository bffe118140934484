import { describe, expect, it } from 'vitest';
import { counterfactualPanels } from '../../../src/lib/components/charts/counterfactual-chart.ts';
import { engagementChart } from '../../../src/lib/components/charts/engagement-chart.ts';
import { rangeChart } from '../../../src/lib/components/charts/range-chart.ts';
import { stackedFansChart } from '../../../src/lib/components/charts/stacked-fans-chart.ts';
import { survivalChart } from '../../../src/lib/components/charts/survival-chart.ts';
import { timelineChart } from '../../../src/lib/components/charts/timeline-chart.ts';
import { renderPlot } from '../../../src/lib/server/render-plot.ts';
import { expectSvgSnapshot } from './snapshot.ts';

const en = { locale: 'en-GB' };
const fr = { locale: 'fr-FR' };

const curves = [
	{
		channel: 'organic',
		label: 'Organic',
		horizonDays: 400,
		points: [
			{ age: 0, estimate: 1, low: 1, high: 1 },
			{ age: 30, estimate: 0.97, low: 0.95, high: 0.98 },
			{ age: 90, estimate: 0.92, low: 0.9, high: 0.94 },
			{ age: 180, estimate: 0.86, low: 0.82, high: 0.89 },
			{ age: 365, estimate: 0.75, low: 0.7, high: 0.8 }
		]
	},
	{
		channel: 'bought',
		label: 'Bought fans',
		horizonDays: 200,
		points: [
			{ age: 0, estimate: 1, low: 1, high: 1 },
			{ age: 30, estimate: 0.8, low: 0.7, high: 0.88 },
			{ age: 90, estimate: 0.55, low: 0.45, high: 0.66 },
			{ age: 180, estimate: 0.35, low: 0.25, high: 0.47 },
			{ age: 365, estimate: 0.12, low: 0.05, high: null }
		]
	}
];

const day = (i: number) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);

describe('chart builders (SVG snapshots)', () => {
	it('survival curves: bands, lines, hollow dots past the horizon, French ticks', () => {
		const w = { ageAxis: 'Age (days) →', survivalAxis: '↑ Still following (%)' };
		const svg = renderPlot(survivalChart(curves, { ...en, ...w }), 'Survival');
		expectSvgSnapshot('survival-en', svg);
		// a band only where both bounds exist: bought's 365-day high is unknown
		expect(svg.match(/fill="white"/g)?.length).toBe(1);
		const frSvg = renderPlot(
			survivalChart(
				curves,
				{ ...fr, ageAxis: 'Âge (jours) →', survivalAxis: '↑ Encore là (%)' },
				380
			),
			'Survie'
		);
		expectSvgSnapshot('survival-fr-narrow', frSvg);
		expect(frSvg).toContain('Âge (jours)');
		expect(frSvg).toMatch(/>80&#160;%</);
	});

	it('counterfactual: three panels sharing one x', () => {
		const days = Array.from({ length: 40 }, (_, i) => {
			const expected = 10 + i * 0.1;
			const observed = i === 5 ? null : expected + (i >= 20 && i < 25 ? 30 : (i % 3) - 1);
			const effect = observed === null ? null : observed - expected;
			return {
				day: day(i),
				observed,
				expected,
				low50: expected - 1,
				high50: expected + 1,
				low90: expected - 3,
				high90: expected + 3,
				effect,
				cumulative: i >= 20 ? 30 * Math.min(5, i - 19) : null,
				cumulativeLow: i >= 20 ? 25 * Math.min(5, i - 19) - 5 : null,
				cumulativeHigh: i >= 20 ? 35 * Math.min(5, i - 19) + 5 : null
			};
		});
		const panels = counterfactualPanels(
			days,
			{ start: day(20), end: day(24) },
			{ ...en, dailyAxis: 'New fans per day', effectAxis: 'Gap', cumulativeAxis: 'Cumulative gap' }
		);
		expect(panels).toHaveLength(3);
		panels.forEach((p, i) => expectSvgSnapshot(`counterfactual-${i + 1}`, renderPlot(p, 'x')));
	});

	it('timeline: campaign bands lettered, platform breaks numbered, spikes marked', () => {
		const points = Array.from({ length: 120 }, (_, i) => ({
			day: day(i),
			fans: i === 50 ? null : 1000 + i * 3 + (i > 60 ? 200 : 0)
		}));
		const svg = renderPlot(
			timelineChart(
				points,
				[{ start: day(58), end: day(62), label: 'Pack · 120 €' }],
				[{ day: day(90), label: 'Facebook clean-up' }],
				[{ day: day(61), fans: 1383, label: 'spike' }],
				{ ...fr, fansAxis: 'Fans' }
			),
			'Fans'
		);
		expectSvgSnapshot('timeline-fr', svg);
		expect(svg).toContain('>A</text>');
		expect(svg).toContain('>1</text>');
		expect(svg).toContain('<title>Pack · 120 €</title>');
		expect(svg).toMatch(/>1\u202f300</);
	});

	it('stacked fans by channel: organic at the bottom whatever the input order', () => {
		const rows = Array.from({ length: 30 }, (_, i) => [
			{ day: day(i), channel: 'bought', fans: i > 10 ? 300 - i * 5 : 0 },
			{ day: day(i), channel: 'organic', fans: 1000 + i * 4 }
		]).flat();
		const names: Record<string, string> = { organic: 'Organic', bought: 'Bought fans' };
		const svg = renderPlot(
			stackedFansChart(rows, { ...en, fansAxis: 'Fans', channel: (c) => names[c] }),
			'x'
		);
		expectSvgSnapshot('stacked-fans-en', svg);
		// organic's area is drawn first (bottom of the stack): its colour comes before bought's
		expect(svg.indexOf('#009E73')).toBeLessThan(svg.indexOf('#D55E00'));
	});

	it('range chart and engagement chart', () => {
		const svg = renderPlot(
			rangeChart(
				[
					{ label: 'Organic', estimate: 0.4, low: 0.3, high: 0.6 },
					{ label: 'Bought fans', estimate: 2.5, low: 1.8, high: null }
				],
				{ ...en, valueAxis: 'EUR per fan still there after a year' }
			),
			'x'
		);
		expectSvgSnapshot('range-en', svg);
		const rows = Array.from({ length: 20 }, (_, i) => [
			{ day: day(i * 7), series: 'by fans', rate: 0.01 + i * 0.0005 },
			{ day: day(i * 7), series: 'by reach', rate: i === 3 ? null : 0.05 - i * 0.001 }
		]).flat();
		const eng = renderPlot(engagementChart(rows, { ...fr, rateAxis: 'Taux' }), 'x');
		expectSvgSnapshot('engagement-fr', eng);
		expect(eng).toMatch(/>4&#160;%</);
	});
});
