import { campaignEffects, isEvent, type Outcome } from '../analytics/campaign-effects.ts';
import { buildCohorts, type CohortPlan } from '../analytics/cohorts.ts';
import type { EffectResult } from '../analytics/counterfactual.ts';
import {
	divergence,
	erFansAdjusted,
	meanKnown,
	type DailyMetricsRow,
	type PostPeriodMetrics
} from '../analytics/metrics.ts';
import type { PlatformEvent } from '../analytics/platform-events.ts';
import { channelCost, costPerRetainedJoint } from '../analytics/roi.ts';
import { detectSpikes, spikeSeriesStatus, type SpikeRow } from '../analytics/spikes.ts';
import {
	fitSurvival,
	jointRange,
	type ChannelFit,
	type SurvivalFit
} from '../analytics/survival.ts';
import type { DailyPoint, LedgerEntry } from '../analytics/types.ts';
import { attributeByReach } from '../analytics/reach-attribution.ts';
import { localize, narrate } from './narrative.ts';
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
	return buildReportAndFit(input, options).report;
}

/** Model B's cohorts and fit behind a report: the dashboard's series reuse them (`viewSeries`). */
export interface SurvivalBasis {
	plan: CohortPlan;
	fit: SurvivalFit;
}

/** The report and the Model B fit it was built on (its point estimates do not depend on reps). */
export function buildReportAndFit(
	input: ReportInputs,
	options: ReportOptions
): { report: Report } & SurvivalBasis {
	const { days, ledger, events } = input;
	const anomalies = detectSpikes(input.spikeRows, ledger);
	const effects = new Map<string, Record<Outcome, EffectResult>>();
	for (const e of ledger.filter(isEvent))
		effects.set(e.id, campaignEffects(e, days, ledger, events));
	const plan = buildCohorts(days, ledger, anomalies, effects, input.spikeRows);
	const fit = fitSurvival(
		{ days: plan.days, removals: plan.removals, cohorts: plan.cohorts, cleanups: plan.cleanups },
		{ reps: options.reps ?? 200, seed: options.seed ?? 1 }
	);
	const channels = fit.channels.map((c) => channelEntry(c, plan, fit, ledger, input.period));
	const cohortOf = new Map(plan.entries.map(({ id: _id, channel: _c, ...x }) => [_id, x]));
	const body = {
		schemaVersion: 1 as const,
		page: input.page,
		period: input.period,
		lang: options.lang,
		currency: input.currency,
		// before `roi` reads them: a channel paid in two currencies loses its single cost
		channels: keepCurrenciesApart(channels, ledger, input.period, input.currency),
		campaigns: ledger.filter(isEvent).map((e) => ({
			id: e.id,
			channel: e.channel,
			label: e.label,
			start: e.start,
			end: e.end,
			currency: (e.currency ?? input.currency).toUpperCase(),
			cost: channelCost([e], e.start, e.end).total,
			effects: toEffects(effects.get(e.id)!),
			cohort: cohortOf.get(e.id)
		})),
		ledgerChecks: plan.checks.map((c) => ({ ...c, channel: c.channel as LedgerEntry['channel'] })),
		survivalModel: {
			converged: fit.converged || fit.iterations === 0,
			mergedBands: fit.mergedBands,
			refits: fit.refits.attempted,
			refitsNotConverged: fit.refits.notConverged,
			excludedDays: fit.excludedDays,
			imputedDays: plan.imputedDays,
			cleanupFans: Math.round(plan.cleanups.reduce((a, g) => a + g, 0)),
			cleanupDays: plan.cleanups.filter((g) => g > 0).length
		},
		anomalies: anomalies.map(({ score: _score, ...a }) => a),
		spikeSeries: spikeSeriesStatus(input.spikeRows),
		dilution: dilution(input, channels, fit),
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
		survivalConverged: fit.converged || fit.iterations === 0,
		addsSeries: addsSeries(input.spikeRows),
		events
	});
	const texts = localize(
		body.channels,
		body.anomalies,
		options.lang,
		input.currency,
		body.reachAttribution
	);
	return { report: reportSchema.parse({ ...body, ...texts, ...words }), plan, fit };
}

