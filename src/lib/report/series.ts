import { campaignEffects, isEvent } from '../analytics/campaign-effects.ts';
import { buildCohorts } from '../analytics/cohorts.ts';
import type { EffectResult } from '../analytics/counterfactual.ts';
import { detectSpikes } from '../analytics/spikes.ts';
import { studentTQuantile } from '../analytics/stats.ts';
import { fitSurvival } from '../analytics/survival.ts';
import type { DailyPoint } from '../analytics/types.ts';
import type { ReportInputs, SurvivalBasis } from './build-report.ts';

/**
 * The day-by-day series the dashboard draws and the report model does not carry: fans still
 * there by channel (Model B's point estimates), each campaign's counterfactual (Model A's
 * pre-trend, day by day) and daily engagement. Pure and deterministic: recomputed from the same
 * inputs as the report, so every series ends on the report's own numbers (tested).
 */
export interface ViewSeries {
	/** the period's days as stored (null = unknown, never 0) */
	days: { day: string; fans: number | null; added: number | null; removed: number | null }[];
	/** fans still there at the end of each day of `days`, per non-organic channel (point estimates) */
	channelFans: { channel: string; fans: number[] }[];
	/** day-by-day counterfactual of new fans, per campaign id (Model A assessed it) */
	counterfactuals: Record<string, CounterfactualDay[]>;
	/** per day: engaged people, reach, fans (for engagement rates, summed per week or month) */
	engagement: { day: string; engaged: number | null; reach: number | null; fans: number | null }[];
}

/** One day around a campaign: what happened, what the pre-trend expected, and the gap. */
export interface CounterfactualDay {
	day: string;
	observed: number | null;
	/** what the model expected that day; null before the campaign when the seasonal method was used */
	expected: number | null;
	/** 50 % and 90 % bands of what the model expected that day */
	low50: number | null;
	high50: number | null;
	low90: number | null;
	high90: number | null;
	/** observed − expected (null when the day is unknown) */
	effect: number | null;
	/** running sum of the effect from the first campaign day, with its 90 % range; null before */
	cumulative: number | null;
	cumulativeLow: number | null;
	cumulativeHigh: number | null;
}

const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const iso = (dn: number) => new Date(dn * DAY).toISOString().slice(0, 10);

/**
 * The dashboard's series. `basis`: the report's own Model B cohorts and fit for these inputs, when
 * it was just built (survivors per day are point estimates: the same with or without bootstrap).
 */
export function viewSeries(input: ReportInputs, basis?: SurvivalBasis): ViewSeries {
	const { days, ledger, events } = input;
	const anomalies = detectSpikes(input.spikeRows, ledger);
	const effects = new Map<string, ReturnType<typeof campaignEffects>>();
	for (const e of ledger.filter(isEvent))
		effects.set(e.id, campaignEffects(e, days, ledger, events));
	const counterfactuals: Record<string, CounterfactualDay[]> = {};
	for (const e of ledger.filter(isEvent)) {
		const cf = counterfactualDays(effects.get(e.id)!.fansAdded, days);
		if (cf) counterfactuals[e.id] = cf;
	}
	return {
		days: days.map((d) => ({
			day: d.day,
			fans: d.fans_total,
			added: d.fans_added,
			removed: d.fans_removed
		})),
		channelFans: days.length
			? channelFans(input, basis ?? survivalBasis(input, anomalies, effects))
			: [],
		counterfactuals,
		engagement: engagementDays(input)
	};
}

/** Model B fitted without bootstrap (the report's point estimates), when no report was built. */
function survivalBasis(
	input: ReportInputs,
	anomalies: ReturnType<typeof detectSpikes>,
	effects: Map<string, ReturnType<typeof campaignEffects>>
): SurvivalBasis {
	const plan = buildCohorts(input.days, input.ledger, anomalies, effects, input.spikeRows);
	const fit = fitSurvival(
		{ days: plan.days, removals: plan.removals, cohorts: plan.cohorts, cleanups: plan.cleanups },
		{ reps: 0 }
	);
	return { plan, fit };
}

/** Survivors per day per channel, from Model B's point estimates. */
function channelFans(input: ReportInputs, { plan, fit }: SurvivalBasis): ViewSeries['channelFans'] {
	const { days } = input;
	const at = new Map(plan.days.map((d, i) => [d, i]));
	return fit.channels
		.filter((c) => c.channel !== 'organic' && c.identifiable)
		.map((c) => ({
			channel: c.channel,
			fans: days.map((d) => (c.identifiable ? (c.survivorsByDay[at.get(d.day)!] ?? 0) : 0))
		}))
		.filter((c) => c.fans.some((f) => f > 0));
}

