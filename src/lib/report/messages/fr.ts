/** The catalogue in French, written as a French professional writes it (see catalogue.ts). */
import { currencyIssueText } from './currency.ts';
import {
	aboutCount,
	cap,
	count,
	day,
	frShareIsSingular,
	isTooWide,
	list,
	money,
	pct,
	rangeWords,
	shareWords
} from './phrase.ts';
import type { Outcome, R } from './types.ts';
import {
	frFem,
	frTrend,
	gap,
	lead,
	num,
	numberWord,
	or,
	q,
	rangeOf,
	rate,
	type Catalogue,
	type Render
} from './shared.ts';

/** outcome, and whether it is feminine (agreement of "restée", "comparée") */
export const FR_OUTCOME: Record<Outcome, [string, boolean]> = {
	fansAdded: ['le nombre de nouveaux fans', false],
	engagedUsers: ['le nombre de personnes engagées', false],
	reachOrganic: ['la portée organique', true]
};
export const FR_FANS: Record<string, string> = {
	organic: 'fans organiques',
	bought: 'fans achetés',
	exchange: 'fans venus d’échanges de J’aime',
	ads: 'fans venus de la publicité',
	contest: 'fans venus de jeux-concours',
	other: 'fans venus d’autres actions',
	undeclared: 'fans venus de pics non déclarés'
};
export const FR_NAME: Record<string, string> = {
	organic: 'croissance organique',
	bought: 'fans achetés',
	exchange: 'échanges de J’aime',
	ads: 'publicité',
	contest: 'jeux-concours',
	other: 'autres actions',
	undeclared: 'pics non déclarés',
	organic_work: 'travail de communauté'
};
/** subject of "a coûté / ont coûté", and whether it is plural */
export const FR_COST_SUBJECT: Record<string, [string, boolean]> = {
	organic: ['le travail de communauté', false],
	organic_work: ['le travail de communauté', false],
	bought: ['les fans achetés', true],
	exchange: ['les échanges de J’aime', true],
	ads: ['la publicité', false],
	contest: ['les jeux-concours', true],
	other: ['les autres actions', true]
};
export const FR_REASON: Record<string, string> = {
	'insufficient-pre': 'moins de 56 jours de données avant le début',
	'insufficient-post': 'trop peu de jours de données après le début',
	'blocked-overlap':
		'une autre campagne ou un changement de plateforme tombe dans les mêmes semaines',
	'post-beyond-data': 'les données s’arrêtent trop tôt après la fin'
};
export const FR_CLASS_ONE: Record<string, string> = {
	likely_inorganic: 'ce profil est typique d’une croissance non organique',
	possible: 'il s’agit peut-être d’une croissance non organique',
	unexplained: 'rien dans les données ne l’explique',
	explained_ads: 'il coïncide avec une hausse de la portée payante',
	explained_reach: 'il coïncide avec un bond de la portée (une publication très diffusée)'
};
export const FR_CLASS_MANY: Record<string, string> = {
	likely_inorganic: 'ont le profil typique d’une croissance non organique',
	possible: 'sont peut-être non organiques',
	unexplained: 'n’ont pas d’explication dans les données',
	explained_ads: 'coïncident avec une hausse de la portée payante',
	explained_reach: 'coïncident avec des bonds de la portée (des publications très diffusées)'
};
export const FR_SOURCE: Record<string, string> = {
	'spike-excess': 'comptés d’après le pic de nouveaux fans',
	promised: 'la quantité promise dans le registre',
	'paid-adds': 'nouveaux fans payants comptés par l’export',
	'usual-pace': 'comptés au-delà du rythme quotidien habituel',
	'trend-excess': 'comptés au-delà de la tendance antérieure',
	undeclared: 'comptés au-delà du rythme habituel ces jours-là',
	'organic-rest': 'tous les nouveaux fans moins ceux comptés pour les autres canaux',
	'none-detectable': 'aucun effet détectable'
};
export const FR_WHY: Record<string, string> = {
	'no-removals-at-risk':
		'aucun jour avec des désabonnements connus pendant que ces fans étaient là',
	'no-removals': 'les exports ne donnent pas les désabonnements quotidiens',
	'too-few': 'trop peu de fans ou de départs pour l’estimer',
	'reach-unknown': 'les exports ne donnent pas la portée par source',
	'reach-no-df': 'trop peu de jours pour le nombre de termes du modèle'
};
export const FR_SIGNAL: Record<string, (v: string[]) => string> = {
	conversion: (v) =>
		`nouveaux fans pour 1 000 personnes atteintes : ${v[0]} contre ${v[1]} d’habitude (z robuste ${v[2]})`,
	'no-lift': (v) =>
		`pas de hausse de l’engagement : ${v[0]} personnes engagées contre ${v[1]} d’habitude (z robuste ${v[2]})`,
	'round-size': (v) => `taille ronde : un excédent de ${v[0]} fans, à ${v[1]} d’un pack de ${v[2]}`,
	'no-posting': (v) => `aucune publication du ${v[0]} au ${v[1]}`,
	purge: (v) =>
		`purge : le total des fans a baissé de ${v[0]} de plus que les désabonnements ne l’expliquent le ${v[1]} (${v[2]} jours après)`,
	declared: (v) =>
		`déclaré dans le registre : ${v[0]} (${FR_NAME[v[1]] ?? v[1]}, du ${v[2]} au ${v[3]})`,
	ads: (v) => `expliqué par la publicité : ${v[0]} de la portée est payante`,
	reach: (v) =>
		`expliqué par la portée (publication virale ou mise en avant) : z robuste des personnes engagées ${v[0]}, des nouveaux fans pour 1 000 personnes atteintes ${v[1]}`,
	churn: (v) =>
		`départs après le pic : ${v[0]} désabonnements au-delà du rythme habituel dans les ${v[1]} jours suivants, soit ${v[2]} de l’excédent contre ${v[3]} pour les fans organiques`,
	'net-only': () =>
		'séries nettes seulement : un pic compensé par des désabonnements y est invisible'
};

