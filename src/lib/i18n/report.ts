/**
 * The evangelisation report's own words (the document around the narrative, its tiles, charts,
 * methodology; the report and branding screens). The narrative's sentences live in
 * src/lib/report/words.ts; this module never repeats them.
 */
export const en = {
	docTitle: 'Evangelisation report',
	workspaceTitle: 'Evangelisation report — all pages',
	coverPeriod: (from: string, to: string) => `${from} – ${to}`,
	coverPreparedBy: 'Prepared by',
	coverFor: 'For',
	coverBy: 'Consultancy',
	coverDate: (d: string) => `Issued on ${d}`,
	coverPages: 'Pages covered',
	summaryTitle: 'The bottom line',
	summaryRanges:
		'Ranges are 90 % intervals: the true value is likely, not certainly, inside. Observed figures come straight from the exports; estimated ones come from the models described in the appendix.',
	tileObserved: 'observed',
	tileEstimated: 'estimated',
	tileRange: (a: string, b: string) => `likely ${a} to ${b}`,
	vsPrevious: 'vs previous period',
	vsLastYear: 'vs same period a year earlier',
	changeNoData: 'no data to compare',
	changeNotCompared: 'estimated for this period only',
	changeFlat: 'no change',
	tiles: {
		fansEnd: 'Fans at the end of the period',
		newFans: 'New fans over the period',
		organicKept: 'Organic fans still following after a year',
		boughtKept: 'Bought and exchanged fans still following',
		boughtKeptOf: (n: string) => `of about ${n} who came`,
		extrapolated: (d: string) => `extrapolated: the data covers ${d} days`,
		engagement: 'Engaged people per fan, per day',
		costRetained: 'Cost per organic fan still there after a year'
	},
	sections: {
		channels: 'Where the fans came from, and who stayed',
		campaigns: 'What each campaign changed',
		anomalies: 'Spikes nobody declared',
		dilution: 'Engagement and dilution',
		costs: 'What it cost',
		scenario: 'The same euros, two ways: a three-year projection',
		recommend: 'What we recommend / what we need',
		method: 'Methodology and caveats',
		narrative: 'In words'
	},
	colChannel: 'Channel',
	colAcquired: 'Fans who came',
	colHow: 'How they were counted',
	/** how the model counted a channel's fans (its English words, one or several joined by "; ") */
	sources: {} as Record<string, string>,
	col30: 'After 30 days',
	col180: 'After 6 months',
	col365: 'After a year',
	colHalfLife: 'Half gone after',
	colStill: 'Still following at the end',
	colCampaign: 'Campaign',
	colDates: 'Dates',
	colCost: 'Cost',
	colOutcome: 'Outcome',
	colEffect: 'Difference with the previous trend',
	colEvidence: 'Evidence',
	colSpike: 'When',
	colExcess: 'Fans above usual',
	colClass: 'Reading',
	colSignals: 'Signals',
	colDefinition: 'Definition',
	colValue: 'Value',
	colPerFan: 'Per fan who came',
	colPerRetained6: 'Per fan still there after 6 months',
	colPerRetained12: 'Per fan still there after a year',
	colRoi: 'ROI',
	colNpv: 'Net present value (36 months)',
	colPayback: 'Payback',
	days: (n: string) => `${n} days`,
	months: (n: string) => `${n} months`,
	beyondData: (d: string) => `more than ${d} days (beyond the data)`,
	notIdentifiable: (why: string) => `cannot be estimated: ${why}`,
	evidence: {
		0: 'descriptive only (we cannot tell)',
		1: 'association (similar swings happen without a campaign)',
		2: 'consistent with an effect, if nothing else changed'
	} as Record<number, string>,
	outcomes: {
		fansAdded: 'New fans',
		engagedUsers: 'Engaged people',
		reachOrganic: 'Organic reach'
	},
	unassessedTitle: 'Campaigns that could not be assessed',
	unassessed: (list: string, why: string) => `${list}: ${why}.`,
	noCampaigns: 'No campaign was recorded in the ledger for this period.',
	cohortTitle: 'The fans each entry brought, as the data shows them',
	cohortIntro:
		'Counted from the exports, never from what the seller promised. Arrivals on days two entries share are counted once.',
	colBrought: 'Fans it brought',
	colAttribution: 'Shared days',
	cohortMethods: {
		paid_new_fans: 'paid new fans in the export',
		spike_excess: 'excess of the matching spike',
		trend_excess: 'excess over the previous trend',
		pace_excess: 'excess over the usual daily pace',
		remainder: 'new fans minus the other channels'
	} as Record<string, string>,
	cohortReasons: {
		no_detectable_effect: 'no arrivals beyond the usual pace',
		no_baseline: 'too little data before it to tell'
	} as Record<string, string>,
	countedElsewhere: (fans: string, labels: string) =>
		`${fans} of its arrivals counted for ${labels}`,
	sharedWith: (fans: string, labels: string) =>
		`${fans} from days shared with ${labels}, split between them`,
	noSpikes: 'No spike stood out that the ledger does not explain.',
	declaredSpikes: (n: number) =>
		n === 1
			? 'One other spike matches a campaign declared in the ledger and is counted with it.'
			: `${n} other spikes match campaigns declared in the ledger and are counted with them.`,
	dilutionDefs: {
		erFans: 'Engaged people per fan (per day, averaged over the period)',
		erFansDef:
			'Engaged people that day divided by the fan count that day (M6). It falls when inactive fans are added, even if nobody engages less.',
		erFansAdjusted: 'The same, counting only fans from organic work, ads and contests',
		erFansAdjustedDef:
			'M6 divided by the share of fans who did not come from bought, exchanged or undeclared channels (M10).',
		errOrganic: 'Engaged people per person reached organically',
		errOrganicDef:
			'Over unpaid posts of the period: engaged people divided by organic reach (M7). Fan count plays no part in it.',
		share: 'Share of today’s fans from bought, exchanged or undeclared channels',
		shareDef: 'Surviving fans of those channels over the fan count on the last day (M9).',
		signature: 'Dilution signature',
		signatureDef:
			'Engagement per fan fell at least 10 points more than engagement per person reached, in the 90 days after the first purchase or exchange against the 90 days before (M11).',
		yes: 'present',
		no: 'absent',
		unknown: 'not measurable'
	},
	costsNote:
		'Costs are what the ledger records: cash spent plus hours valued at the hourly rate entered.',
	noRoi:
		'To see a return (ROI, net present value, payback), give a value per engaged person: on the page’s costs view, or with sablier report --value-per-engaged-user.',
	roiNote: (rate: string) =>
		`ROI, net present value and payback use the value you entered and a ${rate} yearly discount rate; a channel without a measurable gain in engaged people has none.`,
	notMeasurable: 'not measurable',
	scenarioIntro: (budget: string, from: string) =>
		`What if ${budget} — the amount this page spent on ${from} during the period — had gone into organic work instead? This projection applies this page’s own estimates: what a fan cost in each channel, and how long fans from each channel stayed.`,
	scenarioIntroReference: (budget: string) =>
		`What would ${budget} buy in bought fans and in organic work? This projection applies this page’s own estimates: what a fan cost in each channel, and how long fans from each channel stayed.`,
	scenarioAt: (months: number) =>
		months === 12 ? 'after a year' : months === 36 ? 'after three years' : `after ${months} months`,
	scenarioLine: (strategy: string, at: string, n: string, range: string) =>
		`${strategy}: about ${n} fans still following ${at} (${range}).`,
	scenarioBought: 'Bought fans',
	scenarioOrganic: 'Organic work',
	scenarioProjection:
		'This is a projection, not a promise: it assumes each channel keeps the cost per fan and the departure pace measured on this page, and that the spending is spread evenly over the first year.',
	scenarioAssumptionOrganic:
		'Every organic fan is counted as brought by the recorded community work, which flatters organic work when fans would have come anyway; the bought side is counted as promised.',
	scenarioEnvelope:
		'The band combines the 90 % ranges of each channel’s survival; beyond a year after arriving, departures are assumed to go on at the pace measured between 6 and 12 months (dashed lines).',
	scenarioUnavailable: (why: string) => `This projection cannot be made for this page: ${why}.`,
	scenarioWhy: {
		noBought: 'no bought fans or like exchanges with a measured departure pace',
		noOrganicCost:
			'the ledger records no cost or hours for organic work, so an organic fan has no price',
		noOrganic: 'the departure pace of organic fans could not be estimated'
	},
	scenarioColStrategy: 'The same spend in',
	scenarioColStart: 'Fans who came',
	scenarioEngageNone: (label: string, range: string) =>
		`The projection counts followers, not engagement. After “${label}”, we can't tell whether the number of engaged people changed (${range}).`,
	scenarioEngageMoved: (label: string, n: string, above: boolean, range: string) =>
		`The projection counts followers, not engagement. After “${label}”, the number of engaged people was about ${n} ${above ? 'above' : 'below'} the previous trend (${range}), an association only.`,
	scenarioEngageUnknown:
		'The projection counts followers, not engagement: no purchase could be compared with its previous trend on engaged people.',
	summaryProjection: (budget: string, bought: string, b: string, o: string) =>
		`Projection, not a promise — the same ${budget} over three years: in ${bought}, ${b}; in organic work, ${o} (details on the projection page).`,
	stillFollow: (n: string | null) =>
		n === null
			? 'almost nobody would still follow the page'
			: `about ${n} would still follow the page`,
	coverContents: 'Contents',
	chartScenario: 'Fans still following, month by month, for the same spend',
	chartScenarioCaption:
		'Lines: central estimate. Bands: the range given in the table. Dashed: once some fans are more than a year old, their departures are extrapolated.',
	chartMonths: 'Months after the spending starts',
	chartFansStill: 'Fans still following',
	chartSurvival: 'Share of each channel’s fans still following, by age',
	chartSurvivalCaption:
		'Share still following at 30, 90, 180 and 365 days after arriving, with its 90 % range. A point beyond the oldest age a channel reaches in the data is an extrapolation.',
	chartDays: 'Days since arriving',
	chartStacked: 'Fans still there at each date, by channel',
	chartStackedCaption:
		'Model estimates. Bottom: organic fans and fans who were there before the period (total fans minus the other channels’ estimated survivors).',
	chartCampaign: (label: string) => `“${label}”: new fans against the previous trend`,
	chartCampaignCaption:
		'Top: new fans each day (line) and what the previous trend projects (dashed, with its 50 % and 90 % bands); middle: the daily gap; bottom: the gap added up, with its 90 % range. Shaded: the campaign’s days.',
	chartShare: 'Still following',
	recommendEmpty:
		'Nothing written yet. This section is yours: what you recommend, and what you need to do it.',
	recommendBy: (who: string) => `Written by ${who}, not computed by Sablier.`,
	recommendByYou: 'Written by the report’s author, not computed by Sablier.',
	methodDefinitions: 'Definitions used',
	methodEvidence: 'Evidence levels',
	methodEvidenceText: [
		'Descriptive: what the numbers did; nothing is said about why.',
		'Association: the change lines up with the campaign, but similar swings happen without one.',
		'Comparison with the previous trend: the campaign beat what the preceding trend projects, its range excludes zero and it did better than similar periods without a campaign. This is what an effect would look like, assuming nothing else changed at the same time.',
		'Imported exports never allow more: no sentence in this report says a campaign caused anything.'
	],
	methodEvents: 'Platform changes in the period',
	methodNoEvents: 'No platform change known to Sablier falls in the period.',
	methodGaps: 'Data gaps',
	methodGapDays: (n: string, total: string) => `${n} of ${total} days have no fan count.`,
	methodNoGaps: 'Every day of the period has a fan count.',
	methodLimits: 'What the data cannot tell',
	methodLimitsText: [
		'Exports are page totals: they say how many fans came and left each day, never who. Who stayed is estimated by a model that shares departures among the groups who arrived before.',
		'Nothing here measures sales. Liking a page has not been shown to change purchasing; fans are mostly people who already like the brand.',
		'Campaigns that overlap each other or a platform change cannot be told apart; they are listed as not assessed rather than guessed.'
	],
	methodCaveats: 'Caveats for this page',
	defs: [
		[
			'Fans who came (per channel)',
			'Bought fans: the spike above the usual pace during the purchase; ads: the paid new fans the export reports; organic: new fans minus everything attributed to other channels.'
		],
		[
			'Still following after N days',
			'The share of a channel’s fans still following N days after arriving, from a survival model fitted on daily arrivals and departures (maximum likelihood with EM attribution of departures; range from bootstrap replicates, 200 by default).'
		],
		[
			'Difference with the previous trend',
			'Observed value over the campaign and the 30 days after minus what a trend fitted on the days before projects; range from the model, checked against placebo dates without a campaign.'
		],
		[
			'Spike',
			'A day or run of days whose new fans stand far above the page’s usual pace (robust z-score against the median of the 28 days before), read with its signals: reach, engagement, round size, departures afterwards.'
		],
		[
			'Cost per fan still there',
			'What a channel cost divided by the fans it brought who are still following 6 or 12 months later.'
		],
		[
			'Change vs previous period',
			'Daily averages compared over the days with data, against the period of the same length just before and the same dates a year earlier. A period with data on fewer than 90 % of its days is not compared.'
		]
	] as [string, string][],
	footerMadeWith: 'Made with Sablier',
	footerPage: 'Page',
	toolbarBack: 'Back to the page',
	toolbarPdf: 'Download PDF',
	toolbarHtml: 'Download HTML',
	toolbarPrint: 'Print from your browser (Ctrl+P) for the same A4 layout.',
	toolbarPeriod: 'Period',
	toolbarFrom: 'From',
	toolbarTo: 'To',
	toolbarApply: 'Update',
	toolbarBranding: 'Branding',
	editTitle: 'Edit the cover and your recommendations',
	editAuthor: 'Author',
	editClient: 'Client',
	editRecommend: 'What we recommend / what we need',
	editSave: 'Save',
	editSaved: 'Saved.',
	editTooLong: (n: number) => `Too long: ${n} characters at most.`,
	pdfMissing: (path: string) =>
		`Chromium was not found at ${path}, so no PDF was made. Install it (Debian/Ubuntu: sudo apt-get install chromium fonts-liberation) or point CHROMIUM_PATH at a Chromium or Chrome binary.`,
	pdfHtmlInstead: (file: string) => `The HTML report was written to ${file} instead.`,
	workspaceOverview: 'Pages at a glance',
	workspaceNoPages: 'This workspace has no page with daily data yet.',
	brandingTitle: 'Report branding',
	brandingIntro:
		'How this workspace’s reports look: your logo and colours on the cover and in the headers, your name and footer text on every page.',
	brandingLogo: 'Logo (PNG or SVG, 512 KB at most)',
	brandingLogoCurrent: 'Current logo',
	brandingLogoRemove: 'Remove the logo',
	brandingPrimary: 'Main colour',
	brandingAccent: 'Second colour',
	brandingConsultancy: 'Consultancy name',
	brandingFooter: 'Footer text',
	brandingHide: 'Hide “Made with Sablier”',
	brandingSave: 'Save the branding',
	brandingSaved: 'Branding saved.',
	brandingPreview: 'See a report with it',
	brandingErrors: {
		logoType: 'The logo must be a PNG or an SVG file.',
		logoSize: 'The logo is over 512 KB.',
		logoSvg: 'This SVG could not be read as an image.',
		color: 'A colour is written #rrggbb.',
		tooLong: 'Too long.'
	}
};

