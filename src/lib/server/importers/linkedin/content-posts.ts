import { textCell } from '../cells.ts';
import { localeCountCell } from '../locale.ts';
import type { Field, LayoutSpec } from '../mapper.ts';
import { ImportError, type Importer, type PostRecord, type PostValues } from '../types.ts';
import {
	assertMonthFirst,
	createdDateCell,
	findHeader,
	mapSheet,
	postIdCell,
	postTypeCell,
	rawTextCell,
	sheetDecimal
} from './cells.ts';

/**
 * LinkedIn Page content export, sheet "All posts" (recognised by its header, not the sheet's name):
 * row 1 is a title/notice, the header on row 2, one row per post from row 3 (issues use the sheet's
 * row numbers). Lifetime totals as of the download. Header names are matched in any case.
 *
 * - `post_id` ← the URN in `Post link` (`urn:li:activity:7123…`): the link is the only id the sheet
 *   has, and its URN stays the same whatever form the link takes (`/feed/update/urn:li:…`,
 *   `/posts/<slug>-activity-<id>-…`, tracking parameters). A link without a URN is its own id
 *   (without query and fragment). A row without a link is refused. `permalink` ← the link as written.
 * - `message` ← `Post title` (the post's text as LinkedIn shortens it; raw, untrusted).
 * - `published_at` ← `Created date` (a day: `MM/DD/YYYY` text or an Excel date) at 00:00:00.
 * - `type` ← `Content Type`, as written.
 * - `is_paid` ← `Post type`: `Sponsored` → true, `Organic` → false, blank → NULL; another value
 *   refuses the row.
 * - `impressions_total` ← `Impressions`; `clicks` ← `Clicks`; `reactions` ← `Likes` (LinkedIn's
 *   name for the post's reactions); `comments` ← `Comments`; `shares` ← `Reposts`.
 * - Extras under their own names: `Views` and `Offsite Views` (what they count is not documented:
 *   `video_views` stays NULL), `Follows` (follows from the post, not the page's growth), CTR,
 *   engagement rate, `Campaign name`, campaign dates, `Posted by`, `Audience`.
 * - `reach_*`, `engaged_users`, `video_views`: not in this sheet, NULL.
 */
const REQUIRED = ['Post title', 'Post link', 'Post type', 'Created date'];
const TEXT = [
	'Post title',
	'Post link',
	'Post type',
	'Campaign name',
	'Posted by',
	'Created date',
	'Campaign start date',
	'Campaign end date',
	'Audience',
	'Content Type'
];

function spec(decimal: ',' | '.' | null): LayoutSpec {
	const count = localeCountCell(decimal);
	const fields: Field[] = [
		{ target: 'post_id', headers: ['Post link'], cell: postIdCell },
		{ target: 'message', headers: ['Post title'], cell: rawTextCell },
		{ target: 'is_paid', headers: ['Post type'], cell: postTypeCell },
		{ target: 'published_at', headers: ['Created date'], cell: createdDateCell },
		{ target: 'type', headers: ['Content Type'], cell: textCell },
		{ target: 'impressions_total', headers: ['Impressions'], cell: count },
		{ target: 'clicks', headers: ['Clicks'], cell: count },
		{ target: 'reactions', headers: ['Likes'], cell: count },
		{ target: 'comments', headers: ['Comments'], cell: count },
		{ target: 'shares', headers: ['Reposts'], cell: count }
	];
	return { headerRows: 1, key: 'post_id', fields };
}

export const linkedinContentPosts: Importer = {
	id: 'linkedin-content-posts',
	label: 'LinkedIn Page export: posts, organic and sponsored ("All posts" sheet)',
	platform: 'linkedin',
	kind: 'posts',
	detect: (rows) => findHeader(rows, REQUIRED) !== null,
	map(rows) {
		const at = findHeader(rows, REQUIRED);
		if (at === null) throw new ImportError('not a LinkedIn content posts sheet');
		assertMonthFirst(rows, at, 'Created date');
		const decimal = sheetDecimal(rows.slice(at), TEXT);
		const sheet = mapSheet(rows, at, spec(decimal), decimal);
		const link = sheet.columns.find((c) => c.target === 'post_id');
		const columns = sheet.columns.map((c) =>
			c === link
				? { ...c, description: 'post_id = the URN in the link; permalink = the link as written' }
				: c
		);
		const records: PostRecord[] = sheet.rows.map(({ row, values, extras }) => {
			const { post_id, ...rest } = values;
			const permalink = link ? rows[row - 1][link.position].trim() : '';
			return {
				row,
				key: post_id as string,
				values: { ...(rest as PostValues), permalink: permalink || null },
				extras
			};
		});
		return { kind: 'posts', columns, records, issues: sheet.issues, read: sheet.read };
	}
};
