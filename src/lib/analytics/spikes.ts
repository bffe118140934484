/**
 * Model C, the spike detector (analytics.md §4.4, §7.3): the per-day series in SQL, computed by
 * DuckDB over page_daily; the episodes and their classes in TS (./spikes-classify.ts).
 * Pure: this module builds SQL, it never runs it.
 */
import { sql, type Sql } from '../sql.ts';

export {
	detectSpikes,
	SPIKE_CLASSES,
	DETECT_DEFAULTS,
	NET_ONLY_WARNING,
	spikeSeriesStatus
} from './spikes-classify.ts';
export type {
	DetectOptions,
	SpikeClass,
	SpikeEpisode,
	SpikeSeriesStatus
} from './spikes-classify.ts';

/**
 * Thresholds of the candidate rule (§4.4 steps 2–3). The trailing window (28 days), the churn
 * horizon (60 days) and the purge horizon (180 days) are fixed in the SQL text.
 */
export interface SpikeQueryOptions {
	/** Robust z of the adds at or above which a day is a candidate (unitless). [lit] 3.5 */
	z?: number;
	/** Absolute materiality floor on the day's excess (fans/day). [default] 30 */
	minExcess?: number;
	/** Relative materiality floor: share of fans_total on the day before (unitless). [default] 0.001 */
	minExcessShare?: number;
	/**
	 * Fewest known days in the trailing 28-day window for a z-score to exist (days). Not in §4.4,
	 * whose SQL scores a day against a single earlier day. [default] 14
	 */
	minBaselineDays?: number;
}

/** The weekly factor: the same weekday 6 weeks either side, at least 4 of them known. */
const WEEKLY_SIDE_WEEKS = 6;
const WEEKLY_MIN_WEEKS = 4;

/** The defaults of {@link SpikeQueryOptions}. */
export const SPIKE_QUERY_DEFAULTS: Required<SpikeQueryOptions> = {
	z: 3.5,
	minExcess: 30,
	minExcessShare: 0.001,
	minBaselineDays: 14
};

/**
 * One row of {@link spikeSeriesQuery}: one day of the page as the export gave it (days the page
 * has no row for are absent). Counts in people/day, NULL = unknown (never 0). Baselines are over
 * the 28 calendar days before the day (t−28…t−1), pass 2: pass-1 candidate days left out.
 */
export interface SpikeRow {
	/** ISO day, the export's own date. */
	day: string;
	fans_total: number | null;
	/** fans_total of the calendar day before (NULL when that day is missing or unknown). */
	fans_total_prev: number | null;
	fans_added: number | null;
	fans_removed: number | null;
	/** The analysed series: fans_added, else Δfans_total, else the exported net change fans_net
	 * (net-only exports such as YouTube Totals); signed (people/day). */
	adds: number | null;
	/** 'gross' = fans_added; 'net' = a net change (Δfans_total or fans_net); NULL = none known. */
	adds_source: 'gross' | 'net' | null;
	/** reach_total as exported, else reach_organic + reach_paid + reach_viral (people/day). */
	reach_total: number | null;
	reach_paid: number | null;
	/** reach_paid / reach_total (0…1). */
	paid_share: number | null;
	engaged_users: number | null;
	/** Posts published that day; NULL = unknown (not 0). */
	posts_published: number | null;
	/** posts_published of the calendar day before. */
	posts_published_prev: number | null;
	/** Known days in the trailing window, pass 2 (days). */
	baseline_days: number;
	/**
	 * The day's expected adds, pass 2 (people/day): the trailing 28-day median of the
	 * weekday-adjusted series (adds / weekly) times the day's weekly factor.
	 */
	median: number | null;
	/**
	 * The weekly cycle: the median, over this weekday's 6 previous and 6 next occurrences (the
	 * day itself left out, at least 4 known), of adds / trailing 28-day median of adds; 1 when
	 * unknown or the median is below 3 (unitless, clamped to 0.2…5).
	 */
	weekly: number;
	/** max(1.4826·MAD, √max(m, 1), 1) of the weekday-adjusted series, m its median (people/day). */
	spread: number | null;
	/** (adds / weekly − m) / spread; NULL when the window has too few known days. */
	z: number | null;
	/** adds − median (people/day). */
	excess: number | null;
	/** max(minExcess, minExcessShare·fans_total_prev) (people/day). */
	min_excess: number;
	/** Pass-1 candidate (its adds, conversion, engagement and unfollows leave the pass-2 windows). */
	candidate_pass1: boolean;
	/** Pass-2 candidate: z ≥ threshold AND excess ≥ min_excess. */
	candidate: boolean;
	/** New fans per 1,000 reach: 1000·adds / reach_total. */
	conv: number | null;
	conv_median: number | null;
	/** (conv − median) / max(1.4826·MAD, 0.1). */
	z_conv: number | null;
	engaged_median: number | null;
	/** (engaged − median) / max(1.4826·MAD, √max(median, 1)). */
	z_eng: number | null;
	/** Reconciliation gap: Δfans_total − (fans_added − fans_removed) (people/day). */
	recon_gap: number | null;
	/** Trailing 28-day mean of fans_removed, pass 2 (people/day). */
	removed_baseline: number | null;
	/** Σ fans_removed over days t+1…t+60 (people) and how many of those days are known. */
	removed_next60: number | null;
	removed_next60_days: number;
	/** Largest platform drop (recon_gap < −max(20, 0.1 % of fans_total)) in t+1…t+180. */
	purge_day: string | null;
	purge_gap: number | null;
	/**
	 * The page's organic unfollow hazard (per fan per day): median, over its non-candidate days, of
	 * the trailing 28-day Σ fans_removed / Σ fans_total_prev. One value for the whole page.
	 */
	organic_hazard: number | null;
}

