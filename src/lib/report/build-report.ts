import { campaignEffects, isEvent, type Outcome } from '../analytics/campaign-effects.ts';
import { buildCohorts } from '../analytics/cohorts.ts';
import type { EffectResult } from '../analytics/counterfactual.ts';
import {
	divergence,
	erFansAdjusted,
	meanKnown,
	type DailyMetricsRow,
	type PostPeriodMetrics
} from '../analytics/metrics.ts';
import type { PlatformEvent } from '../analytics/platform-events.ts';
import { channelCost, costPerRetained } from '../analytics/roi.ts';
import { detectSpikes, spikeSeriesStatus, type SpikeRow } from '../analytics/spikes.ts';
import { fitSurvival, type ChannelFit } from '../analytics/survival.ts';
import type { DailyPoint, LedgerEntry, Range } from '../analytics/types.ts';
import { attributeByReach } from '../analytics/reach-attribution.ts';
import { narrate } from './narrative.ts';
import { roiByChannel, type ValueInputs } from './roi-section.ts';
import { reportSchema, type Report, type ReportEffect } from './schema.ts';

/** Everything the report needs, gathered by the server (SQL) — no DuckDB handle in here. */
export interface ReportInputs {
	page: { slug: string; name: string; platform: string };
	period: { from: string; to: string };
	days: DailyPoint[];
	ledger: LedgerEntry[];
	currency: string;
	spikeRows: SpikeRow[];
	dailyMetrics: DailyMetricsRow[];
	posts: {
		period: PostPeriodMetrics;
		before: PostPeriodMetrics | null;
		after: PostPeriodMetrics | null;
	} | null;
	dilutionWindows: { before: [string, string]; after: [string, string] } | null;
	events: PlatformEvent[];
}

export interface ReportOptions {
	lang: 'en' | 'fr';
	/** bootstrap replicates of Model B (default 200) and their seed */
	reps?: number;
	seed?: number;
	value?: ValueInputs | null;
}

/** The report model (issue 4), validated by its zod schema before it leaves. Pure and deterministic. */
export function buildReport(input: ReportInputs, options: ReportOptions): Report {
	const { days, ledger, events } = input;
	const anomalies = detectSpikes(input.spikeRows, ledger);
	const effects = new Map<string, Record<Outcome, EffectResult>>();
	for (const e of ledger.filter(isEvent))
		effects.set(e.id, campaignEffects(e, days, ledger, events));
	const plan = buildCohorts(days, ledger, anomalies, effects, input.spikeRows);
	const fit = fitSurvival(
		{ days: plan.days, removals: plan.removals, cohorts: plan.cohorts },
		{ reps: options.reps ?? 200, seed: options.seed ?? 1 }
	);
	const channels = fit.channels.map((c) =>
		channelEntry(
			c,
			plan.acquired.get(c.channel) ?? null,
			plan.sources.get(c.channel) ?? null,
			ledger,
			input.period
		)
	);
	const body = {
		schemaVersion: 1 as const,
		page: input.page,
		period: input.period,
		lang: options.lang,
		channels,
		campaigns: ledger.filter(isEvent).map((e) => ({
			id: e.id,
			channel: e.channel,
			label: e.label,
			start: e.start,
			end: e.end,
			cost: channelCost([e], e.start, e.end).total,
			effects: toEffects(effects.get(e.id)!)
		})),
		anomalies: anomalies.map(({ score: _score, ...a }) => a),
		spikeSeries: spikeSeriesStatus(input.spikeRows),
		dilution: dilution(input, channels),
		roi: roiByChannel(channels, ledger, effects, options.value ?? null),
		reachAttribution: attributeByReach(days, ledger),
		platformEvents: events.map((e) => ({
			day: e.day,
			description: options.lang === 'fr' ? e.fr : e.en
		}))
	};
	const first = days.find((d) => d.fans_total !== null)?.fans_total ?? null;
	const last = [...days].reverse().find((d) => d.fans_total !== null)?.fans_total ?? null;
	const words = narrate(body, {
		fansFirst: first,
		fansLast: last,
		currency: input.currency,
		survivalConverged: fit.converged || fit.iterations === 0
	});
	return reportSchema.parse({ ...body, ...words });
}

