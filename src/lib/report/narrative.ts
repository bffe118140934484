import { render, type Ctx } from './messages/catalogue.ts';
import {
	reachReasonMessage,
	reasonMessage,
	signalMessage,
	sourceMessages
} from './messages/codes.ts';
import { msg, type Label, type Message, type Outcome, type R } from './messages/types.ts';
import type { Lang } from './messages/phrase.ts';
import type { Report, ReportEffect } from './schema.ts';

type Body = Omit<Report, 'narrative' | 'caveats' | 'caveatMessages'>;

/**
 * Fields other parts of the report model may carry (Model A: seasonal counterfactual, episodes
 * of contiguous entries, which fan series Model C examined; Model B: the ledger's promises
 * checked against the data, channels with no detectable fans, the fit's diagnostics). Read when
 * present: the words for them live in the catalogue.
 */
interface Extras {
	ledgerChecks?: {
		id: string;
		promised: number;
		observed: Range | null;
		status: string;
	}[];
	survivalModel?: {
		refits: number;
		refitsNotConverged: number;
		excludedDays: number;
		imputedDays: number;
		cleanupFans?: number;
		cleanupDays?: number;
	};
	spikeSeries?: { source: 'gross' | 'net' | 'mixed' | null; reason: string | null };
}
interface EffectExtras {
	method?: string;
	seasonality?: string;
	episode?: { start: string; end: string; entries: string[]; share: number };
}
const extras = (r: Body) => r as Body & Extras;
const effectExtras = (e: ReportEffect) => e as ReportEffect & EffectExtras;
type Range = { estimate: number | null; low: number | null; high: number | null };
const OUTCOMES: Outcome[] = ['fansAdded', 'engagedUsers', 'reachOrganic'];

/**
 * The report's words, from its numbers only (analytics.md §6.2–6.3, docs/analytics.md
 * "Narrative"): a headline that is the bottom line, then one idea per sentence, numbers spoken
 * ("about 4 in 5", "almost none") with their 90 % range beside them, "can't tell" only when a
 * range contains 0, statements that hold for several campaigns or spikes grouped, and every
 * campaign sentence gated by its evidence level. Each sentence is a message (code + parameters)
 * rendered by the catalogue in the report's language; both are kept. Deterministic.
 */
export function narrate(
	r: Body,
	extra: {
		fansFirst: number | null;
		fansLast: number | null;
		currency: string;
		survivalConverged?: boolean;
		/** the daily new-fan series the spike detector could read (default: gross adds) */
		addsSeries?: 'gross' | 'net' | 'mixed' | 'none';
		/** the period's events in both languages (the report body keeps only its own) */
		events?: readonly { day: string; en: string; fr: string }[];
	}
) {
	const ctx: Ctx = { lang: r.lang, currency: extra.currency };
	const sections: { id: string; paragraphs: Message[][] }[] = [
		{
			id: 'channels',
			paragraphs: [...channelParagraphs(r), ...ledgerCheckParagraph(r), ...reachParagraph(r)]
		},
		{ id: 'campaigns', paragraphs: campaignParagraphs(r) },
		{ id: 'anomalies', paragraphs: anomalyParagraphs(r, seriesOf(r, extra.addsSeries)) },
		{ id: 'dilution', paragraphs: dilutionParagraphs(r) },
		{ id: 'costs', paragraphs: costParagraphs(r, extra.currency) }
	];
	const headline = headlineMessage(r, extra);
	const caveatMessages = [
		...caveats(r, extra.events),
		...(extra.survivalConverged === false ? [msg('caveat.notConverged', {})] : [])
	];
	const text = (ms: Message[]) => ms.map((m) => render(m, ctx)).join(' ');
	return {
		narrative: {
			headline: render(headline, ctx),
			headlineMessage: headline,
			sections: sections.map((s) => ({
				id: s.id,
				title: render(msg(`section.${s.id}` as 'section.channels', {}), ctx),
				paragraphs: s.paragraphs.map(text),
				messages: s.paragraphs
			}))
		},
		caveats: caveatMessages.map((m) => render(m, ctx)),
		caveatMessages
	};
}

