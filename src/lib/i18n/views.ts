/** The analysis views' words (issue 9): overview, channels, campaigns, spikes, engagement, costs. */
export const en = {
	locale: 'en-GB',
	colon: ':',
	tabs: {
		overview: 'Overview',
		channels: 'Channels',
		campaigns: 'Campaigns',
		spikes: 'Spikes',
		engagement: 'Engagement',
		costs: 'Costs',
		ledger: 'Ledger',
		report: 'Report'
	},
	viewsNav: 'Views of this page',
	period: 'Period',
	periodChoices: {
		'12': 'Last 12 months',
		'24': 'Last 24 months',
		'36': 'Last 36 months',
		all: 'All the data',
		custom: 'Custom'
	} as Record<string, string>,
	periodFrom: 'From',
	periodTo: 'To',
	periodApply: 'Show',
	periodShown: (from: string, to: string) => `${from} – ${to}`,
	periodBadCustom: 'Give both days of a custom period, the first before the last.',
	computedAt: (when: string, seconds: string) =>
		`Analysis computed on ${when} (in ${seconds} s); it is recomputed after each import or ledger change.`,
	computing: 'The analysis of this period is being computed…',
	computingHint:
		'This takes a few seconds for three years of data. The page refreshes by itself; you can also reload it.',
	refresh: 'Refresh',
	failed: 'The analysis could not be computed:',
	noDaily:
		'This page has no daily data yet: import a page-level export (Facebook Page Insights, Meta Business Suite, X, YouTube Studio or Sablier’s template).',
	importLink: 'Import an export',
	dataTable: 'The numbers behind the chart',
	range: (low: string, high: string) => `${low} to ${high}`,
	rangeOpen: (low: string) => `at least ${low}`,
	rangeOpenLow: (high: string) => `at most ${high}`,
	rangeNone: 'range not identifiable',
	notIdentifiable: 'not identifiable',
	likely: 'likely',
	// overview
	bottomLine: 'The bottom line',
	tileFans: 'Fans today',
	tileFansOrganic: (n: string, range: string) => `of whom ${n} likely organic (${range})`,
	tileFansOrganicUnknown: 'how many are organic cannot be estimated on this period',
	tileInorganic: 'Bought and exchanged fans still there',
	tileInorganicOf: (n: string) => `of ${n} acquired`,
	tileInorganicNone: 'no bought pack or like exchange in the ledger for this period',
	tileCost: 'Cost per fan still following after a year',
	tileCostNone: 'no channel with both a cost and a measurable survival',
	tileEngagement: 'Engagement by reach',
	tileEngagementHint: 'engaged people per person reached',
	tileEngagementNone: 'the exports give no reach or no engaged people',
	vsPrevious: 'vs previous period',
	vsYear: 'vs a year earlier',
	noComparison: 'not covered by the data',
	overPeriod: 'estimated over the period shown',
	timeline: 'Fans over the period',
	timelineWeekly: 'One point per week (the last known day of the week); spikes stay marked by day.',
	timelineDaily: 'One point per day.',
	showDaily: 'Show every day',
	showWeekly: 'Show by week',
	bandsTitle: 'Ledger campaigns (lettered bands)',
	breaksTitle: 'Platform changes (numbered dashed lines)',
	marksTitle: 'Spikes (triangles)',
	timelineCaption:
		'Total fans as the exports report it. Shaded bands: campaigns from the ledger; dashed lines: platform changes; triangles: spikes in new fans.',
	headline: 'In one sentence:',
	// channels
	channelsTitle: 'Where the fans went',
	channelsIntro:
		'Each channel’s fans are followed from the day they arrived: the share still following after 30, 90, 180 and 365 days, with its 90 % range (the true value lies in it 9 times out of 10).',
	survivalTitle: 'Share of each channel’s fans still following, by age',
	survivalCaption:
		'Lines: model estimate; shaded: 90 % range; hollow dots: ages older than the data, extrapolated by the model.',
	ageAxis: 'Days since the fan arrived →',
	survivalAxis: '↑ Still following',
	stackedTitle: 'Fans still there, by channel',
	stackedCaption:
		'Bottom: organic fans and fans who were there before the period (total fans minus the other channels’ estimated survivors).',
	organicAndEarlier: 'Organic and earlier fans',
	colChannel: 'Channel',
	colAcquired: 'Fans acquired',
	colS30: 'After 30 days',
	colS90: 'After 90 days',
	colS180: 'After 180 days',
	colS365: 'After a year',
	colHalfLife: 'Half-life',
	colSurviving: 'Still there today',
	colSource: 'How they were counted',
	days: (n: string) => `${n} days`,
	beyondData: (n: string) => `more than ${n} days (beyond the data)`,
	never: 'not reached',
	channelNames: {
		organic: 'Organic',
		bought: 'Bought fans',
		exchange: 'Like exchange',
		ads: 'Ads',
		contest: 'Contest',
		organic_work: 'Community work',
		other: 'Other',
		undeclared: 'Undeclared spikes'
	} as Record<string, string>,
	sources: {
		'promised quantity': 'the quantity promised by the seller',
		'spike excess': 'the excess of the matching spike',
		'excess over the previous trend': 'the excess over the previous trend',
		'excess over the usual daily pace': 'the excess over the usual daily pace',
		'paid new fans in the export': 'paid new fans in the export',
		'spikes nobody declared': 'spikes nobody declared',
		'new fans minus everything attributed to other channels':
			'new fans minus those of the other channels'
	} as Record<string, string>,
	// campaigns
	campaignsTitle: 'What each campaign changed',
	campaignsIntro:
		'Each campaign is compared with what the 90 days before it predicted (the pre-trend), over its own days and the 30 after.',
	campaignsNone: 'No campaign in the ledger for this period.',
	ongoingNote:
		'Entries longer than three months (always-on ads, community work) are costs, not events: they are not assessed here.',
	evidence: ['Description only', 'Association', 'Strong evidence'],
	evidenceMeaning: [
		'the gap cannot be told apart from the page’s usual ups and downs',
		'a gap beyond the usual ups and downs, but the checks do not rule out a coincidence',
		'a clear gap that passes the placebo test and a second model: the campaign is the likely explanation'
	],
	outcomes: {
		fansAdded: 'New fans',
		engagedUsers: 'Engaged people',
		reachOrganic: 'Organic reach'
	} as Record<string, string>,
	effectLine: (est: string, range: string) => `${est} (90\u00a0% range ${range})`,
	placebo: (p: string) =>
		`Placebo test: a gap this large appeared at ${p} of the same-length dates before the campaign.`,
	placeboNone: 'Placebo test: too little history before the campaign to run it.',
	observedVsExpected:
		'New fans per day: observed (line) and expected from the pre-trend (dashed, 50 % and 90 % bands)',
	dailyGap: 'Gap per day',
	cumulativeGap: 'Cumulative gap since the start, with its 90 % range',
	dailyAxis: '↑ New fans per day',
	gapAxis: '↑ Observed − expected',
	cumulativeAxis: '↑ Cumulative gap (fans)',
	notAssessed: 'Not assessed:',
	reasons: {
		'insufficient-pre': 'fewer than 56 known days in the 90 days before it.',
		'insufficient-post': 'fewer than half of its days (and the 30 after) are known.',
		'blocked-overlap':
			'another campaign or a platform change falls within its 90 days before or 30 days after, so the two cannot be told apart.',
		'post-beyond-data': 'the data stops before the 30 days after it.'
	} as Record<string, string>,
	actions: {
		'insufficient-pre': 'Import the exports covering the three months before it.',
		'insufficient-post': 'Import the exports covering its days and the month after.',
		'blocked-overlap':
			'Nothing to fix: check the overlapping entries are right; a lone campaign next time can be measured.',
		'post-beyond-data': 'Import a more recent export once a month has passed.'
	} as Record<string, string>,
	whatToDo: 'What you can do:',
	otherOutcomes: 'Other outcomes',
	// spikes
	spikesTitle: 'Spikes in new fans',
	spikesIntro:
		'Days when new fans jumped far above the usual pace (the median of the 28 days before). Each is classified from its signals; a spike nobody declared becomes its own channel, “undeclared spikes”.',
	spikesNone: 'No spike in this period.',
	spikesChart: 'New fans per day, spikes marked',
	newFansAxis: '↑ New fans per day',
	classes: {
		likely_inorganic: 'Likely bought or exchanged',
		possible: 'Possibly inorganic',
		unexplained: 'Unexplained',
		explained_ads: 'Explained by ads',
		explained_reach: 'Explained by reach (viral or featured)',
		declared: 'Declared in the ledger'
	} as Record<string, string>,
	excess: 'Excess fans',
	signals: 'Signals',
	wasThisYou: 'Was this you? Record it in the ledger',
	declaredAs: 'Declared as',
	// engagement
	engagementTitle: 'Engagement and dilution',
	erFans: 'Engagement by fans',
	erFansDef: 'engaged people per day ÷ total fans, averaged over the days',
	erFansActive: 'Engagement by fans, inactive fans left out',
	erFansActiveDef:
		'the same, counting only fans not estimated to come from bought packs, like exchanges or undeclared spikes',
	erReach: 'Engagement by reach',
	erReachDef: 'engaged people ÷ people reached, summed over the days where both are known',
	errOrganic: 'Engagement of unpaid posts by organic reach',
	errOrganicDef: 'engaged people ÷ organic reach, over the unpaid posts published in the period',
	inactiveShare: 'Share of fans likely inactive (bought, exchanged or undeclared)',
	dilutionSignature:
		'After the first bought pack or exchange, engagement by fans fell while engagement by reach held: the signature of dilution by inactive fans.',
	dilutionNoSignature:
		'No dilution signature: engagement by fans and by reach moved together around the first bought pack or exchange.',
	engagementOverTime: 'Engagement rates by month',
	rateAxis: '↑ Rate',
	engagementCaption:
		'By reach is usually far higher than by fans: most fans do not see a given day’s posts.',
	month: 'Month',
	// costs
	costsTitle: 'What each channel cost and what it kept',
	costsIntro:
		'Costs come from the ledger, counted for the part of each entry inside the period: cash on one side, hours valued at their rate on the other.',
	colCash: 'Cash',
	colTime: 'Valued hours',
	colUnvalued: 'Hours without a rate',
	colTotal: 'Total',
	colPerAcquired: 'Per fan acquired',
	colPerRetained6: 'Per fan still there after 6 months',
	colPerRetained12: 'Per fan still there after a year',
	costChart: 'Cost per fan still following after a year',
	costAxis: (cur: string) => `${cur} per fan still there after a year →`,
	costCaption: 'Dots: estimate; bars: 90 % range (open ends are not drawn).',
	noCost: 'No cost in the ledger for this period.',
	valueTitle: 'Return on investment',
	valueIntro:
		'Sablier shows a return only from a value you give: what one engaged person, or one conversion, is worth to you. It is stored for this page and stated wherever it is used.',
	valuePerEngaged: 'Value of one engaged person',
	valuePerConversion: 'Value of one conversion',
	discountRate: 'Annual discount rate (%)',
	valueSave: 'Use these values',
	valueClear: 'Remove the values',
	valueSaved: 'Values saved: the analysis is recomputed with them.',
	valueBad: 'Give positive numbers (a dot or a comma for decimals).',
	valueUsed: (v: string, when: string) => `Return computed with ${v} (set on ${when}).`,
	valueNone: 'No value given: no return on investment is shown.',
	perEngaged: (v: string) => `${v} per engaged person`,
	perConversion: (v: string) => `${v} per conversion`,
	colRoi: 'Return',
	colNpv: 'Net present value (36 months)',
	colPayback: 'Payback',
	months: (n: string) => `${n} months`,
	roiNone: 'no measurable engagement gain',
	conversionNote:
		'The exports carry no conversions yet: a value per conversion is kept but not used.',
	// ledger
	ledgerTotals: 'Totals by channel and currency',
	ledgerEdit: 'Edit',
	ledgerEditing: (label: string) => `Edit the entry “${label}”`,
	ledgerSave: 'Save the changes',
	ledgerCancel: 'Cancel',
	ledgerUpdated: 'Entry updated.',
	colValuedHours: 'Valued hours',
	colEntries: 'Entries',
	ledgerPrefilled:
		'Prefilled from a spike: check the channel and the dates, add the cost, then record.',
	// partial data
	lacking: 'What this page’s data lacks',
	lackFans:
		'No total of fans per day: the timeline, the organic share and the survival of each channel cannot be drawn.',
	lackAddsRemovals:
		'No new and lost fans per day: survival by channel and spikes cannot be estimated.',
	lackEngaged: 'No engaged people per day: engagement rates cannot be computed.',
	lackReach: 'No reach per day: engagement by reach cannot be computed.',
	canShow: 'What can still be shown:',
	canShowItems: {
		fans: 'the fans timeline',
		addsRemovals: 'spikes and survival by channel',
		engaged: 'engagement rates',
		reach: 'engagement by reach',
		costs: 'costs from the ledger'
	} as Record<string, string>,
	fillWith: 'Which export fills the gap:',
	fill: {
		facebook: 'Facebook Page Insights, “Page” data, daily (Excel or CSV).',
		instagram: 'Meta Business Suite, Insights export, “Follows” and “Reach”.',
		x: 'X does not export follower counts: record them by hand in Sablier’s CSV template (fans_total).',
		youtube:
			'YouTube Studio, Advanced mode, Subscribers gained and lost by day (“Chart data” export).',
		linkedin: 'LinkedIn page analytics, Followers export (daily).',
		tiktok: 'TikTok Analytics, Followers overview export.',
		other: 'Sablier’s CSV template with the columns named above.'
	} as Record<string, string>
};

