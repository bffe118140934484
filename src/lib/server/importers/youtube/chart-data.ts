import { countCell, textCell } from '../cells.ts';
import { hasHeaders, mapColumns, mapRows, type Field, type LayoutSpec } from '../mapper.ts';
import {
	ImportError,
	type ColumnInfo,
	type Extra,
	type Importer,
	type ImportIssue,
	type PostRecord,
	type PostValues
} from '../types.ts';
import { isoDayCell, publishDayCell } from './cells.ts';
import { skipTotals } from './studio.ts';

/**
 * YouTube Studio `Chart data.csv`: one row per day and video (`Date,Content,Video title,Video
 * publish time,Duration,<metric>`; the metric is the one chosen in Studio, usually `Views`).
 *
 * Per-video views per day have no canonical column (page_daily is the channel, posts hold one
 * value per video), so the file becomes posts, one per video, and each day's value is kept
 * whole as a post extra named `<metric> <YYYY-MM-DD>` (`Views 2025-09-28`, raw text + number).
 * Title, publish day and Duration are the video's and must agree on every row of that video.
 * No canonical metric is filled: summing the days would give views over the chart's window, not
 * the video's total.
 *
 * Counts are per video, as the store counts keys: read = videos + rejected rows. A (video, day)
 * twice with the same values collapses; with different values, or a video whose title, publish
 * day or duration changes between rows, the file fails as a whole (like conflicting duplicates).
 */
const fields: Field[] = [
	{ target: 'post_id', headers: ['Content'], cell: textCell },
	{ target: 'message', headers: ['Video title'], cell: textCell },
	{ target: 'published_at', headers: ['Video publish time'], cell: publishDayCell },
	// read and checked here, stored as per-day extras (not canonical columns): see below
	{ target: 'day', headers: ['Date'], cell: isoDayCell },
	{ target: 'views', headers: ['Views'], cell: countCell }
];

const spec: LayoutSpec = { headerRows: 1, key: 'post_id', fields };

/** Columns describing the video rather than the day: extras under their own name, once per video. */
const PER_VIDEO = new Set(['duration']);

interface Video {
	record: PostRecord;
	/** title, publish day and per-video extras as first seen */
	sig: string;
	/** per-day extra name → the row and raw value that gave it */
	days: Map<string, { row: number; value: string }>;
}

export const youtubeChartData: Importer = {
	id: 'youtube-chart-data',
	label: 'YouTube Studio export: Chart data (one row per day and video)',
	platform: 'youtube',
	kind: 'posts',
	detect: (rows) => hasHeaders(rows, ['Date', 'Content', 'Video title']),
	map(rows) {
		const checked = mapColumns(rows, spec);
		const result = skipTotals(rows, spec.headerRows, checked, mapRows(rows, spec, checked));
		const views = checked.find((c) => c.target === 'views');
		const perDay = new Set(
			checked
				.filter((c) => c.target === null && !PER_VIDEO.has(c.name.toLowerCase()))
				.map((c) => c.name)
		);
		const videos = new Map<string, Video>();
		const conflicts: ImportIssue[] = [];
		for (const { row, values, extras } of result.rows) {
			const id = values.post_id as string;
			const day = values.day as string;
			const dayExtras: Extra[] = [];
			const videoExtras: Extra[] = [];
			if (views && values.views !== null && values.views !== undefined)
				dayExtras.push({
					metric: `${views.name} ${day}`,
					value: rows[row - 1][views.position].trim(),
					num: values.views as number
				});
			for (const e of extras)
				if (perDay.has(e.metric)) dayExtras.push({ ...e, metric: `${e.metric} ${day}` });
				else videoExtras.push(e);
			const own: PostValues = {
				type: 'video',
				message: (values.message as string | null) ?? null,
				published_at: (values.published_at as string | null) ?? null
			};
			const sig = JSON.stringify([own, videoExtras]);
			let video = videos.get(id);
			if (!video) {
				video = {
					record: { row, key: id, values: own, extras: [...videoExtras] },
					sig,
					days: new Map()
				};
				videos.set(id, video);
			} else if (video.sig !== sig) {
				conflicts.push({
					row,
					column: null,
					message: `${id}: title, publish time or duration differ from row ${video.record.row}`
				});
				continue;
			}
			let clash: number | null = null;
			for (const e of dayExtras) {
				const seen = video.days.get(e.metric);
				if (!seen) {
					video.days.set(e.metric, { row, value: e.value });
					video.record.extras.push(e);
				} else if (seen.value !== e.value) clash ??= seen.row;
			}
			if (clash !== null)
				conflicts.push({
					row,
					column: null,
					message: `${id} on ${day} already appears on row ${clash} with different values`
				});
		}
		if (conflicts.length)
			throw new ImportError(
				`the file holds ${conflicts.length} row(s) contradicting an earlier row of the same video`,
				conflicts
			);
		const records = [...videos.values()].map((v) => v.record);
		const rejected = result.read - result.rows.length;
		// Date and the metric columns feed no canonical column: their values are the per-day extras
		const columns: ColumnInfo[] = checked.map((c) =>
			c.target === 'day' || c.target === 'views' ? { ...c, target: null } : c
		);
		return {
			kind: 'posts',
			columns,
			records,
			issues: result.issues,
			read: records.length + rejected
		};
	}
};
