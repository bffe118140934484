/**
 * Model B (analytics.md §2.2, §7.3): per-channel fan survival from aggregate daily removals.
 * U_t ~ Poisson(Σ_c Σ_{s<t} A_{c,s} S_c(t−s−1) h_c(t−s−1)): a fan added on day s is first at risk
 * on day s+1 (age 0). Hazards are daily leaving probabilities, constant within age bands, so
 * S(a) = Π (1 − h)^days and a constant h ≈ 1 − e^{−λ} for a continuous rate λ.
 *
 * Fitting (survival-em.ts): maximum likelihood of that Poisson model by Fisher scoring on log
 * hazards with exact derivatives (depletion included), every step checked to raise the
 * likelihood, stopped at true convergence (half the Newton decrement < 1e-7) or reported as not
 * converged. Bands resting on fewer than 10 effective events are merged with a neighbour first.
 * Exposure uses an O(T) recursion per band, so bands run at daily resolution. 90 % ranges come
 * from a joint parametric bootstrap (survival-bootstrap.ts): removals resampled, uncertain cohort
 * sizes redrawn, every refit warm-started from the point fit; refits that do not converge are
 * left out and counted. Pure TypeScript.
 *
 * Layout: survival-model.ts (input, hazard forms, bands, exposure), survival-em.ts (EM, scoring,
 * convergence, starting hazards), survival-bootstrap.ts (S(a), half-life and the other reported
 * statistics, resampling, percentile ranges), and this module: the public API and its output.
 */
import {
	bootstrapFit,
	hazardOf,
	percentileRange,
	rangeOf,
	statistics
} from './survival-bootstrap.ts';
import { cleanupOf, STAT, STATS, SURVIVAL_AGES, survivorsAt } from './survival-bootstrap.ts';
import { cleanedOut } from './survival-cleanup.ts';
import type { HazardBand, Resampling, Stat, SurvivalAge } from './survival-bootstrap.ts';
import { fitStructure } from './survival-em.ts';
import type { EmState } from './survival-em.ts';
import { buildModel } from './survival-model.ts';
import type { HazardForm, Model, SkippedChannel } from './survival-model.ts';
import type { SurvivalInput, SurvivalOptions } from './survival-model.ts';
import type { Range } from './types.ts';

export { halfLifeOf, SURVIVAL_AGES, survivalAt } from './survival-bootstrap.ts';
export type { HazardBand, Stat, SurvivalAge } from './survival-bootstrap.ts';
export { HAZARD_BAND_STARTS } from './survival-model.ts';
export type {
	HazardForm,
	SurvivalCohort,
	SurvivalInput,
	SurvivalOptions
} from './survival-model.ts';

export interface ChannelSurvival {
	channel: string;
	identifiable: true;
	/** Σ adds (fans). */
	acquired: number;
	form: HazardForm;
	/** Fitted hazards; null (like every output below) when the channel has no adds. */
	hazard: HazardBand[] | null;
	/** S(a): share of a cohort still following after a days at risk. */
	survival: Record<SurvivalAge, Range> | null;
	/**
	 * First whole age a (days) with S(a) ≤ 0.5. The estimate may exceed horizonDays (a model
	 * extrapolation: show "> horizon"); high is null past horizonDays; null if never reached.
	 */
	halfLifeDays: Range | null;
	/** Oldest age (days) the channel's fans reach in the data; older ages are extrapolated. */
	horizonDays: number | null;
	/** Expected survivors at the end of the last day, Σ_s A_s S(now − s) (fans). */
	survivingFans: Range | null;
	/** Expected survivors at the end of each day (fans), point estimate (B̂_t, §7.2 M9). */
	survivorsByDay: number[];
}

export interface ChannelNotIdentifiable {
	channel: string;
	identifiable: false;
	acquired: number;
	reason: string;
}

export type ChannelFit = ChannelSurvival | ChannelNotIdentifiable;