function channelEntry(
	c: ChannelFit,
	acquired: Range | null,
	source: string | null,
	ledger: readonly LedgerEntry[],
	period: { from: string; to: string }
): Report['channels'][number] {
	const entries = ledger.filter((e) =>
		c.channel === 'organic' ? e.channel === 'organic_work' : e.channel === c.channel
	);
	const cost =
		c.channel === 'undeclared' ? null : channelCost(entries, period.from, period.to).total;
	const fans = acquired ?? { estimate: c.acquired, low: null, high: null };
	if (!c.identifiable)
		return {
			channel: c.channel as never,
			cost,
			fansAcquired: fans,
			survival: null,
			halfLifeDays: null,
			horizonDays: null,
			survivingFans: null,
			costPerRetainedFan: { m6: null, m12: null },
			identifiable: false,
			source,
			reason: c.reason
		};
	const s = c.survival;
	return {
		channel: c.channel as never,
		cost,
		fansAcquired: fans,
		survival: s ? { d30: s[30], d90: s[90], d180: s[180], d365: s[365] } : null,
		halfLifeDays: c.halfLifeDays,
		horizonDays: c.horizonDays,
		survivingFans: c.survivingFans,
		costPerRetainedFan: {
			m6: s ? costPerRetained(cost, fans.estimate, s[180]) : null,
			m12: s ? costPerRetained(cost, fans.estimate, s[365]) : null
		},
		identifiable: true,
		source,
		reason: null
	};
}

function toEffects(r: Record<Outcome, EffectResult>): Record<Outcome, ReportEffect> {
	const one = (x: EffectResult): ReportEffect =>
		x.effect
			? {
					estimate: x.effect.estimate,
					low: x.effect.low,
					high: x.effect.high,
					evidenceLevel: x.effect.evidenceLevel,
					pPlacebo: x.effect.pPlacebo,
					rel: x.effect.rel,
					pPositive: x.effect.pPositive,
					method: x.effect.method,
					seasonality: x.effect.seasonality,
					...(x.effect.seasonFrom ? { seasonFrom: x.effect.seasonFrom } : {}),
					...(x.effect.episode ? { episode: x.effect.episode } : {})
				}
			: { estimate: null, reason: x.reason };
	return {
		fansAdded: one(r.fansAdded),
		engagedUsers: one(r.engagedUsers),
		reachOrganic: one(r.reachOrganic)
	};
}

/**
 * M6, M7, M9, M10, M11. M9 counts as inorganic the surviving fans of bought packs, like
 * exchanges and undeclared spikes (not ads: those are people reached by ads), over fans_total on
 * the last day; its range sums the channels' ranges and is null when one of them is unbounded.
 * M11 compares the 90 days before the first bought or exchange entry with the 90 days after it.
 */
function dilution(input: ReportInputs, channels: Report['channels']): Report['dilution'] {
	const erFans = meanKnown(input.dailyMetrics.map((r) => r.er_fans));
	const lastFans = [...input.days].reverse().find((d) => d.fans_total !== null)?.fans_total ?? null;
	const inorg = channels.filter((c) => INORGANIC.has(c.channel) && c.identifiable);
	const sum = (k: 'estimate' | 'low' | 'high') =>
		lastFans && inorg.every((c) => c.survivingFans?.[k] != null)
			? inorg.reduce((a, c) => a + (c.survivingFans![k] as number), 0) / lastFans
			: null;
	const inorganicShare =
		inorg.length && lastFans
			? { estimate: sum('estimate'), low: sum('low'), high: sum('high') }
			: null;
	const p = input.posts;
	const sig =
		p?.before && p.after
			? divergence(
					{ erFans: meanKnown(windowOf(input, 'before')), errOrganic: p.before.err_organic },
					{ erFans: meanKnown(windowOf(input, 'after')), errOrganic: p.after.err_organic }
				).signature
			: null;
	return {
		inorganicShare,
		erFans,
		erFansAdjusted: erFansAdjusted(erFans, inorganicShare?.estimate ?? null),
		errOrganic: p?.period.err_organic ?? null,
		signature: sig
	};
}

const INORGANIC = new Set(['bought', 'exchange', 'undeclared']);

function windowOf(input: ReportInputs, which: 'before' | 'after'): (number | null)[] {
	const w = input.dilutionWindows?.[which];
	if (!w) return [];
	return input.dailyMetrics.filter((r) => r.day >= w[0] && r.day <= w[1]).map((r) => r.er_fans);
}
