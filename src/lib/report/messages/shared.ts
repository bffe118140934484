/** What the English and French catalogues share: the context, labels, ranges, numbers in words. */
import { minus } from '../../i18n/index.ts';
import { cap, count, day, list, pct, rangeWords, spokenShare, type Lang } from './phrase.ts';
import type { Code, Label, Message, Params } from './types.ts';

export interface Ctx {
	lang: Lang;
	/** the report's currency, for single-currency amounts */
	currency: string;
}

export type Catalogue = { [K in Code]: (p: Params[K], c: Ctx) => string };

/** A rate such as engaged people per fan: percent with two significant figures ("2.3 %"). */
export const rate = (s: number, lang: Lang) =>
	new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
		style: 'percent',
		maximumSignificantDigits: 2
	}).format(s);

/** "A, B or C" / "A, B ou C" */
export const or = (items: string[], lang: Lang) =>
	items.length > 1
		? `${items.slice(0, -1).join(', ')} ${lang === 'fr' ? 'ou' : 'or'} ${items[items.length - 1]}`
		: (items[0] ?? '');

export const NUMBER_WORDS: Record<Lang, string[]> = {
	en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
	fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix']
};
/** Numbers up to ten in words (a sentence never starts with a digit). */
export const numberWord = (n: number, lang: Lang) => NUMBER_WORDS[lang][n] ?? count(n, lang);

/** The counterfactual: the trend before the campaign, or that trend with the yearly season (Model A). */
export const enTrend = (seasonal?: boolean) =>
	seasonal ? 'the previous trend adjusted for the season' : 'the previous trend';
export const frTrend = (seasonal?: boolean) =>
	seasonal ? 'la tendance antérieure corrigée de la saison' : 'la tendance antérieure';

/** An unlabelled entry named by its channel and day; French nouns carry their gender. */
export const EN_ENTRY: Record<string, string> = {
	bought: 'the fan pack',
	exchange: 'the like exchange',
	ads: 'the ads',
	contest: 'the contest',
	organic_work: 'the community work',
	other: 'the action'
};
export const FR_ENTRY: Record<string, [string, boolean]> = {
	bought: ['le pack de fans', false],
	exchange: ['l’échange de J’aime', false],
	ads: ['la publicité', true],
	contest: ['le jeu-concours', false],
	organic_work: ['le travail de communauté', false],
	other: ['l’action', true]
};
/** A label in quotes, or "the ads of 1 April 2023" / "la publicité du 1er avril 2023". */
/** The size of a gap from the trend: whole, and "less than 1" rather than "0". */
export const gap = (n: number, lang: Lang) => {
	const whole = Math.round(Math.abs(n));
	if (lang === 'fr') return whole === 0 ? 'de moins de 1' : `d’environ ${count(whole, 'fr')}`;
	return whole === 0 ? 'less than 1' : `about ${count(whole, 'en')}`;
};

export const q = (label: Label, lang: Lang): string => {
	if (typeof label === 'string') return lang === 'fr' ? `« ${label} »` : `“${label}”`;
	if ('run' in label)
		return `${lang === 'fr' ? 'la série' : 'the run'} ${list(
			label.run.map((l) => q(l, lang)),
			lang
		)}`;
	return lang === 'fr'
		? `${FR_ENTRY[label.channel]?.[0] ?? 'l’entrée'} du ${day(label.start, 'fr')}`
		: `${EN_ENTRY[label.channel] ?? 'the entry'} of ${day(label.start, 'en')}`;
};
/** French agreement with an unlabelled entry ("la publicité … évaluée"); a quoted label is a campagne. */
export const frFem = (label: Label) =>
	typeof label === 'string' || 'run' in label ? true : (FR_ENTRY[label.channel]?.[1] ?? true);

/** Text from the analytics core with its negative numbers' true minus sign ("robust z −0.1"). */
export const printMinus = (text: string) => text.replace(/(^|[\s(])-(?=\d)/g, '$1\u2212');

/** A number written in English by the analytics core ("1,234", "12%", "2023-03-04"), re-written. */
export function num(v: string, lang: Lang): string {
	if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return day(v, lang);
	const m = /^(-?[\d,]+(?:\.(\d+))?)(%?)$/.exec(v);
	if (!m) return v;
	const n = Number(m[1].replace(/,/g, ''));
	const out = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
		maximumFractionDigits: m[2]?.length ?? 0,
		minimumFractionDigits: m[2]?.length ?? 0
	}).format(n);
	return minus(m[3] ? (lang === 'fr' ? `${out} %` : `${out}%`) : out);
}

/** The range beside a share or a count; a flat range around the number already said is "narrow". */
export const rangeOf = (
	r: { n?: number; lo: number | null; hi: number | null },
	kind: 'count' | 'pct' | 'signed' | 'days',
	lang: Lang
) => {
	const shown =
		r.n === undefined
			? undefined
			: kind === 'pct'
				? spokenShare(r.n).kind === 'pct'
					? pct(r.n, lang)
					: undefined
				: count(r.n, lang);
	return rangeWords(r.lo, r.hi, kind, lang, 'EUR', shown);
};
/** How a campaign sentence opens: the label (first), "Over the same weeks" (second), nothing after. */
export type Lead = 'label' | 'same' | 'none';
export const lead = (l: Lead, label: Label, lang: Lang, rest: string) =>
	l === 'label'
		? `${lang === 'fr' ? 'Après' : 'After'} ${q(label, lang)}, ${rest}`
		: l === 'same'
			? `${lang === 'fr' ? 'Sur la même période' : 'Over the same weeks'}, ${rest}`
			: cap(rest);

/** How a catalogue renders a nested message (a reason, a counting method). */
export type Render = (m: Message, c: Ctx) => string;