const frRange = (
	r: { n?: number; lo: number | null; hi: number | null },
	kind: 'count' | 'pct' | 'signed' | 'days'
) => rangeOf(r, kind, 'fr');
/** "presque aucun ne suit encore la page", "environ 4 sur 5 suivent encore la page" */
const frStill = (s: R, projected: boolean, when: string, pronoun = false) => {
	const one = frShareIsSingular(s.n);
	const verb = projected ? (one ? 'suivrait' : 'suivraient') : one ? 'suit' : 'suivent';
	const ne = shareWords(s.n, 'fr').startsWith('presque aucun') ? 'ne ' : '';
	const la = pronoun ? 'la ' : '';
	return `${shareWords(s.n, 'fr')} ${ne}${la}${verb} encore${pronoun ? '' : ' la page'}${when}${projected ? ', selon la projection du modèle au-delà des données' : ''} (${frRange(s, 'pct')})`;
};

/** "presque aucun fan actuel ne vient", "environ 4 fans actuels sur 5 viennent" */
function frShareOfFans(s: number): string {
	const x = shareWords(s, 'fr');
	if (x === 'presque aucun') return 'presque aucun fan actuel ne vient';
	if (x === 'presque tous') return 'presque tous les fans actuels viennent';
	if (x === 'environ la moitié') return 'environ la moitié des fans actuels vient';
	const f = /environ (\d+) sur (\d+)/.exec(x);
	if (!f) return `${x} des fans actuels viennent`;
	const [, a, b] = f;
	return a === '1'
		? `environ 1 fan actuel sur ${b} vient`
		: `environ ${a} fans actuels sur ${b} viennent`;
}

