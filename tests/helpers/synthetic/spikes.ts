/**
 * Seeded synthetic page for Model C (analytics.md §4.4, §7.6) with known truth: an organic
 * baseline, one viral day (reach ×10), a 10-day ads burst (paid share ≈ 0.9), a bought pack
 * (2 × 1,000 fans on ordinary reach) and, 60 days later, a platform purge of fake accounts.
 */
import { createRng } from '../../../src/lib/demo/rng.ts';
import type { DailyPoint } from '../../../src/lib/analytics/types.ts';

export interface SyntheticSpikeOptions {
	seed: number;
	/** First day, ISO. */
	start?: string;
	/** Number of days (≥ 240). */
	days?: number;
}

/** What the generator did, by day (ISO, inclusive). */
export interface SyntheticSpikeTruth {
	viral: { day: string; reachMultiplier: number };
	ads: { start: string; end: string; paidReachFactor: number };
	bought: { days: string[]; fansPerDay: number };
	purge: { day: string; removed: number };
}

/** Parameters (people/day, per-fan hazards per day, reach in people/day). */
export const SYNTHETIC_SPIKE_PARAMS = {
	startFans: 6000,
	naturalReach: 5000,
	weekendFactor: 1.2,
	reachNoiseSd: 0.1,
	viralShare: 0.1,
	/** Organic and viral new fans per 1,000 natural reach. */
	conversion: 4,
	/** Paid new fans per 1,000 paid reach. */
	paidConversion: 2.5,
	engagementRate: 0.04,
	paidEngagementRate: 0.01,
	postProbability: 0.6,
	hazards: { organic: 0.0006, ads: 0.002, bought: 0.012 },
	/** Day offsets from the start. */
	viralAt: 70,
	adsAt: 110,
	adsDays: 10,
	boughtAt: 170,
	purgeAt: 230,
	reachMultiplier: 10,
	paidReachFactor: 9,
	packFans: 1000,
	purgeShare: { organic: 0.002, ads: 0.002, bought: 0.3 }
} as const;

const DAY_MS = 86_400_000;
const addDays = (iso: string, n: number): string =>
	new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

type Cohort = 'organic' | 'ads' | 'bought';
const COHORTS: readonly Cohort[] = ['organic', 'ads', 'bought'];

/**
 * Deterministic for a seed. Grain: one DailyPoint per day, every canonical field known
 * (reach_total = organic + paid + viral; posts_published 0 or 1).
 */
export function generateSpikePage(options: SyntheticSpikeOptions): {
	days: DailyPoint[];
	truth: SyntheticSpikeTruth;
} {
	const P = SYNTHETIC_SPIKE_PARAMS;
	const start = options.start ?? '2023-01-02';
	const n = options.days ?? 300;
	if (n < 240) throw new RangeError('days must be ≥ 240');
	const rng = createRng(options.seed);
	const fans: Record<Cohort, number> = { organic: P.startFans, ads: 0, bought: 0 };
	const days: DailyPoint[] = [];
	let purged = 0;
	for (let i = 0; i < n; i++) {
		const day = addDays(start, i);
		const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
		const natural =
			P.naturalReach *
			(dow === 0 || dow === 6 ? P.weekendFactor : 1) *
			rng.logNormal(P.reachNoiseSd);
		const boost = i === P.viralAt ? P.reachMultiplier - 1 : 0;
		const reachOrganic = Math.round(natural * (1 - P.viralShare));
		const reachViral = Math.round(natural * P.viralShare + natural * boost);
		const inAds = i >= P.adsAt && i < P.adsAt + P.adsDays;
		const reachPaid = inAds
			? Math.round(P.paidReachFactor * (reachOrganic + reachViral) * rng.logNormal(0.05))
			: 0;
		const adds: Record<Cohort, number> = {
			organic: rng.poisson((P.conversion * (reachOrganic + reachViral)) / 1000),
			ads: inAds ? rng.poisson((P.paidConversion * reachPaid) / 1000) : 0,
			bought: i === P.boughtAt || i === P.boughtAt + 1 ? P.packFans : 0
		};
		let removed = 0;
		for (const c of COHORTS) {
			const gone = rng.binomial(fans[c], 1 - Math.exp(-P.hazards[c]));
			fans[c] += adds[c] - gone;
			removed += gone;
		}
		if (i === P.purgeAt) {
			for (const c of COHORTS) {
				const gone = rng.binomial(fans[c], P.purgeShare[c]);
				fans[c] -= gone;
				purged += gone;
			}
		}
		const posted = i === P.viralAt ? 1 : rng.next() < P.postProbability ? 1 : 0;
		const total = fans.organic + fans.ads + fans.bought;
		days.push({
			day,
			fans_total: total,
			fans_added: adds.organic + adds.ads + adds.bought,
			fans_removed: removed,
			fans_added_paid: adds.ads,
			reach_total: reachOrganic + reachPaid + reachViral,
			reach_organic: reachOrganic,
			reach_paid: reachPaid,
			reach_viral: reachViral,
			engaged_users:
				rng.binomial(reachOrganic + reachViral, P.engagementRate) +
				rng.binomial(reachPaid, P.paidEngagementRate),
			posts_published: posted
		});
	}
	return {
		days,
		truth: {
			viral: { day: addDays(start, P.viralAt), reachMultiplier: P.reachMultiplier },
			ads: {
				start: addDays(start, P.adsAt),
				end: addDays(start, P.adsAt + P.adsDays - 1),
				paidReachFactor: P.paidReachFactor
			},
			bought: {
				days: [addDays(start, P.boughtAt), addDays(start, P.boughtAt + 1)],
				fansPerDay: P.packFans
			},
			purge: { day: addDays(start, P.purgeAt), removed: purged }
		}
	};
}