export const fr: typeof en = {
	locale: 'fr-FR',
	colon: ' :',
	tabs: {
		overview: 'Synthèse',
		channels: 'Canaux',
		campaigns: 'Campagnes',
		spikes: 'Pics',
		engagement: 'Engagement',
		costs: 'Coûts',
		ledger: 'Registre',
		report: 'Rapport'
	},
	viewsNav: 'Vues de cette page',
	period: 'Période',
	periodChoices: {
		'12': '12 derniers mois',
		'24': '24 derniers mois',
		'36': '36 derniers mois',
		all: 'Toutes les données',
		custom: 'Personnalisée'
	},
	periodFrom: 'Du',
	periodTo: 'Au',
	periodApply: 'Afficher',
	periodShown: (from, to) => `${from} – ${to}`,
	periodBadCustom: 'Indiquez les deux dates de la période, la première avant la seconde.',
	computedAt: (when, seconds) =>
		`Analyse calculée le ${when} (en ${seconds} s) ; elle est recalculée après chaque import ou modification du registre.`,
	computing: 'L’analyse de cette période est en cours de calcul…',
	computingHint:
		'Comptez quelques secondes pour trois ans de données. La page se recharge d’elle-même ; vous pouvez aussi l’actualiser.',
	refresh: 'Actualiser',
	failed: 'L’analyse n’a pas pu être calculée :',
	noDaily:
		'Cette page n’a pas encore de données quotidiennes : importez un export au niveau de la page (Facebook Page Insights, Meta Business Suite, X, YouTube Studio ou le modèle CSV de Sablier).',
	importLink: 'Importer un export',
	dataTable: 'Les chiffres du graphique',
	range: (low, high) => `de ${low} à ${high}`,
	rangeOpen: (low) => `au moins ${low}`,
	rangeOpenLow: (high) => `au plus ${high}`,
	rangeNone: 'fourchette non identifiable',
	notIdentifiable: 'non identifiable',
	likely: 'probablement',
	bottomLine: 'L’essentiel',
	tileFans: 'Fans aujourd’hui',
	tileFansOrganic: (n, range) => `dont ${n} probablement organiques (${range})`,
	tileFansOrganicUnknown: 'la part organique ne peut pas être estimée sur cette période',
	tileInorganic: 'Fans achetés ou échangés encore là',
	tileInorganicOf: (n) => `sur ${n} obtenus`,
	tileInorganicNone: 'aucun achat de fans ni échange de likes au registre sur cette période',
	tileCost: 'Coût par fan encore abonné au bout d’un an',
	tileCostNone: 'aucun canal n’a à la fois un coût et une survie mesurable',
	tileEngagement: 'Engagement par portée',
	tileEngagementHint: 'personnes engagées par personne atteinte',
	tileEngagementNone: 'les exports ne donnent pas la portée ou les personnes engagées',
	vsPrevious: 'vs période précédente',
	vsYear: 'vs un an plus tôt',
	noComparison: 'non couvert par les données',
	overPeriod: 'estimé sur la période affichée',
	timeline: 'Fans sur la période',
	timelineWeekly:
		'Un point par semaine (le dernier jour connu de la semaine) ; les pics restent marqués au jour près.',
	timelineDaily: 'Un point par jour.',
	showDaily: 'Afficher chaque jour',
	showWeekly: 'Afficher par semaine',
	bandsTitle: 'Campagnes du registre (bandes repérées par une lettre)',
	breaksTitle: 'Changements des plateformes (traits tiretés numérotés)',
	marksTitle: 'Pics (triangles)',
	timelineCaption:
		'Nombre total de fans tel que les exports l’indiquent. Bandes ombrées : campagnes du registre ; traits tiretés : changements des plateformes ; triangles : pics de nouveaux fans.',
	headline: 'En une phrase :',
	channelsTitle: 'Où sont partis les fans',
	channelsIntro:
		'Les fans de chaque canal sont suivis depuis leur arrivée : la part encore abonnée au bout de 30, 90, 180 et 365 jours, avec sa fourchette à 90 % (la vraie valeur s’y trouve 9 fois sur 10).',
	survivalTitle: 'Part des fans de chaque canal encore abonnés, selon leur ancienneté',
	survivalCaption:
		'Lignes : estimation du modèle ; zones ombrées : fourchette à 90 % ; points creux : anciennetés au-delà des données, extrapolées par le modèle.',
	ageAxis: 'Jours depuis l’arrivée du fan →',
	survivalAxis: '↑ Encore abonnés',
	stackedTitle: 'Fans encore là, par canal',
	stackedCaption:
		'En bas : les fans organiques et ceux déjà présents avant la période (total des fans moins les survivants estimés des autres canaux).',
	organicAndEarlier: 'Organiques et antérieurs',
	colChannel: 'Canal',
	colAcquired: 'Fans obtenus',
	colS30: 'Après 30 jours',
	colS90: 'Après 90 jours',
	colS180: 'Après 180 jours',
	colS365: 'Après un an',
	colHalfLife: 'Demi-vie',
	colSurviving: 'Encore là aujourd’hui',
	colSource: 'Comment ils ont été comptés',
	days: (n) => `${n} jours`,
	beyondData: (n) => `plus de ${n} jours (au-delà des données)`,
	never: 'non atteinte',
	channelNames: {
		organic: 'Organique',
		bought: 'Fans achetés',
		exchange: 'Échange de likes',
		ads: 'Publicité',
		contest: 'Jeu-concours',
		organic_work: 'Animation de communauté',
		other: 'Autre',
		undeclared: 'Pics non déclarés'
	},
	sources: {
		'promised quantity': 'la quantité promise par le vendeur',
		'spike excess': 'l’excédent du pic correspondant',
		'excess over the previous trend': 'l’excédent sur la tendance antérieure',
		'excess over the usual daily pace': 'l’excédent sur le rythme quotidien habituel',
		'paid new fans in the export': 'les nouveaux fans payants de l’export',
		'spikes nobody declared': 'les pics que personne n’a déclarés',
		'new fans minus everything attributed to other channels':
			'les nouveaux fans moins ceux des autres canaux'
	},
	campaignsTitle: 'Ce que chaque campagne a changé',
	campaignsIntro:
		'Chaque campagne est comparée à ce que prédisaient les 90 jours qui la précèdent (la tendance antérieure), sur ses propres jours et les 30 suivants.',
	campaignsNone: 'Aucune campagne au registre sur cette période.',
	ongoingNote:
		'Les entrées de plus de trois mois (publicité permanente, animation de communauté) sont des coûts, pas des événements : elles ne sont pas évaluées ici.',
	evidence: ['Simple description', 'Association', 'Preuve solide'],
	evidenceMeaning: [
		'l’écart ne se distingue pas des hauts et des bas habituels de la page',
		'un écart au-delà des variations habituelles, mais les contrôles n’écartent pas une coïncidence',
		'un écart net, qui passe le test placebo et un second modèle : la campagne en est l’explication probable'
	],
	outcomes: {
		fansAdded: 'Nouveaux fans',
		engagedUsers: 'Personnes engagées',
		reachOrganic: 'Portée organique'
	},
	effectLine: (est, range) => `${est} (fourchette à 90\u202f%\u202f: ${range})`,
	placebo: (p) =>
		`Test placebo : un écart aussi grand est apparu à ${p} des dates de même durée avant la campagne.`,
	placeboNone: 'Test placebo : trop peu d’historique avant la campagne pour le mener.',
	observedVsExpected:
		'Nouveaux fans par jour : observés (trait plein) et attendus d’après la tendance antérieure (tirets, bandes à 50 % et 90 %)',
	dailyGap: 'Écart par jour',
	cumulativeGap: 'Écart cumulé depuis le début, avec sa fourchette à 90 %',
	dailyAxis: '↑ Nouveaux fans par jour',
	gapAxis: '↑ Observé − attendu',
	cumulativeAxis: '↑ Écart cumulé (fans)',
	notAssessed: 'Non évaluée :',
	reasons: {
		'insufficient-pre': 'moins de 56 jours connus dans les 90 jours qui la précèdent.',
		'insufficient-post': 'moins de la moitié de ses jours (et des 30 suivants) sont connus.',
		'blocked-overlap':
			'une autre campagne ou un changement de plateforme tombe dans les 90 jours avant ou les 30 jours après : impossible de démêler les deux.',
		'post-beyond-data': 'les données s’arrêtent avant les 30 jours qui la suivent.'
	},
	actions: {
		'insufficient-pre': 'Importez les exports des trois mois qui la précèdent.',
		'insufficient-post': 'Importez les exports de ses jours et du mois suivant.',
		'blocked-overlap':
			'Rien à corriger : vérifiez les entrées qui se chevauchent ; une campagne isolée pourra être mesurée la prochaine fois.',
		'post-beyond-data': 'Importez un export plus récent dans un mois.'
	},
	whatToDo: 'Ce que vous pouvez faire :',
	otherOutcomes: 'Autres indicateurs',
	spikesTitle: 'Pics de nouveaux fans',
	spikesIntro:
		'Les jours où les nouveaux fans ont bondi bien au-dessus du rythme habituel (la médiane des 28 jours précédents). Chaque pic est classé d’après ses signaux ; un pic que personne n’a déclaré devient un canal à part, « pics non déclarés ».',
	spikesNone: 'Aucun pic sur cette période.',
	spikesChart: 'Nouveaux fans par jour, pics marqués',
	newFansAxis: '↑ Nouveaux fans par jour',
	classes: {
		likely_inorganic: 'Probablement achetés ou échangés',
		possible: 'Peut-être non organiques',
		unexplained: 'Inexpliqué',
		explained_ads: 'Expliqué par la publicité',
		explained_reach: 'Expliqué par la portée (viral ou mis en avant)',
		declared: 'Déclaré au registre'
	},
	excess: 'Fans en excès',
	signals: 'Signaux',
	wasThisYou: 'C’était vous ? Inscrivez-le au registre',
	declaredAs: 'Déclaré comme',
	engagementTitle: 'Engagement et dilution',
	erFans: 'Engagement par fan',
	erFansDef: 'personnes engagées par jour ÷ nombre total de fans, en moyenne sur les jours',
	erFansActive: 'Engagement par fan, fans inactifs exclus',
	erFansActiveDef:
		'le même, en ne comptant que les fans qui ne sont pas estimés venir d’achats, d’échanges de likes ou de pics non déclarés',
	erReach: 'Engagement par portée',
	erReachDef:
		'personnes engagées ÷ personnes atteintes, cumulées sur les jours où les deux sont connues',
	errOrganic: 'Engagement des publications non sponsorisées par portée organique',
	errOrganicDef:
		'personnes engagées ÷ portée organique, sur les publications non sponsorisées de la période',
	inactiveShare: 'Part des fans probablement inactifs (achetés, échangés ou pics non déclarés)',
	dilutionSignature:
		'Après le premier achat de fans ou échange de likes, l’engagement par fan a baissé tandis que l’engagement par portée tenait : la signature d’une dilution par des fans inactifs.',
	dilutionNoSignature:
		'Pas de signature de dilution : l’engagement par fan et par portée ont évolué ensemble autour du premier achat ou échange.',
	engagementOverTime: 'Taux d’engagement par mois',
	rateAxis: '↑ Taux',
	engagementCaption:
		'L’engagement par portée dépasse de loin l’engagement par fan : la plupart des fans ne voient pas les publications d’un jour donné.',
	month: 'Mois',
	costsTitle: 'Ce que chaque canal a coûté et ce qu’il a gardé',
	costsIntro:
		'Les coûts viennent du registre, comptés pour la part de chaque entrée comprise dans la période : l’argent dépensé d’un côté, les heures valorisées à leur taux de l’autre.',
	colCash: 'Dépenses',
	colTime: 'Heures valorisées',
	colUnvalued: 'Heures sans taux',
	colTotal: 'Total',
	colPerAcquired: 'Par fan obtenu',
	colPerRetained6: 'Par fan encore là après 6 mois',
	colPerRetained12: 'Par fan encore là après un an',
	costChart: 'Coût par fan encore abonné au bout d’un an',
	costAxis: (cur) => `${cur} par fan encore là au bout d’un an →`,
	costCaption:
		'Points : estimation ; barres : fourchette à 90 % (les bornes ouvertes ne sont pas tracées).',
	noCost: 'Aucun coût au registre sur cette période.',
	valueTitle: 'Retour sur investissement',
	valueIntro:
		'Sablier n’affiche un retour qu’à partir d’une valeur que vous fixez : ce que vaut pour vous une personne engagée, ou une conversion. Elle est enregistrée pour cette page et rappelée partout où elle sert.',
	valuePerEngaged: 'Valeur d’une personne engagée',
	valuePerConversion: 'Valeur d’une conversion',
	discountRate: 'Taux d’actualisation annuel (%)',
	valueSave: 'Utiliser ces valeurs',
	valueClear: 'Retirer les valeurs',
	valueSaved: 'Valeurs enregistrées : l’analyse est recalculée avec elles.',
	valueBad: 'Indiquez des nombres positifs (point ou virgule pour les décimales).',
	valueUsed: (v, when) => `Retour calculé avec ${v} (fixé le ${when}).`,
	valueNone: 'Aucune valeur fixée : aucun retour sur investissement n’est affiché.',
	perEngaged: (v) => `${v} par personne engagée`,
	perConversion: (v) => `${v} par conversion`,
	colRoi: 'Retour',
	colNpv: 'Valeur actuelle nette (36 mois)',
	colPayback: 'Retour sur mise',
	months: (n) => `${n} mois`,
	roiNone: 'aucun gain d’engagement mesurable',
	conversionNote:
		'Les exports ne contiennent pas encore de conversions : la valeur par conversion est conservée mais pas utilisée.',
	ledgerTotals: 'Totaux par canal et par devise',
	ledgerEdit: 'Modifier',
	ledgerEditing: (label) => `Modifier l’entrée « ${label} »`,
	ledgerSave: 'Enregistrer les modifications',
	ledgerCancel: 'Annuler',
	ledgerUpdated: 'Entrée modifiée.',
	colValuedHours: 'Heures valorisées',
	colEntries: 'Entrées',
	ledgerPrefilled:
		'Prérempli d’après un pic : vérifiez le canal et les dates, ajoutez le coût, puis enregistrez.',
	lacking: 'Ce qui manque aux données de cette page',
	lackFans:
		'Pas de nombre total de fans par jour : la courbe des fans, la part organique et la survie par canal ne peuvent pas être tracées.',
	lackAddsRemovals:
		'Pas de nouveaux fans ni de départs par jour : la survie par canal et les pics ne peuvent pas être estimés.',
	lackEngaged:
		'Pas de personnes engagées par jour : les taux d’engagement ne peuvent pas être calculés.',
	lackReach: 'Pas de portée par jour : l’engagement par portée ne peut pas être calculé.',
	canShow: 'Ce qui peut quand même être montré :',
	canShowItems: {
		fans: 'la courbe des fans',
		addsRemovals: 'les pics et la survie par canal',
		engaged: 'les taux d’engagement',
		reach: 'l’engagement par portée',
		costs: 'les coûts du registre'
	},
	fillWith: 'L’export qui comblerait le manque :',
	fill: {
		facebook: 'Facebook Page Insights, données « Page », par jour (Excel ou CSV).',
		instagram: 'Meta Business Suite, export des statistiques, « Abonnements » et « Couverture ».',
		x: 'X n’exporte pas le nombre d’abonnés : saisissez-le dans le modèle CSV de Sablier (fans_total).',
		youtube:
			'YouTube Studio, mode avancé, abonnés gagnés et perdus par jour (export « Données du graphique »).',
		linkedin: 'Statistiques de la page LinkedIn, export Abonnés (par jour).',
		tiktok: 'TikTok Analytics, export de la vue d’ensemble des abonnés.',
		other: 'Le modèle CSV de Sablier avec les colonnes citées ci-dessus.'
	}
};
