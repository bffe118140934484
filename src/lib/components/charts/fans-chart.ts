import * as Plot from '@observablehq/plot';
import type { Dict } from '../../i18n/index.ts';

export interface FansRow {
	day: string;
	fans_total: number | null;
	fans_added: number | null;
	fans_removed: number | null;
}

/** A break to draw on every chart: a platform event (analytics.md §7.5). */
export interface ChartBreak {
	day: string;
	label: string;
}

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Dashed vertical rules with a short number on top; the caption lists what each number is. */
function breakMarks(breaks: readonly ChartBreak[]) {
	return [
		Plot.ruleX(breaks, {
			x: (b: ChartBreak) => toDate(b.day),
			stroke: '#57534e',
			strokeDasharray: '4,3'
		}),
		Plot.text(breaks, {
			x: (b: ChartBreak) => toDate(b.day),
			text: (_b: ChartBreak, i: number) => `${i + 1}`,
			frameAnchor: 'top',
			dy: -6,
			fill: '#57534e'
		})
	];
}

/** The frame both charts share, so they line up one above the other. */
const FRAME = {
	width: 960,
	marginLeft: 64,
	marginTop: 24,
	x: { type: 'utc', label: null }
} satisfies Plot.PlotOptions;

/** fans_total per day as a line; days without a value leave a gap (never drawn as 0). */
export function fansTotalChart(
	rows: readonly FansRow[],
	t: Dict,
	breaks: readonly ChartBreak[] = []
): Plot.PlotOptions {
	return {
		...FRAME,
		height: 280,
		y: { grid: true, label: t.chartFans, zero: false },
		marks: [
			Plot.lineY(rows, {
				x: (d: FansRow) => toDate(d.day),
				y: (d: FansRow) => d.fans_total ?? NaN,
				stroke: '#b45309',
				strokeWidth: 1.5
			}),
			...breakMarks(breaks)
		]
	};
}

/** New fans above zero, lost fans below, one thin bar per day. */
export function fansFlowChart(
	rows: readonly FansRow[],
	t: Dict,
	breaks: readonly ChartBreak[] = []
): Plot.PlotOptions {
	return {
		...FRAME,
		height: 220,
		y: { grid: true, label: `↑ ${t.chartNew} · ↓ ${t.chartLost}` },
		color: { domain: [t.chartNew, t.chartLost], range: ['#15803d', '#b91c1c'], legend: true },
		marks: [
			Plot.ruleX(
				rows.filter((d) => d.fans_added !== null),
				{
					x: (d: FansRow) => toDate(d.day),
					y: (d: FansRow) => d.fans_added,
					stroke: () => t.chartNew
				}
			),
			Plot.ruleX(
				rows.filter((d) => d.fans_removed !== null),
				{
					x: (d: FansRow) => toDate(d.day),
					y: (d: FansRow) => -(d.fans_removed ?? 0),
					stroke: () => t.chartLost
				}
			),
			Plot.ruleY([0]),
			...breakMarks(breaks)
		]
	};
}
