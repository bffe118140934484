import * as Plot from '@observablehq/plot';
import { FRAME, INK, numberTicks } from './common.ts';

/** One estimate with its 90 % range, for a dot-and-whisker chart. */
export interface RangeRow {
	label: string;
	estimate: number;
	low: number | null;
	high: number | null;
	colour?: string;
}

export interface RangeWords {
	locale: string;
	valueAxis: string;
}

/** Estimates as dots with their 90 % ranges as whiskers, one row each (e.g. cost per fan). */
export function rangeChart(
	rows: readonly RangeRow[],
	w: RangeWords,
	width = FRAME.width
): Plot.PlotOptions {
	const ranged = rows.filter((r) => r.low !== null && r.high !== null);
	return {
		...FRAME,
		width,
		marginLeft: width < 600 ? 110 : 160,
		height: 40 + rows.length * 36,
		x: {
			grid: true,
			label: w.valueAxis,
			zero: true,
			tickFormat: numberTicks(w.locale),
			ticks: width < 600 ? 4 : 8
		},
		y: { label: null, domain: rows.map((r) => r.label) },
		marks: [
			Plot.ruleY(ranged, {
				y: 'label',
				x1: 'low',
				x2: 'high',
				stroke: (r: RangeRow) => r.colour ?? INK,
				strokeWidth: 3,
				strokeOpacity: 0.5
			}),
			Plot.dot(rows, { y: 'label', x: 'estimate', fill: (r: RangeRow) => r.colour ?? INK, r: 5 })
		]
	};
}
