import { campaignEffects, isEvent } from '../analytics/campaign-effects.ts';
import { buildCohorts } from '../analytics/cohorts.ts';
import type { EffectResult } from '../analytics/counterfactual.ts';
import { detectSpikes } from '../analytics/spikes.ts';
import { ols, studentTQuantile } from '../analytics/stats.ts';
import { fitSurvival } from '../analytics/survival.ts';
import type { DailyPoint } from '../analytics/types.ts';
import type { ReportInputs } from './build-report.ts';

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

export interface CounterfactualDay {
	day: string;
	observed: number | null;
	expected: number;
	low50: number;
	high50: number;
	low90: number;
	high90: number;
	effect: number | null;
	cumulative: number | null;
	cumulativeLow: number | null;
	cumulativeHigh: number | null;
}

const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const iso = (dn: number) => new Date(dn * DAY).toISOString().slice(0, 10);

export function viewSeries(input: ReportInputs): ViewSeries {
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
		channelFans: channelFans(input, anomalies, effects),
		counterfactuals,
		engagement: engagementDays(input)
	};
}

/** Model B refitted without bootstrap (same point estimates), survivors per day per channel. */
function channelFans(
	input: ReportInputs,
	anomalies: ReturnType<typeof detectSpikes>,
	effects: Map<string, ReturnType<typeof campaignEffects>>
): ViewSeries['channelFans'] {
	const { days, ledger } = input;
	if (!days.length) return [];
	const plan = buildCohorts(days, ledger, anomalies, effects, input.spikeRows);
	const fit = fitSurvival(
		{ days: plan.days, removals: plan.removals, cohorts: plan.cohorts },
		{ reps: 0 }
	);
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
 * Model A's fit of new fans, day by day, over its pre and post windows (analytics.md §1.2):
 * ŷ = intercept + slope·x with x = day − start; the daily bands are prediction intervals of one
 * day, ŷ ± t(df)·s·√(1 + 1/n + (x − x̄)²/Sxx) at 50 % and 90 %; the cumulative gap over the
 * observed post days uses Model A's own standard error of a sum (AR(1)-inflated), so its last
 * day is the report's effect and 90 % range. Null when the effect was refused or is on log scale.
 */
export function counterfactualDays(
	result: EffectResult,
	days: readonly DailyPoint[]
): CounterfactualDay[] | null {
	if (!result.effect || result.fit.scale !== 'raw') return null;
	const { fit } = result;
	const s = dayNumber(fit.post[0]);
	const from = dayNumber(fit.pre[0]);
	const to = dayNumber(fit.post[1]);
	const byDay = new Map(days.map((d) => [d.day, d.fans_added]));
	const xs: number[] = [];
	const ys: number[] = [];
	for (let dn = from; dn < s; dn++) {
		const y = byDay.get(iso(dn));
		if (y !== null && y !== undefined) {
			xs.push(dn - s);
			ys.push(y);
		}
	}
	const pre = ols(xs, ys);
	const q50 = studentTQuantile(0.75, fit.df);
	const q90 = studentTQuantile(0.95, fit.df);
	const s2 = Math.max(0, pre.s2);
	const inflate = (1 + fit.rho) / (1 - fit.rho);
	const out: CounterfactualDay[] = [];
	let cum = 0;
	let h = 0;
	let sdx = 0;
	for (let dn = from; dn < to; dn++) {
		const x = dn - s;
		const yv = byDay.get(iso(dn));
		const observed = yv === undefined ? null : yv;
		const expected = fit.intercept + fit.slope * x;
		const sd = Math.sqrt(s2 * (1 + 1 / pre.n + (x - pre.xMean) ** 2 / pre.sxx));
		const effect = observed === null ? null : observed - expected;
		let cumulative: number | null = null;
		let half: number | null = null;
		if (x >= 0) {
			if (effect !== null) {
				cum += effect;
				h++;
				sdx += x - pre.xMean;
			}
			const bracket = h + (h * h) / pre.n + (sdx * sdx) / pre.sxx;
			cumulative = cum;
			half = q90 * Math.sqrt(s2 * inflate * bracket);
		}
		out.push({
			day: iso(dn),
			observed,
			expected,
			low50: expected - q50 * sd,
			high50: expected + q50 * sd,
			low90: expected - q90 * sd,
			high90: expected + q90 * sd,
			effect,
			cumulative,
			cumulativeLow: half === null || cumulative === null ? null : cumulative - half,
			cumulativeHigh: half === null || cumulative === null ? null : cumulative + half
		});
	}
	return out;
}
