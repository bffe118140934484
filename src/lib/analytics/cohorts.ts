import { excessByDay, isEvent, type Outcome } from './campaign-effects.ts';
import type { EffectResult } from './counterfactual.ts';
import type { SpikeEpisode } from './spikes-classify.ts';
import type { SurvivalCohort } from './survival.ts';
import type { DailyPoint, LedgerEntry, Range } from './types.ts';

/** Spike classes that nobody declared and nothing explains: their own `undeclared` cohort. */
const UNDECLARED = new Set(['likely_inorganic', 'possible', 'unexplained']);

export interface CohortPlan {
	days: string[];
	removals: (number | null)[];
	cohorts: SurvivalCohort[];
	/** fans each channel brought, with a range where the source of the number has one */
	acquired: Map<string, Range>;
	/** how each channel's adds were obtained, for the report's caveats */
	sources: Map<string, string>;
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Every day from the first to the last stored day (Model B needs a contiguous grid). */
function grid(days: readonly DailyPoint[]): string[] {
	const out: string[] = [];
	if (!days.length) return out;
	for (let t = Date.parse(days[0].day); t <= Date.parse(days[days.length - 1].day); t += DAY)
		out.push(iso(t));
	return out;
}

function spread(into: Map<string, number>, from: string, to: string, total: number) {
	const n = Math.round((Date.parse(to) - Date.parse(from)) / DAY) + 1;
	for (let t = Date.parse(from); t <= Date.parse(to); t += DAY)
		into.set(iso(t), (into.get(iso(t)) ?? 0) + total / n);
}

/**
 * Model B's cohorts (analytics.md §7.3) from the page's days, its ledger, Model C's episodes and
 * Model A's fans_added effects:
 * - bought: the matched spike's excess if Model C found one, else the promised quantity, spread
 *   evenly over the days; exchange, contest, other: Model A's excess over the pre-trend;
 * - ads: the export's paid new fans on the entry's days when it has them, else Model A's excess;
 * - undeclared: the excess of flagged spikes nobody declared;
 * - organic: fans_added minus everything attributed, floored at 0 (unknown days add nothing).
 */
export function buildCohorts(
	days: readonly DailyPoint[],
	ledger: readonly LedgerEntry[],
	episodes: readonly SpikeEpisode[],
	effects: ReadonlyMap<string, Record<Outcome, EffectResult>>,
	usual: readonly { day: string; excess: number | null }[] = []
): CohortPlan {
	const usualExcess = new Map(usual.map((r) => [r.day, r.excess]));
	const byDay = new Map(days.map((d) => [d.day, d]));
	const adds = new Map<string, Map<string, number>>();
	const acquired = new Map<string, Range>();
	const sources = new Map<string, string>();
	const add = (channel: string, m: Map<string, number>, range: Range, source: string) => {
		const into = adds.get(channel) ?? new Map<string, number>();
		for (const [d, v] of m) into.set(d, (into.get(d) ?? 0) + v);
		adds.set(channel, into);
		const prev = acquired.get(channel);
		const sum = (a: number | null | undefined, b: number | null) =>
			a === null || b === null ? null : (a ?? 0) + b;
		acquired.set(
			channel,
			prev
				? {
						estimate: sum(prev.estimate, range.estimate),
						low: sum(prev.low, range.low),
						high: sum(prev.high, range.high)
					}
				: range
		);
		const known = sources.get(channel)?.split('; ') ?? [];
		if (!known.includes(source)) sources.set(channel, [...known, source].join('; '));
	};
	for (const e of ledger.filter(isEvent)) {
		const m = new Map<string, number>();
		const episode = episodes.find((x) => x.campaignId === e.id);
		const paid = days.filter(
			(d) => d.day >= e.start && d.day <= e.end && d.fans_added_paid !== null
		);
		if (e.channel === 'bought' && (episode || e.promisedQty)) {
			const total = episode ? episode.excessFans : (e.promisedQty as number);
			spread(m, episode?.start ?? e.start, episode?.end ?? e.end, total);
			add(
				e.channel,
				m,
				{ estimate: total, low: null, high: null },
				episode ? 'spike excess' : 'promised quantity'
			);
		} else if (e.channel === 'ads' && paid.length) {
			for (const d of paid) m.set(d.day, d.fans_added_paid as number);
			const total = paid.reduce((s, d) => s + (d.fans_added_paid as number), 0);
			add(
				e.channel,
				m,
				{ estimate: total, low: total, high: total },
				'paid new fans in the export'
			);
		} else {
			const effect = effects.get(e.id)?.fansAdded;
			if (!effect?.effect) {
				// no trend comparison possible (overlap, too little history): the excess over the
				// usual daily pace (trailing 28-day median, Model C) on the entry's days, no range
				for (const d of days)
					if (d.day >= e.start && d.day <= e.end)
						m.set(d.day, Math.max(0, usualExcess.get(d.day) ?? 0));
				const total = [...m.values()].reduce((a, b) => a + b, 0);
				add(
					e.channel,
					m,
					{ estimate: total, low: null, high: null },
					'excess over the usual daily pace'
				);
				continue;
			}
			const excess = excessByDay(effect, e, days);
			const r = effect?.effect;
			const range =
				r && r.estimate > 0
					? { estimate: r.estimate, low: Math.max(0, r.low), high: r.high }
					: { estimate: 0, low: null, high: null };
			add(e.channel, excess, range, 'excess over the previous trend');
		}
	}
	for (const x of episodes.filter((x) => UNDECLARED.has(x.class) && !x.campaignId)) {
		const m = new Map<string, number>();
		spread(m, x.start, x.end, x.excessFans);
		add(
			'undeclared',
			m,
			{ estimate: x.excessFans, low: null, high: null },
			'spikes nobody declared'
		);
	}
	const dayGrid = grid(days);
	const organic = dayGrid.map((d) => {
		const total = byDay.get(d)?.fans_added ?? 0;
		let attributed = 0;
		for (const m of adds.values()) attributed += m.get(d) ?? 0;
		return Math.max(0, total - attributed);
	});
	// fans who followed before the first day are at risk too: they join organic on day 0 (their
	// origin is unknown; leaving them out biases every hazard upwards)
	const before =
		days[0]?.fans_total !== null && days[0]?.fans_total !== undefined
			? days[0].fans_total - (days[0].fans_added ?? 0)
			: 0;
	if (organic.length && before > 0) organic[0] += before;
	const organicTotal = organic.reduce((a, b) => a + b, 0) - Math.max(0, before);
	acquired.set('organic', { estimate: organicTotal, low: null, high: null });
	sources.set('organic', 'new fans minus everything attributed to other channels');
	const cohorts: SurvivalCohort[] = [
		{ channel: 'organic', adds: organic },
		...[...adds].map(([channel, m]) => ({ channel, adds: dayGrid.map((d) => m.get(d) ?? 0) }))
	];
	return {
		days: dayGrid,
		removals: dayGrid.map((d) => byDay.get(d)?.fans_removed ?? null),
		cohorts,
		acquired,
		sources
	};
}
