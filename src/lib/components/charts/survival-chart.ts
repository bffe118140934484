import * as Plot from '@observablehq/plot';
import { CHANNEL_COLOURS, FRAME, INK, numberTicks, percentTicks } from './common.ts';

/** One point of a channel's survival curve: S(age) with its 90 % range (shares 0–1). */
export interface SurvivalPoint {
	age: number;
	estimate: number;
	low: number | null;
	high: number | null;
}

export interface SurvivalCurve {
	channel: string;
	/** the channel's name in the page's language (legend) */
	label: string;
	points: SurvivalPoint[];
	/** oldest age the data reaches: points past it are the model's extrapolation */
	horizonDays: number | null;
}

export interface SurvivalWords {
	locale: string;
	ageAxis: string;
	survivalAxis: string;
}

interface Row extends SurvivalPoint {
	label: string;
	colour: string;
	extrapolated: boolean;
}

/**
 * Survival curves S(age) per channel: the 90 % band as a light area, the estimate as a line,
 * a dot per reported age (hollow where the age lies beyond the data: extrapolated).
 */
export function survivalChart(
	curves: readonly SurvivalCurve[],
	w: SurvivalWords,
	width = FRAME.width
): Plot.PlotOptions {
	const rows: Row[] = curves.flatMap((c) =>
		c.points.map((p) => ({
			...p,
			label: c.label,
			colour: CHANNEL_COLOURS[c.channel] ?? INK,
			extrapolated: c.horizonDays !== null && p.age > c.horizonDays
		}))
	);
	const banded = rows.filter((r) => r.low !== null && r.high !== null);
	const labels = curves.map((c) => c.label);
	return {
		...FRAME,
		width,
		height: width < 600 ? 320 : 340,
		x: {
			label: w.ageAxis,
			tickFormat: numberTicks(w.locale),
			domain: [0, 365],
			ticks: [0, 30, 90, 180, 365]
		},
		y: { label: w.survivalAxis, domain: [0, 1], grid: true, tickFormat: percentTicks(w.locale) },
		color: {
			domain: labels,
			range: curves.map((c) => CHANNEL_COLOURS[c.channel] ?? INK),
			legend: true
		},
		marks: [
			Plot.areaY(banded, {
				x: 'age',
				y1: 'low',
				y2: 'high',
				z: 'label',
				fill: 'label',
				fillOpacity: 0.18,
				curve: 'monotone-x'
			}),
			Plot.lineY(rows, {
				x: 'age',
				y: 'estimate',
				z: 'label',
				stroke: 'label',
				strokeWidth: 2,
				curve: 'monotone-x'
			}),
			Plot.dot(
				rows.filter((r) => !r.extrapolated),
				{ x: 'age', y: 'estimate', fill: 'label', r: 3.5 }
			),
			Plot.dot(
				rows.filter((r) => r.extrapolated),
				{ x: 'age', y: 'estimate', stroke: 'label', fill: 'white', strokeWidth: 2, r: 4 }
			),
			Plot.ruleY([0])
		]
	};
}
