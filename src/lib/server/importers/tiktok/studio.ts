import { z } from 'zod';
import { countCell, signedCell, textCell } from '../cells.ts';
import { hasHeaders, mapColumns, mapKeyed, mapRows, type LayoutSpec } from '../mapper.ts';
import type { DailyRecord, Importer, Mapped, ParseContext, PostValues } from '../types.ts';
import {
	monthDayCell,
	monthDayOptionalCell,
	NEED_LAST_DAY,
	placeYears,
	withYear
} from './cells.ts';
import { ImportError } from '../types.ts';

/**
 * TikTok Studio's download (Analytics → Download data): one CSV per table, UTF-8 with a BOM, every
 * field quoted, days without a year (`February 28`), oldest first. The export's last day is asked
 * of the user (`--last-day`, the browser's "last day of the export"): each day is the latest one on
 * or before it; without it the file is refused with that fix. `undefined` marks days before the
 * account existed: the whole row is unknown (NULL), never 0. Counts may be negative only where they
 * are differences.
 */
const UNDEFINED = ['undefined'];

function daily(spec: LayoutSpec & { key: string }) {
	return (rows: readonly string[][], ctx: ParseContext): Mapped => {
		const mapped = mapKeyed(rows, spec, 'daily');
		const column = mapped.columns.find((c) => c.target === 'day')?.name ?? 'Date';
		const records = placeYears(
			mapped.records as DailyRecord[],
			ctx.options?.lastDay,
			mapped.issues,
			column
		);
		return { ...mapped, records } as Mapped;
	};
}

/**
 * `Overview.csv`: Date, Video Views, Profile Views, Likes, Comments, Shares (the account's day).
 * `page_views` ← `Profile Views`; `interactions` = Likes + Comments + Shares (TikTok's every
 * interaction on the day; NULL when one is blank). `Video Views` (plays, repeats included) and
 * the three counts stay extras.
 */
const overviewSpec = {
	headerRows: 1,
	key: 'day',
	fields: [
		{ target: 'day', headers: ['Date'], cell: monthDayCell },
		{ target: 'page_views', headers: ['Profile Views'], cell: countCell }
	],
	unknownRow: UNDEFINED,
	sums: [{ target: 'interactions', of: ['Likes', 'Comments', 'Shares'] }]
} satisfies LayoutSpec;

/**
 * `FollowerHistory.csv`: Date, Followers, Difference in followers from previous day.
 * `fans_total` ← `Followers`; `fans_net` ← the difference (may be negative). Adds and removals are
 * not in this file: NULL.
 */
const historySpec = {
	headerRows: 1,
	key: 'day',
	fields: [
		{ target: 'day', headers: ['Date'], cell: monthDayCell },
		{ target: 'fans_total', headers: ['Followers'], cell: countCell },
		{ target: 'fans_net', headers: ['Difference in followers from previous day'], cell: signedCell }
	],
	unknownRow: UNDEFINED
} satisfies LayoutSpec;

/**
 * `Viewers.csv`: Date, Total Viewers, New Viewers, Returning Viewers. `reach_total` ← `Total
 * Viewers` (unique accounts that watched that day); new and returning stay extras.
 */
const viewersSpec = {
	headerRows: 1,
	key: 'day',
	fields: [
		{ target: 'day', headers: ['Date'], cell: monthDayCell },
		{ target: 'reach_total', headers: ['Total Viewers'], cell: countCell }
	],
	unknownRow: UNDEFINED
} satisfies LayoutSpec;

const only = (rows: readonly string[][], names: string[]) =>
	hasHeaders(rows, names) && (rows[0] ?? []).filter((c) => c.trim() !== '').length === names.length;

export const tiktokOverview: Importer = {
	id: 'tiktok-overview',
	label: 'TikTok Studio export: Overview (daily views, profile views, likes, comments, shares)',
	platform: 'tiktok',
	kind: 'daily',
	detect: (rows) =>
		only(rows, ['Date', 'Video Views', 'Profile Views', 'Likes', 'Comments', 'Shares']),
	map: daily(overviewSpec)
};

export const tiktokFollowerHistory: Importer = {
	id: 'tiktok-follower-history',
	label: 'TikTok Studio export: FollowerHistory (followers per day)',
	platform: 'tiktok',
	kind: 'daily',
	detect: (rows) => only(rows, ['Date', 'Followers', 'Difference in followers from previous day']),
	map: daily(historySpec)
};

