import type { Report } from '../../../src/lib/report/schema.ts';

type Body = Omit<Report, 'narrative' | 'caveats' | 'caveatMessages'>;
type Effects = Report['campaigns'][number]['effects'];
type Effect = Effects['fansAdded'];

const R = (estimate: number | null, low: number | null, high: number | null) => ({
	estimate,
	low,
	high
});
const eff = (estimate: number, low: number, high: number, evidenceLevel: 0 | 1 | 2): Effect => ({
	estimate,
	low,
	high,
	evidenceLevel,
	pPlacebo: evidenceLevel === 2 ? 0.05 : 0.4
});
const refused = (reason: string): Effect => ({ estimate: null, reason });
const allRefused = (reason: string): Effects => ({
	fansAdded: refused(reason),
	engagedUsers: refused(reason),
	reachOrganic: refused(reason)
});

function channel(
	c: Partial<Report['channels'][number]> & { channel: Report['channels'][number]['channel'] }
): Report['channels'][number] {
	return {
		cost: null,
		fansAcquired: R(1000, null, null),
		survival: null,
		halfLifeDays: null,
		horizonDays: 1100,
		survivingFans: null,
		costPerRetainedFan: { m6: null, m12: null },
		identifiable: true,
		source: null,
		reason: null,
		...c
	};
}

const campaign = (
	id: string,
	label: string | null,
	effects: Effects
): Report['campaigns'][number] => ({
	id,
	channel: 'exchange',
	label,
	start: '2023-01-01',
	end: '2023-01-31',
	cost: null,
	effects
});

/**
 * A report body that exercises every sentence of the narrative: every evidence level, ranges that
 * exclude 0 at level 0, fractional people, flat and absurd ranges, missing bounds, campaigns
 * refused for the same reason, spikes of the same class, two currencies, a value for ROI.
 */
