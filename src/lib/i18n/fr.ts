import { fr as report } from './report.ts';
import type { en } from './en.ts';
import { fr as ws } from './workspaces.ts';
import { fr as views } from './views.ts';
import { fr as formats } from './formats.ts';

export const fr: typeof en = {
	ws,
	appName: 'Sablier',
	tagline: 'Ce que rapporte votre travail de communauté, sur un à trois ans.',
	navPages: 'Pages',
	navImport: 'Importer',
	switchLang: 'English',
	switchLangCode: 'en',
	pagesTitle: 'Vos pages',
	pagesEmpty: 'Aucune page pour l’instant. Importez un export pour commencer.',
	colName: 'Page',
	colPlatform: 'Plateforme',
	colSpan: 'Jours couverts',
	colLatestFans: 'Derniers fans',
	colPosts: 'Publications',
	spanText: (from, to, days) => `${from} – ${to} (${days})`,
	noDays: 'aucune donnée quotidienne',
	fansOn: (day) => `le ${day}`,
	pageFans: 'Fans sur toute la période',
	pageFansCaption:
		'Nombre total de fans (mentions J’aime) chaque jour, tel que les exports l’indiquent. Une baisse sans désabonnements correspondants est un nettoyage de la plateforme, pas des départs.',
	pageFlows: 'Fans gagnés et perdus par jour',
	pageFlowsCaption:
		'Au-dessus de la ligne : nouveaux fans du jour. En dessous : fans partis (désabonnements).',
	chartFans: 'Fans',
	chartNew: 'Nouveaux fans',
	chartLost: 'Fans perdus',
	noDailyData:
		'Cette page n’a pas encore de données quotidiennes : importez un export au niveau de la page.',
	dataTable: 'Les chiffres derrière le graphique',
	day: 'Jour',
	importTitle: 'Importer des exports',
	importIntro:
		'Ajoutez les fichiers fournis par vos plateformes (Facebook Page Insights, Meta Business Suite, Instagram, X, LinkedIn, YouTube Studio, TikTok Studio, le modèle CSV de Sablier — ou un .zip de ces fichiers). Chaque fichier est reconnu par son en-tête, vérifié ligne par ligne et chargé en une seule transaction : un fichier en échec ne modifie rien.',
	importPage: 'Page (nom court)',
	importPageHint: 'lettres minuscules, chiffres et tirets ; un nouveau nom crée la page',
	importName: 'Nom affiché (pour une nouvelle page)',
	importFiles: 'Fichiers',
	importDrop: 'Déposez les fichiers ici, ou choisissez-les',
	importSubmit: 'Importer',
	importing: 'Import en cours…',
	importPhase: {
		upload: 'envoi',
		check: 'vérification',
		read: 'lecture',
		save: 'enregistrement'
	},
	importNetworkError:
		'L’envoi a été interrompu : vérifiez que Sablier tourne toujours, puis réessayez.',
	importResults: 'Ce qui a été importé',
	importNoFiles: 'Choisissez au moins un fichier.',
	importBadPage:
		'Le nom court ne peut contenir que des lettres minuscules, des chiffres et des tirets (ex. ma-boulangerie).',
	format: 'Format',
	rowsRead: 'lues',
	rowsInserted: 'ajoutées',
	rowsUpdated: 'mises à jour',
	rowsUnchanged: 'inchangées',
	rowsRejected: 'rejetées',
	notImported: 'Non importé',
	row: 'Ligne',
	column: 'Colonne',
	problem: 'Problème',
	openPage: 'Ouvrir la page',
	errorTitle: 'Un problème est survenu',
	errorNotFound: 'Cette page n’existe pas.',
	errorRef: (id) => `Référence pour le journal : ${id}`,
	backHome: 'Retour aux pages',
	ledgerLink: 'Registre : ce qui a été acheté ou fait',
	ledgerTitle: 'Registre',
	ledgerIntro:
		'Notez ce qui a été acheté ou fait pour cette page — packs de fans, échanges de mentions J’aime, publicités, jeux-concours, heures d’animation de communauté — avec leurs coûts. Les analyses comparent chaque entrée à ce que faisait la page auparavant.',
	ledgerEmpty: 'Rien n’est encore noté.',
	ledgerDates: 'Dates (incluses)',
	ledgerDelete: 'Supprimer',
	ledgerAdd: 'Noter une entrée',
	ledgerAddSubmit: 'Enregistrer',
	ledgerAdded: 'Entrée enregistrée.',
	ledgerImport: 'Importer un fichier de registre',
	ledgerImportHint: 'Un CSV avec exactement cet en-tête :',
	ledgerImported: (added, rejected) =>
		`${added} entrées enregistrées, ${rejected} lignes rejetées.`,
	fieldChannel: 'Canal',
	fieldLabel: 'Libellé',
	fieldCost: 'Coût payé',
	fieldHours: 'Heures',
	fieldPromised: 'Fans promis',
	fieldNames: {
		label: 'Libellé',
		vendor: 'Fournisseur',
		start: 'Début (premier jour)',
		end: 'Fin (dernier jour)',
		cost: 'Coût payé',
		currency: 'Devise',
		hours: 'Heures passées',
		hourly_rate: 'Taux horaire',
		promised_qty: 'Fans promis',
		notes: 'Notes'
	},
	channels: {
		bought: 'Fans achetés',
		exchange: 'Échange de J’aime',
		ads: 'Publicité',
		contest: 'Jeu-concours',
		organic_work: 'Travail de communauté',
		other: 'Autre'
	},
	breaksTitle: 'Changements de plateforme (lignes pointillées numérotées sur les graphiques)',
	templateIntro:
		'Vos données sont dans un autre outil ? Remplissez le modèle CSV de Sablier (noms de colonnes canoniques, jours au format AAAA-MM-JJ, vide = inconnu) :',
	templateDaily: 'modèle quotidien',
	templatePosts: 'modèle publications',
	mapTitle: (file) => `Quelle colonne est laquelle dans « ${file} » ?`,
	mapIntro:
		'Sablier ne connaît pas cette mise en page. Indiquez quelle colonne contient chaque chiffre ; laissez les autres vides (elles sont conservées telles quelles). Les nombres comme 1 234,5 et les dates françaises sont lus.',
	mapNone: '— absent de ce fichier —',
	mapFields: {
		day: 'Jour',
		fans_total: 'Fans au total',
		fans_added: 'Nouveaux fans',
		fans_removed: 'Fans perdus (désabonnements)',
		fans_net: 'Variation nette des fans',
		reach_total: 'Portée totale',
		reach_organic: 'Portée organique',
		reach_paid: 'Portée payante',
		impressions_total: 'Impressions',
		engaged_users: 'Personnes engagées',
		interactions: 'Interactions',
		page_views: 'Vues de la page',
		posts_published: 'Publications'
	},
	mapDateFormat: 'Comment les jours sont-ils écrits ?',
	mapDateAuto: 'Décider d’après le fichier',
	mapAskDate:
		'Chaque jour de ce fichier peut se lire jour d’abord ou mois d’abord : indiquez lequel, Sablier ne devine jamais.',
	dateChoices: {
		'DD/MM/YYYY': 'jour/mois/année (31/01/2024)',
		'MM/DD/YYYY': 'mois/jour/année (01/31/2024)',
		'DD/MM/YY': 'jour/mois/année sur deux chiffres',
		'MM/DD/YY': 'mois/jour/année sur deux chiffres'
	},
	mapSubmit: 'Importer avec cette correspondance',
	mapExpired: 'Ce fichier n’est plus en attente : déposez-le à nouveau.',
	importsTitle: 'Imports : d’où viennent ces chiffres',
	importsFile: 'Fichier',
	importsWhen: 'Importé le',
	importsRows: 'Lignes lues',
	importsDelete: 'Supprimer',
	importsDeletedStatus: 'supprimé',
	importDeleted:
		'Import supprimé : ses valeurs ont disparu, et celles d’un import plus ancien sont revenues là où ils se chevauchaient.',
	importsHint:
		'Supprimer un import retire exactement ce qu’il a apporté ; là où un import plus ancien couvrait les mêmes jours, ses valeurs reviennent.',
	skippedLabel: 'Laissé de côté volontairement',
	platforms: {
		facebook: 'Facebook',
		instagram: 'Instagram',
		x: 'X (Twitter)',
		linkedin: 'LinkedIn',
		youtube: 'YouTube',
		tiktok: 'TikTok',
		other: 'Autre'
	},
	report,
	views,
	formats
};
