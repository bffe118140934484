import { countCell, textCell } from '../cells.ts';
import { hasHeaders, mapColumns, mapRows, type Field, type LayoutSpec } from '../mapper.ts';
import type { ImportIssue, Importer, PostRecord, PostValues } from '../types.ts';
import { promotedFlagCell, rawTextCell, tweetIdCell, xTimeCell } from './cells.ts';

/**
 * X/Twitter per-tweet export (`tweet_activity_metrics_<handle>_<start>_<end>_en.csv` from
 * analytics.twitter.com): one header row, every field quoted, one row per tweet, lifetime totals as
 * of the download. Recognised by `Tweet id`, `Tweet permalink`, `time`, `impressions`.
 *
 * Mapping choices (everything not listed stays an extra under its own name, raw text kept):
 * - `published_at` ← `time`, in UTC (`2019-01-31 23:32 +0000` → `2019-01-31 23:32:00`).
 * - `message` ← `Tweet text` exactly as given: untrusted, HTML entities such as `&amp;` not decoded.
 * - `engaged_users` stays NULL: X's `engagements` counts interactions (it is the sum of retweets,
 *   replies, likes and every click type), not unique people, so it is no engaged-users figure. It is
 *   kept as an extra, as is `engagement rate`.
 * - `reactions` ← `likes`, `comments` ← `replies`, `shares` ← `retweets`.
 * - `clicks` ← `url clicks` alone: the clicks that leave the tweet for its link. A sum with profile,
 *   hashtag, permalink clicks and detail expands would mix actions of different weight and could not
 *   be traced to one source column in `import_columns`; those columns stay extras.
 * - `video_views` stays NULL: `media views` counts views of any media (images and GIFs too), so it is
 *   no video-view count; it is kept as an extra.
 * - `is_paid` is derived from `promoted impressions` (which also stays an extra): `-` (X's mark for
 *   "not promoted") or 0 → false, > 0 → true, blank → NULL; an export without the column → NULL.
 * - `reach_*` and `type`: not in this export, NULL.
 */
const fields: Field[] = [
	{ target: 'post_id', headers: ['Tweet id'], cell: tweetIdCell },
	{ target: 'permalink', headers: ['Tweet permalink'], cell: textCell },
	{ target: 'message', headers: ['Tweet text'], cell: rawTextCell },
	{ target: 'published_at', headers: ['time'], cell: xTimeCell },
	{ target: 'impressions_total', headers: ['impressions'], cell: countCell },
	{ target: 'reactions', headers: ['likes'], cell: countCell },
	{ target: 'comments', headers: ['replies'], cell: countCell },
	{ target: 'shares', headers: ['retweets'], cell: countCell },
	{ target: 'clicks', headers: ['url clicks'], cell: countCell }
];

const spec: LayoutSpec = { headerRows: 1, key: 'post_id', fields };

const PROMOTED = 'promoted impressions';

export const xTweets: Importer = {
	id: 'x-tweet-activity',
	label: 'X/Twitter analytics export (tweet activity, one row per tweet)',
	platform: 'x',
	kind: 'posts',
	chunked: { headerRows: 1 },
	sql: { spec, derived: [{ target: 'is_paid', header: PROMOTED, cell: promotedFlagCell }] },
	detect: (rows) => hasHeaders(rows, ['Tweet id', 'Tweet permalink', 'time', 'impressions']),
	map(rows) {
		const columns = mapColumns(rows, spec);
		const { rows: mapped, issues: mapIssues, read } = mapRows(rows, spec, columns);
		const promoted = columns.find((c) => c.name.toLowerCase() === PROMOTED);
		const issues: ImportIssue[] = [...mapIssues];
		const records: PostRecord[] = [];
		for (const { row, values, extras } of mapped) {
			let is_paid: boolean | null = null;
			if (promoted) {
				const flag = promotedFlagCell.safeParse(rows[row - 1][promoted.position]);
				if (!flag.success) {
					for (const issue of flag.error.issues)
						issues.push({ row, column: promoted.name, message: issue.message });
					continue;
				}
				is_paid = flag.data;
			}
			const { post_id, ...rest } = values;
			records.push({
				row,
				key: post_id as string,
				values: { ...rest, is_paid } as PostValues,
				extras
			});
		}
		issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
		return { kind: 'posts', columns, records, issues, read };
	}
};
