/**
 * The one catalogue: every message of the report (narrative, caveats, counting methods, reasons,
 * spike signals, the currency refusal) rendered in English and French. French is written as a
 * French professional writes it (agreement with the subject, « » quotes, non-breaking spaces from
 * Intl), not translated word for word. Evidence gating (analytics.md §6.3) lives in the codes:
 * 'campaign.effect2' is the only sentence that compares with "what the previous trend projects",
 * 'campaign.effect1' only associates, 'campaign.effect0' and 'campaign.cantTell' only describe.
 * No message says caused, thanks to, because of, proved, drove or generated.
 */
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
	shareWords,
	spokenShare,
	type Lang
} from './phrase.ts';
import type { Code, Label, Message, Outcome, Params, R } from './types.ts';

export interface Ctx {
	lang: Lang;
	/** the report's currency, for single-currency amounts */
	currency: string;
}

type Catalogue = { [K in Code]: (p: Params[K], c: Ctx) => string };

/** A rate such as engaged people per fan: percent with two significant figures ("2.3 %"). */
const rate = (s: number, lang: Lang) =>
	new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
		style: 'percent',
		maximumSignificantDigits: 2
	}).format(s);

/** "A, B or C" / "A, B ou C" */
const or = (items: string[], lang: Lang) =>
	items.length > 1
		? `${items.slice(0, -1).join(', ')} ${lang === 'fr' ? 'ou' : 'or'} ${items[items.length - 1]}`
		: (items[0] ?? '');

const NUMBER_WORDS: Record<Lang, string[]> = {
	en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
	fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix']
};
/** Numbers up to ten in words (a sentence never starts with a digit). */
const numberWord = (n: number, lang: Lang) => NUMBER_WORDS[lang][n] ?? count(n, lang);

/** The counterfactual: the trend before the campaign, or that trend with the yearly season (Model A). */
const enTrend = (seasonal?: boolean) =>
	seasonal ? 'the previous trend adjusted for the season' : 'the previous trend';
const frTrend = (seasonal?: boolean) =>
	seasonal ? 'la tendance antérieure corrigée de la saison' : 'la tendance antérieure';

/** An unlabelled entry named by its channel and day; French nouns carry their gender. */
const EN_ENTRY: Record<string, string> = {
	bought: 'the fan pack',
	exchange: 'the like exchange',
	ads: 'the ads',
	contest: 'the contest',
	organic_work: 'the community work',
	other: 'the action'
};
const FR_ENTRY: Record<string, [string, boolean]> = {
	bought: ['le pack de fans', false],
	exchange: ['l’échange de J’aime', false],
	ads: ['la publicité', true],
	contest: ['le jeu-concours', false],
	organic_work: ['le travail de communauté', false],
	other: ['l’action', true]
};
/** A label in quotes, or "the ads of 1 April 2023" / "la publicité du 1er avril 2023". */
/** The size of a gap from the trend: whole, and "less than 1" rather than "0". */
const gap = (n: number, lang: Lang) => {
	const whole = Math.round(Math.abs(n));
	if (lang === 'fr') return whole === 0 ? 'de moins de 1' : `d’environ ${count(whole, 'fr')}`;
	return whole === 0 ? 'less than 1' : `about ${count(whole, 'en')}`;
};

const q = (label: Label, lang: Lang): string => {
	if (typeof label === 'string') return lang === 'fr' ? `« ${label} »` : `“${label}”`;
	if ('run' in label)
		return `${lang === 'fr' ? 'la série' : 'the run'} ${list(
			label.run.map((l) => q(l, lang)),
			lang
		)}`;
	return lang === 'fr'
		? `${FR_ENTRY[label.channel]?.[0] ?? 'l’entrée'} du ${day(label.start, 'fr')}`
		: `${EN_ENTRY[label.channel] ?? 'the entry'} of ${day(label.start, 'en')}`;
};
/** French agreement with an unlabelled entry ("la publicité … évaluée"); a quoted label is a campagne. */
const frFem = (label: Label) =>
	typeof label === 'string' || 'run' in label ? true : (FR_ENTRY[label.channel]?.[1] ?? true);

/** A number written in English by the analytics core ("1,234", "12%", "2023-03-04"), re-written. */
function num(v: string, lang: Lang): string {
	if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return day(v, lang);
	const m = /^(-?[\d,]+(?:\.(\d+))?)(%?)$/.exec(v);
	if (!m) return v;
	const n = Number(m[1].replace(/,/g, ''));
	const out = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
		maximumFractionDigits: m[2]?.length ?? 0,
		minimumFractionDigits: m[2]?.length ?? 0
	}).format(n);
	return m[3] ? (lang === 'fr' ? `${out} %` : `${out}%`) : out;
}

