import { z } from 'zod';
import { clip, countCell, isoDay, textCell } from '../cells.ts';
import { hasHeaders, mapKeyed, type LayoutSpec } from '../mapper.ts';
import type { Importer } from '../types.ts';
import { rawTextCell, tweetIdCell } from './cells.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * X's days since 2024, with the weekday: `Tue, Feb 18, 2025` (account overview) or `Mon Feb 17
 * 2025` (content). The weekday must be the day's own: a mismatch means a misread, refused.
 */
function xDay(raw: string): string | null {
	const m = /^([A-Za-z]{3})[a-z]*,?\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(
		raw.trim()
	);
	if (!m) return null;
	const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
	const iso = month ? isoDay(+m[4], month, +m[3]) : null;
	if (!iso || +m[4] < 2006) return null;
	const weekday = new Date(`${iso}T00:00:00Z`).toUTCString().slice(0, 3).toLowerCase();
	return weekday === m[1].toLowerCase() ? iso : null;
}

const xDayCell = z.string().transform((s, ctx): string => {
	const iso = xDay(s);
	if (!iso) {
		ctx.addIssue({
			code: 'custom',
			message: `not a date (Tue, Feb 18, 2025): "${clip(s.trim())}"`
		});
		return z.NEVER;
	}
	return iso;
});

/** A post's day (the content export gives no time): midnight, the time of day unknown. */
const xPostDayCell = z.string().transform((s, ctx): string | null => {
	if (s.trim() === '') return null;
	const iso = xDay(s);
	if (!iso) {
		ctx.addIssue({ code: 'custom', message: `not a date (Mon Feb 17 2025): "${clip(s.trim())}"` });
		return z.NEVER;
	}
	return `${iso} 00:00:00`;
});

/**
 * X account overview since 2024 (`account_overview_analytics.csv`): one row per day, newest first,
 * `Date` like `Tue, Feb 18, 2025`. Mapping choices (the rest stay extras):
 * - `fans_added` ← `New follows`, `fans_removed` ← `Unfollows`: the account's follower adds and
 *   removals of the day (unlike the old `follows` column, which counted follows from a tweet).
 *   `fans_net` and `fans_total` are not in the file: NULL.
 * - `impressions_total` ← `Impressions`; `interactions` ← `Engagements` (actions, as the older
 *   daily export's `engagements`); `page_views` ← `Profile visits`; `posts_published` ← `Create
 *   Post`. Likes, replies, reposts, bookmarks, shares, video and media views stay extras.
 */
const overviewSpec = {
	headerRows: 1,
	key: 'day',
	fields: [
		{ target: 'day', headers: ['Date'], cell: xDayCell },
		{ target: 'fans_added', headers: ['New follows'], cell: countCell },
		{ target: 'fans_removed', headers: ['Unfollows'], cell: countCell },
		{ target: 'impressions_total', headers: ['Impressions'], cell: countCell },
		{ target: 'interactions', headers: ['Engagements'], cell: countCell },
		{ target: 'page_views', headers: ['Profile visits'], cell: countCell },
		{ target: 'posts_published', headers: ['Create Post'], cell: countCell }
	]
} satisfies LayoutSpec;

export const xAccountOverview: Importer = {
	id: 'x-account-overview',
	label: 'X analytics export since 2024: account overview (daily, new follows and unfollows)',
	platform: 'x',
	kind: 'daily',
	detect: (rows) => hasHeaders(rows, ['Date', 'Impressions', 'New follows', 'Unfollows']),
	map: (rows) => mapKeyed(rows, overviewSpec, 'daily')
};

/**
 * X content export since 2024 (`account_analytics_content_<from>_<to>.csv`): one row per post,
 * totals as of the download. `post_id` ← `Post id` (digits, text); `published_at` ← `Date` (a day
 * only: midnight); `message` ← `Post text` (raw); `permalink` ← `Link`; `impressions_total` ←
 * `Impressions`; `reactions` ← `Likes`; `comments` ← `Replies`; `shares` ← `Reposts`; `clicks` ←
 * `Url clicks` (as the older per-tweet export). `Engagements` (actions, not people), `New follows`
 * (from the post), bookmarks, shares, profile visits and the other clicks stay extras.
 */
const contentSpec = {
	headerRows: 1,
	key: 'post_id',
	fields: [
		{ target: 'post_id', headers: ['Post id'], cell: tweetIdCell },
		{ target: 'published_at', headers: ['Date'], cell: xPostDayCell },
		{ target: 'message', headers: ['Post text'], cell: rawTextCell },
		{ target: 'permalink', headers: ['Link'], cell: textCell },
		{ target: 'impressions_total', headers: ['Impressions'], cell: countCell },
		{ target: 'reactions', headers: ['Likes'], cell: countCell },
		{ target: 'comments', headers: ['Replies'], cell: countCell },
		{ target: 'shares', headers: ['Reposts'], cell: countCell },
		{ target: 'clicks', headers: ['Url clicks'], cell: countCell }
	]
} satisfies LayoutSpec;

export const xAccountContent: Importer = {
	id: 'x-account-content',
	label: 'X analytics export since 2024: content (one row per post)',
	platform: 'x',
	kind: 'posts',
	chunked: { headerRows: 1 },
	detect: (rows) => hasHeaders(rows, ['Post id', 'Date', 'Post text', 'Impressions']),
	map: (rows) => mapKeyed(rows, contentSpec, 'posts')
};
