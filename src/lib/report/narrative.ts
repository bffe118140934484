import { day, money, pct, sig2, type Lang } from './format.ts';
import type { Report, ReportEffect } from './schema.ts';
import { WORDS, type Words } from './words.ts';

type Body = Omit<Report, 'narrative' | 'caveats'>;
const INORGANIC = new Set(['bought', 'exchange', 'undeclared']);

/**
 * The report's words, from its numbers only (analytics.md §6.2–6.3): 90 % ranges written "likely
 * between", two significant figures, "can't tell" when a range contains 0, and each campaign
 * sentence gated by its evidence level. Deterministic.
 */
export function narrate(
	r: Body,
	extra: {
		fansFirst: number | null;
		fansLast: number | null;
		currency: string;
		survivalConverged?: boolean;
	}
) {
	const w = WORDS[r.lang];
	const lang = r.lang;
	return {
		narrative: {
			headline: headline(r, extra, w, lang),
			sections: [
				{
					title: w.sections.channels,
					paragraphs: [...channelParagraphs(r, w, lang), ...reachParagraph(r, w, lang)]
				},
				{ title: w.sections.campaigns, paragraphs: campaignParagraphs(r, w, lang) },
				{ title: w.sections.anomalies, paragraphs: anomalyParagraphs(r, w, lang) },
				{ title: w.sections.dilution, paragraphs: dilutionParagraphs(r, w, lang) },
				{ title: w.sections.costs, paragraphs: costParagraphs(r, w, lang, extra.currency) }
			]
		},
		caveats: [
			...caveats(r, w, lang),
			...(extra.survivalConverged === false ? [w.caveatNotConverged] : [])
		]
	};
}

const range = (
	w: Words,
	lang: Lang,
	low: number | null,
	high: number | null,
	f = (n: number) => sig2(n, lang)
) => w.range(low === null ? '?' : f(low), high === null ? '?' : f(high));

function headline(
	r: Body,
	extra: { fansFirst: number | null; fansLast: number | null },
	w: Words,
	lang: Lang
) {
	const kept = r.channels.filter(
		(c) => INORGANIC.has(c.channel) && c.survivingFans?.estimate != null
	);
	if (kept.length) {
		const c = kept[0];
		const s = c.survivingFans!;
		return w.headlineKept(
			w.channel[c.channel],
			sig2(c.fansAcquired.estimate ?? 0, lang),
			sig2(s.estimate!, lang),
			range(w, lang, s.low, s.high)
		);
	}
	if (extra.fansFirst !== null && extra.fansLast !== null)
		return w.headlineGrowth(
			day(r.period.from, lang),
			day(r.period.to, lang),
			sig2(extra.fansFirst, lang),
			sig2(extra.fansLast, lang)
		);
	return w.headlineGrowth(day(r.period.from, lang), day(r.period.to, lang), '?', '?');
}

function channelParagraphs(r: Body, w: Words, lang: Lang): string[] {
	return r.channels.map((c) => {
		const name = w.channel[c.channel];
		const parts = [w.acquired(name, sig2(c.fansAcquired.estimate ?? 0, lang), c.source ?? '')];
		if (!c.identifiable) return w.notIdentifiable(name, c.reason ?? '');
		const s = c.survival?.d365;
		if (s?.estimate != null)
			parts.push(
				w.survival(
					pct(s.estimate, lang),
					range(w, lang, s.low, s.high, (n) => pct(n, lang))
				)
			);
		const h = c.halfLifeDays;
		const horizon = c.horizonDays;
		if (h?.estimate != null && horizon !== null && h.estimate > horizon)
			parts.push(w.halfLifeLong(sig2(horizon, lang)));
		else if (h?.estimate != null)
			parts.push(w.halfLife(sig2(h.estimate, lang), range(w, lang, h.low, h.high)));
		return parts.join(' ');
	});
}

