/**
 * Seeded synthetic page with yearly and weekly seasonality and known truth (issue 12), for
 * Model A and Model C statistical suites. Every organic quantity follows one daily multiplier
 *   m_t = growth(t) · year(t) · week(t) · exp(u_t),  u_t = ρ·u_{t−1} + N(0, σ²)
 * with year(t) = 1 + A·cos(2π(t − peak)/365.25) (winter high, summer low) and week(t) the
 * weekday factor (Sunday first). Organic new fans ~ Poisson(level·m_t), organic reach =
 * level·m_t/conversion · lognormal, engaged ~ Binomial(reach, rate).
 * Campaigns add their own Poisson new fans, reach and engaged people on their days; bought packs
 * add a fixed number of fans on one or more days. Fans leave at a constant hazard.
 * `netOnly` leaves only `fans_net` known (YouTube Totals); `missing` days are all-null.
 */
import { createRng } from '../../../src/lib/demo/rng.ts';
import type { DailyPoint } from '../../../src/lib/analytics/types.ts';

const DAY_MS = 86_400_000;
export const addDays = (iso: string, n: number): string =>
	new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

export interface SyntheticCampaign {
	start: string;
	/** inclusive */
	end: string;
	/** Expected extra new fans per campaign day (Poisson). */
	fansPerDay: number;
	/** Extra organic reach per campaign day (people, lognormal sd 0.2); default 0. */
	reachPerDay?: number;
	/** Extra engaged people per campaign day (Poisson); default 0. */
	engagedPerDay?: number;
}

export interface SeasonalPageSpec {
	seed: number;
	start?: string;
	days?: number;
	/** Organic new fans/day at the start, before the multipliers. */
	level?: number;
	/** Relative growth of the level per year (0.3 = +30 %/year, linear). */
	growthPerYear?: number;
	/** Yearly amplitude A (0 = no yearly season). */
	yearly?: number;
	/** Day of year (0–364) of the yearly peak. */
	peakDay?: number;
	/** Weekday factors, Sunday first. */
	weekly?: readonly number[];
	/** AR(1) coefficient and innovation sd of the log multiplier. */
	ar?: number;
	noiseSd?: number;
	/** Organic new fans per organic reach. */
	conversion?: number;
	/** Engaged people per organic reach. */
	engagementRate?: number;
	startFans?: number;
	hazard?: number;
	campaigns?: readonly SyntheticCampaign[];
	/** Bought packs: fans delivered on each listed day. */
	packs?: readonly { days: readonly string[]; fansPerDay: number }[];
	netOnly?: boolean;
	missing?: readonly string[];
}

/** A day of the page; `fans_net` is set on net-only pages only. */
export type SyntheticDay = DailyPoint & { fans_net?: number | null };

export interface CampaignTruth {
	/** Realised extra new fans, reach and engaged people over the campaign days. */
	fans: number;
	reach: number;
	engaged: number;
}

export const SEASONAL_DEFAULTS = {
	start: '2021-01-04',
	days: 1095,
	level: 20,
	growthPerYear: 0.3,
	yearly: 0.35,
	peakDay: 15,
	weekly: [1, 1, 1, 1, 1, 1, 1],
	ar: 0.5,
	noiseSd: 0.12,
	conversion: 0.004,
	engagementRate: 0.03,
	startFans: 8000,
	hazard: 0.0008
} as const;

/** Deterministic for a spec. */
export function generateSeasonalPage(spec: SeasonalPageSpec): {
	days: SyntheticDay[];
	campaigns: CampaignTruth[];
} {
	const o = { ...SEASONAL_DEFAULTS, ...spec };
	if (o.weekly.length !== 7) throw new RangeError('weekly needs 7 factors');
	const rng = createRng(o.seed);
	const missing = new Set(o.missing ?? []);
	const campaigns = o.campaigns ?? [];
	const truth: CampaignTruth[] = campaigns.map(() => ({ fans: 0, reach: 0, engaged: 0 }));
	const packs = new Map<string, number>();
	for (const p of o.packs ?? [])
		for (const d of p.days) packs.set(d, (packs.get(d) ?? 0) + p.fansPerDay);
	let u = rng.normal(0, o.noiseSd / Math.sqrt(1 - o.ar * o.ar));
	let fans = o.startFans;
	const out: SyntheticDay[] = [];
	for (let t = 0; t < o.days; t++) {
		if (t > 0) u = o.ar * u + rng.normal(0, o.noiseSd);
		const day = addDays(o.start, t);
		const date = new Date(`${day}T00:00:00Z`);
		const doy = Math.floor((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / DAY_MS);
		const year = 1 + o.yearly * Math.cos((2 * Math.PI * (doy - o.peakDay)) / 365.25);
		const m = (1 + (o.growthPerYear * t) / 365) * year * o.weekly[date.getUTCDay()] * Math.exp(u);
		let added = rng.poisson(o.level * m);
		let reach = Math.round(((o.level * m) / o.conversion) * rng.logNormal(0.08));
		let engaged = rng.binomial(reach, o.engagementRate);
		campaigns.forEach((c, i) => {
			if (day < c.start || day > c.end) return;
			const f = rng.poisson(c.fansPerDay);
			const r = c.reachPerDay ? Math.round(c.reachPerDay * rng.logNormal(0.2)) : 0;
			const e = c.engagedPerDay ? rng.poisson(c.engagedPerDay) : 0;
			truth[i].fans += f;
			truth[i].reach += r;
			truth[i].engaged += e;
			added += f;
			reach += r;
			engaged += e;
		});
		added += packs.get(day) ?? 0;
		const removed = rng.binomial(fans, 1 - Math.exp(-o.hazard));
		fans += added - removed;
		if (missing.has(day)) {
			out.push({
				day,
				fans_total: null,
				fans_added: null,
				fans_removed: null,
				fans_added_paid: null,
				reach_total: null,
				reach_organic: null,
				reach_paid: null,
				reach_viral: null,
				engaged_users: null,
				posts_published: null
			});
			continue;
		}
		out.push({
			day,
			fans_total: o.netOnly ? null : fans,
			fans_added: o.netOnly ? null : added,
			fans_removed: o.netOnly ? null : removed,
			fans_added_paid: null,
			reach_total: o.netOnly ? null : reach,
			reach_organic: o.netOnly ? null : reach,
			reach_paid: o.netOnly ? null : 0,
			reach_viral: o.netOnly ? null : 0,
			engaged_users: o.netOnly ? null : engaged,
			posts_published: null,
			...(o.netOnly ? { fans_net: added - removed } : {})
		});
	}
	return { days: out, campaigns: truth };
}