export const tiktokViewers: Importer = {
	id: 'tiktok-viewers',
	label: 'TikTok Studio export: Viewers (unique viewers per day)',
	platform: 'tiktok',
	kind: 'daily',
	detect: (rows) => only(rows, ['Date', 'Total Viewers', 'New Viewers', 'Returning Viewers']),
	map: daily(viewersSpec)
};

/** A TikTok video id: the digits after `/video/` in its link. */
const videoIdCell = z.string().transform((s, ctx): string | null => {
	const t = s.trim();
	if (t === '') return null;
	const m = /\/video\/(\d{5,25})(?:[/?#]|$)/.exec(t);
	if (!m) {
		ctx.addIssue({ code: 'custom', message: `not a TikTok video link: "${t.slice(0, 60)}"` });
		return z.NEVER;
	}
	return m[1];
});

/**
 * `Content.csv`: one row per video (Time, Video title, Video link, Post time, Total likes, Total
 * comments, Total shares, Total views), lifetime totals as of the export. `post_id` ← the id in
 * `Video link` (kept as text), `permalink` ← the link, `message` ← `Video title`, `published_at` ←
 * `Post time` (a day without a year, placed like the daily files' days; the time of day is
 * unknown: midnight), `type` = `video`, `reactions` / `comments` / `shares` ← `Total likes` /
 * `Total comments` / `Total shares`, `video_views` ← `Total views`. `Time` (the export's day) is an
 * extra.
 */
const contentSpec = {
	headerRows: 1,
	key: 'post_id',
	fields: [
		{ target: 'post_id', headers: ['Video link'], cell: videoIdCell },
		{ target: 'message', headers: ['Video title'], cell: textCell },
		{ target: 'published_at', headers: ['Post time'], cell: monthDayOptionalCell },
		{ target: 'reactions', headers: ['Total likes'], cell: countCell },
		{ target: 'comments', headers: ['Total comments'], cell: countCell },
		{ target: 'shares', headers: ['Total shares'], cell: countCell },
		{ target: 'video_views', headers: ['Total views'], cell: countCell }
	],
	missingKey: 'no video link: the row names no video (left out)'
} satisfies LayoutSpec;

export const tiktokContent: Importer = {
	id: 'tiktok-content',
	label: 'TikTok Studio export: Content (one row per video)',
	platform: 'tiktok',
	kind: 'posts',
	detect: (rows) => hasHeaders(rows, ['Video title', 'Video link', 'Post time', 'Total views']),
	map(rows, ctx) {
		const lastDay = ctx.options?.lastDay;
		const columns = mapColumns(rows, contentSpec);
		// `Video link` feeds two targets: the id (through the spec) and the link itself
		const link = columns.find((c) => c.target === 'post_id');
		const { rows: mapped, issues, read } = mapRows(rows, contentSpec, columns);
		const records = [];
		for (const { row, values, extras } of mapped) {
			const { post_id, published_at, ...rest } = values;
			let at: string | null = null;
			if (published_at) {
				if (!lastDay) throw new ImportError(NEED_LAST_DAY, [], undefined, 'last-day');
				const day = withYear(published_at as string, lastDay);
				if (!day) {
					issues.push({
						row,
						column: 'Post time',
						message: `no such day in the year before ${lastDay}`
					});
					continue;
				}
				at = `${day} 00:00:00`;
			}
			const permalink = link ? rows[row - 1][link.position].trim() : null;
			records.push({
				row,
				key: post_id as string,
				values: { ...rest, permalink, published_at: at, type: 'video' } as PostValues,
				extras
			});
		}
		return { kind: 'posts', columns, records, issues, read };
	}
};

/** The demographic files: recognised, left out on purpose (no day, or hours of the last week). */
function leftOut(id: string, header: string[], what: string): Importer {
	const message = `TikTok ${what}: not imported (left out on purpose)`;
	return {
		id,
		label: `TikTok Studio export: ${what} (recognised, not imported)`,
		platform: 'tiktok',
		kind: 'daily',
		leftOut: message,
		detect: (rows) => only(rows, header),
		map() {
			throw new ImportError(message, [], undefined, 'skip');
		}
	};
}

export const tiktokLeftOut: readonly Importer[] = [
	leftOut(
		'tiktok-follower-activity',
		['Date', 'Hour', 'Active followers'],
		'followers active by hour over the last week'
	),
	leftOut('tiktok-follower-gender', ['Gender', 'Distribution'], 'followers by gender, with no day'),
	leftOut(
		'tiktok-follower-territories',
		['Top territories', 'Distribution'],
		'followers by territory, with no day'
	)
];