/** Model D, level 1: "is associated with", a model-based split of new fans by source of reach. */
function reachParagraph(r: Body, w: Words, lang: Lang): string[] {
	const a = r.reachAttribution;
	if (!('attributedFans' in a)) return [];
	const parts = (['organic', 'paid', 'viral'] as const)
		.map((k) => ({ k, v: a.attributedFans[k] }))
		.filter((x) => x.v?.estimate != null && x.v.estimate > 0)
		.map((x) =>
			w.reachPart(
				w.reachSource[x.k],
				sig2(x.v!.estimate!, lang),
				range(w, lang, x.v!.low, x.v!.high)
			)
		);
	return parts.length ? [w.reachSplit(parts.join('; '))] : [];
}

/** One sentence per campaign and outcome, at the campaign's evidence level. */
export function effectSentence(
	label: string,
	outcome: string,
	e: ReportEffect,
	w: Words,
	lang: Lang
): string {
	if (!('evidenceLevel' in e)) return w.refused(label, outcome, w.reasons[e.reason] ?? e.reason);
	const rg = range(w, lang, e.low, e.high);
	const containsZero = e.low !== null && e.high !== null && e.low <= 0 && e.high >= 0;
	if (containsZero || e.evidenceLevel === 0 || e.estimate === null)
		return w.effect0(label, outcome, rg);
	const n = sig2(Math.abs(e.estimate), lang);
	if (e.evidenceLevel === 2 && e.estimate > 0) return w.effect2(label, outcome, n, rg);
	return e.estimate > 0 ? w.effect1(label, outcome, n, rg) : w.effect1Below(label, outcome, n, rg);
}

function campaignParagraphs(r: Body, w: Words, lang: Lang): string[] {
	if (!r.campaigns.length) return [w.noCampaigns];
	return r.campaigns.map((c) => {
		const label = c.label ?? w.channel[c.channel];
		return (['fansAdded', 'engagedUsers', 'reachOrganic'] as const)
			.map((o) => effectSentence(label, w.outcome[o], c.effects[o], w, lang))
			.join(' ');
	});
}

function anomalyParagraphs(r: Body, w: Words, lang: Lang): string[] {
	const shown = r.anomalies.filter((a) => a.class !== 'declared');
	if (!shown.length) return [w.noAnomalies];
	return shown.map((a) =>
		w.anomaly(day(a.start, lang), sig2(a.excessFans, lang), w.classes[a.class])
	);
}

function dilutionParagraphs(r: Body, w: Words, lang: Lang): string[] {
	const d = r.dilution;
	if (d.erFans === null) return [w.noDilution];
	const out: string[] = [];
	if (d.erFansAdjusted !== null)
		out.push(w.dilution(pct(d.erFans, lang), pct(d.erFansAdjusted, lang)));
	const s = d.inorganicShare;
	if (s?.estimate != null)
		out.push(
			w.dilutionShare(
				pct(s.estimate, lang),
				range(w, lang, s.low, s.high, (n) => pct(n, lang))
			)
		);
	if (d.signature !== null) out.push(d.signature ? w.signatureYes : w.signatureNo);
	return out.length ? out : [w.noDilution];
}

function costParagraphs(r: Body, w: Words, lang: Lang, currency: string): string[] {
	const out: string[] = [];
	for (const c of r.channels) {
		if (c.cost === null) continue;
		const parts = [w.cost(w.channel[c.channel], money(c.cost, currency, lang))];
		const m12 = c.costPerRetainedFan.m12;
		if (m12?.estimate != null)
			parts.push(
				w.costRetained(
					money(m12.estimate, currency, lang),
					range(w, lang, m12.low, m12.high, (n) => money(n, currency, lang))
				)
			);
		out.push(parts.join(' '));
	}
	if (!r.roi.valueInputs) out.push(w.noValue);
	else
		for (const x of r.roi.byChannel)
			if (x.roiPct !== null) out.push(w.roi(w.channel[x.channel], pct(1 + x.roiPct / 100, lang)));
	return out;
}

function caveats(r: Body, w: Words, lang: Lang): string[] {
	const out = [w.caveatRanges];
	if (r.channels.some((c) => c.channel === 'bought' || c.channel === 'exchange'))
		out.push(w.caveatBought);
	if (r.roi.valueInputs) out.push(w.caveatValue);
	for (const e of r.platformEvents) out.push(w.caveatEvent(day(e.day, lang), e.description));
	return out;
}
