import { countCell, textCell } from '../cells.ts';
import { hasHeaders, mapColumns, mapRows, type Field, type LayoutSpec } from '../mapper.ts';
import type { Importer, PostValues } from '../types.ts';
import { publishDayCell } from './cells.ts';
import { skipTotals } from './studio.ts';

/**
 * YouTube Studio `Table data.csv`: one row per video, totals over the period chosen in Studio
 * (the file does not say which), after a first data row `Total` (the sum over all videos: skipped,
 * counted neither as read nor as rejected, and said so in one note). `Content` is the video id
 * (Studio puts a space before an id that starts with `-`; cells are trimmed). `Video publish time`
 * is a day (`Aug 28, 2025`) → published_at at 00:00:00. Every video is type `video`.
 * Duration (seconds), viewers, watch time, net subscribers and click-through rate stay extras.
 */
const fields: Field[] = [
	{ target: 'post_id', headers: ['Content'], cell: textCell },
	{ target: 'message', headers: ['Video title'], cell: textCell },
	{ target: 'published_at', headers: ['Video publish time'], cell: publishDayCell },
	{ target: 'video_views', headers: ['Views'], cell: countCell },
	{ target: 'impressions_total', headers: ['Impressions'], cell: countCell }
];

const spec: LayoutSpec = { headerRows: 1, key: 'post_id', fields };

export const youtubeTableData: Importer = {
	id: 'youtube-table-data',
	label: 'YouTube Studio export: Table data (one row per video)',
	platform: 'youtube',
	kind: 'posts',
	/** Chart data has the same columns plus `Date` */
	detect: (rows) =>
		hasHeaders(rows, ['Content', 'Video title', 'Video publish time']) &&
		!hasHeaders(rows, ['Date']),
	map(rows) {
		const columns = mapColumns(rows, spec);
		const {
			rows: mapped,
			issues,
			read
		} = skipTotals(rows, spec.headerRows, columns, mapRows(rows, spec, columns));
		const records = mapped.map(({ row, values, extras }) => {
			const { post_id, ...rest } = values;
			return {
				row,
				key: post_id as string,
				values: { ...rest, type: 'video' } as PostValues,
				extras
			};
		});
		return { kind: 'posts', columns, records, issues, read };
	}
};
