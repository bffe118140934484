/** The catalogue in English (see catalogue.ts). */
import { currencyIssueText } from './currency.ts';
import {
	aboutCount,
	cap,
	count,
	day,
	isTooWide,
	list,
	money,
	pct,
	rangeWords,
	shareWords
} from './phrase.ts';
import type { Outcome, R } from './types.ts';
import {
	gap,
	lead,
	num,
	numberWord,
	printMinus,
	or,
	q,
	rangeOf,
	rate,
	enTrend,
	type Catalogue,
	type Render
} from './shared.ts';

export const EN_OUTCOME: Record<Outcome, string> = {
	fansAdded: 'the number of new fans',
	engagedUsers: 'the number of engaged people',
	reachOrganic: 'organic reach'
};
/** a channel's fans as a group: "of about 2,000 bought fans" */
export const EN_FANS: Record<string, string> = {
	organic: 'organic fans',
	bought: 'bought fans',
	exchange: 'fans from like exchanges',
	ads: 'fans from ads',
	contest: 'fans from contests',
	other: 'fans from other actions',
	undeclared: 'fans from undeclared spikes'
};
/** a channel as an activity: heading of its paragraph, subject of its cost */
export const EN_NAME: Record<string, string> = {
	organic: 'organic growth',
	bought: 'bought fans',
	exchange: 'like exchanges',
	ads: 'ads',
	contest: 'contests',
	other: 'other actions',
	undeclared: 'undeclared spikes',
	organic_work: 'community work'
};
export const EN_COST_SUBJECT: Record<string, string> = { ...EN_NAME, organic: 'community work' };
export const EN_REASON: Record<string, string> = {
	'insufficient-pre': 'fewer than 56 days of data before the start',
	'insufficient-post': 'too few days of data after the start',
	'blocked-overlap': 'another campaign or a platform change falls in the same weeks',
	'post-beyond-data': 'the data stops too soon after the end'
};
export const EN_CLASS_ONE: Record<string, string> = {
	likely_inorganic: 'the pattern is typical of inorganic growth',
	possible: 'this may be inorganic growth',
	unexplained: 'nothing in the data explains it',
	explained_ads: 'it coincided with a rise in paid reach',
	explained_reach: 'it coincided with a jump in reach (a post spread widely)'
};
export const EN_CLASS_MANY: Record<string, string> = {
	likely_inorganic: 'have the pattern typical of inorganic growth',
	possible: 'are possibly inorganic',
	unexplained: 'have no explanation in the data',
	explained_ads: 'coincided with a rise in paid reach',
	explained_reach: 'coincided with jumps in reach (posts that spread widely)'
};
export const EN_SOURCE: Record<string, string> = {
	'spike-excess': 'counted from the spike in new fans',
	promised: 'the quantity promised in the ledger',
	'paid-adds': 'paid new fans as the export counts them',
	'usual-pace': 'counted above the usual daily pace',
	'trend-excess': 'counted above the previous trend',
	undeclared: 'counted above the usual pace on those days',
	'organic-rest': 'all new fans minus those counted for the other channels',
	'none-detectable': 'no detectable effect'
};
export const EN_WHY: Record<string, string> = {
	'no-removals-at-risk': 'no day with known unfollows while these fans were there',
	'no-removals': 'the exports give no daily unfollows',
	'too-few': 'too few fans or departures to estimate',
	'reach-unknown': 'the exports give no reach by source',
	'reach-no-df': 'too few days for the number of terms in the model'
};
const enRange = (
	r: { n?: number; lo: number | null; hi: number | null },
	kind: 'count' | 'pct' | 'signed' | 'days'
) => rangeOf(r, kind, 'en');
const enStill = (s: R, projected: boolean) =>
	`${shareWords(s.n, 'en')} ${projected ? "would still be following after a year, by the model's projection beyond the data" : 'are still following after a year'} (${enRange(s, 'pct')})`;

export function english(render: Render): Catalogue {
	return {
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
					(x) =>
						`${aboutCount(x.fans.n, 'en')} with ${x.source} reach (${enRange(x.fans, 'count')})`
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
			return p.lead === 'label'
				? `For ${q(p.label, 'en')}, ${what} ${rest}`
				: `${cap(what)} ${rest}`;
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
		'caveat.cleanup': (p) =>
			`${p.days === 1 ? 'On one day' : `On ${numberWord(p.days, 'en')} days`}, the fan total fell by about ${count(p.fans, 'en')} more than the unfollows explain (fans the platform removed, in a clean-up for instance); those fans were taken out of the fans still following, from every channel in proportion to its fans.`,
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
		signal: (p) => printMinus(p.raw),
		'currency-invalid': (p) => currencyIssueText({ code: 'currency-invalid', ...p }, 'en')
	};
}
