import { describe, expect, it } from 'vitest';
import { en, formatName, fr } from '../../../src/lib/i18n/format-names.ts';
import { importers } from '../../../src/lib/server/importers/index.ts';
import { genericMapped } from '../../../src/lib/server/importers/generic/mapped.ts';
import type { LedgerImport } from '../../../src/lib/server/ads-manager.ts';

// every format a ledger import reports: the type makes a new one fail to compile until it is listed
const LEDGER_FORMATS: Record<LedgerImport['format'], true> = {
	ledger: true,
	'meta-ads-manager': true
};

/** Every id that can reach `imports.format` or an import's result. */
const ids = [
	...new Set([...importers.map((i) => i.id), genericMapped.id, ...Object.keys(LEDGER_FORMATS)])
];

describe('export formats, named as a person names them', () => {
	it('every importer of the registry and every ledger format has a name in both languages', () => {
		expect(ids.length).toBeGreaterThanOrEqual(30);
		for (const id of ids) {
			for (const lang of ['en', 'fr'] as const) {
				const name = formatName(id, lang);
				expect(name, `${id} (${lang})`).not.toBe(id);
				expect(name.trim(), `${id} (${lang})`).toBe(name);
				expect(name.length, `${id} (${lang})`).toBeGreaterThan(5);
			}
		}
		// the two languages name the same exports, no more
		expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
		expect(Object.keys(en).sort()).toEqual([...ids].sort());
	});

	it('writes the demo’s export and a few others as the reader’s language says them', () => {
		expect(formatName('facebook-insights-page', 'en')).toBe(
			'Facebook Page Insights (daily, page level)'
		);
		expect(formatName('facebook-insights-page', 'fr')).toBe(
			'Facebook Page Insights (par jour, niveau page)'
		);
		expect(formatName('x-tweet-activity', 'en')).toBe('X per-tweet analytics');
		expect(formatName('x-tweet-activity', 'fr')).toBe('X, statistiques par tweet');
		expect(formatName('generic-daily', 'fr')).toBe('Modèle CSV de Sablier (par jour)');
		expect(formatName('youtube-totals', 'fr')).toBe('YouTube Studio, Totaux (chaîne, par jour)');
	});

	it('shows an id it does not know as it is, and never a blank', () => {
		// a store written by another version may hold an id this one has never heard of
		expect(formatName('snapchat-insights-2031', 'en')).toBe('snapchat-insights-2031');
		expect(formatName('snapchat-insights-2031', 'fr')).toBe('snapchat-insights-2031');
		// names inherited by every object are not export names
		expect(formatName('constructor', 'fr')).toBe('constructor');
		expect(formatName('toString', 'en')).toBe('toString');
		expect(formatName('__proto__', 'en')).toBe('__proto__');
		expect(formatName(null, 'en')).toBe('–');
		expect(formatName('', 'fr')).toBe('–');
	});
});
