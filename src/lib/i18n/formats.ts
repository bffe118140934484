/** Words of the import page's parts about export formats (issue 8): the TikTok last day, pages. */
export const en = {
	lastDay: 'Last day of the export',
	lastDayHint:
		'TikTok writes its days without a year: Sablier needs the day its export ends, usually the day before you downloaded it. Other exports ignore it.',
	wentTo: 'Went into page',
	created: 'created by this import',
	ledgerAdsHint:
		'Or a Meta Ads Manager export (.csv, .xlsx or .xls): each ad with spend becomes an advertising entry, in the currency of its "Amount spent" column; the totals row is skipped, and importing it again counts nothing twice.',
	ledgerAlready: (unchanged: number, updated: number) =>
		`${unchanged} entries were already recorded, ${updated} updated with a new amount (nothing counted twice).`
};

export const fr: typeof en = {
	lastDay: 'Dernier jour de l’export',
	lastDayHint:
		'TikTok écrit ses jours sans l’année : Sablier a besoin du jour où son export s’arrête, en général la veille du téléchargement. Les autres exports n’en tiennent pas compte.',
	wentTo: 'Importé dans la page',
	created: 'créée par cet import',
	ledgerAdsHint:
		'Ou un export du Gestionnaire de publicités Meta (.csv, .xlsx ou .xls) : chaque publicité ayant dépensé devient une entrée publicité, dans la devise de sa colonne « Montant dépensé » ; la ligne des totaux est ignorée, et le réimporter ne compte rien deux fois.',
	ledgerAlready: (unchanged: number, updated: number) =>
		`${unchanged} entrées étaient déjà enregistrées, ${updated} mises à jour avec un nouveau montant (rien n’est compté deux fois).`
};
