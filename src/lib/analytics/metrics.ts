import { sql, type Sql } from '../sql.ts';

/**
 * Derived daily metrics M1–M6 of analytics.md §7.2, one row per stored day of the page in
 * [from, to] (inclusive ISO days, the export's own calendar). NULL in → NULL out: an unknown
 * input never becomes 0. Windows (lag, 7-day mean) look only at stored rows, ordered by day.
 */
export interface DailyMetricsRow {
	day: string;
	fans_total: number | null;
	/** M1 fans_added − fans_removed */
	net_adds: number | null;
	/** M2 (fans_total − previous fans_total) − M1: platform adjustments, never unfollows */
	recon_gap: number | null;
	/** M2 flag: |gap| > max(20, 0.001 · fans_total) */
	platform_adjustment: boolean | null;
	/** M3 the export's own total if given, else organic + paid + viral */
	reach_total: number | null;
	/** M3 flag: the export's total and the sum of parts differ by more than 1 % */
	reach_mismatch: boolean | null;
	/** M4 1000 · fans_added / reach_total (NULL when reach is 0 or unknown) */
	conv_per_1k: number | null;
	/** M5 mean over days t−6…t of reach_organic / fans_total */
	organic_reach_rate_7d: number | null;
	/** M6 engaged_users / fans_total */
	er_fans: number | null;
}

export function dailyMetricsQuery(pageId: number, from: string, to: string): Sql {
	return sql`
		WITH base AS (
			SELECT day, fans_total, fans_added, fans_removed, engaged_users, reach_organic,
				reach_paid + reach_organic + reach_viral AS reach_parts,
				coalesce(reach_total, reach_paid + reach_organic + reach_viral) AS reach_any,
				reach_total AS reach_own
			FROM page_daily
			WHERE page_id = ${pageId} AND day BETWEEN CAST(${from} AS DATE) AND CAST(${to} AS DATE)
		),
		steps AS (
			SELECT *, fans_added - fans_removed AS net_adds,
				fans_total - lag(fans_total) OVER (ORDER BY day) AS delta_total,
				CAST(reach_organic AS DOUBLE) / NULLIF(fans_total, 0) AS organic_rate
			FROM base
		)
		SELECT strftime(day, '%Y-%m-%d') AS day, fans_total, net_adds,
			delta_total - net_adds AS recon_gap,
			abs(delta_total - net_adds) > greatest(20, 0.001 * fans_total) AS platform_adjustment,
			reach_any AS reach_total,
			CASE WHEN reach_own IS NULL OR reach_parts IS NULL THEN NULL
				ELSE abs(reach_own - reach_parts) > 0.01 * reach_own END AS reach_mismatch,
			1000.0 * fans_added / NULLIF(reach_any, 0) AS conv_per_1k,
			avg(organic_rate) OVER (ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS organic_reach_rate_7d,
			CAST(engaged_users AS DOUBLE) / NULLIF(fans_total, 0) AS er_fans
		FROM steps ORDER BY day`;
}

/**
 * Period metrics over posts published in [from, to]: M7 ERR_organic = Σ engaged_users /
 * Σ reach_organic over unpaid posts (ratio of sums; posts with either value unknown are left
 * out of both sums); M8 mean of (reactions + comments + shares) / fans_total on the post's day
 * (benchmark-comparable only; posts without a fan count that day are left out).
 */
export interface PostPeriodMetrics {
	err_organic: number | null;
	er_post_fans: number | null;
	posts_used_m7: number;
	posts_used_m8: number;
}

export function postPeriodMetricsQuery(pageId: number, from: string, to: string): Sql {
	return sql`
		WITH p AS (
			SELECT p.*, d.fans_total AS fans_that_day
			FROM posts p LEFT JOIN page_daily d
				ON d.page_id = p.page_id AND d.day = CAST(p.published_at AS DATE)
			WHERE p.page_id = ${pageId}
				AND CAST(p.published_at AS DATE) BETWEEN CAST(${from} AS DATE) AND CAST(${to} AS DATE)
		),
		m7 AS (
			SELECT sum(engaged_users) AS e, sum(reach_organic) AS r, count(*) AS n FROM p
			WHERE is_paid = false AND engaged_users IS NOT NULL AND reach_organic IS NOT NULL
		),
		m8 AS (
			SELECT avg(CAST(reactions + comments + shares AS DOUBLE) / NULLIF(fans_that_day, 0)) AS v,
				count(reactions + comments + shares + fans_that_day) AS n FROM p
		)
		SELECT CAST(m7.e AS DOUBLE) / NULLIF(m7.r, 0) AS err_organic, m8.v AS er_post_fans,
			CAST(m7.n AS INTEGER) AS posts_used_m7, CAST(m8.n AS INTEGER) AS posts_used_m8
		FROM m7, m8`;
}

/** M6 period value: mean of the daily values that are known. */
export function meanKnown(values: readonly (number | null)[]): number | null {
	const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
	return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
}

/** M10 ER_fans_adjusted = M6 / (1 − M9); null when either is unknown or M9 ≥ 1. */
export function erFansAdjusted(
	erFans: number | null,
	inorganicShare: number | null
): number | null {
	if (erFans === null || inorganicShare === null || inorganicShare >= 1) return null;
	return erFans / (1 - inorganicShare);
}

/**
 * M11: relative change of M6 against relative change of M7 between a "before" and an "after"
 * window. The dilution signature holds when M6 fell at least 10 percentage points more than M7.
 */
export function divergence(
	before: { erFans: number | null; errOrganic: number | null },
	after: { erFans: number | null; errOrganic: number | null }
): { erFansChange: number | null; errChange: number | null; signature: boolean | null } {
	const rel = (a: number | null, b: number | null) =>
		a === null || b === null || a === 0 ? null : b / a - 1;
	const erFansChange = rel(before.erFans, after.erFans);
	const errChange = rel(before.errOrganic, after.errOrganic);
	const signature =
		erFansChange === null || errChange === null ? null : erFansChange < errChange - 0.1;
	return { erFansChange, errChange, signature };
}
