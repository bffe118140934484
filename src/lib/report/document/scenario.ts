import type { Report, ReportChannel } from '../schema.ts';

/**
 * "The same euros in bought fans vs in organic work, over 3 years" (issue 10), from the page's own
 * estimates only: the cost of a fan in each channel and each channel's survival at 30, 90, 180 and
 * 365 days with its 90 % range. The budget is spent evenly over the first 12 months (one cohort a
 * month, the same for both strategies); a cohort of age a keeps S(a) of its fans, S interpolated
 * log-linearly between the model's ages and, beyond 365 days, continued at the 180→365-day pace
 * (constant hazard: for curves whose hazard falls with age, as fans' do, this under-states both).
 * The band is an envelope: the low curve pairs the highest cost per fan with the low survival
 * bound, the high curve the lowest cost with the high bound. A projection, never a promise.
 */
export interface ScenarioPoint {
	month: number;
	estimate: number;
	low: number;
	high: number;
}

export interface ScenarioStrategy {
	channel: 'bought' | 'exchange' | 'organic';
	costPerFan: { estimate: number; low: number; high: number };
	points: ScenarioPoint[];
}

export type Scenario =
	| {
			budget: number;
			/** true when the budget is what the page spent on `bought.channel`; false for a reference amount */
			spent: boolean;
			bought: ScenarioStrategy;
			organic: ScenarioStrategy;
			/** the month after which some cohort is older than 365 days: extrapolated */
			extrapolatedAfter: number;
	  }
	| { reason: 'noBought' | 'noOrganicCost' | 'noOrganic' };

const MONTH_DAYS = 365.25 / 12;
const KNOTS = [
	[30, 'd30'],
	[90, 'd90'],
	[180, 'd180'],
	[365, 'd365']
] as const;
const FLOOR = 1e-9;
export const SCENARIO_MONTHS = 36;
export const REFERENCE_BUDGET = 1000;

type Which = 'estimate' | 'low' | 'high';

/** S(age in days) for one bound of a channel's survival. */
export function survivalAt(ch: ReportChannel, ageDays: number, which: Which): number {
	const s = ch.survival;
	if (!s) return NaN;
	const pts: [number, number][] = [[0, 1]];
	for (const [d, k] of KNOTS) {
		const v = s[k]?.[which] ?? s[k]?.estimate;
		if (v != null) pts.push([d, Math.max(FLOOR, Math.min(1, v))]);
	}
	if (ageDays <= 0) return 1;
	for (let i = 1; i < pts.length; i++) {
		const [d0, s0] = pts[i - 1];
		const [d1, s1] = pts[i];
		if (ageDays <= d1)
			return Math.exp(Math.log(s0) + ((ageDays - d0) / (d1 - d0)) * Math.log(s1 / s0));
	}
	const [dA, sA] = pts.length > 2 ? pts[pts.length - 2] : pts[0];
	const [dB, sB] = pts[pts.length - 1];
	const hazard = Math.log(sB / sA) / (dB - dA);
	return Math.max(0, sB * Math.exp(hazard * (ageDays - dB)));
}

function costPerFan(ch: ReportChannel): ScenarioStrategy['costPerFan'] | null {
	const n = ch.fansAcquired;
	if (!ch.cost || ch.cost <= 0 || !n.estimate || n.estimate <= 0) return null;
	const est = ch.cost / n.estimate;
	return {
		estimate: est,
		low: n.high && n.high > 0 ? ch.cost / n.high : est,
		high: n.low && n.low > 0 ? ch.cost / n.low : est
	};
}

function project(
	ch: ReportChannel,
	channel: ScenarioStrategy['channel'],
	budget: number
): ScenarioStrategy | null {
	const cpf = costPerFan(ch);
	if (!cpf) return null;
	const perMonth = budget / 12;
	const points: ScenarioPoint[] = [];
	for (let month = 0; month <= SCENARIO_MONTHS; month++) {
		const at = (which: Which, cost: number) => {
			let fans = 0;
			for (let m = 0; m < 12 && m <= month; m++)
				fans += (perMonth / cost) * survivalAt(ch, (month - m) * MONTH_DAYS, which);
			return fans;
		};
		points.push({
			month,
			estimate: at('estimate', cpf.estimate),
			low: at('low', cpf.high),
			high: at('high', cpf.low)
		});
	}
	return { channel, costPerFan: cpf, points };
}

export function buildScenario(report: Pick<Report, 'channels'>): Scenario {
	const usable = (c: ReportChannel) => c.identifiable && c.survival?.d365?.estimate != null;
	const inorganic = report.channels
		.filter((c) => (c.channel === 'bought' || c.channel === 'exchange') && usable(c))
		.filter((c) => costPerFan(c))
		.sort((a, b) => (b.cost ?? 0) - (a.cost ?? 0));
	const organic = report.channels.find((c) => c.channel === 'organic');
	if (!inorganic.length) return { reason: 'noBought' };
	if (!organic || !usable(organic)) return { reason: 'noOrganic' };
	if (!costPerFan(organic)) return { reason: 'noOrganicCost' };
	const source = inorganic.find((c) => c.channel === 'bought') ?? inorganic[0];
	const budget = source.cost ?? REFERENCE_BUDGET;
	return {
		budget,
		spent: source.cost !== null,
		bought: project(source, source.channel as 'bought' | 'exchange', budget)!,
		organic: project(organic, 'organic', budget)!,
		extrapolatedAfter: 12
	};
}