export function fixtureBody(lang: 'en' | 'fr'): Body {
	return {
		schemaVersion: 1,
		page: { slug: 'p', name: 'Page', platform: 'facebook' },
		period: { from: '2022-01-01', to: '2024-12-31' },
		lang,
		currency: 'EUR',
		channels: [
			channel({
				channel: 'organic',
				fansAcquired: R(8650, null, null),
				survival: { d30: null, d90: null, d180: null, d365: R(0.81, 0.806, 0.824) },
				halfLifeDays: R(4000, 3000, null),
				source: 'new fans minus everything attributed to other channels',
				cost: 15650,
				costByCurrency: { EUR: 15650 },
				costPerRetainedFan: { m6: null, m12: R(2.21, 2.19, 2.22) }
			}),
			channel({
				channel: 'bought',
				fansAcquired: R(2002, null, null),
				survival: { d30: null, d90: null, d180: null, d365: R(0.004, 0, 0.01) },
				halfLifeDays: R(57.2, 52.4, 61.3),
				survivingFans: R(3.9, 0, 8.6),
				source: 'spike excess',
				cost: 62,
				costByCurrency: { EUR: 62 },
				costPerRetainedFan: { m6: null, m12: R(8.09, 24, 45_839_218) }
			}),
			channel({
				channel: 'exchange',
				fansAcquired: R(3.9, 1.2, 7.3),
				survival: { d30: null, d90: null, d180: null, d365: R(0.999, 0.998, 1) },
				halfLifeDays: R(30, 2, 400),
				horizonDays: 200,
				source: 'excess over the previous trend; some method nobody translated',
				cost: null,
				costByCurrency: { EUR: 500, USD: 200 }
			}),
			channel({
				channel: 'ads',
				identifiable: false,
				fansAcquired: R(1400, 1400, 1400),
				source: 'paid new fans in the export',
				reason: 'daily removals are missing',
				cost: 1050,
				costByCurrency: { EUR: 1050 }
			}),
			channel({
				channel: 'undeclared',
				identifiable: false,
				fansAcquired: R(640, null, null),
				source: 'spikes nobody declared',
				reason: 'a reason nobody translated'
			})
		],
		campaigns: [
			campaign('1', 'Pack A', {
				fansAdded: eff(2000, 1900, 2100, 2),
				engagedUsers: eff(-500, -800, -200, 1),
				reachOrganic: eff(300, 100, 700, 0)
			}),
			campaign('2', 'Échange B', {
				fansAdded: eff(3.9, 1.2, 7.3, 1),
				engagedUsers: eff(10, -5, 30, 2),
				reachOrganic: eff(-40, -100, 50, 1)
			}),
			campaign('3', 'Ads C', allRefused('blocked-overlap')),
			campaign('4', 'Ads D', allRefused('blocked-overlap')),
			campaign('5', 'Ads E', allRefused('blocked-overlap')),
			campaign('6', 'Jeu F', allRefused('insufficient-pre')),
			campaign('7', 'Contest G', {
				fansAdded: refused('insufficient-post'),
				engagedUsers: refused('insufficient-post'),
				reachOrganic: eff(500, 100, 900, 2)
			}),
			campaign('8', 'Pack H', {
				fansAdded: eff(800, 600, 1000, 2),
				engagedUsers: refused('post-beyond-data'),
				reachOrganic: eff(4000, 1000, 7000, 2)
			}),
			{
				...campaign('10', null, allRefused('insufficient-post')),
				channel: 'ads',
				start: '2023-04-01'
			},
			{
				...campaign('11', null, {
					fansAdded: eff(50, 20, 80, 1),
					engagedUsers: refused('insufficient-post'),
					reachOrganic: eff(-300, -500, -100, 1)
				}),
				channel: 'contest',
				start: '2023-06-01'
			},
			campaign('9', 'Other I', {
				fansAdded: refused('blocked-overlap'),
				engagedUsers: refused('blocked-overlap'),
				reachOrganic: refused('insufficient-pre')
			})
		],
		anomalies: [
			...['2022-04-14', '2023-01-06', '2023-09-16'].map((d, i) => ({
				start: d,
				end: d,
				excessFans: 43.4 + i * 20,
				class: 'explained_reach' as const,
				campaignId: null,
				signals: [
					'explained by reach (viral or featured): engaged users robust z 28.9 with new fans per 1,000 reach robust z 0.1'
				]
			})),
			...['2022-06-01', '2022-11-01'].map((d) => ({
				start: d,
				end: d,
				excessFans: 512,
				class: 'likely_inorganic' as const,
				campaignId: null,
				signals: [
					'round size: excess of 512 fans is within 2.4% of a 500 pack',
					'no posting: 0 posts published from 2022-05-31 to 2022-06-01',
					'post-spike churn: 210 unfollows above the usual pace in the 60 days after = 41% of the excess vs 5.6% for organic fans',
					'net-only: spikes offset by unfollows are invisible',
					'a signal nobody translated'
				]
			})),
			{
				start: '2023-05-05',
				end: '2023-05-06',
				excessFans: 120,
				class: 'possible',
				campaignId: null,
				signals: ['new fans per 1,000 reach 29 vs usual 5.7 (robust z 7.3)']
			},
			{
				start: '2022-07-20',
				end: '2022-07-21',
				excessFans: 2002,
				class: 'declared',
				campaignId: '1',
				signals: ['declared in the ledger: Pack A (bought, 2022-07-20 to 2022-07-21)']
			}
		],
		dilution: {
			inorganicShare: R(0.07, 0.03, 0.12),
			erFans: 0.0234,
			erFansAdjusted: 0.031,
			errOrganic: 0.05,
			signature: true
		},
		roi: {
			valueInputs: { valuePerEngagedUser: 0.5, valuePerConversion: null, discountRate: 0.1 },
			byChannel: [{ channel: 'bought', cost: 62, roiPct: 20, npv36: 10, paybackMonths: 3 }]
		},
		platformEvents: [
			{
				day: '2024-03-14',
				description:
					lang === 'fr' ? 'Indicateur « personnes engagées » supprimé' : 'Engaged users deprecated'
			}
		],
		reachAttribution: {
			betas: {},
			attributedFans: {
				organic: R(7000, 6200, 7700),
				paid: R(1400, 1300, 1500),
				viral: R(0.4, 0, 3)
			},
			evidenceLevel: 1,
			daysUsed: 900,
			daysDropped: 3,
			r2: 0.4
		}
	};
}
