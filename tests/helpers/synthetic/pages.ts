/**
 * Seeded synthetic pages with known truth for Model B's cohorts and ranges (issue 12): daily
 * exports (DailyPoint) and a ledger, with every channel's true arrivals, hazard and survivors.
 * Kinds: a bought pack inside an ads run, a drip-fed pack, missing days and a gap, a small page,
 * a contest that changes nothing, a purely organic page with a strong weekly cycle, and a
 * bought-plus-exchange page for half-lives. Deterministic for a seed.
 */
import { createRng } from '../../../src/lib/demo/rng';
import type { DailyPoint, LedgerChannel, LedgerEntry } from '../../../src/lib/analytics/types';
import { isoDays } from './cohorts';

export type PageKind =
	| 'pack_in_ads'
	| 'drip_pack'
	| 'missing_days'
	| 'small_page'
	| 'zero_contest'
	| 'organic_weekly'
	| 'bought_exchange';

export const PAGE_KINDS: readonly PageKind[] = [
	'pack_in_ads',
	'drip_pack',
	'missing_days',
	'small_page',
	'zero_contest',
	'organic_weekly',
	'bought_exchange'
];

/** One channel's truth: arrivals, constant daily hazard, followers left on the last day. */
export interface PageChannelTruth {
	acquired: number;
	hazard: number;
	survivors: number;
}

export interface SyntheticPage {
	kind: PageKind;
	days: DailyPoint[];
	ledger: LedgerEntry[];
	/** per report channel (organic counts the fans already there on day 0 among its survivors) */
	truth: Record<string, PageChannelTruth>;
	/** fans following on day 0 (organic) */
	startFans: number;
}

interface Source {
	channel: string;
	hazard: number;
	/** expected (or, with exact, delivered) arrivals on day t */
	adds: (t: number) => number;
	exact?: boolean;
	/** arrivals come with paid reach (ads) */
	paid?: boolean;
}

const HAZARD = { organic: 0.0006, bought: 0.012, exchange: 0.004, ads: 0.002, contest: 0.003 };