export interface SurvivalFit {
	/** One per input cohort, in input order. */
	channels: ChannelFit[];
	/** Fitting iterations spent on the point fit (start-up, bands, merges). */
	iterations: number;
	/** The point fit reached the likelihood's maximum within the tolerance. */
	converged: boolean;
	/** Bands merged with a neighbour because they rested on too few effective events. */
	mergedBands: number;
	/**
	 * Bootstrap refits attempted, those left out of every range for not converging, and the
	 * iterations they took in all.
	 */
	refits: { attempted: number; notConverged: number; iterations: number };
	/** Pearson dispersion of the fit (unitless); null when nothing was fitted. */
	dispersion: number | null;
	resampling: Resampling | null;
	reps: number;
	/** Days with removals = null, left out of the likelihood. */
	excludedDays: number;
	/** Removals (fans) on days when no cohort had anyone at risk: not attributable, left out. */
	unattributedRemovals: number;
	/** Fitted expected removals Û_t (fans/day); null when nothing was fitted. */
	fittedRemovals: (number | null)[];
	/** Point and bootstrap statistics of the fitted channels, for joint ranges (jointRange). */
	samples: { channels: string[]; point: Float64Array; draws: Float64Array[] };
}

const DAY_MS = 86_400_000;
const isCount = (x: number | null): boolean => x !== null && Number.isFinite(x) && x >= 0;

/** fitSurvival's input contract (see its @throws). */
function validate(input: SurvivalInput): void {
	const { days, removals, cohorts } = input;
	if (removals.length !== days.length) throw new RangeError('one removals value per day');
	days.forEach((d, i) => {
		const step = i > 0 ? Date.parse(d) - Date.parse(days[i - 1]) : DAY_MS;
		if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || step !== DAY_MS) {
			throw new RangeError(`days must be contiguous ISO days (at ${d})`);
		}
		if (removals[i] !== null && !isCount(removals[i])) throw new RangeError(`bad removals at ${d}`);
	});
	const names = new Set(cohorts.map((c) => c.channel));
	if (names.size !== cohorts.length) throw new RangeError('cohort channels must be unique');
	for (const c of cohorts) {
		if (c.adds.length !== days.length || !c.adds.every(isCount)) {
			throw new RangeError(`cohort ${c.channel}: one non-negative add count per day`);
		}
	}
}

const UNSEEN = 'no day with known removals while this channel had fans at risk';

/** Output of a channel left out of the fit: null outputs without adds, else not identifiable. */
function skippedChannel(channel: string, s: SkippedChannel, T: number): ChannelFit {
	if (s.unseen) return { channel, identifiable: false, acquired: s.acquired, reason: UNSEEN };
	return emptyChannel(channel, s.form, T);
}

function emptyChannel(channel: string, form: HazardForm, T: number): ChannelSurvival {
	const none = { hazard: null, survival: null, halfLifeDays: null, horizonDays: null };
	const survivorsByDay = new Array<number>(T).fill(0);
	return {
		channel,
		identifiable: true,
		acquired: 0,
		form,
		...none,
		survivingFans: null,
		survivorsByDay
	};
}

function channelOutput(
	model: Model,
	i: number,
	st: EmState,
	est: Float64Array,
	draws: Float64Array[]
): ChannelSurvival {
	const c = model.channels[i];
	const range = (j: number): Range => percentileRange(est[i * STATS + j], draws, i * STATS + j);
	const survival = Object.fromEntries(SURVIVAL_AGES.map((a, j) => [a, range(j)]));
	const horizonDays = model.T - 1 - c.first;
	const halfLifeDays = range(4);
	if (halfLifeDays.high !== null && halfLifeDays.high > horizonDays) halfLifeDays.high = null;
	const cleanup = cleanupOf(model, st.lam);
	const survivorsByDay = Array.from(
		{ length: model.T },
		(_, t) =>
			survivorsAt(model, c, st.N, t + 1) -
			(cleanup ? cleanedOut(cleanup.curves[i], cleanup.f, t) : 0)
	);
	return {
		channel: c.name,
		identifiable: true,
		acquired: c.acquired,
		form: c.form,
		hazard: hazardOf(c, st.lam),
		survival: survival as Record<SurvivalAge, Range>,
		halfLifeDays,
		horizonDays,
		survivingFans: range(5),
		survivorsByDay
	};
}

/**
 * Fit Model B: per-channel survival of fans from daily removals and daily adds per channel.
 * Days with removals = null are left out of the likelihood (exposure still runs through them);
 * removals on days with nobody at risk are left out and counted. When every removal is null the
 * hazards are not identifiable and every channel says so. Channels with no adds get null outputs.
 * Deterministic for a given options.seed.
 * @param input contiguous days, daily removals (fans/day), daily adds per channel (fans/day)
 * @param options reps (200), seed (1), hazard-form overrides, EM cap (200) and tolerance (1e-6)
 * @throws RangeError on misaligned, non-contiguous or negative inputs
 */
