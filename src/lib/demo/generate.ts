import { toPageCsv } from './facebook-csv';
import { createRng } from './rng';
import { DEMO_CHANNELS, DEMO_TRUTH } from './truth';
import type {
	ChannelCounts,
	DemoChannel,
	DemoChannelTruth,
	DemoDay,
	DemoOptions,
	DemoTruth
} from './truth';

export { DEMO_CHANNELS, DEMO_TRUTH, SURVIVAL_AGES } from './truth';
export type {
	ChannelCounts,
	DemoChannel,
	DemoChannelTruth,
	DemoDay,
	DemoLedgerEntry,
	DemoOptions,
	DemoParameters,
	DemoTruth
} from './truth';

const T = DEMO_TRUTH;
const DAY_MS = 86_400_000;
const zero = (): ChannelCounts => ({ organic: 0, bought: 0, exchange: 0, ads: 0 });
const sum = (c: ChannelCounts): number => c.organic + c.bought + c.exchange + c.ads;
const inWindow = (d: string, w: { start: string; end: string }): boolean =>
	d >= w.start && d <= w.end;

/** ISO date plus `n` days (UTC, no time zone drift). */
export function addDays(iso: string, n: number): string {
	return new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Simulate the demo page day by day. Deterministic for a given seed.
 * @param options seed (integer), start ('YYYY-MM-DD'), days (count of days)
 * @returns known truth, one DemoDay per day (people/day), and the legacy Page Insights CSV
 */
export function generateDemo(options: DemoOptions = {}): {
	truth: DemoTruth;
	days: DemoDay[];
	pageCsv: string;
} {
	const seed = options.seed ?? T.seed;
	const start = options.start ?? T.start;
	const n = options.days ?? T.days;
	if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || addDays(start, 0) !== start) {
		throw new RangeError(`Invalid start date: ${start}`);
	}
	if (!Number.isInteger(n) || n < 1) throw new RangeError(`Invalid days: ${n}`);
	const rng = createRng(seed);
	const dates = Array.from({ length: n }, (_, i) => addDays(start, i));
	const index = new Map(dates.map((d, i) => [d, i]));
	const boost = new Array<number>(n).fill(0);
	for (const v of T.viral.days) {
		const i0 = index.get(v.day);
		if (i0 === undefined) continue;
		T.viral.decay.forEach((w, k) => {
			if (i0 + k < n) boost[i0 + k] += (v.reachMultiplier - 1) * w;
		});
	}
	const delivery = new Map<string, number>(T.bought.delivery.map((d) => [d.day, d.fans]));
	const o = T.organic;
	const survivors: ChannelCounts = { ...zero(), organic: T.startFans };
	const acquired = zero();
	const removed = zero();
	const purged = zero();
	let cleanup: DemoTruth['cleanup'] = null;
	const days: DemoDay[] = [];
	for (let i = 0; i < n; i++) {
		const day = dates[i];
		const date = new Date(`${day}T00:00:00Z`);
		const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
		const growth = Math.min(1, i / o.growthDays);
		const rate = o.addsPerDayStart + (o.addsPerDayEnd - o.addsPerDayStart) * growth;
		const mu = rate * (weekend ? o.weekendFactor : 1) * o.monthFactors[date.getUTCMonth()];
		const noisyMu = mu * rng.logNormal(o.noiseSd);
		const natural = noisyMu / o.addsPerNaturalReach;
		const inExchange = inWindow(day, T.exchange);
		const inAds = inWindow(day, T.ads);
		const viralShare = o.viralShareOfNaturalReach;
		const exchangeLift = inExchange
			? T.exchange.reachLiftPerDay * rng.logNormal(T.exchange.reachLiftNoiseSd)
			: 0;
		const reachOrganic = Math.round(natural * (1 - viralShare) + exchangeLift);
		const reachViral = Math.round(natural * viralShare + natural * boost[i]);
		const reachPaid = inAds
			? Math.round(T.ads.paidReachPerDay * rng.logNormal(T.ads.paidReachNoiseSd))
			: 0;
		const adds: ChannelCounts = {
			organic: rng.poisson(noisyMu * (1 + boost[i])),
			bought: delivery.get(day) ?? 0,
			exchange: inExchange ? rng.poisson(T.exchange.addsPerDay) : 0,
			ads: inAds ? rng.poisson(reachPaid * T.ads.addsPerPaidReach) : 0
		};
		const gone = zero();
		for (const c of DEMO_CHANNELS) {
			gone[c] = rng.binomial(survivors[c], 1 - Math.exp(-T.hazards[c]));
			survivors[c] += adds[c] - gone[c];
			acquired[c] += adds[c];
			removed[c] += gone[c];
		}
		if (day === T.cleanup.day) {
			for (const c of DEMO_CHANNELS) {
				purged[c] = rng.binomial(survivors[c], T.cleanup.removalShare[c]);
				survivors[c] -= purged[c];
			}
			cleanup = { day, index: i, removed: sum(purged), byChannel: { ...purged } };
		}
		const unpaid = adds.organic + adds.bought + adds.exchange;
		const search = rng.binomial(adds.organic + adds.exchange, 0.22);
		const impressionsOrganic = Math.round(reachOrganic * (1.4 + 0.4 * rng.next()));
		const impressionsPaid = Math.round(reachPaid * (1.8 + 0.6 * rng.next()));
		const reachTotal = reachOrganic + reachPaid + reachViral;
		days.push({
			day,
			fansTotal: sum(survivors),
			fansAdded: sum(adds),
			fansRemoved: sum(gone),
			fansAddedPaid: adds.ads,
			fansAddedUnpaid: unpaid,
			reachTotal,
			reachOrganic,
			reachPaid,
			reachViral,
			impressionsTotal: impressionsOrganic + impressionsPaid + Math.round(reachViral * 1.15),
			impressionsOrganic,
			impressionsPaid,
			engagedUsers:
				rng.binomial(reachOrganic + reachViral, o.engagementRate) +
				rng.binomial(reachPaid, T.ads.engagementRate),
			negativeFeedback: rng.poisson(0.0008 * reachTotal),
			pageViews: rng.poisson(0.025 * (reachOrganic + reachViral) + 0.004 * reachPaid),
			likeSources: { pageProfile: unpaid - search, search, ads: adds.ads },
			addsByChannel: adds,
			removedByChannel: gone
		});
	}
	const channels = {} as Record<DemoChannel, DemoChannelTruth>;
	for (const c of DEMO_CHANNELS) {
		const hazard = T.hazards[c];
		const s = (a: number): number => Math.exp(-hazard * a);
		channels[c] = {
			hazard,
			halfLifeDays: Math.LN2 / hazard,
			initial: c === 'organic' ? T.startFans : 0,
			acquired: acquired[c],
			removed: removed[c],
			purged: purged[c],
			survivors: survivors[c],
			survival: { 30: s(30), 90: s(90), 180: s(180), 365: s(365) }
		};
	}
	const truth: DemoTruth = {
		params: T,
		seed,
		start,
		end: dates[n - 1],
		days: n,
		channels,
		cleanup,
		ledger: T.ledger,
		finalFansTotal: sum(survivors)
	};
	return { truth, days, pageCsv: toPageCsv(days) };
}
