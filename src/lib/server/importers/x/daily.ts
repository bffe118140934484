import { countCell } from '../cells.ts';
import { hasHeaders, type Field, type LayoutSpec, mapKeyed } from '../mapper.ts';
import type { Importer } from '../types.ts';
import { isoDayCell } from './cells.ts';

/**
 * X/Twitter daily export (`daily_tweet_activity_metrics_<handle>_<start>_<end>_en.csv` from
 * analytics.twitter.com): one header row, every field quoted, one row per day (`YYYY-MM-DD`).
 * Recognised by `Date`, `Tweets published`, `impressions`, `engagements`. Each day's numbers are
 * those of the tweets seen that day, organic columns first, then `promoted …` (`-` = not promoted).
 *
 * Mapping choices (everything not listed stays an extra under its own name, raw text kept):
 * - `posts_published` ← `Tweets published`; `impressions_total` ← `impressions`.
 * - `interactions` ← `engagements`: X's count of interactions with the tweets (retweets, replies,
 *   likes and every click type), the same kind of count as Facebook's page stories.
 * - `engaged_users` stays NULL: `engagements` counts actions, not unique people.
 * - `follows` is NOT follower growth: it counts follows made from a tweet (its follow button), while
 *   follows from the profile, search or suggestions never appear and unfollows are not counted. It
 *   stays an extra; `fans_added`, `fans_removed`, `fans_net` and `fans_total` stay NULL (unknown:
 *   these exports hold no follower count).
 * - `page_views` stays NULL: `user profile clicks` are clicks from a tweet to the profile, not visits
 *   of the profile; kept as an extra.
 * - `promoted impressions` and the other promoted columns stay extras: whether X's `impressions`
 *   already includes promoted impressions is not documented, so no organic/paid split is derived.
 */
const fields: Field[] = [
	{ target: 'day', headers: ['Date'], cell: isoDayCell },
	{ target: 'posts_published', headers: ['Tweets published'], cell: countCell },
	{ target: 'impressions_total', headers: ['impressions'], cell: countCell },
	{ target: 'interactions', headers: ['engagements'], cell: countCell }
];

const spec = { headerRows: 1, key: 'day', fields } satisfies LayoutSpec;

export const xDaily: Importer = {
	id: 'x-daily-activity',
	label: 'X/Twitter analytics export (daily tweet activity)',
	platform: 'x',
	kind: 'daily',
	sql: { spec },
	detect: (rows) => hasHeaders(rows, ['Date', 'Tweets published', 'impressions', 'engagements']),
	map: (rows) => mapKeyed(rows, spec, 'daily')
};
