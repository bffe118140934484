import type { Lang } from './format.ts';

/**
 * The narrative's sentences in English and French. Each campaign sentence is written for one
 * evidence level (analytics.md §6.3): level 0 describes, level 1 associates, level 2 compares with
 * the previous trend and states the assumption. No sentence ever says caused, thanks to, because
 * of, proved, drove or generated: imported aggregates never reach level 3.
 */
const en = {
	sections: {
		channels: 'Where the fans came from, and who stayed',
		campaigns: 'What each campaign changed',
		anomalies: 'Spikes nobody declared',
		dilution: 'Engagement and inactive fans',
		costs: 'What it cost'
	},
	outcome: {
		fansAdded: 'the number of new fans',
		engagedUsers: 'the number of engaged people',
		reachOrganic: 'organic reach'
	},
	channel: {
		organic: 'organic growth',
		bought: 'bought fans',
		exchange: 'like exchanges',
		ads: 'ads',
		contest: 'contests',
		other: 'other actions',
		undeclared: 'undeclared spikes',
		organic_work: 'community work'
	} as Record<string, string>,
	range: (a: string, b: string) => `likely between ${a} and ${b}`,
	headlineGrowth: (from: string, to: string, a: string, b: string) =>
		`From ${from} to ${to}, the page went from ${a} to ${b} fans.`,
	headlineKept: (ch: string, total: string, n: string, range: string) =>
		`Of about ${total} ${ch}, about ${n} are likely still following today (${range}).`,
	acquired: (ch: string, n: string, src: string) => `${cap(ch)}: about ${n} fans (${src}).`,
	survival: (s: string, range: string) =>
		`After a year, about ${s} of them are likely still following (${range}).`,
	halfLife: (d: string, range: string) =>
		`Half of them are likely gone after about ${d} days (${range}).`,
	halfLifeLong: (d: string) =>
		`More than half are likely still there after ${d} days, the longest the data covers.`,
	notIdentifiable: (ch: string, why: string) =>
		`For ${ch}, who stayed cannot be estimated: ${why}.`,
	effect2: (label: string, o: string, n: string, range: string) =>
		`After “${label}”, ${o} was about ${n} above what the previous trend projects (${range}); this is what we would expect if the campaign had this effect, assuming nothing else changed at the same time.`,
	effect1: (label: string, o: string, n: string, range: string) =>
		`After “${label}”, ${o} was about ${n} above the previous trend (${range}); this is associated with the campaign, but similar swings happen without one.`,
	effect1Below: (label: string, o: string, n: string, range: string) =>
		`After “${label}”, ${o} was about ${n} below the previous trend (${range}); this is associated with the campaign, but similar swings happen without one.`,
	effect0: (label: string, o: string, range: string) =>
		`After “${label}”, we can't tell whether ${o} changed (${range}).`,
	refused: (label: string, o: string, why: string) =>
		`For “${label}”, ${o} cannot be compared with a trend: ${why}.`,
	reasons: {
		'insufficient-pre': 'fewer than 56 days of data before it',
		'insufficient-post': 'too few days of data after it',
		'blocked-overlap': 'another campaign or a platform change overlaps it',
		'post-beyond-data': 'the data ends too soon after it'
	} as Record<string, string>,
	noCampaigns: 'No campaign was recorded in the ledger for this period.',
	reachSource: { organic: 'organic reach', paid: 'paid reach', viral: 'viral reach' } as Record<
		string,
		string
	>,
	reachPart: (src: string, n: string, range: string) => `about ${n} with ${src} (${range})`,
	reachSplit: (parts: string) =>
		`A model-based split of new fans by source of reach: ${parts}. This is an association, not a measure of what each source brought.`,
	anomaly: (from: string, n: string, cls: string) =>
		`Around ${from}, about ${n} more new fans than usual arrived: ${cls}.`,
	classes: {
		likely_inorganic:
			'this pattern is typical of inorganic growth (was this you? add it to the ledger)',
		possible: 'possibly inorganic (was this you? add it to the ledger)',
		unexplained: 'an unexplained spike',
		explained_ads: 'explained by paid reach',
		explained_reach: 'explained by a jump in reach (a post spread widely)',
		declared: 'declared in the ledger'
	} as Record<string, string>,
	noAnomalies: 'No spike stood out from the page’s usual new fans.',
	dilution: (er: string, adj: string) =>
		`Engaged people per fan averaged ${er} a day; counting only fans who did not come from bought, exchanged or undeclared channels, it would be ${adj}.`,
	dilutionShare: (share: string, range: string) =>
		`About ${share} of today's fans are likely from those channels (${range}).`,
	signatureYes:
		'Engagement per fan fell clearly more than engagement per person reached: the signature of inactive fans diluting the rate.',
	signatureNo: 'Engagement per fan did not fall clearly more than engagement per person reached.',
	noDilution:
		'Not enough data to measure dilution (daily removals, engaged users or posts are missing).',
	cost: (ch: string, c: string) => `${cap(ch)} cost ${c} over the period (cash and valued hours).`,
	costRetained: (c: string, range: string) =>
		`That is about ${c} per fan still following after a year (${range}).`,
	noValue:
		'No value per engaged person or per conversion was given, so no ROI is computed: only costs per fan are shown.',
	roi: (ch: string, r: string) =>
		`With the value you entered, ${ch} returned about ${r} of its cost over 36 months (model-based).`,
	caveatBought:
		'Purchased and exchanged likes usually come from accounts that rarely engage; Facebook states its delivery takes engagement rates into account.',
	caveatValue:
		'Liking a page has not been shown to change purchasing; fans are mostly people who already like the brand.',
	caveatEvent: (d: string, what: string) =>
		`${what} (${d}); results around that date are less reliable.`,
	caveatRanges: 'Ranges are 90 % intervals: the true value is likely, not certainly, inside.',
	caveatNotConverged:
		'The survival model did not fully settle within its iteration limit: counts of surviving fans for channels with few late departures are less reliable than their ranges suggest.'
};

