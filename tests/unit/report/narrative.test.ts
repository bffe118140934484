import { describe, expect, it } from 'vitest';
import { render } from '../../../src/lib/report/messages/catalogue.ts';
import type { Message } from '../../../src/lib/report/messages/types.ts';
import { campaignMessages, claimOf, localize, narrate } from '../../../src/lib/report/narrative.ts';
import { reportSchema, type ReportEffect } from '../../../src/lib/report/schema.ts';
import { fixtureBody } from './fixture.ts';
import { ENGLISH, forbiddenAt, levelOf, sentences } from './words-checks.ts';

type Lang = 'en' | 'fr';
const LANGS: Lang[] = ['en', 'fr'];

function build(lang: Lang) {
	const body = fixtureBody(lang);
	const events = [
		{
			day: '2024-03-14',
			en: 'Engaged users deprecated',
			fr: 'Indicateur « personnes engagées » supprimé'
		}
	];
	return { body, ...narrate(body, { fansFirst: 1200, fansLast: 9876, currency: 'EUR', events }) };
}

/** Every message of a narrated report with its rendering. */
function allMessages(lang: Lang) {
	const r = build(lang);
	const ms: Message[] = [
		r.narrative.headlineMessage,
		...r.narrative.sections.flatMap((s) => s.messages.flat()),
		...r.caveatMessages
	];
	return ms.map((m) => ({ m, text: render(m, { lang, currency: 'EUR' }) }));
}

describe('narrative: no verb above its evidence level, in every sentence, both languages', () => {
	for (const lang of LANGS)
		it(`${lang}: each message obeys its level`, () => {
			const ms = allMessages(lang);
			// the fixture reaches every campaign sentence and every level
			for (const code of [
				'campaign.effect2',
				'campaign.effect1',
				'campaign.effect0',
				'campaign.cantTell',
				'campaign.partlyRefused',
				'campaign.refused',
				'campaign.level1Note'
			])
				expect(ms.some((x) => x.m.code === code)).toBe(true);
			for (const { m, text } of ms) {
				expect(text.length).toBeGreaterThan(0);
				for (const re of forbiddenAt(levelOf(m), lang)) expect(text, m.code).not.toMatch(re);
			}
		});
});

