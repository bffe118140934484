import { en } from './en.ts';
import { fr } from './fr.ts';

export type Lang = 'en' | 'fr';
export type Dict = typeof en;
export const LANGS: readonly Lang[] = ['en', 'fr'];

/** The interface's words in one language. Every key exists in both (the type checks it). */
export function dict(lang: Lang): Dict {
	return lang === 'fr' ? fr : en;
}

/** Picks a language from an explicit choice, else an Accept-Language header; English by default. */
export function pickLang(choice: string | null | undefined, acceptLanguage?: string | null): Lang {
	if (choice === 'fr' || choice === 'en') return choice;
	const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
	return first.startsWith('fr') ? 'fr' : 'en';
}

// Building an Intl formatter costs far more than using one (it was 29 % of the server's CPU on a
// page's charts and tables): one of each per language, built on first use and reused.
const numberFormats = new Map<Lang, Intl.NumberFormat>();
const dayFormats = new Map<Lang, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const locale = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

function numberFormat(lang: Lang): Intl.NumberFormat {
	let f = numberFormats.get(lang);
	if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(locale(lang))));
	return f;
}

function dayFormat(lang: Lang): Intl.DateTimeFormat {
	let f = dayFormats.get(lang);
	if (!f)
		dayFormats.set(
			lang,
			(f = new Intl.DateTimeFormat(locale(lang), {
				day: 'numeric',
				month: 'short',
				year: 'numeric',
				timeZone: 'UTC'
			}))
		);
	return f;
}

export function formatNumber(n: number | null | undefined, lang: Lang): string {
	if (n === null || n === undefined) return '–';
	return minus(numberFormat(lang).format(n));
}

/** A formatted number with a true minus sign (−20), as in print, not Intl's hyphen (-20). */
export const minus = (s: string) => s.replace('-', '\u2212');

// a page's tables write the same few thousand days again and again: each is formatted once
const days = new Map<string, string>();

/** An ISO day as the reader's language writes it, without time-zone shifts. */
export function formatDay(iso: string | null | undefined, lang: Lang): string {
	if (!iso) return '–';
	const key = lang + iso;
	let out = days.get(key);
	if (out === undefined) {
		const [y, m, d] = iso.split('-').map(Number);
		out = dayFormat(lang).format(new Date(Date.UTC(y, m - 1, d)));
		if (days.size >= 20_000) days.clear();
		days.set(key, out);
	}
	return out;
}

/**
 * A date-and-time formatter per language, zone (an IANA name; none: the machine's own) and whether
 * the zone is named, built once.
 */
function dateTimeFormat(lang: Lang, timeZone?: string, named = false): Intl.DateTimeFormat {
	const key = `${lang}|${timeZone ?? ''}|${named}`;
	let f = dateTimeFormats.get(key);
	if (!f)
		dateTimeFormats.set(
			key,
			(f = new Intl.DateTimeFormat(locale(lang), {
				day: 'numeric',
				month: 'short',
				year: 'numeric',
				hour: '2-digit',
				minute: '2-digit',
				hourCycle: 'h23',
				...(named ? { timeZoneName: 'short' } : {}),
				timeZone
			}))
		);
	return f;
}

/**
 * A wall-clock time as the reader's language writes a date and a time: '2026-11-30 23:37:12' →
 * "30 Nov 2026, 23:37" / "30 nov. 2026, 23:37". The time is written as given, never shifted: the
 * store's `imported_at` (a TIMESTAMP without zone, filled by DuckDB's `current_timestamp` in the
 * machine's own zone) is already the local time of the CM's machine, on the server as in the
 * browser. A value that is not such a time is shown as it came.
 */
export function formatDateTime(stamp: string | null | undefined, lang: Lang): string {
	if (!stamp) return '–';
	const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})/.exec(stamp);
	if (!m) return stamp;
	const [y, mo, d, h, mi] = m.slice(1).map(Number);
	// the wall-clock time is written as it is: built as UTC, formatted in UTC, no zone applied
	return dateTimeFormat(lang, 'UTC').format(new Date(Date.UTC(y, mo - 1, d, h, mi)));
}

/**
 * A moment (an ISO instant, e.g. the analysis cache's '2026-12-01T00:21:00Z') as a date and a time
 * in the machine's own zone, named as Intl names it briefly: "1 Dec 2026, 01:21 CET" / "1 déc.
 * 2026, 01:21 UTC+1" in Paris. The server runs on the CM's machine, so its zone is the CM's, as for
 * the imports' times beside it (`formatDateTime`). `timeZone` (an IANA name) overrides the zone.
 */
export function formatInstant(iso: string, lang: Lang, timeZone?: string): string {
	const when = new Date(iso);
	return Number.isNaN(when.getTime()) ? iso : dateTimeFormat(lang, timeZone, true).format(when);
}
