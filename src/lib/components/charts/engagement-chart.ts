import * as Plot from '@observablehq/plot';
import { FRAME, minus, numberFormat, toDate } from './common.ts';
import { spanAxis } from './common.ts';

/** Engagement rates of one period (week or month), as shares 0–1; null when unknown. */
export interface EngagementRow {
	day: string;
	series: string;
	rate: number | null;
}

export interface EngagementWords {
	locale: string;
	rateAxis: string;
}

const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7'];

/** Engagement rate series over time (by fans, by reach…), one line each, gaps where unknown. */
export function engagementChart(
	rows: readonly EngagementRow[],
	w: EngagementWords,
	width = FRAME.width
): Plot.PlotOptions {
	const series = [...new Set(rows.map((r) => r.series))];
	return {
		...FRAME,
		width,
		height: width < 600 ? 280 : 300,
		x: { type: 'utc', label: null, ...spanAxis(rows, w.locale, width) },
		y: {
			grid: true,
			label: w.rateAxis,
			tickFormat: percentTicks1(w.locale)
		},
		color: { domain: series, range: PALETTE.slice(0, series.length), legend: true },
		marks: [
			Plot.lineY(rows, {
				x: (r: EngagementRow) => toDate(r.day),
				y: (r: EngagementRow) => r.rate ?? NaN,
				z: 'series',
				stroke: 'series',
				strokeWidth: 1.8
			}),
			Plot.ruleY([0])
		]
	};
}

const percentTicks1 = (locale: string) => (n: number) =>
	minus(numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(n));