describe('narrative: each claim is the one its range and level allow', () => {
	const e = (
		estimate: number,
		low: number,
		high: number,
		evidenceLevel: 0 | 1 | 2
	): ReportEffect => ({
		estimate,
		low,
		high,
		evidenceLevel,
		pPlacebo: 0.05
	});
	it('says "can’t tell" only when the range contains 0', () => {
		expect(claimOf(e(300, -100, 700, 2))).toBe('cantTell');
		expect(claimOf(e(300, 0, 700, 1))).toBe('cantTell');
		expect(claimOf(e(300, 100, 700, 0))).toBe('effect0');
		expect(claimOf(e(300, 100, 700, 1))).toBe('effect1');
		expect(claimOf(e(-300, -700, -100, 2))).toBe('effect1');
		expect(claimOf(e(300, 100, 700, 2))).toBe('effect2');
		expect(claimOf({ estimate: null, reason: 'insufficient-pre' })).toBe('refused');
	});
	for (const lang of LANGS)
		it(`${lang}: a level-0 gap whose range excludes 0 is described, not "can't tell"`, () => {
			const ms = campaignMessages('Pack', {
				fansAdded: e(300, 100, 700, 0),
				engagedUsers: e(1, -1, 2, 1),
				reachOrganic: e(1, -1, 2, 1)
			});
			const text = ms.map((m) => render(m, { lang, currency: 'EUR' }));
			expect(text[0]).toMatch(lang === 'en' ? /rose by about 300/ : /augmenté d’environ 300/);
			expect(text[0]).not.toMatch(/can't tell|ne peut pas dire/);
			// the two unclear outcomes share one sentence
			expect(text.filter((t) => /can't tell|ne peut pas dire/.test(t))).toHaveLength(1);
			expect(text.join(' ').match(/Pack/g)).toHaveLength(1);
		});
});

describe('narrative: small numbers of people', () => {
	const ctx = (lang: Lang) => ({ lang, currency: 'EUR' });
	it('no new fans, one new fan, a gap smaller than one person', () => {
		const acquired = (n: number, lang: Lang) =>
			render(
				{
					code: 'channel.acquired',
					params: { channel: 'contest', fans: { n, lo: 0, hi: 2 }, source: [] }
				},
				ctx(lang)
			);
		expect(acquired(0.2, 'en')).toBe('Contests: almost no new fans (likely between 0 and 2).');
		expect(acquired(0.2, 'fr')).toBe(
			'Jeux-concours : presque aucun nouveau fan (probablement entre 0 et 2).'
		);
		expect(acquired(1.2, 'en')).toBe('Contests: about 1 new fan (likely between 0 and 2).');
		expect(acquired(1.2, 'fr')).toBe(
			'Jeux-concours : environ 1 nouveau fan (probablement entre 0 et 2).'
		);
		const ms = campaignMessages('Pack', {
			fansAdded: { estimate: 0.3, low: 0.1, high: 0.6, evidenceLevel: 1, pPlacebo: 0.3 },
			engagedUsers: { estimate: null, reason: 'insufficient-pre' },
			reachOrganic: { estimate: null, reason: 'insufficient-pre' }
		});
		expect(render(ms[0], ctx('en'))).toBe(
			'After “Pack”, the number of new fans was less than 1 above the previous trend (likely between 0 and 1; association only).'
		);
		expect(render(ms[0], ctx('fr'))).toBe(
			'Après « Pack », le nombre de nouveaux fans a été supérieur de moins de 1 à la tendance antérieure (probablement entre 0 et 1 ; simple association).'
		);
	});
});

describe('narrative: one idea per sentence, nothing repeated', () => {
	for (const lang of LANGS)
		it(`${lang}: no sentence is repeated within a section`, () => {
			const r = build(lang);
			for (const s of r.narrative.sections) {
				const all = s.paragraphs.flatMap(sentences);
				expect(new Set(all).size, s.title).toBe(all.length);
			}
			expect(new Set(r.caveats).size).toBe(r.caveats.length);
		});
	for (const lang of LANGS)
		it(`${lang}: campaigns that could not be assessed are grouped, one sentence per reason`, () => {
			const r = build(lang);
			const campaigns = r.narrative.sections.find((s) => s.id === 'campaigns')!;
			const refused = campaigns.messages.flat().filter((m) => m.code === 'campaign.refused');
			expect(refused.map((m) => m.params)).toEqual([
				{ labels: ['Ads C', 'Ads D', 'Ads E'], reason: 'blocked-overlap' },
				{ labels: ['Jeu F'], reason: 'insufficient-pre' },
				{ labels: [{ channel: 'ads', start: '2023-04-01' }], reason: 'insufficient-post' }
			]);
			if (lang === 'en')
				expect(campaigns.paragraphs.join(' ')).toContain(
					'The ads of 1 April 2023 could not be assessed: too few days of data after the start.'
				);
			const text = campaigns.paragraphs.join(' ');
			for (const label of ['Ads C', 'Ads D', 'Ads E', 'Jeu F', 'Pack A', 'Échange B'])
				expect(text.split(label).length - 1, label).toBe(1);
			// the level-1 caveat is said once for the whole section
			expect(
				campaigns.messages.flat().filter((m) => m.code === 'campaign.level1Note')
			).toHaveLength(1);
			// two level-2 claims of one campaign: the assumption in full once
			const h = text.slice(text.indexOf('Pack H'));
			expect(h.split(lang === 'en' ? 'assuming nothing else' : 'à condition que').length).toBe(2);
		});
	for (const lang of LANGS)
		it(`${lang}: spikes of one class share one sentence; the ledger question is asked once`, () => {
			const r = build(lang);
			const a = r.narrative.sections.find((s) => s.id === 'anomalies')!;
			expect(a.messages.flat().map((m) => m.code)).toEqual([
				'anomaly.group',
				'anomaly.group',
				'anomaly.askLedger',
				'anomaly.group'
			]);
			expect(a.paragraphs[0]).toMatch(
				lang === 'en'
					? /^Two spikes in new fans have the pattern typical of inorganic growth: 1 June 2022 \(about 510 extra fans\) and 1 November 2022/
					: /^Deux pics de nouveaux fans ont le profil typique d’une croissance non organique : le 1er juin 2022 \(environ 510 fans de plus\) et le 1er novembre 2022/
			);
		});
});

describe('narrative: spikes on series that cannot show them', () => {
	for (const lang of LANGS)
		it(`${lang}: "no spike stood out" only where gross new fans were read`, () => {
			const body: ReturnType<typeof fixtureBody> = { ...fixtureBody(lang), anomalies: [] };
			const codes = (addsSeries: 'gross' | 'net' | 'mixed' | 'none', b = body) =>
				narrate(b, { fansFirst: 1, fansLast: 2, currency: 'EUR', addsSeries })
					.narrative.sections.find((s) => s.id === 'anomalies')!
					.messages.flat();
			expect(codes('gross').map((m) => m.code)).toEqual(['anomaly.none']);
			expect(codes('net').map((m) => m.code)).toEqual(['anomaly.noneNet']);
			expect(codes('none').map((m) => m.code)).toEqual(['anomaly.noSeries']);
			expect(codes('mixed').map((m) => m.code)).toEqual(['anomaly.none', 'anomaly.netNote']);
			const withSpikes = codes('net', fixtureBody(lang));
			expect(withSpikes.at(-1)).toEqual({ code: 'anomaly.netNote', params: { partly: false } });
			for (const m of [...codes('net'), ...codes('none'), ...withSpikes]) {
				const text = render(m, { lang, currency: 'EUR' });
				for (const re of forbiddenAt(levelOf(m), lang)) expect(text).not.toMatch(re);
				if (lang === 'fr') expect(text).not.toMatch(ENGLISH);
			}
		});
});

describe('narrative: a split by source of reach that could not be made says why', () => {
	it('in both languages, in the narrative and in the report field', () => {
		const say = (lang: Lang, reason: string) => {
			const body = { ...fixtureBody(lang), reachAttribution: { reason } };
			const r = narrate(body, { fansFirst: 1, fansLast: 2, currency: 'EUR' });
			const loc = localize(body.channels, body.anomalies, lang, 'EUR', body.reachAttribution);
			return {
				text: r.narrative.sections[0].paragraphs.at(-1),
				field: (loc as { reachAttribution?: { reason: string } }).reachAttribution?.reason
			};
		};
		expect(say('fr', '12 usable days (3 dropped), needs 60')).toEqual({
			text: 'Les nouveaux fans n’ont pas pu être répartis par source de portée : seulement 12 jours sont utilisables (3 écartés) et la répartition en demande 60.',
			field: 'seulement 12 jours sont utilisables (3 écartés) et la répartition en demande 60'
		});
		expect(say('en', 'no reach by source is known').text).toBe(
			'New fans could not be split by source of reach: the exports give no reach by source.'
		);
		expect(say('fr', 'no residual degrees of freedom (70 days)').field).toBe(
			'trop peu de jours pour le nombre de termes du modèle'
		);
	});
});

describe('narrative: the words for what Model A, B and C add to the report', () => {
	/** the fixture with the fields the models may carry: seasons, runs, ledger checks, fit diagnostics */
	function richBody(lang: Lang) {
		const body = fixtureBody(lang);
		const share = (estimate: number, low: number, high: number, entries: string[]) => ({
			estimate,
			low,
			high,
			evidenceLevel: 1 as const,
			pPlacebo: 0.3,
			method: 'seasonal',
			seasonality: 'placebo-calibrated',
			episode: { start: '2023-04-01', end: '2023-06-30', entries, share: 1 / 3 }
		});
		const run = ['21', '22', '23'];
		body.campaigns = [
			{
				...body.campaigns[0],
				effects: {
					...body.campaigns[0].effects,
					fansAdded: { ...body.campaigns[0].effects.fansAdded, method: 'seasonal' } as never,
					engagedUsers: {
						...body.campaigns[0].effects.engagedUsers,
						seasonality: 'unchecked'
					} as never
				}
			},
			...run.map((id, i) => ({
				id,
				channel: 'ads' as const,
				label: `Ads ${['April', 'May', 'June'][i]}`,
				start: `2023-0${4 + i}-01`,
				end: `2023-0${4 + i}-28`,
				cost: 300,
				effects: {
					fansAdded: share(100, 60, 140, run) as never,
					engagedUsers: { estimate: null, reason: 'insufficient-pre' },
					reachOrganic: { estimate: null, reason: 'insufficient-pre' }
				}
			}))
		];
		body.channels = body.channels.map((c) =>
			c.channel === 'exchange' ? ({ ...c, detectable: false } as typeof c) : c
		);
		return Object.assign(body, {
			ledgerChecks: [
				{
					id: '1',
					channel: 'bought',
					promised: 500,
					observed: null,
					status: 'no_matching_arrivals'
				},
				{
					id: '21',
					channel: 'ads',
					promised: 400,
					observed: { estimate: 118, low: 80, high: 160 },
					status: 'fewer_than_promised'
				},
				{ id: '22', channel: 'ads', promised: 100, observed: null, status: 'consistent' }
			],
			survivalModel: { refits: 50, refitsNotConverged: 3, excludedDays: 12, imputedDays: 1 },
			spikeSeries: { source: null, daysScored: 0, reason: 'too-short' }
		});
	}
	for (const lang of LANGS)
		it(`${lang}: seasons, runs, promises checked, channels with nothing detectable, fit diagnostics`, () => {
			const r = narrate(richBody(lang), { fansFirst: 1, fansLast: 2, currency: 'EUR' });
			const text = (id: string) =>
				r.narrative.sections
					.find((s) => s.id === id)!
					.paragraphs.join(' ')
					.replace(/[\u202f\u00a0]/g, ' ');
			const en = lang === 'en';
			expect(text('campaigns')).toContain(
				en
					? 'After “Pack A”, the number of new fans was about 2,000 above what the previous trend adjusted for the season projects'
					: 'Après « Pack A », le nombre de nouveaux fans a dépassé d’environ 2 000 ce que projetait la tendance antérieure corrigée de la saison'
			);
			// one run of three entries: its whole effect (3 × its share), the three labels once
			expect(text('campaigns')).toContain(
				en
					? 'After the run “Ads April”, “Ads May” and “Ads June”, the number of new fans was about 300 above the previous trend adjusted for the season (likely between 180 and 420; association only).'
					: 'Après la série « Ads April », « Ads May » et « Ads June », le nombre de nouveaux fans a été supérieur d’environ 300 à la tendance antérieure corrigée de la saison (probablement entre 180 et 420 ; simple association).'
			);
			expect(text('campaigns').split(en ? '“Ads May”' : '« Ads May »')).toHaveLength(2);
			expect(text('campaigns')).toContain(
				en ? 'the yearly season could not be checked' : 'la saison n’a pas pu être vérifiée'
			);
			expect(text('channels')).toContain(
				en
					? 'The ledger records 500 promised fans for “Pack A”; the exports show no matching arrivals, so nothing is computed from that promise.'
					: 'Le registre indique 500 fans promis pour « Pack A » ; les exports ne montrent aucune arrivée correspondante, donc rien n’est calculé à partir de cette promesse.'
			);
			expect(text('channels')).toContain(
				en
					? 'The ledger records 400 promised fans for “Ads April”; the exports show fewer: about 120 (likely between 80 and 160).'
					: 'Le registre indique 400 fans promis pour « Ads April » ; les exports en montrent moins : environ 120 (probablement entre 80 et 160).'
			);
			expect(text('channels')).not.toContain('100 promised');
			expect(text('channels')).toContain(
				en
					? 'Like exchanges: no detectable new fans;'
					: 'Échanges de J’aime : aucun nouveau fan détectable ;'
			);
			expect(text('anomalies')).toBe(
				en
					? 'The data covers too few days to look for spikes.'
					: 'Les données couvrent trop peu de jours pour y chercher des pics.'
			);
			const one = narrate(
				Object.assign(richBody(lang), {
					survivalModel: { refits: 40, refitsNotConverged: 1, excludedDays: 0, imputedDays: 0 }
				}),
				{ fansFirst: 1, fansLast: 2, currency: 'EUR' }
			).caveats.at(-1);
			expect(one).toBe(
				en
					? 'One of the 40 resampled fits of the survival model did not converge; it was left out of the ranges.'
					: 'Une des 40 réestimations du modèle de survie n’a pas convergé ; elle a été écartée des fourchettes.'
			);
			expect(r.caveats.slice(-3)).toEqual(
				en
					? [
							'Three of the 50 resampled fits of the survival model did not converge; they were left out of the ranges.',
							'12 days with unknown unfollows were left out of the survival model.',
							'New fans were unknown on one day; organic arrivals were estimated for it.'
						]
					: [
							'Trois des 50 réestimations du modèle de survie n’ont pas convergé ; elles ont été écartées des fourchettes.',
							'12 jours aux désabonnements inconnus ont été écartés du modèle de survie.',
							'Un jour, le nombre de nouveaux fans était inconnu : les arrivées organiques y ont été estimées.'
						]
			);
			// the same rules hold for every new sentence
			const ms = [...r.narrative.sections.flatMap((s) => s.messages.flat()), ...r.caveatMessages];
			for (const m of ms) {
				const t = render(m, { lang, currency: 'EUR' });
				for (const re of forbiddenAt(levelOf(m), lang)) expect(t, m.code).not.toMatch(re);
				if (lang === 'fr') expect(t.replace(/«[^»]*»/g, ''), m.code).not.toMatch(ENGLISH);
			}
			for (const s of r.narrative.sections) {
				const all = s.paragraphs.flatMap(sentences);
				expect(new Set(all).size).toBe(all.length);
			}
		});
});

describe('narrative: words a boss can trust', () => {
	for (const lang of LANGS) {
		const r = build(lang);
		const text = [r.narrative.headline, ...r.narrative.sections.flatMap((s) => s.paragraphs)].join(
			' '
		);
		it(`${lang}: no "?" as a bound, no fractional people, no flat range, no absurd bound`, () => {
			const ask = lang === 'en' ? 'Was this you?' : 'Était-ce vous ?';
			expect(text.replaceAll(ask, '')).not.toContain('?');
			// a decimal after "about"/"environ" is only ever money
			if (lang === 'en') expect(text).not.toMatch(/(about|almost) \d[\d,]*\.\d/);
			else expect(text).not.toMatch(/environ \d[\d\u202f ]*,\d+(?![\d\s\u202f\u00a0]*(€|\$|%))/);
			expect(text).not.toMatch(/(between|entre) ([^()]+?) (and|et) \2[;)]/);
			expect(text).not.toMatch(/45[,\u202f ]?839/);
			expect(text).toContain(
				lang === 'en'
					? 'the range is too wide to be useful'
					: 'fourchette trop large pour être utile'
			);
			// 3.9 fans acquired: "about 4", never "3.9"
			expect(text).toMatch(lang === 'en' ? /about 4 new fans/ : /environ 4 nouveaux fans/);
		});
		it(`${lang}: the headline is the bottom line, with its ranges`, () => {
			expect(r.narrative.headline.replace(/[\u202f\u00a0]/g, ' ')).toBe(
				lang === 'en'
					? 'Of about 2,000 bought fans, almost none are still following after a year (likely between 0% and 1%); of about 8,700 organic fans, about 4 in 5 are still following after a year (likely between 81% and 82%).'
					: 'Sur environ 2 000 fans achetés, presque aucun ne suit encore la page après un an (probablement entre 0 % et 1 %) ; sur environ 8 700 fans organiques, environ 4 sur 5 la suivent encore (probablement entre 81 % et 82 %).'
			);
		});
		it(`${lang}: costs are never added across currencies`, () => {
			const costs = r.narrative.sections.find((s) => s.id === 'costs')!.paragraphs.join(' ');
			expect(costs.replace(/[\u202f\u00a0]/g, ' ')).toContain(
				lang === 'en' ? 'Like exchanges cost €500 and US$200;' : 'ont coûté 500 € et 200 $US ;'
			);
			expect(costs).not.toMatch(/700/);
			expect(r.caveats.join(' ')).toMatch(/EUR (and|et en) USD/);
		});
	}

	it('fr: sentences contain no English word, including reasons, sources and signals', () => {
		const r = build('fr');
		const loc = localize(r.body.channels, r.body.anomalies, 'fr', 'EUR');
		const texts = [
			r.narrative.headline,
			...r.narrative.sections.flatMap((s) => [s.title, ...s.paragraphs]),
			...r.caveats,
			...loc.channels.flatMap((c) => [c.source ?? '', c.reason ?? '']),
			...loc.anomalies.flatMap((a) => a.signals)
		].map((t) => t.replace(/«[^»]*»/g, '').replace(/declared in the ledger: Pack A/, ''));
		for (const t of texts) expect(t).not.toMatch(ENGLISH);
		// the signals keep their numbers, written the French way
		expect(loc.anomalies[3].signals[0].replace(/\u202f|\u00a0/g, ' ')).toBe(
			'taille ronde : un excédent de 512 fans, à 2,4 % d’un pack de 500'
		);
		expect(loc.anomalies[3].signals[1]).toBe('aucune publication du 31 mai 2022 au 1er juin 2022');
	});
	it('fr: agreement follows the subject', () => {
		const text = build('fr')
			.narrative.sections.flatMap((s) => s.paragraphs)
			.join(' ')
			.replace(/[\u202f\u00a0]/g, ' ');
		expect(text).toContain('presque aucun ne suit encore la page');
		expect(text).toContain('presque tous suivraient encore la page');
		expect(text).toContain(
			'le nombre de personnes engagées a été inférieur d’environ 500 à la tendance antérieure'
		);
		expect(text).toContain('la portée organique a été inférieure d’environ 300');
		// an entry without a label is named by its channel and day, in French
		expect(text).toContain(
			'La publicité du 1er avril 2023 n’a pas pu être évaluée : trop peu de jours de données après le début.'
		);
		expect(text).toContain(
			'Après le jeu-concours du 1er juin 2023, le nombre de nouveaux fans a été supérieur d’environ 50'
		);
		expect(text).toContain('Les fans achetés ont coûté 62 €');
		expect(text).toContain('La publicité a coûté 1 050 €');
		expect(text).toContain('Le travail de communauté a coûté 15 650 €');
		expect(text).toContain(
			'Le nombre de nouveaux fans et le nombre de personnes engagées n’ont pas pu être comparés'
		);
		expect(text).toContain('La portée organique n’a pas pu être comparée');
		expect(text).toContain(
			'Les campagnes « Ads C », « Ads D » et « Ads E » n’ont pas pu être évaluées'
		);
		expect(text).toContain('La campagne « Jeu F » n’a pas pu être évaluée');
	});
});

describe('narrative: codes and parameters, one catalogue, both languages', () => {
	it('re-rendering the English messages in French gives the French report', () => {
		const en = build('en');
		const fr = build('fr');
		const ctx = { lang: 'fr' as const, currency: 'EUR' };
		expect(render(en.narrative.headlineMessage, ctx)).toBe(fr.narrative.headline);
		en.narrative.sections.forEach((s, i) =>
			expect(s.messages.map((p) => p.map((m) => render(m, ctx)).join(' '))).toEqual(
				fr.narrative.sections[i].paragraphs
			)
		);
		expect(en.caveatMessages.map((m) => render(m, ctx))).toEqual(fr.caveats);
	});
	it('a calendar event keeps both languages in its message', () => {
		const r = narrate(fixtureBody('en'), {
			fansFirst: 1,
			fansLast: 2,
			currency: 'EUR',
			events: [
				{ day: '2024-03-14', en: 'Engaged users deprecated', fr: 'Utilisateurs engagés supprimés' }
			]
		});
		const m = r.caveatMessages.find((x) => x.code === 'caveat.event')!;
		expect(render(m, { lang: 'en', currency: 'EUR' })).toBe(
			'Engaged users deprecated (14 March 2024); results around that date are less reliable.'
		);
		expect(render(m, { lang: 'fr', currency: 'EUR' })).toBe(
			'Utilisateurs engagés supprimés (14 mars 2024) ; les résultats autour de cette date sont moins fiables.'
		);
	});
	it('the report schema accepts the messages beside the strings', () => {
		const r = build('en');
		const loc = localize(r.body.channels, r.body.anomalies, 'en', 'EUR');
		const { body, ...words } = r;
		const parsed = reportSchema.parse({ ...body, ...loc, ...words });
		expect(parsed.narrative.sections.map((s) => s.id)).toEqual([
			'channels',
			'campaigns',
			'anomalies',
			'dilution',
			'costs'
		]);
		expect(parsed.channels[1].sourceMessages).toEqual([
			{ code: 'source', params: { code: 'spike-excess' } }
		]);
		expect(parsed.channels[1].source).toBe('counted from the spike in new fans');
		// text the catalogue does not know stays in English, and only there
		expect(parsed.channels[4].reason).toBe('a reason nobody translated');
	});
});
