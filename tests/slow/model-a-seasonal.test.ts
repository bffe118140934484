/**
 * Model A over many seeded pages with known truth (issue 12, items 1–2): yearly and weekly
 * seasonality, growth, AR(1) noise; campaigns at random dates in each of three years (the
 * first has less than a year of history: trend method, placebo-calibrated; the others have the
 * seasonal method); a page without a yearly season as a control. Each campaign adds new fans
 * and nothing else, so its true effect on engaged people and organic reach is 0.
 * SABLIER_SEEDS sets the number of seeds (default 30: about 35 s of CPU).
 */
import { describe, expect, it } from 'vitest';
import { campaignEffects, type Outcome } from '../../src/lib/analytics/campaign-effects.ts';
import type { EffectResult } from '../../src/lib/analytics/counterfactual.ts';
import type { LedgerEntry } from '../../src/lib/analytics/types.ts';
import { createRng } from '../../src/lib/demo/rng.ts';
import {
	addDays,
	generateSeasonalPage,
	SEASONAL_DEFAULTS,
	type SyntheticCampaign
} from '../helpers/synthetic/seasonal-page.ts';

const SEEDS = Number(process.env.SABLIER_SEEDS ?? 30);
const WEEKLY = [1.4, 1, 1, 1, 1, 0.95, 1.2];

interface Run {
	outcome: Outcome;
	truth: number;
	result: EffectResult;
	year: number;
}

/**
 * Three campaigns, one per year, at seeded dates, on a 3-year page; or (`short`) one campaign in
 * the middle of a 540-day page, with no year of data on either side.
 */
function runPage(seed: number, yearly: number, short = false): Run[] {
	const rng = createRng(1000 + seed);
	const start = SEASONAL_DEFAULTS.start;
	const campaigns: SyntheticCampaign[] = (short ? [0] : [0, 1, 2]).map((year) => {
		const offset = short
			? 200 + Math.floor(rng.next() * 200)
			: year * 365 + (year === 0 ? 200 : 120) + Math.floor(rng.next() * 120);
		const len = 14 + Math.floor(rng.next() * 17);
		return {
			start: addDays(start, offset),
			end: addDays(start, offset + len - 1),
			fansPerDay: 6 + 6 * rng.next()
		};
	});
	const page = generateSeasonalPage({
		seed,
		yearly,
		weekly: WEEKLY,
		campaigns,
		days: short ? 540 : 1095
	});
	const ledger: LedgerEntry[] = campaigns.map((c, i) => ({
		id: `c${i}`,
		channel: 'exchange',
		label: null,
		start: c.start,
		end: c.end,
		cost: 100,
		hours: null,
		hourlyRate: null,
		promisedQty: null
	}));
	return ledger.flatMap((e, i) => {
		const r = campaignEffects(e, page.days, ledger, []);
		const t = page.campaigns[i];
		return [
			{ outcome: 'fansAdded' as const, truth: t.fans, result: r.fansAdded, year: i },
			{ outcome: 'engagedUsers' as const, truth: 0, result: r.engagedUsers, year: i },
			{ outcome: 'reachOrganic' as const, truth: 0, result: r.reachOrganic, year: i }
		];
	});
}

const covers = (r: EffectResult, truth: number) =>
	r.effect !== null && r.effect.low <= truth && truth <= r.effect.high;
const share = (xs: boolean[]) => (xs.length ? xs.filter(Boolean).length / xs.length : NaN);

function summary(runs: Run[]) {
	const done = runs.filter((r) => r.result.effect !== null);
	const claims = done.filter((r) => r.result.effect!.evidenceLevel >= 1);
	return {
		n: runs.length,
		refused: runs.length - done.length,
		coverage: share(done.map((r) => covers(r.result, r.truth))),
		claims: claims.length,
		/** level ≥ 1 claims whose range misses the truth, over all cases (a refusal claims nothing) */
		claimMisses: share(
			runs.map(
				(r) =>
					r.result.effect !== null &&
					r.result.effect.evidenceLevel >= 1 &&
					!covers(r.result, r.truth)
			)
		)
	};
}

/**
 * A ledger that used to be refused (issue 12, item 2): a bought pack, then a like exchange whose
 * pre window holds the pack, then an ads run entered as three consecutive monthly entries.
 */
function runLedger(seed: number) {
	const rng = createRng(2000 + seed);
	const at = (d: number) => addDays(SEASONAL_DEFAULTS.start, d);
	const p0 = 560 + Math.floor(rng.next() * 60);
	const x0 = p0 + 40 + Math.floor(rng.next() * 20);
	const a0 = x0 + 120 + Math.floor(rng.next() * 30);
	const campaigns: SyntheticCampaign[] = [
		{ start: at(p0), end: at(p0 + 1), fansPerDay: 1000 },
		{ start: at(x0), end: at(x0 + 19), fansPerDay: 8 },
		{ start: at(a0), end: at(a0 + 29), fansPerDay: 5 },
		{ start: at(a0 + 30), end: at(a0 + 60), fansPerDay: 5 },
		{ start: at(a0 + 61), end: at(a0 + 90), fansPerDay: 5 }
	];
	const page = generateSeasonalPage({ seed, yearly: 0.35, weekly: WEEKLY, campaigns });
	const channels = ['bought', 'exchange', 'ads', 'ads', 'ads'] as const;
	const ledger: LedgerEntry[] = campaigns.map((c, i) => ({
		id: `e${i}`,
		channel: channels[i],
		label: null,
		start: c.start,
		end: c.end,
		cost: 100,
		hours: null,
		hourlyRate: null,
		promisedQty: null
	}));
	const fans = ledger.map((e) => campaignEffects(e, page.days, ledger, []).fansAdded);
	const ads = fans.slice(2);
	const sum = (k: 'estimate' | 'low' | 'high') =>
		ads.every((r) => r.effect) ? ads.reduce((a, r) => a + r.effect![k], 0) : null;
	return {
		exchange: { result: fans[1], truth: page.campaigns[1].fans },
		ads: {
			refused: ads.some((r) => !r.effect),
			low: sum('low'),
			high: sum('high'),
			truth: page.campaigns.slice(2).reduce((a, c) => a + c.fans, 0)
		}
	};
}

