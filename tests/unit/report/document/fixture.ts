import type { Report } from '../../../../src/lib/report/schema.ts';
import type { DocumentInput, PeriodFacts } from '../../../../src/lib/report/document/types.ts';
import { DEFAULT_BRANDING } from '../../../../src/lib/report/document/types.ts';
import { WORDS } from '../../../../src/lib/report/words.ts';

const r = (estimate: number | null, low: number | null = null, high: number | null = null) => ({
	estimate,
	low,
	high
});

/**
 * A hand-written report model with round numbers: organic fans cost 2 € each (1,000 € for 500
 * fans) and keep S(30) = 0.9, S(90) = 0.8, S(180) = 0.7, S(365) = 0.6; bought fans cost 0.01 €
 * (10 € for 1,000) and keep S(30) = 0.5, S(90) = 0.125, S(180) = 0.05, S(365) = 0.01.
 */
export function fixtureReport(lang: 'en' | 'fr' = 'en'): Report {
	const w = WORDS[lang];
	return {
		schemaVersion: 1,
		page: { slug: 'p', name: 'Bakery', platform: 'facebook' },
		period: { from: '2024-01-01', to: '2024-01-30' },
		lang,
		channels: [
			{
				channel: 'organic',
				cost: 1000,
				fansAcquired: r(500),
				survival: {
					d30: r(0.9, 0.85, 0.95),
					d90: r(0.8, 0.75, 0.85),
					d180: r(0.7, 0.6, 0.8),
					d365: r(0.6, 0.5, 0.7)
				},
				halfLifeDays: r(700, 600, null),
				horizonDays: 400,
				survivingFans: r(300, 250, 350),
				costPerRetainedFan: { m6: r(2.857, 2.5, 3.33), m12: r(3.333, 2.857, 4) },
				identifiable: true,
				source: 'new fans minus everything attributed to other channels',
				reason: null
			},
			{
				channel: 'bought',
				cost: 10,
				fansAcquired: r(1000),
				survival: {
					d30: r(0.5, 0.4, 0.6),
					d90: r(0.125, 0.1, 0.15),
					d180: r(0.05, 0.04, 0.06),
					d365: r(0.01, 0.005, 0.02)
				},
				halfLifeDays: r(30, 25, 35),
				horizonDays: 300,
				survivingFans: r(12.4, 3, 40),
				costPerRetainedFan: { m6: r(0.2, 0.16, 0.25), m12: r(1, 0.5, 2) },
				identifiable: true,
				source: 'spike excess',
				reason: null
			},
			{
				channel: 'exchange',
				cost: 50,
				fansAcquired: r(200),
				survival: null,
				halfLifeDays: null,
				horizonDays: null,
				survivingFans: null,
				costPerRetainedFan: { m6: null, m12: null },
				identifiable: false,
				source: 'excess over the usual daily pace',
				reason: 'too few days after it'
			}
		],
		campaigns: [
			{
				id: '1',
				channel: 'bought',
				label: 'Pack 1000',
				start: '2024-01-05',
				end: '2024-01-05',
				cost: 10,
				effects: {
					fansAdded: { estimate: 990, low: 900, high: 1080, evidenceLevel: 2, pPlacebo: 0.05 },
					engagedUsers: { estimate: -10, low: -40, high: 25, evidenceLevel: 0, pPlacebo: 0.8 },
					reachOrganic: { estimate: -300, low: -500, high: -100, evidenceLevel: 1, pPlacebo: 0.3 }
				},
				cohort: {
					method: 'spike_excess' as const,
					fans: { estimate: 980.4, low: 950.2, high: 1010.6 },
					detectable: true,
					reason: null,
					countedElsewhere: [],
					sharedWith: []
				}
			},
			...['2', '3'].map((id) => ({
				id,
				channel: 'ads' as const,
				label: `Ads ${id}`,
				start: '2024-01-10',
				end: '2024-01-12',
				cost: 100,
				effects: {
					fansAdded: { estimate: null, reason: 'blocked-overlap' },
					engagedUsers: { estimate: null, reason: 'blocked-overlap' },
					reachOrganic: { estimate: null, reason: 'blocked-overlap' }
				},
				cohort:
					id === '2'
						? {
								method: 'paid_new_fans' as const,
								fans: { estimate: 300, low: 300, high: 300 },
								detectable: true,
								reason: null,
								countedElsewhere: [{ id: '1', fans: 120 }],
								sharedWith: [{ id: '3', fans: 40 }]
							}
						: {
								method: null,
								fans: { estimate: null, low: null, high: null },
								detectable: false,
								reason: 'no_detectable_effect' as const,
								countedElsewhere: [],
								sharedWith: []
							}
			})),
			{
				id: '4',
				channel: 'contest',
				label: 'Contest',
				start: '2024-01-28',
				end: '2024-01-29',
				cost: null,
				effects: {
					fansAdded: { estimate: null, reason: 'post-beyond-data' },
					engagedUsers: { estimate: null, reason: 'post-beyond-data' },
					reachOrganic: { estimate: null, reason: 'post-beyond-data' }
				}
			}
		],
		anomalies: [
			{
				start: '2024-01-05',
				end: '2024-01-05',
				excessFans: 995,
				class: 'declared',
				campaignId: '1',
				signals: ['declared']
			},
			{
				start: '2024-01-20',
				end: '2024-01-21',
				excessFans: 240.4,
				class: 'likely_inorganic',
				campaignId: null,
				signals: ['round size', 'no engagement lift']
			}
		],
		dilution: {
			inorganicShare: r(0.0248, 0.006, 0.08),
			erFans: 0.05,
			erFansAdjusted: 0.0513,
			errOrganic: 0.04,
			signature: true
		},
		roi: { valueInputs: null, byChannel: [] },
		platformEvents: [{ day: '2024-01-15', description: 'A platform change' }],
		reachAttribution: { reason: 'too few days' },
		narrative: {
			headline:
				'Of about 1,000 bought fans, about 12 are likely still following today (likely between 3 and 40).',
			sections: [
				{ title: w.sections.channels, paragraphs: ['Channels paragraph.'] },
				{ title: w.sections.campaigns, paragraphs: ['Campaigns paragraph.'] },
				{ title: 'A section nobody planned', paragraphs: ['Extra paragraph.'] }
			]
		},
		caveats: ['Ranges are 90 % intervals.']
	};
}

export const facts = (over: Partial<PeriodFacts> = {}): PeriodFacts => ({
	from: '2024-01-01',
	to: '2024-01-30',
	days: 30,
	fansEnd: 5000,
	fansKnown: 30,
	newFans: 300,
	newFansKnown: 30,
	erFans: 0.05,
	erKnown: 30,
	...over
});

export function fixtureInput(
	over: Partial<DocumentInput> = {},
	lang: 'en' | 'fr' = 'en'
): DocumentInput {
	return {
		report: fixtureReport(lang),
		currency: 'EUR',
		issued: '2024-02-01',
		facts: {
			current: facts(),
			previous: facts({ from: '2023-12-02', to: '2023-12-31', fansEnd: 4000, newFans: 200 }),
			lastYear: facts({
				from: '2023-01-01',
				to: '2023-01-30',
				fansEnd: 2500,
				newFans: 250,
				newFansKnown: 26,
				erFans: 0.04
			})
		},
		notes: null,
		branding: DEFAULT_BRANDING,
		...over
	};
}
