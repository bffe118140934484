import * as Plot from '@observablehq/plot';
import { timeAxis, FRAME, INK, MUTED, numberTicks, toDate } from './common.ts';

/** One day around a campaign: what happened, what the pre-trend expected, and the gap. */
export type { CounterfactualDay } from '../../report/series.ts';
import type { CounterfactualDay } from '../../report/series.ts';

export interface CounterfactualWords {
	locale: string;
	dailyAxis: string;
	effectAxis: string;
	cumulativeAxis: string;
}

const BLUE = '#0072B2';
const ORANGE = '#D55E00';

/** The campaign's own days, shaded on every panel. */
function campaignBand(start: string, end: string): Plot.Markish {
	return Plot.rectX([{ start, end }], {
		x1: (d: { start: string }) => toDate(d.start),
		x2: (d: { end: string }) => new Date(toDate(d.end).getTime() + 86_400_000),
		fill: '#E69F00',
		fillOpacity: 0.12
	});
}

/**
 * The three panels of a campaign's counterfactual (the CausalImpact layout): observed against
 * the pre-trend's expectation (dashed) with its 50 % and 90 % bands; the legend is the page's; the daily gap; the cumulative gap
 * with its 90 % range. Shared x so the panels line up one above the other.
 */
export function counterfactualPanels(
	days: readonly CounterfactualDay[],
	campaign: { start: string; end: string },
	w: CounterfactualWords,
	width = FRAME.width
): Plot.PlotOptions[] {
	const x = {
		type: 'utc' as const,
		label: null,
		domain: [toDate(days[0].day), toDate(days[days.length - 1].day)],
		...timeAxis(days[0].day, days[days.length - 1].day, w.locale, width)
	};
	const base = { ...FRAME, width, x, marginTop: 16 };
	const known = days.filter((d) => d.observed !== null);
	const cum = days.filter((d) => d.cumulative !== null);
	const modelled = days.filter((d) => d.expected !== null);
	const X = (d: CounterfactualDay) => toDate(d.day);
	return [
		{
			...base,
			height: 240,
			y: { label: w.dailyAxis, grid: true, tickFormat: numberTicks(w.locale) },
			marks: [
				campaignBand(campaign.start, campaign.end),
				Plot.areaY(modelled, { x: X, y1: 'low90', y2: 'high90', fill: BLUE, fillOpacity: 0.12 }),
				Plot.areaY(modelled, { x: X, y1: 'low50', y2: 'high50', fill: BLUE, fillOpacity: 0.22 }),
				Plot.lineY(modelled, { x: X, y: 'expected', stroke: BLUE, strokeDasharray: '5,3' }),
				Plot.lineY(known, { x: X, y: 'observed', stroke: INK, strokeWidth: 1.5 })
			]
		},
		{
			...base,
			height: 150,
			y: { label: w.effectAxis, grid: true, tickFormat: numberTicks(w.locale) },
			marks: [
				campaignBand(campaign.start, campaign.end),
				Plot.ruleY([0], { stroke: MUTED }),
				Plot.ruleX(known, { x: X, y: 'effect', stroke: ORANGE })
			]
		},
		{
			...base,
			height: 170,
			y: { label: w.cumulativeAxis, grid: true, tickFormat: numberTicks(w.locale) },
			marks: [
				campaignBand(campaign.start, campaign.end),
				Plot.areaY(cum, {
					x: X,
					y1: 'cumulativeLow',
					y2: 'cumulativeHigh',
					fill: ORANGE,
					fillOpacity: 0.18
				}),
				Plot.ruleY([0], { stroke: MUTED }),
				Plot.lineY(cum, { x: X, y: 'cumulative', stroke: ORANGE, strokeWidth: 2 })
			]
		}
	];
}
