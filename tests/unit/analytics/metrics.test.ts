import { describe, expect, it } from 'vitest';
import {
	dailyMetricsQuery,
	divergence,
	erFansAdjusted,
	meanKnown,
	postPeriodMetricsQuery,
	type DailyMetricsRow,
	type PostPeriodMetrics
} from '../../../src/lib/analytics/metrics.ts';
import { createTestDb } from '../../helpers/db.ts';

/**
 * The hand-computed 10-day fixture (analytics.md §7.6): every metric M1–M11 below was worked out
 * by hand from these rows; the comments show the arithmetic.
 */
const N = null;
const days = [
	// day, fans_total, added, removed, reach_total (own), organic, paid, viral, engaged
	['2024-01-01', 1000, 6, 1, N, 500, 0, 50, 20],
	['2024-01-02', 1005, 7, 2, N, 600, 0, 60, 30],
	['2024-01-03', 1010, 5, 0, N, 400, 100, 40, 25],
	['2024-01-04', 960, 2, 1, N, 300, 0, 30, N],
	['2024-01-05', 962, 3, 1, N, 350, 0, 35, 14],
	['2024-01-06', 965, 4, 1, 440, 400, 0, 40, 16],
	['2024-01-07', 970, 6, 1, 546, 450, 50, 45, 18],
	['2024-01-08', 975, 5, 0, 0, 0, 0, 0, 10],
	['2024-01-09', 975, N, 1, 600, 500, 0, 50, 20],
	['2024-01-10', 980, 6, 1, 700, 520, 0, N, 21]
] as const;

async function fixtureDb() {
	const db = await createTestDb();
	await db.exec("INSERT INTO workspaces (slug, name) VALUES ('w', 'w')");
	await db.exec(
		"INSERT INTO pages (workspace_id, slug, name, platform) VALUES (1, 'p', 'p', 'facebook')"
	);
	for (const [day, ft, fa, fr, rt, ro, rp, rv, eu] of days)
		await db.exec({
			text: `INSERT INTO page_daily (page_id, day, fans_total, fans_added, fans_removed, reach_total,
				reach_organic, reach_paid, reach_viral, engaged_users) VALUES (1, CAST($1 AS DATE), $2, $3, $4, $5, $6, $7, $8, $9)`,
			values: [day, ft, fa, fr, rt, ro, rp, rv, eu]
		});
	const posts = [
		// id, published, paid, engaged, reach_organic, reactions, comments, shares
		['p1', '2024-01-02 10:00:00', false, 30, 300, 10, 2, 1],
		['p2', '2024-01-05 10:00:00', true, 50, 100, 20, 5, 5],
		['p3', '2024-01-08 10:00:00', false, 10, 200, 3, 0, N],
		['p4', '2024-01-09 10:00:00', false, N, 100, 4, 1, 0],
		['p5', '2023-12-31 10:00:00', false, 99, 99, 9, 9, 9]
	] as const;
	for (const [id, at, paid, eu, ro, re, co, sh] of posts)
		await db.exec({
			text: `INSERT INTO posts (page_id, post_id, published_at, is_paid, engaged_users, reach_organic, reactions, comments, shares)
				VALUES (1, $1, CAST($2 AS TIMESTAMP), $3, $4, $5, $6, $7, $8)`,
			values: [id, at, paid, eu, ro, re, co, sh]
		});
	return db;
}