function engagementDays(input: ReportInputs): ViewSeries['engagement'] {
	const reach = new Map(input.dailyMetrics.map((r) => [r.day, r.reach_total]));
	return input.days.map((d) => ({
		day: d.day,
		engaged: d.engaged_users,
		reach: reach.get(d.day) ?? null,
		fans: d.fans_total
	}));
}

/**
 * Model A's counterfactual of new fans, day by day, over its pre and post windows (the episode's,
 * when the entry is one of a run). Post days carry the model's own counterfactual (`fit.baseline`:
 * the pre-trend, or the same days a year apart scaled by the page's growth when the season is
 * modelled); pre days carry the trend line when the method is the trend, and no counterfactual
 * when it is seasonal (the model does not project the season into its own pre window). The
 * cumulative gap is the running sum of observed − counterfactual, scaled so that its last day is
 * the report's effect (an entry's share of its run); its 90 % range widens like the standard error
 * of a sum (√h) and ends on the report's range. The daily bands spread that sum's standard error
 * evenly over the observed post days (approximate: autocorrelation makes them a little wide).
 * Null when the effect was refused or is on log scale.
 */
export function counterfactualDays(
	result: EffectResult,
	days: readonly DailyPoint[]
): CounterfactualDay[] | null {
	if (!result.effect || result.fit.scale !== 'raw') return null;
	const { fit, effect } = result;
	const s = dayNumber(fit.post[0]);
	const from = dayNumber(fit.pre[0]);
	const to = dayNumber(fit.post[1]);
	const byDay = new Map(days.map((d) => [d.day, d.fans_added]));
	const baseline = new Map(fit.baseline);
	const trend = (x: number) => fit.intercept + fit.slope * x;
	const expectedOn = (dn: number): number | null => {
		const b = baseline.get(iso(dn));
		if (b !== undefined) return b;
		return fit.method === 'trend' ? trend(dn - s) : null;
	};
	// the raw gap over the observed post days, and what scales it to the report's effect
	let gap = 0;
	let observedPost = 0;
	for (let dn = s; dn < to; dn++) {
		const y = byDay.get(iso(dn));
		const e = expectedOn(dn);
		if (y !== null && y !== undefined && e !== null) {
			gap += y - e;
			observedPost++;
		}
	}
	const scale = Math.abs(gap) > 1e-9 ? effect.estimate / gap : 1;
	const halfEnd = (effect.high - effect.low) / 2;
	const q50 = studentTQuantile(0.75, fit.df);
	const q90 = studentTQuantile(0.95, fit.df);
	const sdDay = observedPost > 0 ? halfEnd / q90 / Math.sqrt(observedPost) : 0;
	const out: CounterfactualDay[] = [];
	let cum = 0;
	let h = 0;
	for (let dn = from; dn < to; dn++) {
		const yv = byDay.get(iso(dn));
		const observed = yv === undefined ? null : yv;
		const expected = expectedOn(dn);
		const effectDay = observed === null || expected === null ? null : observed - expected;
		let cumulative: number | null = null;
		let half: number | null = null;
		if (dn >= s) {
			if (effectDay !== null) {
				cum += effectDay * scale;
				h++;
			}
			cumulative = cum;
			half = observedPost > 0 ? halfEnd * Math.sqrt(h / observedPost) : 0;
		}
		// the last day ends exactly on the report's range (sums of floats drift by ulps)
		const last = dn === to - 1;
		const band = (q: number) => (expected === null ? null : q * sdDay);
		// a day's count of people is never below 0: the band stops there, as likely as before
		// (the model's mass below 0 is days that cannot happen); an expected value below 0 (a
		// trend's straight line) keeps its own value as the band's floor
		const low = (q: number) =>
			expected === null ? null : Math.max(Math.min(0, expected), expected - band(q)!);
		out.push({
			day: iso(dn),
			observed,
			expected,
			low50: low(q50),
			high50: expected === null ? null : expected + band(q50)!,
			low90: low(q90),
			high90: expected === null ? null : expected + band(q90)!,
			effect: effectDay,
			cumulative: last ? effect.estimate : cumulative,
			cumulativeLow: last ? effect.low : cumulative === null ? null : cumulative - half!,
			cumulativeHigh: last ? effect.high : cumulative === null ? null : cumulative + half!
		});
	}
	return out;
}
