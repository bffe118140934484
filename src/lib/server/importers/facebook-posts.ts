import { countCell, textCell, timestampMdyCell } from './cells.ts';
import { hasHeaders, type Field, type LayoutSpec, mapKeyed } from './mapper.ts';
import type { Importer } from './types.ts';

/**
 * Legacy Facebook Page Insights export, post level and video posts (same layout family):
 * one row per post, lifetime totals; row 2 = descriptions. A video file describes posts that the
 * post-level file may also hold: both land on the same post_id and their columns merge.
 * `is_paid` is derived: true when the lifetime paid reach is > 0, false when it is 0.
 */
const fields: Field[] = [
	{ target: 'post_id', headers: ['Post ID'], cell: textCell },
	{ target: 'permalink', headers: ['Permalink'], cell: textCell },
	{ target: 'message', headers: ['Post Message'], cell: textCell },
	{ target: 'type', headers: ['Type'], cell: textCell },
	{ target: 'published_at', headers: ['Posted'], cell: timestampMdyCell },
	{ target: 'reach_total', headers: ['Lifetime Post Total Reach'], cell: countCell },
	{ target: 'reach_organic', headers: ['Lifetime Post organic reach'], cell: countCell },
	{ target: 'reach_paid', headers: ['Lifetime Post Paid Reach'], cell: countCell },
	{ target: 'impressions_total', headers: ['Lifetime Post Total Impressions'], cell: countCell },
	{ target: 'engaged_users', headers: ['Lifetime Engaged Users'], cell: countCell },
	{
		target: 'reactions',
		headers: ['Lifetime Post Stories by action type - like'],
		cell: countCell
	},
	{
		target: 'comments',
		headers: ['Lifetime Post Stories by action type - comment'],
		cell: countCell
	},
	{ target: 'shares', headers: ['Lifetime Post Stories by action type - share'], cell: countCell },
	{ target: 'clicks', headers: ['Lifetime Post Consumptions'], cell: countCell },
	{ target: 'video_views', headers: ['Lifetime Total Video Views'], cell: countCell }
];

const spec = { headerRows: 2, key: 'post_id', fields } satisfies LayoutSpec;

export const facebookInsightsPosts: Importer = {
	id: 'facebook-insights-posts',
	label: 'Facebook Page Insights export (post level or video posts)',
	platform: 'facebook',
	kind: 'posts',
	chunked: { headerRows: 2 },
	detect: (rows) =>
		hasHeaders(rows, ['Post ID', 'Permalink', 'Posted']) &&
		(rows[1]?.length ?? 0) === (rows[0]?.length ?? -1) &&
		(rows[1]?.[0] ?? '').trim() === '',
	map: (rows) =>
		mapKeyed(rows, spec, 'posts', (v) => {
			const paid = v.reach_paid as number | null | undefined;
			return { ...v, is_paid: paid === null || paid === undefined ? null : paid > 0 };
		})
};
