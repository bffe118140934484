import { countCell, textCell, timestampMdyCell } from '../cells.ts';
import { hasHeaders, type Field, type LayoutSpec, mapKeyed } from '../mapper.ts';
import type { Importer } from '../types.ts';
import { metaPostIdCell, rawTextCell } from './cells.ts';
import { NO_POST_ID } from './facebook-posts.ts';

/**
 * Meta Business Suite Instagram post export: one header row, one row per post (or story), lifetime
 * totals (`Date` = `Lifetime`). Recognised by `Post ID`, `Account ID`, `Publish time`, `Permalink`.
 * Two column orders exist (`…,Views,Reach,Likes,Shares,Follows,Comments,Saves` and
 * `…,Views,Likes,Shares,Comments,Saves,Reach,Follows`): columns are read by name, so both give the
 * same posts.
 *
 * Mapping choices (everything not listed stays an extra under its own name, raw text kept):
 * - `post_id` ← `Post ID` (17–18 digits, past 2^53: kept as text; `1.8E+16` is refused).
 * - `message` ← `Description`; `published_at` ← `Publish time` (`03/27/2026 06:08`, the export's
 *   clock); `type` ← `Post type` (`IG image`, `IG carousel`, `IG reel`, `IG video`, `IG story`).
 * - `reach_total` ← `Reach`; `reactions` ← `Likes` (Instagram's only reaction);
 *   `comments` ← `Comments`; `shares` ← `Shares`.
 * - `Views` (every display, repeats included: not video views nor the legacy impressions),
 *   `Saves` and `Follows` (follows made from the post, not the account's follower growth) are
 *   extras. No click metric exists: `clicks` stays NULL, as do `is_paid` (no paid/organic column),
 *   `engaged_users`, `impressions_total` and `video_views`.
 */
const fields: Field[] = [
	{ target: 'post_id', headers: ['Post ID'], cell: metaPostIdCell },
	{ target: 'permalink', headers: ['Permalink'], cell: textCell },
	{ target: 'message', headers: ['Description'], cell: rawTextCell },
	{ target: 'type', headers: ['Post type'], cell: textCell },
	{ target: 'published_at', headers: ['Publish time'], cell: timestampMdyCell },
	{ target: 'reach_total', headers: ['Reach'], cell: countCell },
	{ target: 'reactions', headers: ['Likes'], cell: countCell },
	{ target: 'comments', headers: ['Comments'], cell: countCell },
	{ target: 'shares', headers: ['Shares'], cell: countCell }
];

const spec = {
	headerRows: 1,
	key: 'post_id',
	fields,
	shortRows: 'pad',
	missingKey: NO_POST_ID
} satisfies LayoutSpec;

export const metaInstagramPosts: Importer = {
	id: 'meta-instagram-posts',
	label: 'Meta Business Suite export: Instagram posts (one row per post)',
	platform: 'instagram',
	kind: 'posts',
	chunked: { headerRows: 1 },
	detect: (rows) => hasHeaders(rows, ['Post ID', 'Account ID', 'Publish time', 'Permalink']),
	map: (rows) => mapKeyed(rows, spec, 'posts')
};