describe('derived metrics M1–M11 on the hand-computed 10-day fixture', () => {
	it('M1–M6 per day', async () => {
		const db = await fixtureDb();
		const rows = await db.query<DailyMetricsRow>(dailyMetricsQuery(1, '2024-01-01', '2024-01-10'));
		// M1 = added − removed
		expect(rows.map((r) => r.net_adds)).toEqual([5, 5, 5, 1, 2, 3, 5, 5, N, 5]);
		// M2 = Δfans_total − M1: day 4 = (960 − 1010) − 1 = −51; day 9 has no M1
		expect(rows.map((r) => r.recon_gap)).toEqual([N, 0, 0, -51, 0, 0, 0, 0, N, 0]);
		// flag |gap| > max(20, 0.001 · fans): only day 4 (51 > 20)
		expect(rows.map((r) => r.platform_adjustment)).toEqual([
			N,
			false,
			false,
			true,
			false,
			false,
			false,
			false,
			N,
			false
		]);
		// M3: parts 550, 660, 540, 330, 385 where the export gives no total; its own total after
		expect(rows.map((r) => r.reach_total)).toEqual([
			550, 660, 540, 330, 385, 440, 546, 0, 600, 700
		]);
		// own vs parts: 440 = 440; |546 − 545| = 1 ≤ 5.46; 0 = 0; |600 − 550| = 50 > 6; day 10 parts unknown
		expect(rows.map((r) => r.reach_mismatch)).toEqual([
			N,
			N,
			N,
			N,
			N,
			false,
			false,
			false,
			true,
			N
		]);
		// M4 = 1000 · added / reach: 6000/550, 7000/660, … ; day 8 reach 0 → null, day 9 adds unknown
		const conv = [
			6000 / 550,
			7000 / 660,
			5000 / 540,
			2000 / 330,
			3000 / 385,
			4000 / 440,
			6000 / 546,
			N,
			N,
			6000 / 700
		];
		rows.forEach((r, i) =>
			conv[i] === N
				? expect(r.conv_per_1k).toBeNull()
				: expect(r.conv_per_1k).toBeCloseTo(conv[i] as number, 9)
		);
		// M5 = 7-day trailing mean of organic / fans
		const rate = days.map((d) => (d[5] as number) / d[1]);
		rows.forEach((r, i) => {
			const win = rate.slice(Math.max(0, i - 6), i + 1);
			expect(r.organic_reach_rate_7d).toBeCloseTo(win.reduce((a, b) => a + b, 0) / win.length, 12);
		});
		// M6 = engaged / fans
		const er = [
			20 / 1000,
			30 / 1005,
			25 / 1010,
			N,
			14 / 962,
			16 / 965,
			18 / 970,
			10 / 975,
			20 / 975,
			21 / 980
		];
		rows.forEach((r, i) =>
			er[i] === N
				? expect(r.er_fans).toBeNull()
				: expect(r.er_fans).toBeCloseTo(er[i] as number, 12)
		);
		// M6 period value = mean of the nine known days
		expect(meanKnown(rows.map((r) => r.er_fans))).toBeCloseTo(
			(er.filter((x) => x !== N) as number[]).reduce((a, b) => a + b) / 9,
			12
		);
	});

	it('M7 and M8 over the period’s posts', async () => {
		const db = await fixtureDb();
		const [m] = await db.query<PostPeriodMetrics>(
			postPeriodMetricsQuery(1, '2024-01-01', '2024-01-10')
		);
		// M7 = (30 + 10) / (300 + 200): p2 is paid, p4 has no engaged users, p5 is before the period
		expect(m.err_organic).toBeCloseTo(40 / 500, 12);
		expect(m.posts_used_m7).toBe(2);
		// M8 = mean(13/1005, 30/962, 5/975): p3's shares are unknown, so p3 is left out
		expect(m.er_post_fans).toBeCloseTo((13 / 1005 + 30 / 962 + 5 / 975) / 3, 12);
		expect(m.posts_used_m8).toBe(3);
	});

	it('M9–M11: adjusted engagement rate and the dilution signature', () => {
		// M10 = M6 / (1 − M9): 0.02 / 0.75
		expect(erFansAdjusted(0.02, 0.25)).toBeCloseTo(0.02 / 0.75, 12);
		expect(erFansAdjusted(0.02, null)).toBeNull();
		expect(erFansAdjusted(0.02, 1)).toBeNull();
		// M11: ER by fans −25 %, ERR −2.5 %: −0.25 < −0.025 − 0.10 → signature
		const d = divergence({ erFans: 0.02, errOrganic: 0.08 }, { erFans: 0.015, errOrganic: 0.078 });
		expect(d.erFansChange).toBeCloseTo(-0.25, 12);
		expect(d.errChange).toBeCloseTo(-0.025, 12);
		expect(d.signature).toBe(true);
		// both fell alike: no signature
		expect(
			divergence({ erFans: 0.02, errOrganic: 0.08 }, { erFans: 0.018, errOrganic: 0.072 }).signature
		).toBe(false);
		expect(
			divergence({ erFans: 0.02, errOrganic: null }, { erFans: 0.01, errOrganic: 0.05 }).signature
		).toBeNull();
	});
});
