import { z } from 'zod';
import { clip, countCell, isoDay, MIN_YEAR, signedCell } from '../cells.ts';
import { mapKeyed, type LayoutSpec } from '../mapper.ts';
import type { Importer } from '../types.ts';

/** `2025/10/31` (or `2025-10-31`) → `2025-10-31`. Required. */
const slashDayCell = z.string().transform((s, ctx): string => {
	const m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(s.trim());
	const iso = m ? isoDay(+m[1], +m[2], +m[3]) : null;
	if (!iso || +iso.slice(0, 4) < MIN_YEAR) {
		ctx.addIssue({ code: 'custom', message: `not a date (YYYY/MM/DD): "${clip(s.trim())}"` });
		return z.NEVER;
	}
	return iso;
});

/**
 * The newer TikTok web export (tiktok.com → Analytics → Download): one row per day with the year
 * (`2025/10/31`), `NAN` or `--` where TikTok has no number (unknown, never 0), and follower flows:
 * `fans_added` ← `New followers`, `fans_removed` ← `Lost followers` (exactly adds and removals),
 * `fans_net` ← `Net growth`, `fans_total` ← `Followers` / `Total followers` when present;
 * `page_views` ← `Profile views`; `interactions` = Likes + Comments + Shares when all three are
 * there. `Video views` and the rest stay extras. No `--last-day` is needed: the year is written.
 */
const spec = {
	headerRows: 1,
	key: 'day',
	fields: [
		{ target: 'day', headers: ['Date'], cell: slashDayCell },
		{ target: 'fans_added', headers: ['New followers'], cell: countCell },
		{ target: 'fans_removed', headers: ['Lost followers'], cell: countCell },
		{ target: 'fans_net', headers: ['Net growth', 'Net followers'], cell: signedCell },
		{ target: 'fans_total', headers: ['Followers', 'Total followers'], cell: countCell },
		{ target: 'page_views', headers: ['Profile views'], cell: countCell }
	],
	unknown: ['NAN', '--', 'N/A'],
	sums: [{ target: 'interactions', of: ['Likes', 'Comments', 'Shares'] }]
} satisfies LayoutSpec;

export const tiktokWeb: Importer = {
	id: 'tiktok-web',
	label: 'TikTok web export (daily, with new and lost followers)',
	platform: 'tiktok',
	kind: 'daily',
	detect: (rows) => {
		const h = new Set((rows[0] ?? []).map((c) => c.trim().toLowerCase()));
		return (
			h.has('date') &&
			h.has('new followers') &&
			h.has('lost followers') &&
			/^\d{4}[/-]\d{1,2}[/-]\d{1,2}$/.test(
				(
					rows[1]?.[(rows[0] ?? []).findIndex((c) => c.trim().toLowerCase() === 'date')] ?? ''
				).trim()
			)
		);
	},
	map: (rows) => mapKeyed(rows, spec, 'daily')
};
