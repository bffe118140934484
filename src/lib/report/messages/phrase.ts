/**
 * Numbers the way people say them (issue 10 item 2, issue 12 item 11), in English and French.
 * Pure and deterministic; every function is pinned by tests/unit/report/phrase.test.ts.
 *
 * - People are whole: a count is an integer below 100 and two significant figures above
 *   (8.6 → "9", 1,234 → "1,200"); below 0.5 it is "almost none".
 * - A share of a group is spoken as a simple fraction ("about 4 in 5", "about half", "almost
 *   none" under 2.5 %, "almost all" above 97.5 %); its range is written beside it in percent.
 * - A range never shows "?": a missing bound becomes "at most b" / "at least a", two missing
 *   bounds "no range could be computed"; bounds that read the same ("100 % and 100 %") become
 *   "very close to a"; a positive range whose high end is more than 20× its low end is "too wide
 *   to be useful" and its bounds are not printed.
 */
import { minus } from '../../i18n/index.ts';
import { safeCurrency } from './currency.ts';

export type Lang = 'en' | 'fr';
const locale = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** A positive range wider than this ratio (high / low) is too wide to be useful. [default] */
export const TOO_WIDE_RATIO = 20;

/** Two significant figures, whole numbers only from 10 up (the prose rule of analytics.md §6.2). */
export function sig2(n: number, lang: Lang): string {
	if (!Number.isFinite(n)) return '–';
	if (n === 0) return '0';
	const digits = Math.floor(Math.log10(Math.abs(n)));
	const factor = Math.pow(10, digits - 1);
	const rounded = Math.round(n / factor) * factor;
	return minus(
		new Intl.NumberFormat(locale(lang), {
			maximumFractionDigits: Math.min(3, Math.max(0, 1 - digits))
		}).format(rounded)
	);
}

/** A number of people: whole, two significant figures from 100 up. */
export function count(n: number, lang: Lang): string {
	const r = Math.round(n);
	if (Math.abs(r) < 100) return minus(new Intl.NumberFormat(locale(lang)).format(r === 0 ? 0 : r));
	return sig2(r, lang);
}

/** A number of people in prose: "almost none" below 0.5, else "about N" (never "about 3.9"). */
export function aboutCount(n: number, lang: Lang): string {
	if (Math.abs(n) < 0.5) return lang === 'fr' ? 'presque aucun' : 'almost none';
	return `${lang === 'fr' ? 'environ' : 'about'} ${count(n, lang)}`;
}

export function pct(share: number, lang: Lang): string {
	return minus(
		new Intl.NumberFormat(locale(lang), {
			style: 'percent',
			maximumFractionDigits: 0
		}).format(share)
	);
}

/** Money: cents under 10, whole units above; a code Intl does not know is written after the number. */
export function money(n: number, currency: string, lang: Lang): string {
	const digits = Math.abs(n) < 10 ? 2 : 0;
	const code = safeCurrency(currency);
	if (!code)
		return `${minus(new Intl.NumberFormat(locale(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n))} ${currency}`;
	return minus(
		new Intl.NumberFormat(locale(lang), {
			style: 'currency',
			currency: code,
			maximumFractionDigits: digits,
			minimumFractionDigits: digits
		}).format(n)
	);
}