const fr: typeof en = {
	sections: {
		channels: 'D’où viennent les fans, et qui est resté',
		campaigns: 'Ce que chaque campagne a changé',
		anomalies: 'Pics que personne n’a déclarés',
		dilution: 'Engagement et fans inactifs',
		costs: 'Ce que cela a coûté'
	},
	outcome: {
		fansAdded: 'le nombre de nouveaux fans',
		engagedUsers: 'le nombre de personnes engagées',
		reachOrganic: 'la portée organique'
	},
	channel: {
		organic: 'croissance organique',
		bought: 'fans achetés',
		exchange: 'échanges de J’aime',
		ads: 'publicité',
		contest: 'jeux-concours',
		other: 'autres actions',
		undeclared: 'pics non déclarés',
		organic_work: 'travail de communauté'
	} as Record<string, string>,
	range: (a: string, b: string) => `probablement entre ${a} et ${b}`,
	headlineGrowth: (from: string, to: string, a: string, b: string) =>
		`Du ${from} au ${to}, la page est passée de ${a} à ${b} fans.`,
	headlineKept: (ch: string, total: string, n: string, range: string) =>
		`Sur environ ${total} ${ch}, environ ${n} sont probablement encore abonnés aujourd’hui (${range}).`,
	acquired: (ch: string, n: string, src: string) => `${cap(ch)} : environ ${n} fans (${src}).`,
	survival: (s: string, range: string) =>
		`Après un an, environ ${s} sont probablement encore abonnés (${range}).`,
	halfLife: (d: string, range: string) =>
		`La moitié est probablement partie après environ ${d} jours (${range}).`,
	halfLifeLong: (d: string) =>
		`Plus de la moitié est probablement encore là après ${d} jours, la plus longue durée que couvrent les données.`,
	notIdentifiable: (ch: string, why: string) =>
		`Pour ${ch}, on ne peut pas estimer qui est resté : ${why}.`,
	effect2: (label: string, o: string, n: string, range: string) =>
		`Après « ${label} », ${o} a dépassé d’environ ${n} ce que projette la tendance antérieure (${range}) ; c’est ce qu’on attendrait si la campagne avait eu cet effet, à condition que rien d’autre n’ait changé au même moment.`,
	effect1: (label: string, o: string, n: string, range: string) =>
		`Après « ${label} », ${o} a dépassé la tendance antérieure d’environ ${n} (${range}) ; c’est associé à la campagne, mais des écarts semblables arrivent sans campagne.`,
	effect1Below: (label: string, o: string, n: string, range: string) =>
		`Après « ${label} », ${o} est resté environ ${n} sous la tendance antérieure (${range}) ; c’est associé à la campagne, mais des écarts semblables arrivent sans campagne.`,
	effect0: (label: string, o: string, range: string) =>
		`Après « ${label} », on ne peut pas dire si ${o} a changé (${range}).`,
	refused: (label: string, o: string, why: string) =>
		`Pour « ${label} », ${o} ne peut pas être comparé à une tendance : ${why}.`,
	reasons: {
		'insufficient-pre': 'moins de 56 jours de données avant',
		'insufficient-post': 'trop peu de jours de données après',
		'blocked-overlap': 'une autre campagne ou un changement de plateforme la chevauche',
		'post-beyond-data': 'les données s’arrêtent trop tôt après'
	} as Record<string, string>,
	noCampaigns: 'Aucune campagne n’est notée dans le registre pour cette période.',
	reachSource: {
		organic: 'la portée organique',
		paid: 'la portée payante',
		viral: 'la portée virale'
	},
	reachPart: (src, n, range) => `environ ${n} avec ${src} (${range})`,
	reachSplit: (parts) =>
		`Répartition des nouveaux fans par source de portée, selon le modèle : ${parts}. C’est une association, pas la mesure de ce que chaque source a apporté.`,
	anomaly: (from: string, n: string, cls: string) =>
		`Vers le ${from}, environ ${n} nouveaux fans de plus que d’habitude sont arrivés : ${cls}.`,
	classes: {
		likely_inorganic:
			'ce profil est typique d’une croissance non organique (était-ce vous ? ajoutez-le au registre)',
		possible: 'peut-être non organique (était-ce vous ? ajoutez-le au registre)',
		unexplained: 'un pic inexpliqué',
		explained_ads: 'expliqué par la portée payante',
		explained_reach: 'expliqué par un bond de la portée (une publication très diffusée)',
		declared: 'déclaré dans le registre'
	} as Record<string, string>,
	noAnomalies: 'Aucun pic ne se détache des nouveaux fans habituels de la page.',
	dilution: (er: string, adj: string) =>
		`Les personnes engagées par fan étaient en moyenne de ${er} par jour ; en ne comptant que les fans qui ne viennent pas de canaux achetés, échangés ou non déclarés, ce serait ${adj}.`,
	dilutionShare: (share: string, range: string) =>
		`Environ ${share} des fans actuels viennent probablement de ces canaux (${range}).`,
	signatureYes:
		'L’engagement par fan a nettement plus baissé que l’engagement par personne atteinte : la signature de fans inactifs qui diluent le taux.',
	signatureNo:
		'L’engagement par fan n’a pas nettement plus baissé que l’engagement par personne atteinte.',
	noDilution:
		'Pas assez de données pour mesurer la dilution (désabonnements quotidiens, personnes engagées ou publications manquants).',
	cost: (ch: string, c: string) =>
		`${cap(ch)} : ${c} sur la période (argent et heures valorisées).`,
	costRetained: (c: string, range: string) =>
		`Soit environ ${c} par fan encore abonné après un an (${range}).`,
	noValue:
		'Aucune valeur par personne engagée ou par conversion n’a été saisie : pas de ROI calculé, seulement des coûts par fan.',
	roi: (ch: string, r: string) =>
		`Avec la valeur saisie, ${ch} a rapporté environ ${r} de son coût sur 36 mois (selon le modèle).`,
	caveatBought:
		'Les J’aime achetés ou échangés viennent en général de comptes qui interagissent peu ; Facebook indique que sa diffusion tient compte des taux d’engagement.',
	caveatValue:
		'Il n’a pas été démontré qu’aimer une page change les achats ; les fans sont surtout des gens qui aiment déjà la marque.',
	caveatEvent: (d: string, what: string) =>
		`${what} (${d}) ; les résultats autour de cette date sont moins fiables.`,
	caveatRanges:
		'Les fourchettes sont des intervalles à 90 % : la vraie valeur s’y trouve probablement, pas certainement.',
	caveatNotConverged:
		'Le modèle de survie ne s’est pas complètement stabilisé dans sa limite d’itérations : les nombres de fans restants des canaux avec peu de départs tardifs sont moins sûrs que leurs fourchettes ne le laissent penser.'
};

export const WORDS: Record<Lang, typeof en> = { en, fr };

function cap(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

export type Words = typeof en;
