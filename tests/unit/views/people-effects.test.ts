import { describe, expect, it } from 'vitest';
import { people, peopleEffect, signedPeople } from '../../../src/lib/components/format.ts';

/**
 * The campaigns view writes changes in numbers of people (new fans, engaged people, people
 * reached): whole people, never "−8.32 fans", a range that stays honest when it rounds.
 */
const M = '\u2212';
const e = (estimate: number | null, low: number | null, high: number | null) => ({
	estimate,
	low,
	high
});

describe('a change in a number of people', () => {
	it('is whole and signed, and nothing is "+0" or "−0"', () => {
		expect(signedPeople(607.4, 'en')).toBe('+607');
		expect(signedPeople(-8.32, 'en')).toBe(`${M}8`);
		expect(signedPeople(-8.6, 'fr')).toBe(`${M}9`);
		expect(signedPeople(1221.6, 'en')).toBe('+1,222');
		expect(signedPeople(1221.6, 'fr')).toBe('+1\u202f222');
		expect(signedPeople(-0.4, 'en')).toBe('0');
		expect(signedPeople(0.49, 'fr')).toBe('0');
		expect(signedPeople(null, 'en')).toBe('–');
		// a count (not a change) rounds the same way, without a sign
		expect(people(-0.4, 'en')).toBe('0');
		expect(people(5.82, 'fr')).toBe('6');
		expect(people(-40.3, 'en')).toBe(`${M}40`);
	});

	it('is written with its 90\u00a0% range in whole people, in English', () => {
		// the demo's ads campaign: +606.9 new fans, likely between −8.32 and +1,222.1
		expect(peopleEffect(e(606.9, -8.32, 1222.1), 'en')).toBe(
			`+607 (90\u00a0% range ${M}8 to +1,222)`
		);
		expect(peopleEffect(e(-124.4, -1686.2, 1437.5), 'en')).toBe(
			`${M}124 (90\u00a0% range ${M}1,686 to +1,438)`
		);
		// under half a person: about none, not "−0"; the range keeps its own ends
		expect(peopleEffect(e(-0.3, -12.4, 11.6), 'en')).toBe(
			`about 0 (90\u00a0% range ${M}12 to +12)`
		);
		// a range whose ends round to one number is said once
		expect(peopleEffect(e(0.2, -0.4, 0.45), 'en')).toBe(
			'about 0 (90\u00a0% range very close to 0)'
		);
		expect(peopleEffect(e(3.1, 2.6, 3.4), 'en')).toBe('+3 (90\u00a0% range very close to +3)');
		// a missing bound is said as such
		expect(peopleEffect(e(40.2, 12.5, null), 'en')).toBe('+40 (90\u00a0% range at least +13)');
		expect(peopleEffect(e(null, null, null), 'en')).toBeNull();
	});

	it('is written with its 90\u00a0% range in whole people, in French', () => {
		expect(peopleEffect(e(606.9, -8.32, 1222.1), 'fr')).toBe(
			`+607 (fourchette à 90\u202f%\u202f: de ${M}8 à +1\u202f222)`
		);
		expect(peopleEffect(e(-0.3, -12.4, 11.6), 'fr')).toBe(
			`environ 0 (fourchette à 90\u202f%\u202f: de ${M}12 à +12)`
		);
		expect(peopleEffect(e(0.2, -0.4, 0.45), 'fr')).toBe(
			'environ 0 (fourchette à 90\u202f%\u202f: très proche de 0)'
		);
		expect(peopleEffect(e(-3.1, -3.4, -2.6), 'fr')).toBe(
			`${M}3 (fourchette à 90\u202f%\u202f: très proche de ${M}3)`
		);
		expect(peopleEffect(e(-40.2, null, -12.6), 'fr')).toBe(
			`${M}40 (fourchette à 90\u202f%\u202f: au plus ${M}13)`
		);
	});
});
