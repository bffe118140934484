import * as Plot from '@observablehq/plot';
import { CHANNEL_COLOURS, CHANNEL_ORDER, FRAME, INK, numberTicks, toDate } from './common.ts';
import { spanAxis } from './common.ts';

/** Fans from one channel still there at the end of one day (model estimate). */
export interface ChannelFansRow {
	day: string;
	channel: string;
	fans: number;
}

export interface StackedWords {
	locale: string;
	fansAxis: string;
	/** the channel's name in the page's language */
	channel: (c: string) => string;
}

/** Fans still there by channel over time, stacked with organic at the bottom. */
export function stackedFansChart(
	rows: readonly ChannelFansRow[],
	w: StackedWords,
	width = FRAME.width
): Plot.PlotOptions {
	const present = new Set(rows.map((r) => r.channel));
	const order = [
		...CHANNEL_ORDER.filter((c) => present.has(c)),
		...[...present].filter((c) => !(CHANNEL_ORDER as readonly string[]).includes(c)).sort()
	];
	const names = order.map(w.channel);
	return {
		...FRAME,
		width,
		height: width < 600 ? 300 : 320,
		x: { type: 'utc', label: null, ...spanAxis(rows, w.locale, width) },
		y: { grid: true, label: w.fansAxis, tickFormat: numberTicks(w.locale) },
		color: {
			domain: names,
			range: order.map((c) => CHANNEL_COLOURS[c] ?? INK),
			legend: true
		},
		marks: [
			Plot.areaY(rows, {
				x: (r: ChannelFansRow) => toDate(r.day),
				y: 'fans',
				z: (r: ChannelFansRow) => w.channel(r.channel),
				fill: (r: ChannelFansRow) => w.channel(r.channel),
				order: names,
				fillOpacity: 0.85
			}),
			Plot.ruleY([0])
		]
	};
}
