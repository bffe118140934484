import { describe, expect, it } from 'vitest';
import { effectSentence } from '../../../src/lib/report/narrative.ts';
import { WORDS } from '../../../src/lib/report/words.ts';
import type { ReportEffect } from '../../../src/lib/report/schema.ts';

/** Words each evidence level may never use (analytics.md §6.3), in both languages. */
const FORBIDDEN = {
	en: {
		always: [
			/\bcaus/i,
			/thanks to/i,
			/because of/i,
			/\bprove/i,
			/\bdrove\b/i,
			/\bgenerated\b/i,
			/\bled to\b/i,
			/resulted in/i
		],
		upTo1: [
			/what the previous trend projects/i,
			/if the campaign had this effect/i,
			/\badded\b/i,
			/\bbrought\b/i
		],
		level0: [/\babove\b/i, /\bbelow\b/i, /associated/i]
	},
	fr: {
		always: [
			/caus/i,
			/grâce à/i,
			/à cause de/i,
			/prouv/i,
			/a généré/i,
			/a entraîné/i,
			/a provoqué/i
		],
		upTo1: [/ce que projette la tendance/i, /si la campagne avait eu cet effet/i, /a apporté/i],
		level0: [/dépassé/i, /\bsous\b/i, /associé/i]
	}
};

const effect = (
	estimate: number,
	low: number,
	high: number,
	evidenceLevel: 0 | 1 | 2
): ReportEffect => ({
	estimate,
	low,
	high,
	evidenceLevel,
	pPlacebo: evidenceLevel === 2 ? 0.05 : 0.4
});

describe('narrative: no verb above its evidence level', () => {
	for (const lang of ['en', 'fr'] as const) {
		const w = WORDS[lang];
		const f = FORBIDDEN[lang];
		const say = (e: ReportEffect) => effectSentence('Pack', w.outcome.fansAdded, e, w, lang);
		it(`${lang}: level 2 compares with the trend and states the assumption, never "caused"`, () => {
			const s = say(effect(1400, 1000, 1800, 2));
			for (const re of f.always) expect(s).not.toMatch(re);
			expect(s).toMatch(
				lang === 'en' ? /assuming nothing else changed/ : /à condition que rien d’autre/
			);
			expect(s).toContain(lang === 'en' ? '1,400' : '1\u202f400');
		});
		it(`${lang}: level 1 associates only`, () => {
			for (const s of [say(effect(1400, 1000, 1800, 1)), say(effect(-500, -800, -200, 1))]) {
				for (const re of [...f.always, ...f.upTo1]) expect(s).not.toMatch(re);
				expect(s).toMatch(lang === 'en' ? /associated/ : /associé/);
			}
		});
		it(`${lang}: level 0, or a range containing 0, says it can't tell`, () => {
			for (const s of [say(effect(300, -100, 700, 2)), say(effect(300, 100, 700, 0))]) {
				for (const re of [...f.always, ...f.upTo1, ...f.level0]) expect(s).not.toMatch(re);
				expect(s).toMatch(lang === 'en' ? /can't tell/ : /on ne peut pas dire/);
			}
		});
		it(`${lang}: a refused estimate says why`, () => {
			const s = say({ estimate: null, reason: 'insufficient-pre' });
			expect(s).toContain(w.reasons['insufficient-pre']);
		});
	}
});