describe(`Model A on a ledger with a pack, an exchange after it and a monthly ads run (${SEEDS} seeds)`, () => {
	const runs = Array.from({ length: SEEDS }, (_, i) => runLedger(i + 1));

	it('nothing is refused; the pack in the exchange’s pre window is modelled, not a refusal', () => {
		expect(runs.every((r) => r.exchange.result.effect !== null && !r.ads.refused)).toBe(true);
	});

	it('the exchange’s and the ads run’s 90 % ranges cover what they added in ≥ 85 % of seeds', () => {
		const ex = share(runs.map((r) => covers(r.exchange.result, r.exchange.truth)));
		const ads = share(runs.map((r) => r.ads.low! <= r.ads.truth && r.ads.truth <= r.ads.high!));
		console.log('ledger coverage', { exchange: ex, ads });
		expect(ex).toBeGreaterThanOrEqual(0.85);
		expect(ads).toBeGreaterThanOrEqual(0.85);
	});
});

describe(`Model A on seasonal pages (${SEEDS} seeds)`, () => {
	const seasonal = Array.from({ length: SEEDS }, (_, i) => runPage(i + 1, 0.35)).flat();
	const flat = Array.from({ length: SEEDS }, (_, i) => runPage(i + 1, 0)).flat();
	const shortSeasonal = Array.from({ length: SEEDS }, (_, i) => runPage(i + 1, 0.35, true)).flat();
	const shortFlat = Array.from({ length: SEEDS }, (_, i) => runPage(i + 1, 0, true)).flat();

	it('models the season with the year before, or the year after when the year before is missing', () => {
		for (const r of [...seasonal, ...flat]) {
			const e = r.result.effect;
			expect(e?.method).toBe('seasonal');
			expect(e?.seasonFrom).toBe(r.year === 0 ? 'year-after' : 'year-before');
		}
	});

	it('with no year on either side: the trend, its range widened by the placebos’ own errors', () => {
		const widened = (runs: Run[]) =>
			share(
				runs
					.filter((r) => r.result.fit)
					.map((r) => r.result.fit!.swingBound > 0 && r.result.effect!.seasonality === 'widened')
			);
		console.log('ranges widened for swings', {
			seasonal: widened(shortSeasonal),
			flat: widened(shortFlat)
		});
		expect(widened(shortSeasonal)).toBeGreaterThanOrEqual(0.8);
		expect(widened(shortFlat)).toBeLessThanOrEqual(0.25);
		for (const r of [...shortSeasonal, ...shortFlat]) {
			expect(r.result.effect?.method).toBe('trend');
			expect(r.result.effect?.seasonality).toMatch(/^(widened|placebo-calibrated)$/);
		}
	});

	it('90 % ranges cover the truth 85–95 % of the time, per outcome', () => {
		const table: Record<string, ReturnType<typeof summary>> = {};
		for (const [name, runs] of [
			['seasonal', seasonal],
			['no yearly season', flat],
			['short seasonal', shortSeasonal],
			['short flat', shortFlat]
		] as const)
			for (const outcome of ['fansAdded', 'engagedUsers', 'reachOrganic'] as const)
				for (const method of ['trend', 'seasonal'] as const) {
					const sel = runs.filter(
						(r) => r.outcome === outcome && (r.result.effect?.method ?? 'trend') === method
					);
					if (sel.length) table[`${name} · ${outcome} · ${method}`] = summary(sel);
				}
		console.table(table);
		// where the season is modelled, the ranges are calibrated: 85–95 % pooled; where it cannot
		// be (no year on either side), the widening is deliberately conservative: ≥ 85 % only
		const modelled = summary([...seasonal, ...flat]);
		const all = summary([...seasonal, ...flat, ...shortSeasonal, ...shortFlat]);
		console.log('pooled, season modelled', modelled, 'pooled, all', all);
		expect(modelled.coverage).toBeGreaterThanOrEqual(0.85);
		expect(modelled.coverage).toBeLessThanOrEqual(0.95);
		expect(all.coverage).toBeGreaterThanOrEqual(0.85);
		// per kind of page and outcome: never below 85 % (the widened trend may over-cover)
		for (const [key, s] of Object.entries(table)) {
			if (s.n - s.refused < 30) continue;
			expect(s.coverage, key).toBeGreaterThanOrEqual(0.85);
		}
	});

	it('no level ≥ 1 claim misses the truth in more than 10 % of cases', () => {
		for (const runs of [seasonal, flat, shortSeasonal, shortFlat])
			expect(summary(runs).claimMisses).toBeLessThanOrEqual(0.1);
		// the false effects of the issue: level 2 on organic reach or engagement, where the truth is 0
		const nulls = [...seasonal, ...flat, ...shortSeasonal, ...shortFlat].filter(
			(r) => r.outcome !== 'fansAdded'
		);
		const falseL2 = share(nulls.map((r) => r.result.effect?.evidenceLevel === 2));
		console.log('level 2 where the truth is 0', falseL2);
		expect(falseL2).toBeLessThanOrEqual(0.08);
	});

	it('campaigns a year apart do not block one another: nothing refused', () => {
		expect(summary([...seasonal, ...flat, ...shortSeasonal, ...shortFlat]).refused).toBe(0);
	});
});
