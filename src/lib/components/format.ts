import { minus, type Lang } from '../i18n/index.ts';
import { en, fr } from '../i18n/views.ts';
import { en as effectsEn, fr as effectsFr } from '../i18n/effects.ts';

/**
 * Number formatting for the views, with cached Intl formatters (building one is expensive). `key`
 * names the options in a few characters (a table cell must not pay for JSON.stringify).
 * Negative numbers get a true minus sign (−3 %), not Intl's hyphen, as in the report.
 */
interface Formatter {
	format(n: number): string;
}
const cache = new Map<string, Formatter>();
function nf(lang: Lang, key: string, o: () => Intl.NumberFormatOptions): Formatter {
	const k = lang + key;
	let f = cache.get(k);
	if (!f) {
		const intl = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', o());
		cache.set(k, (f = { format: (n: number) => minus(intl.format(n)) }));
	}
	return f;
}

export interface RangeLike {
	estimate: number | null;
	low: number | null;
	high: number | null;
}

/** A count: whole numbers past 100, 1–2 significant decimals below. */
export function count(n: number | null | undefined, lang: Lang): string {
	if (n === null || n === undefined || !Number.isFinite(n)) return '–';
	const abs = Math.abs(n);
	const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
	return nf(lang, `c${digits}`, () => ({ maximumFractionDigits: digits })).format(n);
}

/** People (fans): whole numbers, whatever the model's decimals ("0", never "−0", for −0.4). */
export function people(n: number | null | undefined, lang: Lang): string {
	if (n === null || n === undefined || !Number.isFinite(n)) return '–';
	return nf(lang, 'c0', () => ({ maximumFractionDigits: 0 })).format(Math.round(n) || 0);
}

/** A change in a number of people: whole and signed ("+12", "−8"), "0" when it rounds to no one. */
export function signedPeople(n: number | null | undefined, lang: Lang): string {
	if (n === null || n === undefined || !Number.isFinite(n)) return '–';
	return nf(lang, 's0', () => ({ maximumFractionDigits: 0, signDisplay: 'exceptZero' })).format(
		Math.round(n) || 0
	);
}

/**
 * An estimated change in a number of people with its 90 % range, in whole people: "+607 (90 %
 * range −8 to +1,222)". An estimate under half a person is "about 0"; a range whose ends round to
 * the same number is "very close to" it. Null when nothing was estimated.
 */
export function peopleEffect(e: RangeLike, lang: Lang): string | null {
	if (e.estimate === null || !Number.isFinite(e.estimate)) return null;
	const t = lang === 'fr' ? fr : en;
	const w = lang === 'fr' ? effectsFr : effectsEn;
	const est = Math.abs(e.estimate) < 0.5 ? w.aboutZero : signedPeople(e.estimate, lang);
	const same = e.low !== null && e.high !== null && Math.round(e.low) === Math.round(e.high);
	const range = same
		? w.rangeSame(signedPeople(e.low, lang))
		: rangeText(e, lang, (n) => signedPeople(n, lang));
	return t.effectLine(est, range);
}

/** A share 0–1 as a percentage (one decimal under 10 %). */
export function pct(n: number | null | undefined, lang: Lang, digits?: number): string {
	if (n === null || n === undefined || !Number.isFinite(n)) return '–';
	const d = digits ?? (Math.abs(n) < 0.1 ? 1 : 0);
	return nf(lang, `p${d}`, () => ({
		style: 'percent',
		maximumFractionDigits: d,
		minimumFractionDigits: 0
	})).format(n);
}

/** Money in the ledger's currency (ISO code); 2 decimals under 100. */
export function money(n: number | null | undefined, currency: string, lang: Lang): string {
	if (n === null || n === undefined || !Number.isFinite(n)) return '–';
	try {
		const digits = Math.abs(n) >= 100 ? 0 : 2;
		return nf(lang, `m${digits}${currency}`, () => ({
			style: 'currency',
			currency,
			maximumFractionDigits: digits
		})).format(n);
	} catch {
		return `${count(n, lang)} ${currency}`;
	}
}

/** A signed relative change (+12 %, −3 %). */
export function signedPct(n: number | null, lang: Lang): string {
	if (n === null || !Number.isFinite(n)) return '–';
	return nf(lang, 's1', () => ({
		style: 'percent',
		maximumFractionDigits: 1,
		signDisplay: 'exceptZero'
	})).format(n);
}

/**
 * A 90 % range in words: "1 200 to 1 350", "at least 40" when the top cannot be bounded,
 * "range not identifiable" when neither bound exists. Never a point estimate alone.
 */
export function rangeText(r: RangeLike | null, lang: Lang, fmt: (n: number) => string): string {
	const t = lang === 'fr' ? fr : en;
	if (!r) return t.rangeNone;
	if (r.low !== null && r.high !== null) return t.range(fmt(r.low), fmt(r.high));
	if (r.low !== null) return t.rangeOpen(fmt(r.low));
	if (r.high !== null) return t.rangeOpenLow(fmt(r.high));
	return t.rangeNone;
}

/** A duration in milliseconds as seconds, two significant digits ("0.83", "12"). */
export function seconds(ms: number, lang: Lang): string {
	return nf(lang, 'g2', () => ({ maximumSignificantDigits: 2 })).format(ms / 1000);
}
