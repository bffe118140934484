import { countCell, signedCell } from '../cells.ts';
import { type Field, type LayoutSpec, mapKeyed } from '../mapper.ts';
import type { Importer } from '../types.ts';
import { isoDayCell } from './cells.ts';
import { isStudioMetric } from './studio.ts';

/**
 * YouTube Studio `Totals.csv`: `Date` (YYYY-MM-DD) then the metrics chosen in Studio, one row per
 * day for the whole channel (`Date,Subscribers`, `Date,Views`, `Date,Views,Subscribers`, …).
 * `Subscribers` is the day's NET change (gained − lost, may be negative): it feeds `fans_net`
 * only; the total, gained and lost stay NULL (unknown) unless their own columns are present.
 * `Views` (video views) has no canonical home: it is not reach (people), not impressions
 * (thumbnail displays) and not page_views (visits to the channel page); it stays an extra.
 * Two Totals files of one channel (one with Views, one with Subscribers) land on the same days;
 * the store resolves each column on its own, so they combine.
 */
const fields: Field[] = [
	{ target: 'day', headers: ['Date'], cell: isoDayCell },
	{ target: 'fans_net', headers: ['Subscribers'], cell: signedCell },
	{ target: 'fans_added', headers: ['Subscribers gained'], cell: countCell },
	{ target: 'fans_removed', headers: ['Subscribers lost'], cell: countCell },
	{ target: 'impressions_total', headers: ['Impressions'], cell: countCell }
];

const spec = { headerRows: 1, key: 'day', fields } satisfies LayoutSpec;

export const youtubeTotals: Importer = {
	id: 'youtube-totals',
	label: 'YouTube Studio export: Totals (channel, daily)',
	platform: 'youtube',
	kind: 'daily',
	/** `Date` then only Studio metric names: a `Date,Tweets published,…` file is not one */
	detect: (rows) => {
		const header = rows[0] ?? [];
		return (
			header.length >= 2 && header[0].trim() === 'Date' && header.slice(1).every(isStudioMetric)
		);
	},
	map: (rows) => mapKeyed(rows, spec, 'daily')
};