export function french(render: Render): Catalogue {
	return {
		'section.channels': () => 'D’où viennent les fans, et qui est resté',
		'section.campaigns': () => 'Ce que chaque campagne a changé',
		'section.anomalies': () => 'Pics que personne n’a déclarés',
		'section.dilution': () => 'Engagement et fans inactifs',
		'section.costs': () => 'Ce que cela a coûté',
		'headline.compare': (p) =>
			`Sur environ ${count(p.acquired, 'fr')} ${FR_FANS[p.channel] ?? p.channel}, ${frStill(p.s, p.projected, ' après un an')} ; sur environ ${count(p.organic, 'fr')} fans organiques, ${frStill(p.os, p.oprojected, '', true)}.`,
		'headline.one': (p) =>
			`Sur environ ${count(p.acquired, 'fr')} ${FR_FANS[p.channel] ?? p.channel}, ${frStill(p.s, p.projected, ' après un an')}.`,
		'headline.growth': (p) =>
			p.first === null || p.last === null
				? `Le rapport couvre la période du ${day(p.from, 'fr')} au ${day(p.to, 'fr')} ; les exports ne donnent pas le nombre total de fans.`
				: `Du ${day(p.from, 'fr')} au ${day(p.to, 'fr')}, la page est passée d’environ ${count(p.first, 'fr')} à environ ${count(p.last, 'fr')} fans.`,
		'channel.acquired': (p, c) => {
			const how = p.source.map((m) => render(m, c)).filter(Boolean);
			const rg = frRange(p.fans, 'count');
			const n =
				Math.abs(p.fans.n) < 0.5
					? 'presque aucun nouveau fan'
					: `${aboutCount(p.fans.n, 'fr')} ${count(p.fans.n, 'fr') === '1' ? 'nouveau fan' : 'nouveaux fans'}`;
			return `${cap(FR_NAME[p.channel] ?? p.channel)} : ${n} (${[...how, rg].join(' ; ')}).`;
		},
		'channel.survival': (p) => `Après un an, ${frStill(p.s, p.projected, '')}.`,
		'channel.halfLife': (p) =>
			isTooWide(p.d.lo, p.d.hi, 'days')
				? 'Impossible de dire quand la moitié sera partie : la fourchette est trop large pour être utile.'
				: `La moitié est partie après environ ${count(p.d.n, 'fr')} jours (${frRange(p.d, 'days')}).`,
		'channel.halfLifeLong': (p) =>
			`Plus de la moitié est encore là après ${count(p.horizon, 'fr')} jours, la plus longue durée couverte par les données.`,
		'channel.notIdentifiable': (p, c) =>
			`Pour les ${FR_FANS[p.channel] ?? p.channel}, impossible d’estimer qui est resté : ${render(p.reason, c)}.`,
		'reach.split': (p) =>
			`Répartition des nouveaux fans par source de portée, selon le modèle : ${p.parts
				.map(
					(x) =>
						`${aboutCount(x.fans.n, 'fr')} avec la portée ${{ organic: 'organique', paid: 'payante', viral: 'virale' }[x.source] ?? x.source} (${frRange(x.fans, 'count')})`
				)
				.join(
					' ; '
				)}. Cette répartition est une association : elle ne mesure pas l’effet propre de chaque source.`,
		'campaign.effect2': (p) =>
			lead(
				p.lead,
				p.label,
				'fr',
				`${FR_OUTCOME[p.outcome][0]} a dépassé ${gap(p.e.n, 'fr')} ce que projetait ${frTrend(p.seasonal)} (${frRange(p.e, 'signed')}) ; ${p.note ? 'c’est ce qu’on attendrait si la campagne avait eu cet effet, à condition que rien d’autre n’ait changé au même moment' : 'la même réserve s’applique'}.`
			),
		'campaign.effect1': (p) => {
			const [o, fem] = FR_OUTCOME[p.outcome];
			const side = p.e.n > 0 ? 'supérieur' : 'inférieur';
			return lead(
				p.lead,
				p.label,
				'fr',
				`${o} a été ${side}${fem ? 'e' : ''} ${gap(p.e.n, 'fr')} à ${frTrend(p.seasonal)} (${frRange(p.e, 'signed')} ; simple association).`
			);
		},
		'campaign.effect0': (p) =>
			lead(
				p.lead,
				p.label,
				'fr',
				`${FR_OUTCOME[p.outcome][0]} a ${p.e.n > 0 ? 'augmenté' : 'baissé'} ${gap(p.e.n, 'fr')} par rapport à ${frTrend(p.seasonal)} (${frRange(p.e, 'signed')}), mais cette tendance reproduit trop mal les semaines précédentes pour que l’écart renseigne sur la campagne.`
			),
		'campaign.cantTell': (p) => {
			const items = p.items.map((x) => `${FR_OUTCOME[x.outcome][0]} (${frRange(x, 'signed')})`);
			if (p.items.length === 1)
				return lead(
					p.lead,
					p.label,
					'fr',
					`on ne peut pas dire si ${FR_OUTCOME[p.items[0].outcome][0]} a changé (${frRange(p.items[0], 'signed')}).`
				);
			return lead(p.lead, p.label, 'fr', `on ne peut pas dire si ${or(items, 'fr')} ont changé.`);
		},
		'campaign.partlyRefused': (p) => {
			const many = p.outcomes.length > 1;
			const allFem = p.outcomes.every((o) => FR_OUTCOME[o][1]);
			const agree = `${allFem ? 'e' : ''}${many ? 's' : ''}`;
			const what = list(
				p.outcomes.map((o) => FR_OUTCOME[o][0]),
				'fr'
			);
			const rest = `n’${many ? 'ont' : 'a'} pas pu être comparé${agree} à une tendance : ${FR_REASON[p.reason] ?? 'une condition de la comparaison n’est pas remplie'}.`;
			return p.lead === 'label'
				? `Pour ${q(p.label, 'fr')}, ${what} ${rest}`
				: `${cap(what)} ${rest}`;
		},
		'campaign.refused': (p) =>
			p.labels.length === 1
				? `${typeof p.labels[0] === 'string' ? `La campagne ${q(p.labels[0], 'fr')}` : cap(q(p.labels[0], 'fr'))} n’a pas pu être évalué${frFem(p.labels[0]) ? 'e' : ''} : ${FR_REASON[p.reason] ?? 'une condition de la comparaison n’est pas remplie'}.`
				: `Les campagnes ${list(
						p.labels.map((l) => q(l, 'fr')),
						'fr'
					)} n’ont pas pu être évaluées : pour chacune, ${FR_REASON[p.reason] ?? 'une condition de la comparaison n’est pas remplie'}.`,
		'campaign.level1Note': () =>
			'« Simple association » signifie que des écarts de cette taille se produisent aussi sans campagne : on ne peut pas les imputer à la campagne.',
		'campaign.none': () => 'Aucune campagne n’est inscrite au registre pour cette période.',
		'campaign.seasonUnchecked': () =>
			'Certaines campagnes sont précédées de moins d’un an de données : la saison n’a pas pu être vérifiée, leurs écarts restent donc au mieux de simples associations.',
		'ledger.check': (p) => {
			const head = `Le registre indique ${count(p.promised, 'fr')} fans promis pour ${q(p.label, 'fr')}`;
			if (p.status === 'no_matching_arrivals' || !p.observed)
				return `${head} ; les exports ne montrent aucune arrivée correspondante, donc rien n’est calculé à partir de cette promesse.`;
			return `${head} ; les exports en montrent ${p.status === 'more_than_promised' ? 'davantage' : 'moins'} : ${aboutCount(p.observed.n, 'fr')} (${frRange(p.observed, 'count')}).`;
		},
		'channel.none': (p) =>
			`${cap(FR_NAME[p.channel] ?? p.channel)} : aucun nouveau fan détectable ; les nouveaux fans de la page n’ont pas augmenté de façon mesurable pendant ces entrées ni après.`,
		'anomaly.group': (p) => {
			if (p.items.length === 1)
				return `Le ${day(p.items[0].day, 'fr')}, environ ${count(p.items[0].fans, 'fr')} nouveaux fans de plus que d’habitude sont arrivés : ${FR_CLASS_ONE[p.cls] ?? FR_CLASS_ONE.unexplained}.`;
			return `${cap(numberWord(p.items.length, 'fr'))} pics de nouveaux fans ${FR_CLASS_MANY[p.cls] ?? FR_CLASS_MANY.unexplained} : ${list(
				p.items.map((x) => `le ${day(x.day, 'fr')} (environ ${count(x.fans, 'fr')} fans de plus)`),
				'fr'
			)}.`;
		},
		'anomaly.askLedger': (p) =>
			p.several
				? 'Si certains de ces pics viennent d’achats ou d’échanges, ajoutez-les au registre.'
				: 'Était-ce vous ? Si oui, ajoutez-le au registre.',
		'anomaly.none': () => 'Aucun pic ne se détache des nouveaux fans habituels de la page.',
		'anomaly.noneNet': () =>
			'Aucun pic ne se détache de la variation nette des fans (arrivées moins départs), seule série quotidienne que donnent ces exports ; un pic compensé par des départs les mêmes jours n’y apparaîtrait pas.',
		'anomaly.noSeries': () =>
			'Les exports ne donnent aucun nombre quotidien de nouveaux fans : impossible d’y chercher des pics.',
		'anomaly.tooShort': () => 'Les données couvrent trop peu de jours pour y chercher des pics.',
		'anomaly.netNote': (p) =>
			p.partly
				? 'Certains jours, seule la variation nette des fans (arrivées moins départs) est connue ; un pic compensé par des départs ces jours-là n’apparaîtrait pas.'
				: 'Les pics ont été cherchés dans la variation nette des fans (arrivées moins départs), seule série quotidienne que donnent ces exports ; un pic compensé par des départs n’y apparaîtrait pas.',
		'dilution.er': (p) =>
			rate(p.er, 'fr') === rate(p.adj, 'fr')
				? `Chaque jour, les personnes engagées représentaient en moyenne ${rate(p.er, 'fr')} des fans ; sans les fans issus d’achats, d’échanges ou de pics non déclarés, ce taux change à peine.`
				: `Chaque jour, les personnes engagées représentaient en moyenne ${rate(p.er, 'fr')} des fans ; sans les fans issus d’achats, d’échanges ou de pics non déclarés, ce serait ${rate(p.adj, 'fr')}.`,
		'dilution.share': (p) => `${cap(frShareOfFans(p.s.n))} de ces canaux (${frRange(p.s, 'pct')}).`,
		'dilution.signatureYes': () =>
			'L’engagement par fan a nettement plus baissé que l’engagement par personne atteinte : c’est la signature de fans inactifs qui diluent le taux.',
		'dilution.signatureNo': () =>
			'L’engagement par fan n’a pas nettement plus baissé que l’engagement par personne atteinte.',
		'dilution.none': () =>
			'Pas assez de données pour mesurer la dilution (il manque les désabonnements quotidiens, les personnes engagées ou les publications).',
		'cost.channel': (p) => {
			const [subj, plural] = FR_COST_SUBJECT[p.channel] ?? [p.channel, false];
			const head = `${cap(subj)} ${plural ? 'ont' : 'a'} coûté ${money(p.amount, p.currency, 'fr')}`;
			const r = p.retained;
			if (!r) return `${head}.`;
			if (isTooWide(r.lo, r.hi, 'money'))
				return `${head} ; le coût par fan encore abonné après un an est trop incertain pour être donné (fourchette trop large pour être utile).`;
			return `${head}, soit environ ${money(r.n, p.currency, 'fr')} par fan encore abonné après un an (${rangeWords(r.lo, r.hi, 'money', 'fr', p.currency)}).`;
		},
		'cost.mixed': (p) => {
			const [subj, plural] = FR_COST_SUBJECT[p.channel] ?? [p.channel, false];
			return `${cap(subj)} ${plural ? 'ont' : 'a'} coûté ${list(
				p.amounts.map((a) => money(a.amount, a.currency, 'fr')),
				'fr'
			)} ; des montants en devises différentes ne s’additionnent pas, donc aucun coût par fan n’est donné.`;
		},
		'cost.note': () =>
			'Les coûts comptent l’argent dépensé et les heures valorisées au taux saisi dans le registre, pour la part de chaque entrée comprise dans la période.',
		'cost.noValue': () =>
			'Aucune valeur par personne engagée ou par conversion n’a été saisie : pas de ROI calculé, seulement des coûts par fan.',
		'cost.roi': (p) =>
			`Avec la valeur saisie, le modèle estime la valeur associée ${{ organic: 'à la croissance organique', bought: 'aux fans achetés', exchange: 'aux échanges de J’aime', ads: 'à la publicité', contest: 'aux jeux-concours', other: 'aux autres actions', organic_work: 'au travail de communauté' }[p.channel] ?? p.channel} à environ ${pct(1 + p.roiPct / 100, 'fr')} du coût sur 36 mois (simple association).`,
		'caveat.ranges': () =>
			'Les fourchettes sont des intervalles à 90 % : la vraie valeur s’y trouve probablement, pas certainement.',
		'caveat.bought': () =>
			'Les J’aime achetés ou échangés viennent en général de comptes qui interagissent peu ; Facebook indique que sa diffusion tient compte des taux d’engagement.',
		'caveat.value': () =>
			'Il n’a pas été démontré qu’aimer une page change les achats ; les fans sont surtout des gens qui aiment déjà la marque.',
		'caveat.event': (p) =>
			`${typeof p.description === 'string' ? p.description : p.description.fr} (${day(p.day, 'fr')}) ; les résultats autour de cette date sont moins fiables.`,
		'caveat.notConverged': () =>
			'Le modèle de survie ne s’est pas complètement stabilisé dans sa limite d’itérations : les nombres de fans restants des canaux avec peu de départs tardifs sont moins sûrs que leurs fourchettes ne le laissent penser.',
		'caveat.currencies': (p) =>
			`Les montants du registre sont ${list(
				p.currencies.map((c) => `en ${c}`),
				'fr'
			)} ; ils ne sont jamais additionnés d’une devise à l’autre.`,
		source: (p) => FR_SOURCE[p.code] ?? '',
		'caveat.refits': (p) =>
			`${p.failed === 1 ? 'Une' : cap(numberWord(p.failed, 'fr'))} des ${count(p.total, 'fr')} réestimations du modèle de survie n’${p.failed === 1 ? 'a' : 'ont'} pas convergé ; ${p.failed === 1 ? 'elle a été écartée' : 'elles ont été écartées'} des fourchettes.`,
		'caveat.excludedDays': (p) =>
			p.days === 1
				? 'Un jour aux désabonnements inconnus a été écarté du modèle de survie.'
				: `${cap(numberWord(p.days, 'fr'))} jours aux désabonnements inconnus ont été écartés du modèle de survie.`,
		'caveat.cleanup': (p) =>
			`${p.days === 1 ? 'Un jour' : `Sur ${numberWord(p.days, 'fr')} jours`}, le total de fans a baissé d’environ ${count(p.fans, 'fr')} de plus que ne l’expliquent les désabonnements (des fans retirés par la plateforme, lors d’un nettoyage par exemple) : ces fans ont été retirés des fans encore abonnés, sur chaque canal au prorata de ses fans.`,
		'caveat.imputedDays': (p) =>
			p.days === 1
				? 'Un jour, le nombre de nouveaux fans était inconnu : les arrivées organiques y ont été estimées.'
				: `${cap(numberWord(p.days, 'fr'))} jours, le nombre de nouveaux fans était inconnu : les arrivées organiques y ont été estimées.`,
		'reach.refused': (p, c) =>
			`Les nouveaux fans n’ont pas pu être répartis par source de portée : ${render(p.reason, c)}.`,
		reason: (p) =>
			p.code === 'reach-few-days'
				? `seulement ${num(p.values![0], 'fr')} jours sont utilisables (${num(p.values![1], 'fr')} écartés) et la répartition en demande ${num(p.values![2], 'fr')}`
				: (FR_WHY[p.code] ??
					'les données ne permettent pas de le dire (détail en anglais dans l’export JSON)'),
		signal: (p) =>
			FR_SIGNAL[p.code]?.(p.values.map((v) => num(v, 'fr'))) ??
			'autre signal (détail en anglais dans l’export JSON)',
		'currency-invalid': (p) => currencyIssueText({ code: 'currency-invalid', ...p }, 'fr')
	};
}