export const fr: typeof en = {
	docTitle: 'Rapport d’évangélisation',
	workspaceTitle: 'Rapport d’évangélisation — toutes les pages',
	coverPeriod: (from, to) => `Du ${from} au ${to}`,
	coverPreparedBy: 'Rédigé par',
	coverFor: 'Pour',
	coverBy: 'Cabinet',
	coverDate: (d) => `Émis le ${d}`,
	coverPages: 'Pages étudiées',
	summaryTitle: 'L’essentiel',
	summaryRanges:
		'Les fourchettes sont des intervalles à 90 % : la vraie valeur s’y trouve probablement, pas certainement. Les chiffres observés viennent directement des exports ; les chiffres estimés viennent des modèles décrits en annexe.',
	tileObserved: 'observé',
	tileEstimated: 'estimé',
	tileRange: (a, b) => `probablement de ${a} à ${b}`,
	vsPrevious: 'par rapport à la période précédente',
	vsLastYear: 'par rapport à la même période un an plus tôt',
	changeNoData: 'pas de données pour comparer',
	changeNotCompared: 'estimé pour cette période seulement',
	changeFlat: 'stable',
	tiles: {
		fansEnd: 'Fans en fin de période',
		newFans: 'Nouveaux fans sur la période',
		organicKept: 'Fans organiques encore abonnés après un an',
		boughtKept: 'Fans achetés ou échangés encore abonnés',
		boughtKeptOf: (n) => `sur environ ${n} arrivés`,
		extrapolated: (d) => `extrapolé : les données couvrent ${d} jours`,
		engagement: 'Personnes engagées par fan, par jour',
		costRetained: 'Coût par fan organique encore là après un an'
	},
	sections: {
		channels: 'D’où viennent les fans, et qui est resté',
		campaigns: 'Ce que chaque campagne a changé',
		anomalies: 'Les pics que personne n’a déclarés',
		dilution: 'Engagement et dilution',
		costs: 'Ce que cela a coûté',
		scenario: 'Les mêmes euros, deux façons : projection sur trois ans',
		recommend: 'Nos recommandations / nos besoins',
		method: 'Méthode et précautions',
		narrative: 'En quelques phrases'
	},
	colChannel: 'Canal',
	colAcquired: 'Fans arrivés',
	colHow: 'Mode de comptage',
	sources: {
		'spike excess': 'excédent du pic',
		'promised quantity': 'quantité promise',
		'paid new fans in the export': 'nouveaux fans payants de l’export',
		'excess over the usual daily pace': 'excédent sur le rythme quotidien habituel',
		'excess over the previous trend': 'excédent sur la tendance antérieure',
		'spikes nobody declared': 'pics non déclarés',
		'new fans minus everything attributed to other channels':
			'nouveaux fans moins tout ce qui est attribué aux autres canaux'
	},
	col30: 'Après 30 jours',
	col180: 'Après 6 mois',
	col365: 'Après un an',
	colHalfLife: 'Moitié partie après',
	colStill: 'Encore abonnés en fin de période',
	colCampaign: 'Campagne',
	colDates: 'Dates',
	colCost: 'Coût',
	colOutcome: 'Indicateur',
	colEffect: 'Écart avec la tendance antérieure',
	colEvidence: 'Niveau de preuve',
	colSpike: 'Quand',
	colExcess: 'Fans au-dessus de l’habitude',
	colClass: 'Lecture',
	colSignals: 'Indices',
	colDefinition: 'Définition',
	colValue: 'Valeur',
	colPerFan: 'Par fan arrivé',
	colPerRetained6: 'Par fan encore là après 6 mois',
	colPerRetained12: 'Par fan encore là après un an',
	colRoi: 'ROI',
	colNpv: 'Valeur actuelle nette (36 mois)',
	colPayback: 'Retour sur investissement en',
	days: (n) => `${n} jours`,
	months: (n) => `${n} mois`,
	beyondData: (d) => `plus de ${d} jours (au-delà des données)`,
	notIdentifiable: (why) => `impossible à estimer : ${why}`,
	evidence: {
		0: 'descriptif seulement (on ne peut pas conclure)',
		1: 'association (des écarts semblables arrivent sans campagne)',
		2: 'compatible avec un effet, si rien d’autre n’a changé'
	},
	outcomes: {
		fansAdded: 'Nouveaux fans',
		engagedUsers: 'Personnes engagées',
		reachOrganic: 'Portée organique'
	},
	unassessedTitle: 'Campagnes qui n’ont pas pu être évaluées',
	unassessed: (list, why) => `${list} : ${why}.`,
	noCampaigns: 'Aucune campagne n’est notée dans le registre pour cette période.',
	cohortTitle: 'Les fans apportés par chaque entrée, d’après les données',
	cohortIntro:
		'Comptés d’après les exports, jamais d’après ce que le vendeur a promis. Les arrivées des jours communs à deux entrées ne sont comptées qu’une fois.',
	colBrought: 'Fans apportés',
	colAttribution: 'Jours partagés',
	cohortMethods: {
		paid_new_fans: 'nouveaux fans payants de l’export',
		spike_excess: 'excédent du pic correspondant',
		trend_excess: 'excédent sur la tendance antérieure',
		pace_excess: 'excédent sur le rythme quotidien habituel',
		remainder: 'nouveaux fans moins ceux des autres canaux'
	},
	cohortReasons: {
		no_detectable_effect: 'aucune arrivée au-delà du rythme habituel',
		no_baseline: 'trop peu de données avant elle pour en juger'
	},
	countedElsewhere: (fans, labels) => `${fans} de ses arrivées comptées pour ${labels}`,
	sharedWith: (fans, labels) =>
		`${fans} venus de jours partagés avec ${labels}, répartis entre elles`,
	noSpikes: 'Aucun pic ne ressort que le registre n’explique pas.',
	declaredSpikes: (n) =>
		n === 1
			? 'Un autre pic correspond à une campagne déclarée dans le registre et lui est rattaché.'
			: `${n} autres pics correspondent à des campagnes déclarées dans le registre et leur sont rattachés.`,
	dilutionDefs: {
		erFans: 'Personnes engagées par fan (par jour, en moyenne sur la période)',
		erFansDef:
			'Personnes engagées du jour divisées par le nombre de fans du jour (M6). Ce taux baisse quand on ajoute des fans inactifs, même si personne n’interagit moins.',
		erFansAdjusted:
			'Le même, en ne comptant que les fans venus du travail organique, de la publicité et des jeux-concours',
		erFansAdjustedDef:
			'M6 divisé par la part des fans qui ne viennent pas de canaux achetés, échangés ou non déclarés (M10).',
		errOrganic: 'Personnes engagées par personne atteinte en organique',
		errOrganicDef:
			'Sur les publications non sponsorisées de la période : personnes engagées divisées par la portée organique (M7). Le nombre de fans n’y entre pas.',
		share: 'Part des fans actuels venus de canaux achetés, échangés ou non déclarés',
		shareDef:
			'Fans encore abonnés issus de ces canaux, rapportés au nombre de fans du dernier jour (M9).',
		signature: 'Signature de dilution',
		signatureDef:
			'L’engagement par fan a baissé d’au moins 10 points de plus que l’engagement par personne atteinte, entre les 90 jours avant le premier achat ou échange et les 90 jours après (M11).',
		yes: 'présente',
		no: 'absente',
		unknown: 'non mesurable'
	},
	costsNote:
		'Les coûts sont ceux du registre : dépenses plus heures valorisées au taux horaire saisi.',
	noRoi:
		'Pour voir un rendement (ROI, valeur actuelle nette, délai de retour), indiquez la valeur d’une personne engagée : dans la vue des coûts de la page, ou avec sablier report --value-per-engaged-user.',
	roiNote: (rate) =>
		`Le ROI, la valeur actuelle nette et le délai de retour reposent sur la valeur saisie et un taux d’actualisation de ${rate} par an ; un canal sans gain mesurable de personnes engagées n’en a pas.`,
	notMeasurable: 'non mesurable',
	scenarioIntro: (budget, from) =>
		`Et si les ${budget} que cette page a consacrés aux ${from} pendant la période étaient allés au travail organique ? Cette projection applique les estimations de la page elle-même : le prix d’un fan dans chaque canal et la durée pendant laquelle les fans de chaque canal sont restés.`,
	scenarioIntroReference: (budget) =>
		`Que rapporteraient ${budget} en fans achetés et en travail organique ? Cette projection applique les estimations de la page elle-même : le prix d’un fan dans chaque canal et la durée pendant laquelle les fans de chaque canal sont restés.`,
	scenarioAt: (months) =>
		months === 12 ? 'après un an' : months === 36 ? 'après trois ans' : `après ${months} mois`,
	scenarioLine: (strategy, at, n, range) =>
		`${strategy} : environ ${n} fans encore abonnés ${at} (${range}).`,
	scenarioBought: 'Fans achetés',
	scenarioOrganic: 'Travail organique',
	scenarioProjection:
		'C’est une projection, pas une promesse : elle suppose que chaque canal garde le coût par fan et le rythme de départ mesurés sur cette page, et que la dépense est étalée sur la première année.',
	scenarioAssumptionOrganic:
		'Chaque fan organique est compté comme apporté par le travail de communauté enregistré, ce qui avantage le travail organique quand des fans seraient venus de toute façon ; côté achat, on compte ce qui a été livré.',
	scenarioEnvelope:
		'La bande combine les fourchettes à 90 % de la survie de chaque canal ; au-delà d’un an après l’arrivée, les départs sont supposés continuer au rythme mesuré entre 6 et 12 mois (pointillés).',
	scenarioUnavailable: (why) => `Cette projection est impossible pour cette page : ${why}.`,
	scenarioWhy: {
		noBought: 'aucun achat de fans ni échange de J’aime dont on ait mesuré le rythme de départ',
		noOrganicCost:
			'le registre ne note ni coût ni heures pour le travail organique : un fan organique n’a donc pas de prix',
		noOrganic: 'le rythme de départ des fans organiques n’a pas pu être estimé'
	},
	scenarioColStrategy: 'La même dépense en',
	scenarioColStart: 'Fans arrivés',
	scenarioEngageNone: (label, range) =>
		`La projection compte des abonnés, pas de l’engagement. Après « ${label} », on ne peut pas dire si le nombre de personnes engagées a changé (${range}).`,
	scenarioEngageMoved: (label, n, above, range) =>
		`La projection compte des abonnés, pas de l’engagement. Après « ${label} », le nombre de personnes engagées était d’environ ${n} ${above ? 'au-dessus' : 'en dessous'} de la tendance antérieure (${range}), une simple association.`,
	scenarioEngageUnknown:
		'La projection compte des abonnés, pas de l’engagement : aucun achat n’a pu être comparé à sa tendance antérieure pour les personnes engagées.',
	summaryProjection: (budget, bought, b, o) =>
		`Projection, et non promesse — ces mêmes ${budget} sur trois ans : en ${bought}, ${b} ; en travail organique, ${o} (détails à la page de la projection).`,
	stillFollow: (n) =>
		n === null
			? 'quasiment personne ne suivrait encore la page'
			: `environ ${n} suivraient encore la page`,
	coverContents: 'Sommaire',
	chartScenario: 'Fans encore abonnés, mois par mois, pour la même dépense',
	chartScenarioCaption:
		'Traits : estimation centrale. Bandes : la fourchette donnée dans le tableau. Pointillés : dès que des fans ont plus d’un an d’ancienneté, leurs départs sont extrapolés.',
	chartMonths: 'Mois depuis le début de la dépense',
	chartFansStill: 'Fans encore abonnés',
	chartSurvival: 'Part des fans de chaque canal encore abonnés, selon leur ancienneté',
	chartSurvivalCaption:
		'Part encore abonnée 30, 90, 180 et 365 jours après l’arrivée, avec sa fourchette à 90 %. Un point au-delà de l’ancienneté maximale qu’atteint un canal dans les données est une extrapolation.',
	chartDays: 'Jours depuis l’arrivée',
	chartStacked: 'Fans encore là à chaque date, par canal',
	chartStackedCaption:
		'Estimations du modèle. En bas : les fans organiques et ceux qui étaient là avant la période (total des fans moins les fans encore là estimés des autres canaux).',
	chartCampaign: (label) => `« ${label} » : les nouveaux fans face à la tendance antérieure`,
	chartCampaignCaption:
		'En haut : les nouveaux fans de chaque jour (trait) et ce que projette la tendance antérieure (tirets, avec ses bandes à 50 % et 90 %) ; au milieu : l’écart quotidien ; en bas : l’écart cumulé, avec sa fourchette à 90 %. Zone ombrée : les jours de la campagne.',
	chartShare: 'Encore abonnés',
	recommendEmpty:
		'Rien d’écrit pour l’instant. Cette partie est la vôtre : ce que vous recommandez, et ce dont vous avez besoin pour le faire.',
	recommendBy: (who) => `Rédigé par ${who}, et non calculé par Sablier.`,
	recommendByYou: 'Rédigé par l’auteur du rapport, et non calculé par Sablier.',
	methodDefinitions: 'Définitions utilisées',
	methodEvidence: 'Niveaux de preuve',
	methodEvidenceText: [
		'Descriptif : ce que les chiffres ont fait, sans rien dire du pourquoi.',
		'Association : la variation coïncide avec la campagne, mais des écarts semblables arrivent sans campagne.',
		'Comparaison avec la tendance antérieure : la campagne dépasse ce que projette la tendance qui la précède, sa fourchette exclut zéro et elle fait mieux que des périodes comparables sans campagne. C’est ce qu’on observerait si elle avait eu un effet, à condition que rien d’autre n’ait changé au même moment.',
		'Des exports ne permettent jamais d’aller plus loin : aucune phrase de ce rapport n’affirme qu’une campagne a causé quoi que ce soit.'
	],
	methodEvents: 'Changements de plateforme pendant la période',
	methodNoEvents: 'Aucun changement de plateforme connu de Sablier ne tombe dans la période.',
	methodGaps: 'Données manquantes',
	methodGapDays: (n, total) => `${n} jours sur ${total} n’ont pas de nombre de fans.`,
	methodNoGaps: 'Chaque jour de la période a un nombre de fans.',
	methodLimits: 'Ce que les données ne disent pas',
	methodLimitsText: [
		'Les exports donnent des totaux : combien de fans sont arrivés et partis chaque jour, jamais lesquels. Qui est resté est estimé par un modèle qui répartit les départs entre les groupes arrivés avant.',
		'Rien ici ne mesure les ventes. Il n’a pas été démontré qu’aimer une page change les achats ; les fans sont surtout des gens qui aiment déjà la marque.',
		'Des campagnes qui se chevauchent, ou qui chevauchent un changement de plateforme, ne peuvent pas être distinguées : elles sont signalées comme non évaluées plutôt que devinées.'
	],
	methodCaveats: 'Précautions propres à cette page',
	defs: [
		[
			'Fans arrivés (par canal)',
			'Fans achetés : le pic au-dessus du rythme habituel pendant l’achat ; publicité : les nouveaux fans payants indiqués par l’export ; organique : les nouveaux fans moins tout ce qui est attribué aux autres canaux.'
		],
		[
			'Encore abonnés après N jours',
			'La part des fans d’un canal encore abonnés N jours après leur arrivée, selon un modèle de survie ajusté sur les arrivées et départs quotidiens (maximum de vraisemblance, départs répartis par EM ; fourchette issue de rééchantillonnages bootstrap, 200 par défaut).'
		],
		[
			'Écart avec la tendance antérieure',
			'Valeur observée pendant la campagne et les 30 jours suivants, moins ce que projette une tendance ajustée sur les jours précédents ; fourchette issue du modèle, vérifiée sur des dates placebo sans campagne.'
		],
		[
			'Pic',
			'Un jour ou une suite de jours où les nouveaux fans dépassent nettement le rythme habituel de la page (score z robuste par rapport à la médiane des 28 jours précédents), lu avec ses indices : portée, engagement, taille ronde, départs ensuite.'
		],
		[
			'Coût par fan encore là',
			'Ce qu’un canal a coûté, divisé par les fans qu’il a apportés et qui sont encore abonnés 6 ou 12 mois plus tard.'
		],
		[
			'Évolution par rapport à la période précédente',
			'Moyennes quotidiennes comparées sur les jours avec données, avec la période de même durée juste avant et les mêmes dates un an plus tôt. Une période dont moins de 90 % des jours ont des données n’est pas comparée.'
		]
	],
	footerMadeWith: 'Réalisé avec Sablier',
	footerPage: 'Page',
	toolbarBack: 'Retour à la page',
	toolbarPdf: 'Télécharger le PDF',
	toolbarHtml: 'Télécharger le HTML',
	toolbarPrint: 'Imprimez depuis le navigateur (Ctrl+P) pour la même mise en page A4.',
	toolbarPeriod: 'Période',
	toolbarFrom: 'Du',
	toolbarTo: 'Au',
	toolbarApply: 'Mettre à jour',
	toolbarBranding: 'Habillage',
	editTitle: 'Modifier la couverture et vos recommandations',
	editAuthor: 'Auteur',
	editClient: 'Client',
	editRecommend: 'Nos recommandations / nos besoins',
	editSave: 'Enregistrer',
	editSaved: 'Enregistré.',
	editTooLong: (n) => `Trop long : ${n} caractères au plus.`,
	pdfMissing: (path) =>
		`Chromium est introuvable à l’emplacement ${path} : aucun PDF n’a été produit. Installez-le (Debian/Ubuntu : sudo apt-get install chromium fonts-liberation) ou indiquez dans CHROMIUM_PATH le chemin d’un Chromium ou d’un Chrome.`,
	pdfHtmlInstead: (file) => `Le rapport HTML a été écrit dans ${file} à la place.`,
	workspaceOverview: 'Les pages en un coup d’œil',
	workspaceNoPages: 'Cet espace n’a encore aucune page avec des données quotidiennes.',
	brandingTitle: 'Habillage des rapports',
	brandingIntro:
		'L’apparence des rapports de cet espace : votre logo et vos couleurs sur la couverture et dans les en-têtes, votre nom et votre pied de page sur chaque page.',
	brandingLogo: 'Logo (PNG ou SVG, 512 Ko au plus)',
	brandingLogoCurrent: 'Logo actuel',
	brandingLogoRemove: 'Retirer le logo',
	brandingPrimary: 'Couleur principale',
	brandingAccent: 'Couleur secondaire',
	brandingConsultancy: 'Nom du cabinet',
	brandingFooter: 'Texte du pied de page',
	brandingHide: 'Masquer « Réalisé avec Sablier »',
	brandingSave: 'Enregistrer l’habillage',
	brandingSaved: 'Habillage enregistré.',
	brandingPreview: 'Voir un rapport avec cet habillage',
	brandingErrors: {
		logoType: 'Le logo doit être un fichier PNG ou SVG.',
		logoSize: 'Le logo dépasse 512 Ko.',
		logoSvg: 'Ce SVG ne peut pas être lu comme une image.',
		color: 'Une couleur s’écrit #rrvvbb.',
		tooLong: 'Trop long.'
	}
};

export type ReportWords = typeof en;
export const REPORT_WORDS = { en, fr } as const;