/**
 * The analytics core's English texts (how a channel was counted, why its survival cannot be
 * estimated, the evidence about a spike) as messages, and rendered in the report's language.
 */
export function localize(
	channels: Report['channels'],
	anomalies: Report['anomalies'],
	lang: Lang,
	currency: string,
	reachAttribution?: Report['reachAttribution']
) {
	const ctx: Ctx = { lang, currency };
	const reach =
		reachAttribution && 'reason' in reachAttribution
			? (() => {
					const reasonMessage = reachReasonMessage(reachAttribution.reason);
					return { reachAttribution: { reason: render(reasonMessage, ctx), reasonMessage } };
				})()
			: {};
	return {
		...reach,
		channels: channels.map((c) => {
			const sourceMessagesOf = sourceMessages(c.source);
			const reasonMsg = reasonMessage(c.reason);
			return {
				...c,
				source: c.source === null ? null : sourceMessagesOf.map((m) => render(m, ctx)).join('; '),
				reason: reasonMsg ? render(reasonMsg, ctx) : null,
				sourceMessages: sourceMessagesOf,
				reasonMessage: reasonMsg
			};
		}),
		anomalies: anomalies.map((a) => {
			const signalMessages = a.signals.map(signalMessage);
			return { ...a, signals: signalMessages.map((m) => render(m, ctx)), signalMessages };
		})
	};
}

/** Which series the spike detector read: Model C's own status when given, else what the rows show. */
function seriesOf(
	r: Body,
	fallback: 'gross' | 'net' | 'mixed' | 'none' | undefined
): 'gross' | 'net' | 'mixed' | 'none' | 'short' {
	const s = extras(r).spikeSeries;
	if (!s) return fallback ?? 'gross';
	if (s.reason === 'too-short') return 'short';
	return s.reason === 'no-series' ? 'none' : (s.source ?? 'none');
}

const rOf = (x: Range): R | null =>
	x.estimate === null ? null : { n: x.estimate, lo: x.low, hi: x.high };

/** The share after a year is a projection when the data does not reach a year of age. */
const projected = (c: Report['channels'][number]) => c.horizonDays !== null && c.horizonDays < 365;

function headlineMessage(
	r: Body,
	extra: { fansFirst: number | null; fansLast: number | null }
): Message {
	const withYear = (c: Report['channels'][number]) =>
		c.identifiable && c.survival?.d365?.estimate != null && (c.fansAcquired.estimate ?? 0) >= 1;
	// the bottom line sets bought or exchanged fans against organic ones; spikes nobody declared
	// are a detail of the report, not its headline
	const inorganic = r.channels
		.filter((c) => (c.channel === 'bought' || c.channel === 'exchange') && withYear(c))
		.sort((a, b) => (b.fansAcquired.estimate ?? 0) - (a.fansAcquired.estimate ?? 0))[0];
	const organic = r.channels.find((c) => c.channel === 'organic' && withYear(c));
	const one = (c: Report['channels'][number]) => ({
		channel: c.channel,
		acquired: c.fansAcquired.estimate!,
		s: rOf(c.survival!.d365!)!,
		projected: projected(c)
	});
	if (inorganic && organic) {
		const o = one(organic);
		return msg('headline.compare', {
			...one(inorganic),
			organic: o.acquired,
			os: o.s,
			oprojected: o.projected
		});
	}
	if (inorganic ?? organic) return msg('headline.one', one((inorganic ?? organic)!));
	return msg('headline.growth', {
		from: r.period.from,
		to: r.period.to,
		first: extra.fansFirst,
		last: extra.fansLast
	});
}

function channelParagraphs(r: Body): Message[][] {
	return r.channels.map((c) => {
		const fans = rOf(c.fansAcquired) ?? { n: 0, lo: null, hi: null };
		const more = c as typeof c & { detectable?: boolean; sourceCodes?: string[] };
		if (more.detectable === false) return [msg('channel.none', { channel: c.channel })];
		const acquired = msg('channel.acquired', {
			channel: c.channel,
			fans,
			source: sourceMessages(c.source, more.sourceCodes)
		});
		if (!c.identifiable)
			return [
				acquired,
				msg('channel.notIdentifiable', {
					channel: c.channel,
					reason: reasonMessage(c.reason) ?? msg('reason', { code: 'unknown' })
				})
			];
		const out = [acquired];
		const s = c.survival?.d365;
		if (s?.estimate != null)
			out.push(msg('channel.survival', { s: rOf(s)!, projected: projected(c) }));
		const h = c.halfLifeDays;
		if (h?.estimate != null && c.horizonDays !== null && h.estimate > c.horizonDays)
			out.push(msg('channel.halfLifeLong', { horizon: c.horizonDays }));
		else if (h?.estimate != null) out.push(msg('channel.halfLife', { d: rOf(h)! }));
		return out;
	});
}

