import { describe, expect, it } from 'vitest';
import { signalText } from '../../../../src/lib/report/document/signals.ts';

describe('spike signals in a French report', () => {
	it('rewrites each known shape in French, numbers kept and written the French way', () => {
		expect(signalText('new fans per 1,000 reach 1,288 vs usual 4.8 (robust z 481)', 'fr')).toBe(
			'nouveaux fans pour 1\u202f000 personnes atteintes : 1\u202f288 contre 4,8 d’habitude (z robuste 481)'
		);
		expect(
			signalText(
				'explained by reach (viral or featured): engaged users robust z 28.9 with new fans per 1,000 reach robust z -0.1',
				'fr'
			)
		).toBe(
			'expliqué par la portée (diffusion virale ou mise en avant) : z robuste des personnes engagées 28,9, des nouveaux fans pour 1\u202f000 personnes atteintes −0,1'
		);
		expect(
			signalText(
				'post-spike churn: 1,044 unfollows above the usual pace in the 60 days after = 52% of the excess vs 5.6% for organic fans',
				'fr'
			)
		).toBe(
			'départs après le pic : 1\u202f044 désabonnements au-dessus du rythme habituel dans les 60 jours suivants, soit 52\u00a0% de l’excédent, contre 5,6\u00a0% pour les fans organiques'
		);
		expect(
			signalText('round size: excess of 2,002 fans is within 0.1% of a 2,000 pack', 'fr')
		).toBe(
			'taille ronde : un excédent de 2\u202f002 fans, à 0,1\u00a0% près d’un lot de 2\u202f000'
		);
	});

	it('leaves English as it is, and an unknown shape as written', () => {
		expect(
			signalText('round size: excess of 2,002 fans is within 0.1% of a 2,000 pack', 'en')
		).toBe('round size: excess of 2,002 fans is within 0.1% of a 2,000 pack');
		expect(signalText('something new', 'fr')).toBe('something new');
	});

	it('writes a negative number with a true minus sign in either language, never a hyphen', () => {
		const reach =
			'explained by reach (viral or featured): engaged users robust z 27.8 with new fans per 1,000 reach robust z -0.1';
		expect(signalText(reach, 'en')).toBe(
			'explained by reach (viral or featured): engaged users robust z 27.8 with new fans per 1,000 reach robust z \u22120.1'
		);
		expect(signalText(reach, 'fr')).toMatch(/ \u22120,1$/);
		// hyphens between words and dates stay hyphens
		expect(signalText('a like-for-like pack on 2024-03-04 (-12 fans)', 'en')).toBe(
			'a like-for-like pack on 2024-03-04 (\u221212 fans)'
		);
	});
});
