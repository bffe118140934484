import type { MappedRow } from '../mapper.ts';
import type { ColumnInfo, ImportIssue } from '../types.ts';

/**
 * What the three YouTube Studio exports share. Studio writes the same download as three files:
 * `Totals.csv` (`Date` + the chosen metrics, one row per day), `Table data.csv` (one row per video
 * over the chosen period, after a `Total` row) and `Chart data.csv` (one row per day and video).
 */

/** Metric names Studio writes as column headers (seen in real exports or in Studio's own lists). */
const METRICS = new Set(
	[
		'Views',
		'Subscribers',
		'Subscribers gained',
		'Subscribers lost',
		'Watch time (hours)',
		'Impressions',
		'Impressions click-through rate (%)',
		'New viewers',
		'Regular viewers',
		'Unique viewers',
		'Engaged views',
		'YouTube Premium views',
		'Likes',
		'Dislikes',
		'Shares',
		'Comments added',
		'Average view duration',
		'Average percentage viewed (%)'
	].map((m) => m.toLowerCase())
);
/** money metrics carry the channel's currency: `Your estimated revenue (USD)`, `RPM (EUR)` … */
const MONEY = /^(your estimated revenue|rpm|cpm) \([a-z]{3}\)$/;

export const isStudioMetric = (header: string): boolean => {
	const h = header.trim().toLowerCase();
	return METRICS.has(h) || MONEY.test(h);
};

/** The `Content` value of Studio's aggregate row: the sum over all videos, never a video id. */
const TOTAL = 'total';

/**
 * Drops Studio's `Total` row(s) (the sum over every video of the period) from a mapRows result:
 * not a post, so neither read nor rejected. One note in the issues says it was skipped.
 */
export function skipTotals<T extends { rows: MappedRow[]; issues: ImportIssue[]; read: number }>(
	rows: readonly string[][],
	headerRows: number,
	columns: ColumnInfo[],
	result: T
): T {
	const content = columns.find((c) => c.target === 'post_id');
	if (!content) return result;
	const totals = new Set<number>();
	for (let i = headerRows; i < rows.length; i++)
		if ((rows[i][content.position] ?? '').trim().toLowerCase() === TOTAL) totals.add(i + 1);
	if (totals.size === 0) return result;
	const [first] = totals;
	const note: ImportIssue =
		totals.size === 1
			? {
					row: first,
					column: content.name,
					message:
						'the "Total" row sums all videos and is not a post: skipped (counted neither as read nor as rejected)'
				}
			: {
					row: null,
					column: content.name,
					message: `${totals.size} "Total" rows sum all videos and are not posts: skipped (counted neither as read nor as rejected)`
				};
	return {
		...result,
		rows: result.rows.filter((r) => !totals.has(r.row)),
		issues: [note, ...result.issues.filter((i) => i.row === null || !totals.has(i.row))],
		read: result.read - totals.size
	};
}