/** The ledger's promised quantities the data does not bear out (Model B's checks), in one paragraph. */
function ledgerCheckParagraph(r: Body): Message[][] {
	const checks = (extras(r).ledgerChecks ?? []).filter((c) => c.status !== 'consistent');
	const out = checks.map((c) => {
		const entry = r.campaigns.find((x) => x.id === c.id);
		const label: Label = entry?.label ?? {
			channel: entry?.channel ?? 'other',
			start: entry?.start ?? r.period.from
		};
		return msg('ledger.check', {
			label,
			promised: c.promised,
			observed: c.observed ? rOf(c.observed) : null,
			status: c.status
		});
	});
	return out.length ? [out] : [];
}

/** Model D, level 1: a model-based split of new fans by source of reach. */
function reachParagraph(r: Body): Message[][] {
	const a = r.reachAttribution;
	if (!('attributedFans' in a))
		return [[msg('reach.refused', { reason: reachReasonMessage(a.reason) })]];
	const parts = (['organic', 'paid', 'viral'] as const)
		.map((k) => ({ source: k, v: a.attributedFans[k] }))
		.filter((x) => x.v?.estimate != null && x.v.estimate > 0)
		.map((x) => ({ source: x.source, fans: rOf(x.v!)! }));
	return parts.length ? [[msg('reach.split', { parts })]] : [];
}

type Claim = 'refused' | 'cantTell' | 'effect0' | 'effect1' | 'effect2';

/** What a campaign's effect on one outcome allows us to say (analytics.md §6.3). */
export function claimOf(e: ReportEffect): Claim {
	if (!('evidenceLevel' in e)) return 'refused';
	if (e.estimate === null || e.low === null || e.high === null) return 'cantTell';
	if (e.low <= 0 && e.high >= 0) return 'cantTell';
	if (e.evidenceLevel === 0) return 'effect0';
	return e.evidenceLevel === 2 && e.estimate > 0 ? 'effect2' : 'effect1';
}

/**
 * The messages about one campaign's outcomes, in order: claims first (strongest first), then the
 * outcomes we can't tell about (one sentence), then those that could not be compared (one
 * sentence per reason). The label is named once, in the first sentence.
 */
export function campaignMessages(label: Label, effects: Record<Outcome, ReportEffect>): Message[] {
	const out: Message[] = [];
	const first = (): 'label' | 'same' | 'none' =>
		out.length === 0 ? 'label' : out.length === 1 ? 'same' : 'none';
	const rank: Claim[] = ['effect2', 'effect1', 'effect0'];
	for (const claim of rank)
		for (const o of OUTCOMES) {
			const e = effects[o];
			if (claimOf(e) !== claim || !('evidenceLevel' in e)) continue;
			const p = {
				label,
				outcome: o,
				lead: first(),
				e: { n: e.estimate!, lo: e.low, hi: e.high },
				note: !out.some((m) => m.code === 'campaign.effect2'),
				...(effectExtras(e).method === 'seasonal' ? { seasonal: true } : {})
			};
			out.push(msg(`campaign.${claim}` as 'campaign.effect2', p));
		}
	const unclear = OUTCOMES.filter((o) => claimOf(effects[o]) === 'cantTell');
	if (unclear.length)
		out.push(
			msg('campaign.cantTell', {
				label,
				lead: first(),
				items: unclear.map((o) => {
					const e = effects[o] as { low: number | null; high: number | null };
					return { outcome: o, lo: e.low, hi: e.high };
				})
			})
		);
	const refused = new Map<string, Outcome[]>();
	for (const o of OUTCOMES) {
		const e = effects[o];
		if ('reason' in e) refused.set(e.reason, [...(refused.get(e.reason) ?? []), o]);
	}
	for (const [reason, outcomes] of refused)
		out.push(
			msg('campaign.partlyRefused', {
				label,
				lead: out.length === 0 ? 'label' : 'none',
				outcomes,
				reason
			})
		);
	return out;
}