// ——— English ———

const EN_OUTCOME: Record<Outcome, string> = {
	fansAdded: 'the number of new fans',
	engagedUsers: 'the number of engaged people',
	reachOrganic: 'organic reach'
};
/** a channel's fans as a group: "of about 2,000 bought fans" */
const EN_FANS: Record<string, string> = {
	organic: 'organic fans',
	bought: 'bought fans',
	exchange: 'fans from like exchanges',
	ads: 'fans from ads',
	contest: 'fans from contests',
	other: 'fans from other actions',
	undeclared: 'fans from undeclared spikes'
};
/** a channel as an activity: heading of its paragraph, subject of its cost */
const EN_NAME: Record<string, string> = {
	organic: 'organic growth',
	bought: 'bought fans',
	exchange: 'like exchanges',
	ads: 'ads',
	contest: 'contests',
	other: 'other actions',
	undeclared: 'undeclared spikes',
	organic_work: 'community work'
};
const EN_COST_SUBJECT: Record<string, string> = { ...EN_NAME, organic: 'community work' };
const EN_REASON: Record<string, string> = {
	'insufficient-pre': 'fewer than 56 days of data before the start',
	'insufficient-post': 'too few days of data after the start',
	'blocked-overlap': 'another campaign or a platform change falls in the same weeks',
	'post-beyond-data': 'the data stops too soon after the end'
};
const EN_CLASS_ONE: Record<string, string> = {
	likely_inorganic: 'the pattern is typical of inorganic growth',
	possible: 'this may be inorganic growth',
	unexplained: 'nothing in the data explains it',
	explained_ads: 'it coincided with a rise in paid reach',
	explained_reach: 'it coincided with a jump in reach (a post spread widely)'
};
const EN_CLASS_MANY: Record<string, string> = {
	likely_inorganic: 'have the pattern typical of inorganic growth',
	possible: 'are possibly inorganic',
	unexplained: 'have no explanation in the data',
	explained_ads: 'coincided with a rise in paid reach',
	explained_reach: 'coincided with jumps in reach (posts that spread widely)'
};
const EN_SOURCE: Record<string, string> = {
	'spike-excess': 'counted from the spike in new fans',
	promised: 'the quantity promised in the ledger',
	'paid-adds': 'paid new fans as the export counts them',
	'usual-pace': 'counted above the usual daily pace',
	'trend-excess': 'counted above the previous trend',
	undeclared: 'counted above the usual pace on those days',
	'organic-rest': 'all new fans minus those counted for the other channels',
	'none-detectable': 'no detectable effect'
};
const EN_WHY: Record<string, string> = {
	'no-removals-at-risk': 'no day with known unfollows while these fans were there',
	'no-removals': 'the exports give no daily unfollows',
	'too-few': 'too few fans or departures to estimate',
	'reach-unknown': 'the exports give no reach by source',
	'reach-no-df': 'too few days for the number of terms in the model'
};
/** The range beside a share or a count; a flat range around the number already said is "narrow". */
const rangeOf = (
	r: { n?: number; lo: number | null; hi: number | null },
	kind: 'count' | 'pct' | 'signed' | 'days',
	lang: Lang
) => {
	const shown =
		r.n === undefined
			? undefined
			: kind === 'pct'
				? spokenShare(r.n).kind === 'pct'
					? pct(r.n, lang)
					: undefined
				: count(r.n, lang);
	return rangeWords(r.lo, r.hi, kind, lang, 'EUR', shown);
};
const enRange = (
	r: { n?: number; lo: number | null; hi: number | null },
	kind: 'count' | 'pct' | 'signed' | 'days'
) => rangeOf(r, kind, 'en');
const enStill = (s: R, projected: boolean) =>
	`${shareWords(s.n, 'en')} ${projected ? "would still be following after a year, by the model's projection beyond the data" : 'are still following after a year'} (${enRange(s, 'pct')})`;
/** How a campaign sentence opens: the label (first), "Over the same weeks" (second), nothing after. */
type Lead = 'label' | 'same' | 'none';
const lead = (l: Lead, label: Label, lang: Lang, rest: string) =>
	l === 'label'
		? `${lang === 'fr' ? 'Après' : 'After'} ${q(label, lang)}, ${rest}`
		: l === 'same'
			? `${lang === 'fr' ? 'Sur la même période' : 'Over the same weeks'}, ${rest}`
			: cap(rest);

