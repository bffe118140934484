import type { Message } from '../../../src/lib/report/messages/types.ts';

type Lang = 'en' | 'fr';

/** Words each evidence level may never use (analytics.md §6.3), in both languages. */
export const FORBIDDEN = {
	en: {
		always: [
			/\bcaus/i,
			/thanks to/i,
			/because/i,
			/\bprove/i,
			/\bdrove\b/i,
			/\bgenerated\b/i,
			/\bled to\b/i,
			/resulted in/i,
			/\bdue to\b/i
		],
		upTo1: [
			/what the previous trend projects/i,
			/\bprojects?\b/i,
			/had this effect/i,
			/\badded\b/i,
			/\bbrought\b/i,
			/\bincreased\b/i,
			/\bboosted\b/i
		],
		level0: [/associated/i, /\bassociation\b/i]
	},
	fr: {
		always: [
			/caus/i,
			/grâce à/i,
			/à cause/i,
			/prouv/i,
			/\bgénéré/i,
			/entraîn/i,
			/provoqu/i,
			/\bdue? à\b/i
		],
		upTo1: [
			/ce que projetait la tendance/i,
			/projet/i,
			/avait eu cet effet/i,
			/a apporté/i,
			/ont apporté/i,
			/a fait (monter|gagner)/i
		],
		level0: [/associé/i, /association/i]
	}
};

/** The evidence level a message speaks at: only a level-2 campaign effect may compare with "what the trend projects". */
export function levelOf(m: Message): 0 | 1 | 2 {
	if (m.code === 'campaign.effect2') return 2;
	if (
		[
			'campaign.effect1',
			'campaign.level1Note',
			'campaign.seasonUnchecked',
			'reach.split',
			'cost.roi'
		].includes(m.code)
	)
		return 1;
	return 0;
}

export function forbiddenAt(level: 0 | 1 | 2, lang: Lang): RegExp[] {
	const f = FORBIDDEN[lang];
	return [...f.always, ...(level <= 1 ? f.upTo1 : []), ...(level === 0 ? f.level0 : [])];
}

export const sentences = (text: string) =>
	text
		.split(/(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ«“])/u)
		.map((s) => s.trim())
		.filter(Boolean);

/** English words that must never appear in a French sentence (quoted user labels removed). */
export const ENGLISH =
	/\b(the|and|of|with|new|likely|between|about|after|before|spike|spikes|excess|reach|paid|ledger|growth|trend|engaged|users|unfollows|weeks?|days|explained|counted|range|still|following|cost|per|over|usual|pace|round|posting|churn|robust|declared|only|not|can't|tell|could|were|was|is|are|minus|attributed|channels?|organic|bought|exchange|ads)\b/i;