/** A page of `kind` over `T` days (default 730) from 2023-01-01. */
export function syntheticPage(kind: PageKind, seed: number, T = 730): SyntheticPage {
	const rng = createRng(seed * 7919 + PAGE_KINDS.indexOf(kind));
	const small = kind === 'small_page';
	const weekly = kind === 'organic_weekly';
	const base = small ? 2 : 6;
	const organic: Source = {
		channel: 'organic',
		hazard: HAZARD.organic,
		adds: (t) => {
			const trend = base * (1 + (0.4 * t) / T);
			const dow = weekly ? (t % 7 === 6 ? 2.6 : t % 7 === 5 ? 1.6 : 0.8) : 1;
			return trend * dow;
		}
	};
	const sources: Source[] = [organic];
	const ledger: LedgerEntry[] = [];
	const days = isoDays('2023-01-01', T);
	const entry = (
		channel: LedgerChannel,
		start: number,
		end: number,
		extra: Partial<LedgerEntry> = {}
	) =>
		ledger.push({
			id: String(ledger.length + 1),
			channel,
			label: null,
			start: days[start],
			end: days[end],
			cost: 100,
			hours: null,
			hourlyRate: null,
			promisedQty: null,
			...extra
		});
	if (kind === 'pack_in_ads') {
		// a 60-day ads run (~25 fans/day, no paid column in the export) with a pack on its day 20
		const [a0, a1, pack] = [300, 359, 320];
		sources.push({
			channel: 'ads',
			hazard: HAZARD.ads,
			adds: (t) => (t >= a0 && t <= a1 ? 25 : 0),
			paid: true
		});
		sources.push({
			channel: 'bought',
			hazard: HAZARD.bought,
			adds: (t) => (t === pack ? 1500 : 0),
			exact: true
		});
		entry('ads', a0, a1);
		entry('bought', pack, pack, { promisedQty: 1500 });
	} else if (kind === 'drip_pack') {
		const d0 = 300;
		sources.push({
			channel: 'bought',
			hazard: HAZARD.bought,
			adds: (t) => (t >= d0 && t < d0 + 10 ? 100 : 0),
			exact: true
		});
		entry('bought', d0, d0 + 9, { promisedQty: 1000 });
	} else if (kind === 'missing_days') {
		sources.push({
			channel: 'exchange',
			hazard: HAZARD.exchange,
			adds: (t) => (t >= 250 && t < 280 ? 50 : 0)
		});
		entry('exchange', 250, 279);
	} else if (kind === 'zero_contest') {
		entry('contest', 400, 413);
	} else if (kind === 'bought_exchange') {
		sources.push({
			channel: 'bought',
			hazard: HAZARD.bought,
			adds: (t) => (t === 200 ? 3000 : 0),
			exact: true
		});
		sources.push({
			channel: 'exchange',
			hazard: HAZARD.exchange,
			adds: (t) => (t >= 400 && t < 430 ? 50 : 0)
		});
		entry('bought', 200, 200, { promisedQty: 3000 });
		entry('exchange', 400, 429);
	}
	if (kind === 'small_page' || kind === 'zero_contest' || kind === 'organic_weekly')
		entry('organic_work', 0, T - 1);

	const startFans = small ? 300 : 2000;
	const alive = new Map(sources.map((s) => [s.channel, s.channel === 'organic' ? startFans : 0]));
	const acquired = new Map(sources.map((s) => [s.channel, 0]));
	const out: DailyPoint[] = [];
	for (let t = 0; t < T; t++) {
		let added = 0;
		let removed = 0;
		let paidAdds = 0;
		for (const s of sources) {
			const gone = rng.binomial(alive.get(s.channel)!, s.hazard);
			const mean = Math.max(0, s.adds(t));
			const n = s.exact ? Math.round(mean) : rng.poisson(mean);
			alive.set(s.channel, alive.get(s.channel)! - gone + n);
			acquired.set(s.channel, acquired.get(s.channel)! + n);
			added += n;
			removed += gone;
			if (s.paid) paidAdds += n;
		}
		const reachOrganic = Math.round((organic.adds(t) / 0.005) * rng.logNormal(0.15));
		const reachPaid = paidAdds ? Math.round((paidAdds / 0.0025) * rng.logNormal(0.1)) : 0;
		const reachViral = Math.round(reachOrganic * 0.1);
		const fans = [...alive.values()].reduce((a, b) => a + b, 0);
		out.push({
			day: days[t],
			fans_total: fans,
			fans_added: added,
			fans_removed: removed,
			fans_added_paid: null,
			reach_total: reachOrganic + reachPaid + reachViral,
			reach_organic: reachOrganic,
			reach_paid: reachPaid,
			reach_viral: reachViral,
			engaged_users: Math.round((reachOrganic + reachViral) * 0.045 + reachPaid * 0.01),
			posts_published: 1
		});
	}
	let days_ = out;
	if (kind === 'missing_days') {
		// 10 % of days unknown (every column), and a two-week gap absent from the export
		const unknown = (d: DailyPoint): DailyPoint => ({
			...d,
			fans_total: null,
			fans_added: null,
			fans_removed: null,
			reach_total: null,
			reach_organic: null,
			reach_paid: null,
			reach_viral: null,
			engaged_users: null,
			posts_published: null
		});
		days_ = out
			.filter((_, t) => t < 500 || t >= 514)
			.map((d, i) => (i > 0 && rng.next() < 0.1 ? unknown(d) : d));
	}
	const truth: Record<string, PageChannelTruth> = {};
	for (const s of sources)
		truth[s.channel] = {
			acquired: acquired.get(s.channel)!,
			hazard: s.hazard,
			survivors: alive.get(s.channel)!
		};
	return { kind, days: days_, ledger, truth, startFans };
}