/** The run a campaign belongs to (Model A's episode of contiguous entries), as a key. */
function runOf(c: Body['campaigns'][number]): string | null {
	for (const o of OUTCOMES) {
		const ep = effectExtras(c.effects[o]).episode;
		if (ep && ep.entries.length > 1) return ep.entries.join(',');
	}
	return null;
}

/** An episode's whole effect from one entry's share of it (Model A splits it by days). */
function wholeEpisode(effects: Record<Outcome, ReportEffect>): Record<Outcome, ReportEffect> {
	const out = { ...effects };
	for (const o of OUTCOMES) {
		const e = effects[o];
		const share = effectExtras(e).episode?.share;
		if (!('evidenceLevel' in e) || !share || share <= 0) continue;
		const k = (x: number | null) => (x === null ? null : x / share);
		out[o] = { ...e, estimate: k(e.estimate), low: k(e.low), high: k(e.high) };
	}
	return out;
}

function campaignParagraphs(r: Body): Message[][] {
	if (!r.campaigns.length) return [[msg('campaign.none', {})]];
	const labelOf = (c: Body['campaigns'][number]): string | { channel: string; start: string } =>
		c.label ?? { channel: c.channel, start: c.start };
	// contiguous entries assessed together (one run) are told together, as the run's whole effect
	const units: {
		labels: ReturnType<typeof labelOf>[];
		effects: Body['campaigns'][number]['effects'];
	}[] = [];
	const runs = new Map<string, (typeof units)[number]>();
	for (const c of r.campaigns) {
		const key = runOf(c);
		const known = key ? runs.get(key) : undefined;
		if (known) {
			known.labels.push(labelOf(c));
			continue;
		}
		const unit = { labels: [labelOf(c)], effects: key ? wholeEpisode(c.effects) : c.effects };
		if (key) runs.set(key, unit);
		units.push(unit);
	}
	const assessed: Message[][] = [];
	// campaigns where nothing could be compared: one short sentence per reason, all campaigns named
	const refused = new Map<string, Label[]>();
	for (const u of units) {
		const reasons = OUTCOMES.map((o) => u.effects[o]).map((e) => ('reason' in e ? e.reason : null));
		if (reasons.every((x) => x !== null) && new Set(reasons).size === 1)
			refused.set(reasons[0]!, [...(refused.get(reasons[0]!) ?? []), ...u.labels]);
		else
			assessed.push(
				campaignMessages(u.labels.length > 1 ? { run: u.labels } : u.labels[0], u.effects)
			);
	}
	const out = [...assessed];
	for (const [reason, labels] of refused) out.push([msg('campaign.refused', { labels, reason })]);
	const claims = assessed.flat();
	if (claims.some((m) => m.code === 'campaign.effect1')) out.push([msg('campaign.level1Note', {})]);
	const unchecked = r.campaigns.some((c) =>
		OUTCOMES.some(
			(o) =>
				'evidenceLevel' in c.effects[o] && effectExtras(c.effects[o]).seasonality === 'unchecked'
		)
	);
	if (unchecked) out.push([msg('campaign.seasonUnchecked', {})]);
	return out;
}

const CLASS_ORDER = [
	'likely_inorganic',
	'possible',
	'unexplained',
	'explained_ads',
	'explained_reach'
];

/**
 * Spikes grouped by class: one sentence per class, listing the days. "No spike stood out" is said
 * only when gross new fans were read: on net-only series the report says what it could not see.
 */
