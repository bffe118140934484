/** Number and date wording shared by the narrative and the report views. Pure. */
export type Lang = 'en' | 'fr';

const locale = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** Rounded to 2 significant figures for prose (§6.2): 1,234 → "1,200"; 0.0456 → "0.046". */
export function sig2(n: number, lang: Lang): string {
	if (!Number.isFinite(n)) return '–';
	if (Math.abs(n) < 0.5) return '0';
	const digits = Math.floor(Math.log10(Math.abs(n)));
	const factor = Math.pow(10, digits - 1);
	const rounded = Math.round(n / factor) * factor;
	return new Intl.NumberFormat(locale(lang), {
		maximumFractionDigits: Math.min(3, Math.max(0, 1 - digits))
	}).format(rounded);
}

export function pct(share: number, lang: Lang): string {
	return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(
		share
	);
}

export function money(n: number, currency: string, lang: Lang): string {
	const digits = Math.abs(n) < 10 ? 2 : 0;
	return new Intl.NumberFormat(locale(lang), {
		style: 'currency',
		currency,
		maximumFractionDigits: digits,
		minimumFractionDigits: digits
	}).format(n);
}

export function day(iso: string, lang: Lang): string {
	const [y, m, d] = iso.split('-').map(Number);
	return new Intl.DateTimeFormat(locale(lang), {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(y, m - 1, d)));
}
