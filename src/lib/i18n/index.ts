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

export function formatNumber(n: number | null | undefined, lang: Lang): string {
	if (n === null || n === undefined) return '–';
	return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(n);
}

/** An ISO day as the reader's language writes it, without time-zone shifts. */
export function formatDay(iso: string | null | undefined, lang: Lang): string {
	if (!iso) return '–';
	const [y, m, d] = iso.split('-').map(Number);
	return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(y, m - 1, d)));
}