function channelEntry(
	c: ChannelFit,
	plan: CohortPlan,
	fit: SurvivalFit,
	ledger: readonly LedgerEntry[],
	period: { from: string; to: string }
): Report['channels'][number] {
	const entries = ledger.filter((e) =>
		c.channel === 'organic' ? e.channel === 'organic_work' : e.channel === c.channel
	);
	const cost =
		c.channel === 'undeclared' ? null : channelCost(entries, period.from, period.to).total;
	const acquired = plan.acquired.get(c.channel) ?? null;
	const source = plan.sources.get(c.channel) ?? null;
	const mine = plan.entries.filter((e) => e.channel === c.channel);
	const sourceCodes =
		c.channel === 'organic'
			? (['remainder'] as const)
			: [...new Set(mine.filter((e) => e.detectable && e.method).map((e) => e.method!))];
	const detectable = c.channel === 'organic' || mine.length === 0 || mine.some((e) => e.detectable);
	// organic's size is the remainder: its range comes from the joint bootstrap
	const joint =
		c.channel === 'organic' && acquired?.estimate != null && c.identifiable
			? jointRange(fit, (get) => (acquired.estimate as number) + get('organic', 'addsDelta'))
			: null;
	// a count no other cohort's uncertainty reaches has no range (not "between n and n")
	const fans =
		joint && joint.low !== joint.high
			? joint
			: (acquired ?? { estimate: c.acquired, low: null, high: null });
	const extra = { sourceCodes: [...sourceCodes], detectable };
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
			reason: c.reason,
			...extra
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
			m6: s ? costPerRetainedJoint(fit, c.channel, cost, fans.estimate, 's180') : null,
			m12: s ? costPerRetainedJoint(fit, c.channel, cost, fans.estimate, 's365') : null
		},
		identifiable: true,
		source,
		reason: null,
		...extra
	};
}

/** Which daily new-fan series the spike detector read: gross adds, net change only, both, or none. */
function addsSeries(rows: readonly SpikeRow[]): 'gross' | 'net' | 'mixed' | 'none' {
	const gross = rows.some((r) => r.adds_source === 'gross');
	const net = rows.some((r) => r.adds_source === 'net');
	return gross && net ? 'mixed' : gross ? 'gross' : net ? 'net' : 'none';
}

/**
 * Costs are summed per currency, never across: each channel lists its cost per currency (cash +
 * valued hours inside the period; entries without a currency use the report's); a channel paid
 * in two currencies has no single cost (null), so nothing per fan and no ROI is computed from it.
 */
function keepCurrenciesApart(
	channels: Report['channels'],
	ledger: readonly LedgerEntry[],
	period: { from: string; to: string },
	fallback: string
): Report['channels'] {
	for (const c of channels) {
		if (c.channel === 'undeclared') continue;
		const entries = ledger.filter((e) =>
			c.channel === 'organic' ? e.channel === 'organic_work' : e.channel === c.channel
		);
		c.costByCurrency = costsByCurrency(entries, period, fallback);
		if (Object.keys(c.costByCurrency).length > 1) {
			c.cost = null;
			c.costPerRetainedFan = { m6: null, m12: null };
		}
	}
	return channels;
}

function costsByCurrency(
	entries: readonly LedgerEntry[],
	period: { from: string; to: string },
	fallback: string
): Record<string, number> {
	const groups = new Map<string, LedgerEntry[]>();
	for (const e of entries) {
		const k = (e.currency ?? fallback).toUpperCase();
		groups.set(k, [...(groups.get(k) ?? []), e]);
	}
	const out: Record<string, number> = {};
	for (const [k, es] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
		const total = channelCost(es, period.from, period.to).total;
		if (total !== null) out[k] = total;
	}
	return out;
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
 * the last day; its range is the 5th–95th percentile of that sum across the joint bootstrap's
 * replicates (not a sum of each channel's percentiles). M11 compares the 90 days before the first
 * bought or exchange entry with the 90 days after it.
 */
function dilution(
	input: ReportInputs,
	channels: Report['channels'],
	fit: SurvivalFit
): Report['dilution'] {
	const erFans = meanKnown(input.dailyMetrics.map((r) => r.er_fans));
	const lastFans = [...input.days].reverse().find((d) => d.fans_total !== null)?.fans_total ?? null;
	const inorg = channels.filter((c) => INORGANIC.has(c.channel));
	const known = inorg.every((c) => c.identifiable);
	const inorganicShare =
		inorg.length && lastFans && known
			? jointRange(
					fit,
					(get) => inorg.reduce((a, c) => a + get(c.channel, 'survivors'), 0) / lastFans
				)
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
