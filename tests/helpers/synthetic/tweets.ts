/**
 * A synthetic X/Twitter per-tweet export (the 40-column layout of analytics.twitter.com), as large
 * as asked, with known truth: every `every`-th tweet has a multi-line quoted text, and the caller
 * may ask for rows with a bad cell or repeated tweets. Deterministic: row i always says the same.
 */
/** The 18 metrics X reports for every tweet, then again for its promoted part. */
const METRICS = [
	'impressions',
	'engagements',
	'engagement rate',
	'retweets',
	'replies',
	'likes',
	'user profile clicks',
	'url clicks',
	'hashtag clicks',
	'detail expands',
	'permalink clicks',
	'app opens',
	'app installs',
	'follows',
	'email tweet',
	'dial phone',
	'media views',
	'media engagements'
];

export const TWEET_HEADER = [
	'Tweet id',
	'Tweet permalink',
	'Tweet text',
	'time',
	...METRICS,
	...METRICS.map((h) => `promoted ${h}`)
];

export interface TweetOptions {
	/** data rows (1-based, as a spreadsheet numbers them: the header is row 1) whose likes cell is "lots" */
	badLikes?: readonly number[];
	/** data rows that repeat the tweet of the row before, identically */
	repeats?: readonly number[];
	/** data rows that repeat the tweet of the row before with other impressions */
	conflicts?: readonly number[];
}

/** Tweet number i (0-based): its id, impressions and likes are what the tests check. */
export const tweetId = (i: number) => String(1_200_000_000_000_000_000n + BigInt(i));
export const tweetImpressions = (i: number) => 100 + ((i * 37) % 5000);
export const tweetLikes = (i: number) => (i * 7) % 50;
/** every 10th tweet is promoted */
export const tweetPaid = (i: number) => i % 10 === 3;

function tweetRow(
	i: number,
	impressions = tweetImpressions(i),
	likes = `${tweetLikes(i)}.0`
): string {
	const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(i / 50) * 3_600_000);
	const time = `${day.toISOString().slice(0, 16).replace('T', ' ')} +0000`;
	const text =
		i % 25 === 0
			? `Thread ${i}, part one\nwith "quotes", commas, and a line break`
			: `Tweet ${i} about #community https://t.co/x${i}`;
	const promoted = tweetPaid(i) ? [String(50 + (i % 7)), '2', '0.04'] : ['-', '-', '-'];
	const cells = [
		tweetId(i),
		`https://twitter.com/sablier_demo/status/${tweetId(i)}`,
		text,
		time,
		`${impressions}.0`,
		'12.0',
		'0.012',
		'1.0',
		'2.0',
		likes,

		'0.0',
		'3.0',
		'0.0',
		'1.0',
		'0.0',
		'0',
		'0',
		'0',
		'0',
		'0',
		'0',
		'0',
		...promoted,
		...Array.from({ length: 15 }, () => (tweetPaid(i) ? '0' : '-'))
	];
	return cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',');
}

/** The export's lines, header first, without holding them all (for files of a million rows). */
export function* tweetLines(n: number, options: TweetOptions = {}): Generator<string> {
	yield TWEET_HEADER.map((h) => `"${h}"`).join(',');
	const bad = new Set(options.badLikes);
	const repeats = new Set(options.repeats);
	const conflicts = new Set(options.conflicts);
	let i = 0;
	for (let row = 2; i < n; row++) {
		if (repeats.has(row)) yield tweetRow(i - 1);
		else if (conflicts.has(row)) yield tweetRow(i - 1, tweetImpressions(i - 1) + 1);
		else if (bad.has(row)) yield tweetRow(i++, undefined, 'lots');
		else yield tweetRow(i++);
	}
}
