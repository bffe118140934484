import { countCell, textCell, timestampMdyCell } from '../cells.ts';
import { hasHeaders, mapColumns, mapRows, type Field, type LayoutSpec } from '../mapper.ts';
import type { Importer, PostRecord, PostValues } from '../types.ts';
import { metaPostIdCell, rawTextCell } from './cells.ts';

/**
 * Meta Business Suite Facebook post export (Insights → Content → Export): UTF-8 with a BOM, one
 * header row, one row per post, lifetime totals as of the download (`Date` = `Lifetime`).
 * Recognised by `Post ID`, `Page ID`, `Publish time`, `Permalink`. The column set varies between
 * exports (the negative-feedback columns come and go): only present columns are read.
 *
 * Mapping choices (everything not listed stays an extra under its own name, raw text kept):
 * - `post_id` ← `Post ID`, digits kept as text; a spreadsheet-rounded `1.8E+15` is refused.
 * - `message` ← `Description`, or `Title` when `Description` is blank: real exports put the
 *   caption in either (photos mostly in `Title`). `Title` is always kept as an extra as well, so
 *   nothing is lost when both are filled.
 * - `published_at` ← `Publish time` (`03/27/2026 06:08`, month first), the export's own clock.
 * - `type` ← `Post type` (`Photos`, `Videos`, `Reels`, `Links`), as written.
 * - `reach_total` ← `Reach`; `reactions` / `comments` / `shares` ← `Reactions` / `Comments` /
 *   `Shares` (the sum column `Reactions, Comments and Shares` stays an extra).
 * - `clicks` ← `Total clicks` (every click, as the legacy export's consumptions); `Link Clicks`,
 *   `Other Clicks` and the `Matched Audience …` click columns stay extras.
 * - `video_views` stays NULL: `Views` counts every display of any post (photos too, repeats
 *   included), not video views; `impressions_total` stays NULL for the same reason as the daily
 *   `Views`. It is kept as the extra `Views`. `Ad impressions` (ads shown inside videos, for
 *   monetisation) is no post impression figure either: an extra.
 * - `is_paid` stays NULL: `Funded content status` was empty in every real export described
 *   (730 posts), so what its values would be is unknown; a non-blank cell is kept as an extra.
 * - `reach_organic` / `reach_paid` ← `Reach from Organic posts` / `Reach from Boosted posts` (the
 *   38-column export of 2025; absent elsewhere: NULL). `engaged_users`: not in this export, NULL.
 * - A row with fewer fields than the header (Meta leaves trailing empty cells out: 27 fields under
 *   31 columns) is an ordinary row whose last cells are unknown. A row with no post id (the 2023/24
 *   exports' lone `Lifetime` rows) is no post: rejected with that reason.
 */
const fields: Field[] = [
	{ target: 'post_id', headers: ['Post ID'], cell: metaPostIdCell },
	{ target: 'permalink', headers: ['Permalink'], cell: textCell },
	{ target: 'message', headers: ['Description'], cell: rawTextCell },
	{ target: 'type', headers: ['Post type'], cell: textCell },
	{ target: 'published_at', headers: ['Publish time'], cell: timestampMdyCell },
	{ target: 'reach_total', headers: ['Reach'], cell: countCell },
	{ target: 'reach_organic', headers: ['Reach from Organic posts'], cell: countCell },
	{ target: 'reach_paid', headers: ['Reach from Boosted posts'], cell: countCell },
	{ target: 'reactions', headers: ['Reactions'], cell: countCell },
	{ target: 'comments', headers: ['Comments'], cell: countCell },
	{ target: 'shares', headers: ['Shares'], cell: countCell },
	{ target: 'clicks', headers: ['Total clicks'], cell: countCell }
];

export const NO_POST_ID = 'no post id: a row without one is not a post (left out)';

const spec: LayoutSpec = {
	headerRows: 1,
	key: 'post_id',
	fields,
	shortRows: 'pad',
	missingKey: NO_POST_ID
};

export const metaFacebookPosts: Importer = {
	id: 'meta-facebook-posts',
	label: 'Meta Business Suite export: Facebook posts (one row per post)',
	platform: 'facebook',
	kind: 'posts',
	chunked: { headerRows: 1 },
	detect: (rows) => hasHeaders(rows, ['Post ID', 'Page ID', 'Publish time', 'Permalink']),
	map(rows) {
		const columns = mapColumns(rows, spec);
		const { rows: mapped, issues, read } = mapRows(rows, spec, columns);
		const title = columns.find((c) => c.name.toLowerCase() === 'title' && c.target === null);
		const records: PostRecord[] = mapped.map(({ row, values, extras }) => {
			const { post_id, ...rest } = values;
			if ((rest.message ?? null) === null && title) {
				const t = rows[row - 1][title.position];
				rest.message = t.trim() === '' ? null : t;
			}
			return { row, key: post_id as string, values: rest as PostValues, extras };
		});
		return { kind: 'posts', columns, records, issues, read };
	}
};
