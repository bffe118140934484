/** Known truth and types of the Sablier demo page (pure data, no I/O). */

/** Acquisition channels, each simulated as its own cohort with a constant daily hazard. */
export type DemoChannel = 'organic' | 'bought' | 'exchange' | 'ads';
/** People per channel. */
export type ChannelCounts = Record<DemoChannel, number>;
export const DEMO_CHANNELS: readonly DemoChannel[] = ['organic', 'bought', 'exchange', 'ads'];
/** Cohort ages (days) at which the true survival S(a) = exp(-λa) is reported. */
export const SURVIVAL_AGES = [30, 90, 180, 365] as const;

/** A declared action; dates ISO inclusive, cost = cash in EUR, hours = time spent (h). */
export interface DemoLedgerEntry {
	channel: 'bought' | 'exchange' | 'ads' | 'organic_work';
	label: string;
	start: string;
	end: string;
	cost: number;
	currency: 'EUR';
	hours: number;
	hourlyRate: number;
	promisedQty: number | null;
}

const ad = (month: string, end: string): DemoLedgerEntry => ({
	channel: 'ads',
	label: `Page-like ads, ${month} 2023`,
	start: `${end.slice(0, 8)}01`,
	end,
	cost: 300,
	currency: 'EUR',
	hours: 2,
	hourlyRate: 25,
	promisedQty: null
});

/** Known truth of the demo page. Rates in people/day, hazards per day, reach in people/day. */
export const DEMO_TRUTH = {
	page: { name: 'Fournil des Lilas', slug: 'demo-bakery' },
	seed: 20240501,
	start: '2022-01-01',
	days: 1096,
	startFans: 850,
	hazards: { organic: 0.0006, bought: 0.012, exchange: 0.004, ads: 0.002 },
	organic: {
		addsPerDayStart: 4,
		addsPerDayEnd: 9,
		growthDays: 1095,
		weekendFactor: 1.3,
		monthFactors: [1.35, 1.05, 1, 1.05, 1, 0.9, 0.8, 0.65, 0.95, 1, 1.1, 1.35],
		noiseSd: 0.15,
		addsPerNaturalReach: 0.005,
		viralShareOfNaturalReach: 0.1,
		engagementRate: 0.045
	},
	viral: {
		decay: [1, 0.35, 0.1],
		days: [
			{ day: '2022-04-14', reachMultiplier: 9 },
			{ day: '2023-01-06', reachMultiplier: 10 },
			{ day: '2023-09-16', reachMultiplier: 8 },
			{ day: '2024-06-21', reachMultiplier: 9 }
		]
	},
	bought: {
		delivery: [
			{ day: '2022-07-20', fans: 1150 },
			{ day: '2022-07-21', fans: 850 }
		],
		promised: 2000
	},
	exchange: {
		start: '2022-10-03',
		end: '2022-11-01',
		addsPerDay: 40,
		reachLiftPerDay: 350,
		reachLiftNoiseSd: 0.2
	},
	ads: {
		start: '2023-04-01',
		end: '2023-06-30',
		paidReachPerDay: 6000,
		paidReachNoiseSd: 0.15,
		addsPerPaidReach: 0.0025,
		engagementRate: 0.01
	},
	cleanup: {
		day: '2023-03-12',
		removalShare: { organic: 0.004, bought: 0.9, exchange: 0.05, ads: 0.004 }
	},
	ledger: [
		{
			channel: 'organic_work',
			label: 'Community management, 4 h/week',
			start: '2022-01-01',
			end: '2024-12-31',
			cost: 0,
			currency: 'EUR',
			hours: 626,
			hourlyRate: 25,
			promisedQty: null
		},
		{
			channel: 'bought',
			label: 'Fan pack "2000 fans France"',
			start: '2022-07-20',
			end: '2022-07-21',
			cost: 49,
			currency: 'EUR',
			hours: 0.5,
			hourlyRate: 25,
			promisedQty: 2000
		},
		{
			channel: 'exchange',
			label: 'Like-for-like exchange group',
			start: '2022-10-03',
			end: '2022-11-01',
			cost: 0,
			currency: 'EUR',
			hours: 20,
			hourlyRate: 25,
			promisedQty: null
		},
		ad('April', '2023-04-30'),
		ad('May', '2023-05-31'),
		ad('June', '2023-06-30')
	] as readonly DemoLedgerEntry[]
} as const;
export type DemoParameters = typeof DEMO_TRUTH;

/** One simulated day. Counts in people/day except impressions/page views (views/day). */
export interface DemoDay {
	day: string;
	fansTotal: number;
	fansAdded: number;
	fansRemoved: number;
	fansAddedPaid: number;
	fansAddedUnpaid: number;
	reachTotal: number;
	reachOrganic: number;
	reachPaid: number;
	reachViral: number;
	impressionsTotal: number;
	impressionsOrganic: number;
	impressionsPaid: number;
	engagedUsers: number;
	negativeFeedback: number;
	pageViews: number;
	likeSources: { pageProfile: number; search: number; ads: number };
	addsByChannel: ChannelCounts;
	removedByChannel: ChannelCounts;
}

/** Realised outcome of one cohort. Counts in people, hazard per day, half-life in days. */
export interface DemoChannelTruth {
	hazard: number;
	halfLifeDays: number;
	initial: number;
	acquired: number;
	removed: number;
	purged: number;
	survivors: number;
	survival: Record<(typeof SURVIVAL_AGES)[number], number>;
}

export interface DemoTruth {
	params: DemoParameters;
	seed: number;
	start: string;
	end: string;
	days: number;
	channels: Record<DemoChannel, DemoChannelTruth>;
	/** Platform purge: `removed` people dropped from fansTotal, absent from fansRemoved. */
	cleanup: { day: string; index: number; removed: number; byChannel: ChannelCounts } | null;
	ledger: readonly DemoLedgerEntry[];
	finalFansTotal: number;
}

export interface DemoOptions {
	seed?: number;
	/** First day, 'YYYY-MM-DD'. */
	start?: string;
	/** Number of days (>= 1). */
	days?: number;
}
