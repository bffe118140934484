import { describe, expect, it } from 'vitest';
import {
	aboutCount,
	count,
	day,
	frShareIsSingular,
	isTooWide,
	money,
	rangeWords,
	shareWords,
	sig2,
	spokenShare,
	pct
} from '../../../src/lib/report/messages/phrase.ts';
import { num } from '../../../src/lib/report/messages/shared.ts';

/** Intl writes French thousands with a narrow no-break space (U+202F) and "%" after a no-break space. */
const nb = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('numbers the way people say them (hand-computed)', () => {
	it('counts people in whole numbers: integers below 100, two significant figures above', () => {
		expect(count(3.9, 'en')).toBe('4');
		expect(count(8.6, 'en')).toBe('9');
		expect(count(46.4, 'en')).toBe('46');
		expect(count(99.6, 'en')).toBe('100');
		expect(count(1234, 'en')).toBe('1,200');
		expect(count(8650, 'en')).toBe('8,700'); // 86.5 rounds half up
		expect(nb(count(8650, 'fr'))).toBe('8 700');
		expect(count(-0.3, 'en')).toBe('0');
		expect(count(-372, 'en')).toBe('−370'); // a true minus sign, as in print
	});
	it('writes the minus sign as print does, also in numbers the analytics wrote in English', () => {
		expect(nb(count(-1686, 'fr'))).toBe('−1 700');
		expect(sig2(-0.123, 'en')).toBe('−0.12');
		expect(pct(-0.034, 'fr')).toMatch(/^−3\s%$/);
		expect(money(-5, 'EUR', 'en')).toBe('−€5.00');
		// a spike's robust z from the analytics' English text
		expect(num('-0.1', 'fr')).toBe('−0,1');
		expect(num('-12%', 'en')).toBe('−12%');
	});
	it('never says "about 0" or "about 3.9" of people', () => {
		expect(aboutCount(0.4, 'en')).toBe('almost none');
		expect(aboutCount(0.4, 'fr')).toBe('presque aucun');
		expect(aboutCount(3.9, 'en')).toBe('about 4');
		expect(nb(aboutCount(2002, 'fr'))).toBe('environ 2 000');
	});
	it('keeps two significant figures for other numbers', () => {
		expect(sig2(0.0456, 'en')).toBe('0.046');
		expect(sig2(57.4, 'en')).toBe('57');
		expect(sig2(1449, 'en')).toBe('1,400');
	});
	it('speaks shares as simple fractions within 2.5 points, else as a whole percent', () => {
		expect(spokenShare(0.01)).toEqual({ kind: 'none' });
		expect(spokenShare(0.024)).toEqual({ kind: 'none' });
		expect(spokenShare(0.07)).toEqual({ kind: 'pct', p: 7 }); // 1/10 is 3 points away
		expect(spokenShare(0.19)).toEqual({ kind: 'fraction', a: 1, b: 5 });
		expect(spokenShare(0.31)).toEqual({ kind: 'fraction', a: 1, b: 3 }); // 2.3 points from 1/3
		expect(spokenShare(0.44)).toEqual({ kind: 'pct', p: 44 }); // 4 points from 2/5
		expect(spokenShare(0.48)).toEqual({ kind: 'half' });
		expect(spokenShare(0.81)).toEqual({ kind: 'fraction', a: 4, b: 5 });
		expect(spokenShare(0.96)).toEqual({ kind: 'pct', p: 96 });
		expect(spokenShare(0.98)).toEqual({ kind: 'all' });
		expect(shareWords(0.81, 'en')).toBe('about 4 in 5');
		expect(shareWords(0.81, 'fr')).toBe('environ 4 sur 5');
		expect(shareWords(0.005, 'en')).toBe('almost none');
		expect(shareWords(0.5, 'fr')).toBe('environ la moitié');
		expect(shareWords(0.99, 'fr')).toBe('presque tous');
		expect(nb(shareWords(0.44, 'fr'))).toBe('environ 44 %');
		expect(frShareIsSingular(0.19)).toBe(true); // « 1 sur 5 suit »
		expect(frShareIsSingular(0.81)).toBe(false); // « 4 sur 5 suivent »
		expect(frShareIsSingular(0.01)).toBe(true); // « presque aucun ne suit »
	});
	it('writes a range beside the number, never "?" and never a flat or absurd one', () => {
		expect(rangeWords(1900, 2040, 'count', 'en')).toBe('likely between 1,900 and 2,000');
		expect(nb(rangeWords(0.81, 0.82, 'pct', 'fr'))).toBe('probablement entre 81 % et 82 %');
		// a missing bound
		expect(rangeWords(null, 8.6, 'count', 'en')).toBe('likely at most 9');
		expect(rangeWords(24, null, 'money', 'en', 'EUR')).toBe('likely at least €24');
		expect(rangeWords(null, null, 'count', 'fr')).toBe('aucune fourchette n’a pu être calculée');
		// bounds that read the same
		expect(rangeWords(0.996, 1, 'pct', 'en')).toBe('likely very close to 100%');
		expect(rangeWords(1400, 1400, 'count', 'en')).toBe('likely very close to 1,400');
		// …and "narrow" when the sentence already says that number
		expect(rangeWords(0.068, 0.071, 'pct', 'fr', 'EUR', '7 %'.replace(' ', '\u00a0'))).toBe(
			'fourchette étroite'
		);
		// €24 to €45,839,218: 1.9 million times wider than its low end
		expect(rangeWords(24, 45_839_218, 'money', 'en', 'EUR')).toBe(
			'the range is too wide to be useful'
		);
		expect(isTooWide(2.4, 26, 'money')).toBe(false); // 10.8×
		expect(isTooWide(2, 41, 'days')).toBe(true); // 20.5×
		expect(isTooWide(-7000, -790, 'signed')).toBe(false);
		expect(rangeWords(-372, 118, 'signed', 'en')).toBe('likely between −370 and 120');
	});
	it('formats money per currency, and a code Intl does not know without failing', () => {
		expect(money(8.089, 'EUR', 'en')).toBe('€8.09');
		expect(money(15650, 'EUR', 'en')).toBe('€15,650');
		expect(nb(money(15650, 'USD', 'fr'))).toBe('15 650 $US');
		expect(money(62, 'EUROS', 'en')).toBe('62 EUROS');
	});
	it('writes days in each language, "1er" in French', () => {
		expect(day('2022-11-01', 'en')).toBe('1 November 2022');
		expect(day('2022-11-01', 'fr')).toBe('1er novembre 2022');
		expect(day('2022-11-21', 'fr')).toBe('21 novembre 2022');
	});
});