const en: Catalogue = {
	'section.channels': () => 'Where the fans came from, and who stayed',
	'section.campaigns': () => 'What each campaign changed',
	'section.anomalies': () => 'Spikes nobody declared',
	'section.dilution': () => 'Engagement and inactive fans',
	'section.costs': () => 'What it cost',
	'headline.compare': (p) =>
		`Of about ${count(p.acquired, 'en')} ${EN_FANS[p.channel] ?? p.channel}, ${enStill(p.s, p.projected)}; of about ${count(p.organic, 'en')} organic fans, ${enStill(p.os, p.oprojected)}.`,
	'headline.one': (p) =>
		`Of about ${count(p.acquired, 'en')} ${EN_FANS[p.channel] ?? p.channel}, ${enStill(p.s, p.projected)}.`,
	'headline.growth': (p) =>
		p.first === null || p.last === null
			? `The report covers ${day(p.from, 'en')} to ${day(p.to, 'en')}; the exports give no total number of fans.`
			: `From ${day(p.from, 'en')} to ${day(p.to, 'en')}, the page went from about ${count(p.first, 'en')} to about ${count(p.last, 'en')} fans.`,
	'channel.acquired': (p, c) => {
		const how = p.source.map((m) => render(m, c)).filter(Boolean);
		const rg = enRange(p.fans, 'count');
		const n =
			Math.abs(p.fans.n) < 0.5
				? 'almost no new fans'
				: `${aboutCount(p.fans.n, 'en')} new fan${count(p.fans.n, 'en') === '1' ? '' : 's'}`;
		return `${cap(EN_NAME[p.channel] ?? p.channel)}: ${n} (${[...how, rg].join('; ')}).`;
	},
	'channel.survival': (p) =>
		`After a year, ${shareWords(p.s.n, 'en')} ${p.projected ? "would still be following, by the model's projection beyond the data" : 'are still following'} (${enRange(p.s, 'pct')}).`,
	'channel.halfLife': (p) =>
		isTooWide(p.d.lo, p.d.hi, 'days')
			? `When half of them will have left cannot be pinned down: the range is too wide to be useful.`
			: `Half of them are gone after about ${count(p.d.n, 'en')} days (${enRange(p.d, 'days')}).`,
	'channel.halfLifeLong': (p) =>
		`More than half are still there after ${count(p.horizon, 'en')} days, the longest the data covers.`,
	'channel.notIdentifiable': (p, c) =>
		`For ${EN_FANS[p.channel] ?? p.channel}, who stayed cannot be estimated: ${render(p.reason, c)}.`,
	'reach.split': (p) =>
		`A model-based split of new fans by source of reach: ${p.parts
			.map(
				(x) => `${aboutCount(x.fans.n, 'en')} with ${x.source} reach (${enRange(x.fans, 'count')})`
			)
			.join('; ')}. This split is an association: it does not measure each source’s own effect.`,
	'campaign.effect2': (p) =>
		lead(
			p.lead,
			p.label,
			'en',
			`${EN_OUTCOME[p.outcome]} was ${gap(p.e.n, 'en')} above what ${enTrend(p.seasonal)} projects (${enRange(p.e, 'signed')}); ${p.note ? 'this is what we would expect if the campaign had this effect, assuming nothing else changed at the same time' : 'the same assumption applies'}.`
		),
	'campaign.effect1': (p) =>
		lead(
			p.lead,
			p.label,
			'en',
			`${EN_OUTCOME[p.outcome]} was ${gap(p.e.n, 'en')} ${p.e.n > 0 ? 'above' : 'below'} ${enTrend(p.seasonal)} (${enRange(p.e, 'signed')}; association only).`
		),
	'campaign.effect0': (p) =>
		lead(
			p.lead,
			p.label,
			'en',
			`${EN_OUTCOME[p.outcome]} ${p.e.n > 0 ? 'rose' : 'fell'} by ${gap(p.e.n, 'en')} against ${enTrend(p.seasonal)} (${enRange(p.e, 'signed')}), but that trend fits the weeks before too poorly for the gap to say anything about the campaign.`
		),
	'campaign.cantTell': (p) => {
		const items = p.items.map((x) => `${EN_OUTCOME[x.outcome]} (${enRange(x, 'signed')})`);
		if (p.items.length === 1)
			return lead(
				p.lead,
				p.label,
				'en',
				`we can't tell whether ${EN_OUTCOME[p.items[0].outcome]} changed (${enRange(p.items[0], 'signed')}).`
			);
		return lead(p.lead, p.label, 'en', `we can't tell whether ${or(items, 'en')} changed.`);
	},
	'campaign.partlyRefused': (p) => {
		const what = list(
			p.outcomes.map((o) => EN_OUTCOME[o]),
			'en'
		);
		const rest = `could not be compared with a trend: ${EN_REASON[p.reason] ?? 'a condition of the comparison is not met'}.`;
		return p.lead === 'label' ? `For ${q(p.label, 'en')}, ${what} ${rest}` : `${cap(what)} ${rest}`;
	},
	'campaign.refused': (p) =>
		p.labels.length === 1
			? `${typeof p.labels[0] === 'string' ? `The campaign ${q(p.labels[0], 'en')}` : cap(q(p.labels[0], 'en'))} could not be assessed: ${EN_REASON[p.reason] ?? 'a condition of the comparison is not met'}.`
			: `The campaigns ${list(
					p.labels.map((l) => q(l, 'en')),
					'en'
				)} could not be assessed: for each, ${EN_REASON[p.reason] ?? 'a condition of the comparison is not met'}.`,
	'campaign.level1Note': () =>
		'“Association only” means that gaps of that size also happen in periods without a campaign, so the gap cannot be pinned on the campaign.',
	'campaign.none': () => 'No campaign was recorded in the ledger for this period.',
	'campaign.seasonUnchecked': () =>
		'Some campaigns have less than a year of data before them: the yearly season could not be checked, so their gaps are associations at most.',
	'ledger.check': (p) => {
		const head = `The ledger records ${count(p.promised, 'en')} promised fans for ${q(p.label, 'en')}`;
		if (p.status === 'no_matching_arrivals' || !p.observed)
			return `${head}; the exports show no matching arrivals, so nothing is computed from that promise.`;
		return `${head}; the exports show ${p.status === 'more_than_promised' ? 'more' : 'fewer'}: ${aboutCount(p.observed.n, 'en')} (${enRange(p.observed, 'count')}).`;
	},
	'channel.none': (p) =>
		`${cap(EN_NAME[p.channel] ?? p.channel)}: no detectable new fans; the page’s new fans did not rise measurably during these entries or after them.`,
	'anomaly.group': (p) => {
		if (p.items.length === 1)
			return `On ${day(p.items[0].day, 'en')}, about ${count(p.items[0].fans, 'en')} more new fans than usual arrived: ${EN_CLASS_ONE[p.cls] ?? EN_CLASS_ONE.unexplained}.`;
		return `${cap(numberWord(p.items.length, 'en'))} spikes in new fans ${EN_CLASS_MANY[p.cls] ?? EN_CLASS_MANY.unexplained}: ${list(
			p.items.map((x) => `${day(x.day, 'en')} (about ${count(x.fans, 'en')} extra fans)`),
			'en'
		)}.`;
	},
	'anomaly.askLedger': (p) =>
		p.several
			? 'If any of these spikes were bought or exchanged, add them to the ledger.'
			: 'Was this you? If so, add it to the ledger.',
	'anomaly.none': () => 'No spike stood out from the page’s usual new fans.',
	'anomaly.noneNet': () =>
		'No spike stood out in the net change of fans (new minus lost), the only daily series these exports give; a spike offset by departures on the same days would not show.',
	'anomaly.noSeries': () =>
		'The exports give no daily count of new fans, so spikes could not be looked for.',
	'anomaly.tooShort': () => 'The data covers too few days to look for spikes.',
	'anomaly.netNote': (p) =>
		p.partly
			? 'On some days only the net change of fans (new minus lost) is known; a spike offset by departures on those days would not show.'
			: 'Spikes were looked for in the net change of fans (new minus lost), the only daily series these exports give; a spike offset by departures would not show.',
	'dilution.er': (p) =>
		rate(p.er, 'en') === rate(p.adj, 'en')
			? `Each day, engaged people averaged ${rate(p.er, 'en')} of fans; leaving out fans from bought, exchanged or undeclared channels barely changes this.`
			: `Each day, engaged people averaged ${rate(p.er, 'en')} of fans; leaving out fans from bought, exchanged or undeclared channels, it would be ${rate(p.adj, 'en')}.`,
	'dilution.share': (p) =>
		`${cap(shareWords(p.s.n, 'en'))} of today’s fans come from those channels (${enRange(p.s, 'pct')}).`,
	'dilution.signatureYes': () =>
		'Engagement per fan fell clearly more than engagement per person reached: the signature of inactive fans diluting the rate.',
	'dilution.signatureNo': () =>
		'Engagement per fan did not fall clearly more than engagement per person reached.',
	'dilution.none': () =>
		'Not enough data to measure dilution (daily unfollows, engaged people or posts are missing).',
	'cost.channel': (p) => {
		const head = `${cap(EN_COST_SUBJECT[p.channel] ?? p.channel)} cost ${money(p.amount, p.currency, 'en')}`;
		const r = p.retained;
		if (!r) return `${head}.`;
		if (isTooWide(r.lo, r.hi, 'money'))
			return `${head}; the cost per fan still following after a year is too uncertain to state (the range is too wide to be useful).`;
		return `${head}, about ${money(r.n, p.currency, 'en')} per fan still following after a year (${rangeWords(r.lo, r.hi, 'money', 'en', p.currency)}).`;
	},
	'cost.mixed': (p) =>
		`${cap(EN_COST_SUBJECT[p.channel] ?? p.channel)} cost ${list(
			p.amounts.map((a) => money(a.amount, a.currency, 'en')),
			'en'
		)}; amounts in different currencies are kept apart, so no cost per fan is given.`,
	'cost.note': () =>
		'Costs are the cash spent plus the hours valued at the rate entered in the ledger, for the part of each entry inside the period.',
	'cost.noValue': () =>
		'No value per engaged person or per conversion was given, so no ROI is computed: only costs per fan are shown.',
	'cost.roi': (p) =>
		`With the value you entered, the model puts the value associated with ${EN_NAME[p.channel] ?? p.channel} at about ${pct(1 + p.roiPct / 100, 'en')} of the cost over 36 months (association only).`,
	'caveat.ranges': () =>
		'Ranges are 90% intervals: the true value is likely, not certainly, inside.',
	'caveat.bought': () =>
		'Purchased and exchanged likes usually come from accounts that rarely engage; Facebook states its delivery takes engagement rates into account.',
	'caveat.value': () =>
		'Liking a page has not been shown to change purchasing; fans are mostly people who already like the brand.',
	'caveat.event': (p) =>
		`${typeof p.description === 'string' ? p.description : p.description.en} (${day(p.day, 'en')}); results around that date are less reliable.`,
	'caveat.notConverged': () =>
		'The survival model did not fully settle within its iteration limit: counts of surviving fans for channels with few late departures are less reliable than their ranges suggest.',
	'caveat.currencies': (p) =>
		`The ledger’s amounts are in ${list(p.currencies, 'en')}; they are never summed across currencies.`,
	'caveat.refits': (p) =>
		`${cap(numberWord(p.failed, 'en'))} of the ${count(p.total, 'en')} resampled fits of the survival model did not converge; ${p.failed === 1 ? 'it was' : 'they were'} left out of the ranges.`,
	'caveat.excludedDays': (p) =>
		`${cap(numberWord(p.days, 'en'))} day${p.days === 1 ? '' : 's'} with unknown unfollows ${p.days === 1 ? 'was' : 'were'} left out of the survival model.`,
	'caveat.imputedDays': (p) =>
		`New fans were unknown on ${numberWord(p.days, 'en')} day${p.days === 1 ? '' : 's'}; organic arrivals were estimated for ${p.days === 1 ? 'it' : 'them'}.`,
	source: (p) => EN_SOURCE[p.code] ?? p.raw ?? '',
	reason: (p) => {
		const v = p.values ?? [];
		if (p.code === 'reach-few-days')
			return `only ${num(v[0], 'en')} days are usable (${num(v[1], 'en')} left out) and the split needs ${num(v[2], 'en')}`;
		return EN_WHY[p.code] ?? p.raw ?? 'the data cannot tell';
	},
	'reach.refused': (p, c) =>
		`New fans could not be split by source of reach: ${render(p.reason, c)}.`,
	signal: (p) => p.raw,
	'currency-invalid': (p) => currencyIssueText({ code: 'currency-invalid', ...p }, 'en')
};

