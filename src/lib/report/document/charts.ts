import * as Plot from '@observablehq/plot';
import type { ReportWords } from '../../i18n/report.ts';
import type { Lang } from '../format.ts';
import { WORDS } from '../words.ts';
import type { Scenario } from './scenario.ts';

/**
 * The report's own charts as Plot options (pure: the server renders them to SVG). Sized for an A4
 * column (170 mm ≈ 640 px), fonts large enough to read once printed. Colours are fixed per
 * channel so a reader keeps them from one chart to the next.
 */
export const CHANNEL_COLOURS: Record<string, string> = {
	organic: '#15803d',
	bought: '#b91c1c',
	exchange: '#c2410c',
	ads: '#1d4ed8',
	contest: '#7c3aed',
	other: '#57534e',
	undeclared: '#a16207'
};

const FRAME = {
	width: 640,
	marginLeft: 56,
	marginRight: 20,
	marginTop: 24,
	marginBottom: 40,
	style: { fontSize: '11px', fontFamily: 'inherit' }
} satisfies Plot.PlotOptions;

const name = (lang: Lang, c: string) => {
	const n = (WORDS[lang] as { channel?: Record<string, string> }).channel?.[c] ?? c;
	return n.charAt(0).toUpperCase() + n.slice(1);
};

interface ScenarioRow {
	strategy: string;
	month: number;
	estimate: number;
	low: number;
	high: number;
}

/** The scenario as a fan chart: two strategies, each its central line and its band, over 36 months. */
export function scenarioChart(s: Scenario, lang: Lang, t: ReportWords): Plot.PlotOptions | null {
	if ('reason' in s) return null;
	const bought = s.bought.channel === 'bought' ? t.scenarioBought : name(lang, s.bought.channel);
	const rows: ScenarioRow[] = [
		...s.bought.points.map((p) => ({ strategy: bought, ...p })),
		...s.organic.points.map((p) => ({ strategy: t.scenarioOrganic, ...p }))
	];
	const solid = rows.filter((d) => d.month <= s.extrapolatedAfter);
	const dashed = rows.filter((d) => d.month >= s.extrapolatedAfter);
	return {
		...FRAME,
		height: 300,
		x: { label: t.chartMonths, domain: [0, 36], ticks: [0, 6, 12, 18, 24, 30, 36] },
		y: { label: t.chartFansStill, grid: true, zero: true },
		color: {
			domain: [bought, t.scenarioOrganic],
			range: [CHANNEL_COLOURS[s.bought.channel], CHANNEL_COLOURS.organic],
			legend: true
		},
		marks: [
			Plot.areaY(rows, { x: 'month', y1: 'low', y2: 'high', fill: 'strategy', fillOpacity: 0.18 }),
			Plot.lineY(solid, { x: 'month', y: 'estimate', stroke: 'strategy', strokeWidth: 2 }),
			Plot.lineY(dashed, {
				x: 'month',
				y: 'estimate',
				stroke: 'strategy',
				strokeWidth: 2,
				strokeDasharray: '5,4'
			}),
			Plot.ruleX([s.extrapolatedAfter], { stroke: '#57534e', strokeDasharray: '2,3' }),
			Plot.ruleY([0])
		]
	};
}