export function fitSurvival(input: SurvivalInput, options: SurvivalOptions = {}): SurvivalFit {
	validate(input);
	const excludedDays = input.removals.filter((u) => u === null).length;
	if (excludedDays === input.days.length)
		return notIdentifiable(input, 'daily removals are missing');
	const { model, skipped, unattributed } = buildModel(input, options);
	const { st: fit, iterations, mergedBands } = fitStructure(model);
	const reps = model.K ? (options.reps ?? 200) : 0;
	const names = model.channels.map((c) => c.name);
	const organic = names.indexOf(options.organicChannel ?? 'organic');
	const sizes = input.cohorts.flatMap((c) => {
		const i = names.indexOf(c.channel);
		return c.size && i >= 0 && i !== organic
			? [{ channel: i, estimate: model.channels[i].acquired, ...c.size }]
			: [];
	});
	const boot = bootstrapFit(model, fit, reps, options.seed ?? 1, sizes, organic);
	const est = statistics(model, fit);
	const fitted = new Map(
		model.channels.map((c, i) => [c.name, channelOutput(model, i, fit, est, boot.draws)])
	);
	const T = input.days.length;
	return {
		channels: input.cohorts.map(
			({ channel }) => fitted.get(channel) ?? skippedChannel(channel, skipped.get(channel)!, T)
		),
		iterations,
		converged: fit.converged,
		mergedBands,
		refits: {
			attempted: boot.attempted,
			notConverged: boot.notConverged,
			iterations: boot.iterations
		},
		dispersion: model.K ? boot.dispersion : null,
		resampling: model.K ? boot.resampling : null,
		reps,
		excludedDays,
		unattributedRemovals: unattributed,
		fittedRemovals: model.K ? Array.from(fit.mu) : input.days.map(() => null),
		samples: { channels: names, point: est, draws: boot.draws }
	};
}

/**
 * A 90 % range of any function of the fitted channels' statistics, from the joint bootstrap (each
 * replicate's statistics come from one refit, so sums and ratios keep their correlation). `f`
 * reads a statistic of a channel (a channel that was not fitted reads 0 for survivors and adds,
 * NaN otherwise) and returns NaN where the value does not exist in that replicate.
 */
export function jointRange(
	fit: SurvivalFit,
	f: (get: (channel: string, stat: Stat) => number) => number
): Range {
	const { channels, point, draws } = fit.samples;
	const reader = (v: Float64Array) => (channel: string, stat: Stat) => {
		const i = channels.indexOf(channel);
		if (i < 0) return stat === 'survivors' || stat === 'addsDelta' ? 0 : NaN;
		return v[i * STATS + STAT[stat]];
	};
	return rangeOf(
		f(reader(point)),
		draws.map((d) => f(reader(d)))
	);
}

function notIdentifiable(input: SurvivalInput, reason: string): SurvivalFit {
	const channels = input.cohorts.map((c) => ({
		channel: c.channel,
		identifiable: false as const,
		acquired: c.adds.reduce((s, a) => s + a, 0),
		reason
	}));
	return {
		channels,
		iterations: 0,
		converged: false,
		mergedBands: 0,
		refits: { attempted: 0, notConverged: 0, iterations: 0 },
		dispersion: null,
		resampling: null,
		reps: 0,
		excludedDays: input.days.length,
		unattributedRemovals: 0,
		fittedRemovals: input.days.map(() => null),
		samples: { channels: [], point: new Float64Array(0), draws: [] }
	};
}

/**
 * B̂_t: expected surviving fans (fans) at the end of each day, summed over every channel except
 * `organicChannel` (default 'organic'); feeds inorganic_share (§7.2 M9). Null when any of those
 * channels is not identifiable (then B̂_t is unknown, not 0).
 */
export function inorganicSurvivors(fit: SurvivalFit, organicChannel = 'organic'): number[] | null {
	const out = fit.fittedRemovals.map(() => 0);
	for (const c of fit.channels) {
		if (c.channel === organicChannel) continue;
		if (!c.identifiable) return null;
		c.survivorsByDay.forEach((n, t) => (out[t] += n));
	}
	return out;
}