// ——— French ———

/** outcome, and whether it is feminine (agreement of "restée", "comparée") */
const FR_OUTCOME: Record<Outcome, [string, boolean]> = {
	fansAdded: ['le nombre de nouveaux fans', false],
	engagedUsers: ['le nombre de personnes engagées', false],
	reachOrganic: ['la portée organique', true]
};
const FR_FANS: Record<string, string> = {
	organic: 'fans organiques',
	bought: 'fans achetés',
	exchange: 'fans venus d’échanges de J’aime',
	ads: 'fans venus de la publicité',
	contest: 'fans venus de jeux-concours',
	other: 'fans venus d’autres actions',
	undeclared: 'fans venus de pics non déclarés'
};
const FR_NAME: Record<string, string> = {
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
const FR_COST_SUBJECT: Record<string, [string, boolean]> = {
	organic: ['le travail de communauté', false],
	organic_work: ['le travail de communauté', false],
	bought: ['les fans achetés', true],
	exchange: ['les échanges de J’aime', true],
	ads: ['la publicité', false],
	contest: ['les jeux-concours', true],
	other: ['les autres actions', true]
};
const FR_REASON: Record<string, string> = {
	'insufficient-pre': 'moins de 56 jours de données avant le début',
	'insufficient-post': 'trop peu de jours de données après le début',
	'blocked-overlap':
		'une autre campagne ou un changement de plateforme tombe dans les mêmes semaines',
	'post-beyond-data': 'les données s’arrêtent trop tôt après la fin'
};
const FR_CLASS_ONE: Record<string, string> = {
	likely_inorganic: 'ce profil est typique d’une croissance non organique',
	possible: 'il s’agit peut-être d’une croissance non organique',
	unexplained: 'rien dans les données ne l’explique',
	explained_ads: 'il coïncide avec une hausse de la portée payante',
	explained_reach: 'il coïncide avec un bond de la portée (une publication très diffusée)'
};
const FR_CLASS_MANY: Record<string, string> = {
	likely_inorganic: 'ont le profil typique d’une croissance non organique',
	possible: 'sont peut-être non organiques',
	unexplained: 'n’ont pas d’explication dans les données',
	explained_ads: 'coïncident avec une hausse de la portée payante',
	explained_reach: 'coïncident avec des bonds de la portée (des publications très diffusées)'
};
const FR_SOURCE: Record<string, string> = {
	'spike-excess': 'comptés d’après le pic de nouveaux fans',
	promised: 'la quantité promise dans le registre',
	'paid-adds': 'nouveaux fans payants comptés par l’export',
	'usual-pace': 'comptés au-delà du rythme quotidien habituel',
	'trend-excess': 'comptés au-delà de la tendance antérieure',
	undeclared: 'comptés au-delà du rythme habituel ces jours-là',
	'organic-rest': 'tous les nouveaux fans moins ceux comptés pour les autres canaux',
	'none-detectable': 'aucun effet détectable'
};
const FR_WHY: Record<string, string> = {
	'no-removals-at-risk':
		'aucun jour avec des désabonnements connus pendant que ces fans étaient là',
	'no-removals': 'les exports ne donnent pas les désabonnements quotidiens',
	'too-few': 'trop peu de fans ou de départs pour l’estimer',
	'reach-unknown': 'les exports ne donnent pas la portée par source',
	'reach-no-df': 'trop peu de jours pour le nombre de termes du modèle'
};
const FR_SIGNAL: Record<string, (v: string[]) => string> = {
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

const fr: Catalogue = {
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

const CATALOGUES: Record<Lang, Catalogue> = { en, fr };

/** A message in the reader's language. Unknown codes render as nothing, never as a code. */
export function render(m: Message, c: Ctx): string {
	const f = CATALOGUES[c.lang][m.code as Code] as ((p: unknown, c: Ctx) => string) | undefined;
	return f ? f(m.params, c) : '';
}

/** Names the views and documents may reuse (channel, outcome, refusal reason, spike class). */
export const VOCABULARY = {
	en: {
		channel: EN_NAME,
		fans: EN_FANS,
		outcome: EN_OUTCOME,
		reasons: EN_REASON,
		classes: EN_CLASS_ONE
	},
	fr: {
		channel: FR_NAME,
		fans: FR_FANS,
		outcome: Object.fromEntries(Object.entries(FR_OUTCOME).map(([k, v]) => [k, v[0]])) as Record<
			Outcome,
			string
		>,
		reasons: FR_REASON,
		classes: FR_CLASS_ONE
	}
} satisfies Record<Lang, unknown>;
