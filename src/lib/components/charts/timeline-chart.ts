import * as Plot from '@observablehq/plot';
import { breakMarks, FRAME, INK, numberTicks, toDate, type ChartBreak } from './common.ts';
import { spanAxis } from './common.ts';

/** Fans on one day (or the last known day of a week, weekly). */
export interface TimelinePoint {
	day: string;
	fans: number | null;
}

/** A ledger campaign drawn as a labelled band (its label carries the cost). */
export interface TimelineBand {
	start: string;
	end: string;
	label: string;
}

/** A spike drawn as a mark on the line. */
export interface TimelineMark {
	day: string;
	fans: number | null;
	label: string;
}

export interface TimelineWords {
	locale: string;
	fansAxis: string;
}

const DAY = 86_400_000;
const VERMILLION = '#D55E00';

/**
 * The fans timeline: fans as a line (unknown days leave gaps, never 0), ledger campaigns as
 * shaded bands numbered at the top (the label list under the chart gives names and costs),
 * platform events as numbered dashed breaks, spikes as triangles on the line.
 */
export function timelineChart(
	points: readonly TimelinePoint[],
	bands: readonly TimelineBand[],
	breaks: readonly ChartBreak[],
	marks: readonly TimelineMark[],
	w: TimelineWords,
	width = FRAME.width
): Plot.PlotOptions {
	const narrow = width < 600;
	return {
		...FRAME,
		width,
		height: narrow ? 300 : 320,
		marginTop: 40,
		x: { type: 'utc', label: null, ...spanAxis(points, w.locale, width) },
		y: { grid: true, label: w.fansAxis, zero: false, tickFormat: numberTicks(w.locale) },
		marks: [
			Plot.rectX(bands, {
				x1: (b: TimelineBand) => toDate(b.start),
				x2: (b: TimelineBand) => new Date(toDate(b.end).getTime() + DAY),
				fill: '#E69F00',
				fillOpacity: 0.22,
				title: (b: TimelineBand) => b.label
			}),
			Plot.text(bands, {
				x: (b: TimelineBand) => toDate(b.start),
				text: (_b: TimelineBand, i: number) => String.fromCharCode(65 + (i % 26)),
				frameAnchor: 'top',
				dy: -26,
				textAnchor: 'start',
				fill: '#8a5a00',
				fontWeight: 'bold'
			}),
			Plot.lineY(points, {
				x: (p: TimelinePoint) => toDate(p.day),
				y: (p: TimelinePoint) => p.fans ?? NaN,
				stroke: INK,
				strokeWidth: 1.6
			}),
			Plot.dot(
				marks.filter((m) => m.fans !== null),
				{
					x: (m: TimelineMark) => toDate(m.day),
					y: 'fans',
					symbol: 'triangle',
					r: narrow ? 5 : 4.5,
					fill: VERMILLION,
					stroke: 'white',
					title: 'label'
				}
			),
			...breakMarks(breaks)
		]
	};
}
