/**
 * The canonical store columns: the one contract between importers, the store, exports and analytics.
 * Order here is the order of `sablier export` and of the tables in migration 0001.
 */
export const DAILY_COLUMNS = [
	'day',
	'fans_total',
	'fans_net',
	'fans_added',
	'fans_removed',
	'fans_added_paid',
	'fans_added_unpaid',
	'reach_total',
	'reach_organic',
	'reach_paid',
	'reach_viral',
	'impressions_total',
	'impressions_organic',
	'impressions_paid',
	'engaged_users',
	'interactions',
	'negative_feedback',
	'page_views',
	'posts_published'
] as const;

export const POST_COLUMNS = [
	'post_id',
	'published_at',
	'type',
	'is_paid',
	'message',
	'permalink',
	'reach_total',
	'reach_organic',
	'reach_paid',
	'impressions_total',
	'engaged_users',
	'reactions',
	'comments',
	'shares',
	'clicks',
	'video_views'
] as const;

export type DailyColumn = (typeof DAILY_COLUMNS)[number];
export type PostColumn = (typeof POST_COLUMNS)[number];

/** Daily count columns: every canonical daily column except the key. Integers, NULL when unknown. */
export const DAILY_METRICS = DAILY_COLUMNS.filter((c) => c !== 'day') as Exclude<
	DailyColumn,
	'day'
>[];
export type DailyMetric = (typeof DAILY_METRICS)[number];

export const POST_TEXT_COLUMNS = ['post_id', 'type', 'message', 'permalink'] as const;
export const POST_METRICS = [
	'reach_total',
	'reach_organic',
	'reach_paid',
	'impressions_total',
	'engaged_users',
	'reactions',
	'comments',
	'shares',
	'clicks',
	'video_views'
] as const satisfies readonly PostColumn[];
export type PostMetric = (typeof POST_METRICS)[number];

/** Columns that may be negative: net changes. Every other count is >= 0. */
export const SIGNED_DAILY_METRICS: readonly DailyMetric[] = ['fans_net'];

export const PLATFORMS = [
	'facebook',
	'instagram',
	'x',
	'linkedin',
	'youtube',
	'tiktok',
	'other'
] as const;
export type Platform = (typeof PLATFORMS)[number];