/**
 * The daily series of Model C for one page, days `from`…`to` (ISO, both inclusive; NULL = the
 * page's first / last day). Grain: one row per day the page has in page_daily, ordered by day.
 * Every window is computed over the page's whole history on a calendar spine (a missing day is
 * a NULL, never a shorter window), so a day's numbers do not depend on `from`/`to`.
 *
 * Reach: the exported reach_total when present, else organic + paid + viral (NULL if any part is
 * unknown); real legacy exports often have reach_total and no viral split.
 */
export function spikeSeriesQuery(
	pageId: number,
	from: string | null,
	to: string | null,
	options: SpikeQueryOptions = {}
): Sql {
	const o = { ...SPIKE_QUERY_DEFAULTS, ...options };
	const floor = sql`greatest(CAST(${o.minExcess} AS DOUBLE),
		coalesce(CAST(${o.minExcessShare} AS DOUBLE) * fans_total_prev, 0))`;
	return sql`WITH bounds AS (
	SELECT min(day) AS first_day, max(day) AS last_day,
		coalesce(CAST(${from} AS DATE), min(day)) AS lo,
		coalesce(CAST(${to} AS DATE), max(day)) AS hi
	FROM page_daily WHERE page_id = ${pageId}
),
spine AS (
	SELECT CAST(unnest(generate_series(first_day, last_day, INTERVAL 1 DAY)) AS DATE) AS day
	FROM bounds WHERE first_day IS NOT NULL
),
joined AS (
	SELECT s.day, d.day IS NOT NULL AS present,
		CAST(d.fans_total AS DOUBLE) AS fans_total,
		CAST(lag(d.fans_total) OVER (ORDER BY s.day) AS DOUBLE) AS fans_total_prev,
		CAST(d.fans_added AS DOUBLE) AS fans_added,
		CAST(d.fans_removed AS DOUBLE) AS fans_removed,
		CAST(d.fans_net AS DOUBLE) AS fans_net,
		CAST(coalesce(d.reach_total, d.reach_organic + d.reach_paid + d.reach_viral) AS DOUBLE)
			AS reach_total,
		CAST(d.reach_paid AS DOUBLE) AS reach_paid,
		CAST(d.engaged_users AS DOUBLE) AS engaged_users,
		CAST(d.posts_published AS DOUBLE) AS posts_published,
		CAST(lag(d.posts_published) OVER (ORDER BY s.day) AS DOUBLE) AS posts_published_prev
	FROM spine s LEFT JOIN page_daily d ON d.page_id = ${pageId} AND d.day = s.day
),
series AS (
	SELECT *,
		CASE WHEN fans_added IS NOT NULL THEN fans_added
			WHEN fans_total - fans_total_prev IS NOT NULL THEN fans_total - fans_total_prev
			ELSE fans_net END AS adds,
		CASE WHEN fans_added IS NOT NULL THEN 'gross'
			WHEN fans_total - fans_total_prev IS NOT NULL OR fans_net IS NOT NULL THEN 'net' END
			AS adds_source,
		reach_paid / NULLIF(reach_total, 0) AS paid_share,
		(fans_total - fans_total_prev) - (fans_added - fans_removed) AS recon_gap,
		dayofweek(day) AS dow
	FROM joined
),
base AS (
	SELECT *, 1000.0 * greatest(adds, 0) / NULLIF(reach_total, 0) AS conv,
		coalesce(recon_gap < -greatest(20, 0.001 * fans_total), false) AS purge
	FROM series
),
-- the weekly cycle: each weekday's factor is the median, over its 6 previous and 6 next
-- occurrences (at least 4 known; the day itself left out), of adds / trailing 28-day median; the
-- robust z is computed on adds / factor, so a page's usual Sunday peak is not a spike
lvl AS (
	SELECT *, CASE WHEN count(adds) OVER w >= ${o.minBaselineDays} AND median(adds) OVER w >= 3
		THEN adds / median(adds) OVER w END AS ratio
	FROM base
	WINDOW w AS (ORDER BY day ROWS BETWEEN 28 PRECEDING AND 1 PRECEDING)
),
wk AS (
	SELECT *, CASE WHEN count(ratio) OVER k >= ${WEEKLY_MIN_WEEKS}
		THEN least(greatest(median(ratio) OVER k, 0.2), 5) ELSE 1 END AS weekly
	FROM lvl
	WINDOW k AS (PARTITION BY dow ORDER BY day
		ROWS BETWEEN ${WEEKLY_SIDE_WEEKS} PRECEDING AND ${WEEKLY_SIDE_WEEKS} FOLLOWING EXCLUDE CURRENT ROW)
),
pass1 AS (
	SELECT *, median(xs) OVER w AS m1, mad(xs) OVER w AS mad1, count(xs) OVER w AS n1
	FROM (SELECT *, adds / weekly AS xs FROM wk)
	WINDOW w AS (ORDER BY day ROWS BETWEEN 28 PRECEDING AND 1 PRECEDING)
),
cand1 AS (
	SELECT *,
		coalesce(n1 >= ${o.minBaselineDays}
			AND (xs - m1) / greatest(1.4826 * mad1, sqrt(greatest(m1, 1)), 1) >= ${o.z}
			AND (xs - m1) * weekly >= ${floor}, false) AS candidate_pass1
	FROM pass1
),
pass2 AS (
	SELECT *,
		median(x) OVER w AS a_med, mad(x) OVER w AS a_mad, count(x) OVER w AS a_n,
		median(c) OVER w AS c_med, mad(c) OVER w AS c_mad, count(c) OVER w AS c_n,
		median(e) OVER w AS e_med, mad(e) OVER w AS e_mad, count(e) OVER w AS e_n,
		avg(r) OVER w AS removed_baseline
	FROM (
		SELECT *,
			CASE WHEN NOT candidate_pass1 THEN xs END AS x,
			CASE WHEN NOT candidate_pass1 THEN conv END AS c,
			CASE WHEN NOT candidate_pass1 THEN engaged_users END AS e,
			CASE WHEN NOT candidate_pass1 THEN fans_removed END AS r
		FROM cand1
	)
	WINDOW w AS (ORDER BY day ROWS BETWEEN 28 PRECEDING AND 1 PRECEDING)
),
scored AS (
	SELECT *,
		CASE WHEN a_n >= ${o.minBaselineDays}
			THEN greatest(1.4826 * a_mad, sqrt(greatest(a_med, 1)), 1) END AS spread,
		CASE WHEN a_n >= ${o.minBaselineDays} THEN (xs - a_med) * weekly END AS excess,
		CASE WHEN c_n >= ${o.minBaselineDays}
			THEN (conv - c_med) / greatest(1.4826 * c_mad, 0.1) END AS z_conv,
		CASE WHEN e_n >= ${o.minBaselineDays}
			THEN (engaged_users - e_med) / greatest(1.4826 * e_mad, sqrt(greatest(e_med, 1))) END
			AS z_eng,
		${floor} AS min_excess
	FROM pass2
),
flagged AS (
	SELECT *, excess / weekly / spread AS z,
		coalesce(excess / weekly / spread >= ${o.z} AND excess >= min_excess, false) AS candidate,
		sum(CASE WHEN fans_total_prev IS NOT NULL THEN fans_removed END) OVER h
			/ NULLIF(sum(CASE WHEN fans_removed IS NOT NULL THEN fans_total_prev END) OVER h, 0)
			AS hazard_28
	FROM scored
	WINDOW h AS (ORDER BY day ROWS BETWEEN 27 PRECEDING AND CURRENT ROW)
),
page AS (
	SELECT *,
		median(hazard_28) FILTER (WHERE NOT candidate) OVER () AS organic_hazard,
		sum(fans_removed) OVER f60 AS removed_next60,
		count(fans_removed) OVER f60 AS removed_next60_days,
		arg_min(day, recon_gap) FILTER (WHERE purge) OVER f180 AS purge_day,
		min(recon_gap) FILTER (WHERE purge) OVER f180 AS purge_gap
	FROM flagged
	WINDOW f60 AS (ORDER BY day ROWS BETWEEN 1 FOLLOWING AND 60 FOLLOWING),
		f180 AS (ORDER BY day ROWS BETWEEN 1 FOLLOWING AND 180 FOLLOWING)
)
SELECT strftime(day, '%Y-%m-%d') AS day, fans_total, fans_total_prev, fans_added, fans_removed,
	adds, adds_source, reach_total, reach_paid, paid_share, engaged_users, posts_published,
	posts_published_prev, CAST(a_n AS INTEGER) AS baseline_days, a_med * weekly AS median, weekly,
	spread, z, excess,
	min_excess, candidate_pass1, candidate, conv, c_med AS conv_median, z_conv,
	e_med AS engaged_median, z_eng, recon_gap, removed_baseline, removed_next60,
	CAST(removed_next60_days AS INTEGER) AS removed_next60_days,
	strftime(purge_day, '%Y-%m-%d') AS purge_day, purge_gap, organic_hazard
FROM page, bounds
WHERE present AND day BETWEEN lo AND hi
ORDER BY day`;
}
