/**
 * ISO 4217 currency codes, from the runtime's own list (Intl.supportedValuesOf), never a hand
 * list. Every entry point of the ledger (CLI, form, CSV) validates with `currencyIssue`; the
 * report formats money with `safeCurrency` so that a code stored before validation existed can
 * never make a report fail. Pure.
 */
const CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export const isCurrency = (code: string): boolean => CODES.has(code);

const SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY' };

/** Lower case, accents and a final plural s/x removed: "Euros" → "euro", "Francs suisses" → "franc suisse". */
const fold = (s: string) =>
	s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/\s+/)
		.map((w) => w.replace(/[sx]$/, ''))
		.join(' ')
		.trim();

let names: Map<string, string> | null = null;
/** Currency names in English and French (Intl.DisplayNames) → code, for the suggestion only. */
function byName(): Map<string, string> {
	if (names) return names;
	names = new Map();
	for (const lang of ['en', 'fr']) {
		const dn = new Intl.DisplayNames([lang], { type: 'currency' });
		for (const code of CODES) {
			const name = dn.of(code);
			if (name && !names.has(fold(name))) names.set(fold(name), code);
		}
	}
	return names;
}

/** The code the user most likely meant ("euros" → EUR, "€" → EUR), or null. */
export function suggestCurrency(raw: string): string | null {
	const t = raw.trim();
	if (SYMBOLS[t]) return SYMBOLS[t];
	if (isCurrency(t.toUpperCase())) return t.toUpperCase();
	return byName().get(fold(t)) ?? null;
}

/** The message parameters of a refused code: what was typed and the likely fix. */
export interface CurrencyIssue {
	code: 'currency-invalid';
	value: string;
	suggestion: string | null;
}

/** null when `code` (already upper-cased) is a valid ISO 4217 code, else why. */
export function currencyIssue(raw: string): CurrencyIssue | null {
	if (isCurrency(raw.trim().toUpperCase()) && /^[A-Za-z]{3}$/.test(raw.trim())) return null;
	return { code: 'currency-invalid', value: raw, suggestion: suggestCurrency(raw) };
}

/** The refusal in the reader's language, with the fix. */
export function currencyIssueText(i: CurrencyIssue, lang: 'en' | 'fr'): string {
	if (lang === 'fr')
		return `« ${i.value} » n’est pas un code de devise ISO 4217 : ${
			i.suggestion ? `écrivez ${i.suggestion}` : 'écrivez le code à trois lettres (EUR, USD, GBP…)'
		}.`;
	return `“${i.value}” is not an ISO 4217 currency code: ${
		i.suggestion ? `write ${i.suggestion}` : 'write the three-letter code (EUR, USD, GBP…)'
	}.`;
}

/** A code safe to hand to Intl.NumberFormat, or null (then money is written "1,234 XYZ"). */
export const safeCurrency = (code: string | null | undefined): string | null =>
	code && isCurrency(code.toUpperCase()) ? code.toUpperCase() : null;

/** The currency most in-period entries use (ties: alphabetical), else EUR. Entries without one use it. */
export function mainCurrency(ledger: readonly { currency?: string | null }[]): string {
	const n = new Map<string, number>();
	for (const e of ledger)
		if (e.currency) n.set(e.currency.toUpperCase(), (n.get(e.currency.toUpperCase()) ?? 0) + 1);
	return [...n].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'EUR';
}