export function day(iso: string, lang: Lang): string {
	const [y, m, d] = iso.split('-').map(Number);
	const text = new Intl.DateTimeFormat(locale(lang), {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(y, m - 1, d)));
	// French writes the first of the month as an ordinal: « 1er novembre »
	return lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** A share as people say it: none, all, half, a simple fraction a in b, or a whole percent. */
export type SpokenShare =
	| { kind: 'none' }
	| { kind: 'all' }
	| { kind: 'half' }
	| { kind: 'fraction'; a: number; b: number }
	| { kind: 'pct'; p: number };

/** Simple fractions, simplest first. */
const FRACTIONS: [number, number][] = [
	[1, 2],
	[1, 3],
	[2, 3],
	[1, 4],
	[3, 4],
	[1, 5],
	[2, 5],
	[3, 5],
	[4, 5],
	[1, 10],
	[9, 10]
];
/** A fraction is said only when it is this close to the share (2.5 percentage points). [default] */
export const FRACTION_TOLERANCE = 0.025;

/**
 * Under 2.5 % "almost none", above 97.5 % "almost all"; else the simplest fraction within 2.5
 * points (0.81 → 4 in 5, 0.19 → 1 in 5), else the whole percent (0.07 → 7 %, 0.44 → 44 %).
 */
export function spokenShare(s: number): SpokenShare {
	if (s < 0.025) return { kind: 'none' };
	if (s > 0.975) return { kind: 'all' };
	const f = FRACTIONS.find(([a, b]) => Math.abs(s - a / b) <= FRACTION_TOLERANCE + 1e-12);
	if (!f) return { kind: 'pct', p: Math.round(s * 100) };
	return f[0] * 2 === f[1] ? { kind: 'half' } : { kind: 'fraction', a: f[0], b: f[1] };
}

/** "almost none", "about half", "about 4 in 5", "about 44%" (fr: "presque aucun", "environ la moitié", "environ 4 sur 5", "environ 44 %"). */
export function shareWords(s: number, lang: Lang): string {
	const x = spokenShare(s);
	if (lang === 'fr') {
		if (x.kind === 'none') return 'presque aucun';
		if (x.kind === 'all') return 'presque tous';
		if (x.kind === 'half') return 'environ la moitié';
		if (x.kind === 'pct') return `environ ${pct(x.p / 100, 'fr')}`;
		return `environ ${x.a} sur ${x.b}`;
	}
	if (x.kind === 'none') return 'almost none';
	if (x.kind === 'all') return 'almost all';
	if (x.kind === 'half') return 'about half';
	if (x.kind === 'pct') return `about ${pct(x.p / 100, 'en')}`;
	return `about ${x.a} in ${x.b}`;
}

/** French verb agreement with a spoken share: "presque aucun ne suit", "1 sur 5 suit", "4 sur 5 suivent", "44 % suivent". */
export function frShareIsSingular(s: number): boolean {
	const x = spokenShare(s);
	return x.kind === 'none' || x.kind === 'half' || (x.kind === 'fraction' && x.a === 1);
}

export type RangeKind = 'count' | 'signed' | 'pct' | 'money' | 'days';

/** One formatted bound. */
export function bound(n: number, kind: RangeKind, lang: Lang, currency = 'EUR'): string {
	if (kind === 'pct') return pct(n, lang);
	if (kind === 'money') return money(n, currency, lang);
	return count(n, lang);
}

/**
 * The range beside a number, without brackets: "likely between a and b", "likely at most b",
 * "likely very close to a", "the range is too wide to be useful", "no range could be computed".
 */
export function rangeWords(
	low: number | null,
	high: number | null,
	kind: RangeKind,
	lang: Lang,
	currency = 'EUR',
	/** the number as the sentence already says it: a flat range around it is just "narrow" */
	shown?: string
): string {
	const fr = lang === 'fr';
	const f = (n: number) => bound(n, kind, lang, currency);
	if (low === null && high === null)
		return fr ? 'aucune fourchette n’a pu être calculée' : 'no range could be computed';
	if (low === null) return fr ? `probablement au plus ${f(high!)}` : `likely at most ${f(high!)}`;
	if (high === null) return fr ? `probablement au moins ${f(low)}` : `likely at least ${f(low)}`;
	if (isTooWide(low, high, kind))
		return fr ? 'fourchette trop large pour être utile' : 'the range is too wide to be useful';
	const a = f(low);
	const b = f(high);
	if (a === b && a === shown) return fr ? 'fourchette étroite' : 'a narrow range';
	if (a === b) return fr ? `probablement très proche de ${a}` : `likely very close to ${a}`;
	return fr ? `probablement entre ${a} et ${b}` : `likely between ${a} and ${b}`;
}

/** A positive quantity (not a share, not a signed effect) whose high end is > 20× its low end. */
export function isTooWide(low: number | null, high: number | null, kind: RangeKind): boolean {
	if (low === null || high === null || kind === 'pct' || kind === 'signed') return false;
	return low > 0 && high / low > TOO_WIDE_RATIO;
}

/** "A, B and C" / "A, B et C". */
export function list(items: readonly string[], lang: Lang): string {
	if (items.length <= 1) return items[0] ?? '';
	const and = lang === 'fr' ? ' et ' : ' and ';
	return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