function anomalyParagraphs(
	r: Body,
	series: 'gross' | 'net' | 'mixed' | 'none' | 'short'
): Message[][] {
	const shown = r.anomalies.filter((a) => a.class !== 'declared');
	if (series === 'none') return [[msg('anomaly.noSeries', {})]];
	if (series === 'short') return [[msg('anomaly.tooShort', {})]];
	const note = series === 'gross' ? [] : [[msg('anomaly.netNote', { partly: series === 'mixed' })]];
	if (!shown.length)
		return series === 'net' ? [[msg('anomaly.noneNet', {})]] : [[msg('anomaly.none', {})], ...note];
	const out: Message[][] = [];
	let suspicious: { paragraph: Message[]; several: boolean } | null = null;
	for (const cls of CLASS_ORDER) {
		const items = shown
			.filter((a) => a.class === cls)
			.map((a) => ({ day: a.start, fans: a.excessFans }));
		if (!items.length) continue;
		const paragraph = [msg('anomaly.group', { cls, items })];
		if (cls === 'likely_inorganic' || cls === 'possible')
			suspicious = { paragraph, several: (suspicious ? 2 : 0) + items.length > 1 };
		out.push(paragraph);
	}
	// the ledger question once, after the last suspicious group
	if (suspicious)
		suspicious.paragraph.push(msg('anomaly.askLedger', { several: suspicious.several }));
	return [...out, ...note];
}

function dilutionParagraphs(r: Body): Message[][] {
	const d = r.dilution;
	if (d.erFans === null) return [[msg('dilution.none', {})]];
	const out: Message[] = [];
	if (d.erFansAdjusted !== null)
		out.push(msg('dilution.er', { er: d.erFans, adj: d.erFansAdjusted }));
	const s = d.inorganicShare;
	if (s?.estimate != null) out.push(msg('dilution.share', { s: rOf(s)! }));
	if (d.signature !== null)
		out.push(msg(d.signature ? 'dilution.signatureYes' : 'dilution.signatureNo', {}));
	return out.length ? [out] : [[msg('dilution.none', {})]];
}

function costParagraphs(r: Body, currency: string): Message[][] {
	const out: Message[][] = [];
	for (const c of r.channels) {
		const by = Object.entries(c.costByCurrency ?? {});
		if (c.cost === null && by.length > 1) {
			out.push([
				msg('cost.mixed', {
					channel: c.channel,
					amounts: by.map(([cur, amount]) => ({ currency: cur, amount }))
				})
			]);
			continue;
		}
		if (c.cost === null) continue;
		const m12 = c.costPerRetainedFan.m12;
		out.push([
			msg('cost.channel', {
				channel: c.channel,
				amount: c.cost,
				currency: by[0]?.[0] ?? currency,
				retained: m12 ? rOf(m12) : null
			})
		]);
	}
	if (out.length) out.push([msg('cost.note', {})]);
	if (!r.roi.valueInputs) out.push([msg('cost.noValue', {})]);
	else
		for (const x of r.roi.byChannel)
			if (x.roiPct !== null) out.push([msg('cost.roi', { channel: x.channel, roiPct: x.roiPct })]);
	return out;
}

function caveats(r: Body, events?: readonly { day: string; en: string; fr: string }[]): Message[] {
	const out = [msg('caveat.ranges', {})];
	if (r.channels.some((c) => c.channel === 'bought' || c.channel === 'exchange'))
		out.push(msg('caveat.bought', {}));
	if (r.roi.valueInputs) out.push(msg('caveat.value', {}));
	for (const e of events ?? r.platformEvents)
		out.push(
			msg('caveat.event', {
				day: e.day,
				description: 'en' in e ? { en: e.en, fr: e.fr } : e.description
			})
		);
	const currencies = [
		...new Set(r.channels.flatMap((c) => Object.keys(c.costByCurrency ?? {})))
	].sort();
	if (currencies.length > 1) out.push(msg('caveat.currencies', { currencies }));
	const fit = extras(r).survivalModel;
	if (fit?.refitsNotConverged)
		out.push(msg('caveat.refits', { failed: fit.refitsNotConverged, total: fit.refits }));
	if (fit?.excludedDays) out.push(msg('caveat.excludedDays', { days: fit.excludedDays }));
	if (fit?.imputedDays) out.push(msg('caveat.imputedDays', { days: fit.imputedDays }));
	if (fit?.cleanupFans && fit.cleanupDays)
		out.push(msg('caveat.cleanup', { fans: fit.cleanupFans, days: fit.cleanupDays }));
	return out;
}
