/** Words of read-only share links: the panel on a workspace's page, the shared report, the 404. */
export const en = {
	title: 'Share read-only',
	intro:
		'A share link opens one report, or one dashboard view of a page (as a printable page, with the definitions), read-only, to anyone who has it — no account needed. It shows nothing else of Sablier: no other page, workspace or setting. It stops working when it expires or when you revoke it.',
	what: 'What to share',
	workspaceReport: (name: string) => `The whole workspace’s report (${name})`,
	pageReport: (name: string) => `Report of “${name}”`,
	viewOnly: (name: string, view: string) => `Dashboard view “${view}” of “${name}”, alone`,
	viewOf: (name: string, view: string) => `View “${view}” of “${name}”`,
	lang: 'Language of the report',
	langs: { en: 'English', fr: 'French' },
	days: 'Valid for',
	dayChoice: (n: number) => `${n} days`,
	label: 'For whom (optional)',
	labelHint: 'Only you see it, in the list below: e.g. “Marie Dupont, Acme marketing”.',
	create: 'Create the link',
	createdTitle: 'Link created: copy it now',
	createdOnce:
		'This is the only time Sablier shows it: it keeps only a fingerprint of the link. Lost? Revoke it and create another.',
	createdUntil: (day: string) => `It works until ${day}.`,
	linkField: 'Share link',
	copy: 'Copy',
	copied: 'Copied',
	badInput: 'Choose what to share, a language and a validity among those offered.',
	missing: 'This page or workspace no longer exists.',
	listTitle: 'Share links of this workspace',
	none: 'No share link yet.',
	colWhat: 'What',
	colFor: 'For',
	colCreated: 'Created',
	colExpires: 'Expires',
	colViews: 'Views',
	colLastViewed: 'Last viewed',
	colStatus: 'Status',
	status: { active: 'Active', expired: 'Expired', revoked: 'Revoked' },
	never: 'never',
	revoke: 'Revoke',
	revokeLabel: (what: string) => `Revoke the link to ${what}`,
	revoked: 'Link revoked: it opens nothing any more.',
	reportIn: (what: string, lang: string) => `${what} · ${lang}`,
	shareFromPage: 'Share this page’s report read-only',
	// the shared document
	sharedBar: (day: string) => `Read-only copy shared with you · the link works until ${day}`,
	pdf: 'Download as PDF',
	// the same answer for every link that opens nothing
	notFoundTitle: 'Link not available',
	notFound:
		'This link does not exist, has expired or was revoked. Ask the person who sent it for a new one.',
	tooMany: 'Too many attempts from your address: try again in a few minutes.'
};

export const fr: typeof en = {
	title: 'Partager en lecture seule',
	intro:
		'Un lien de partage ouvre un seul rapport, ou une seule vue du tableau de bord d’une page (en page imprimable, avec les définitions), en lecture seule, à toute personne qui le détient, sans compte. Il ne montre rien d’autre de Sablier : ni autre page, ni autre espace, ni réglage. Il cesse de fonctionner à son expiration ou dès que vous le révoquez.',
	what: 'Que partager',
	workspaceReport: (name: string) => `Le rapport de tout l’espace (${name})`,
	pageReport: (name: string) => `Rapport de « ${name} »`,
	viewOnly: (name: string, view: string) => `Vue « ${view} » de « ${name} », seule`,
	viewOf: (name: string, view: string) => `Vue « ${view} » de « ${name} »`,
	lang: 'Langue du rapport',
	langs: { en: 'anglais', fr: 'français' },
	days: 'Valable',
	dayChoice: (n: number) => `${n} jours`,
	label: 'Destinataire (facultatif)',
	labelHint:
		'Visible de vous seul, dans la liste ci-dessous : par ex. « Marie Dupont, marketing Acme ».',
	create: 'Créer le lien',
	createdTitle: 'Lien créé : copiez-le maintenant',
	createdOnce:
		'Sablier ne l’affiche qu’une fois : il n’en garde qu’une empreinte. Perdu ? Révoquez-le et créez-en un autre.',
	createdUntil: (day: string) => `Il fonctionne jusqu’au ${day}.`,
	linkField: 'Lien de partage',
	copy: 'Copier',
	copied: 'Copié',
	badInput: 'Choisissez quoi partager, une langue et une durée parmi celles proposées.',
	missing: 'Cette page ou cet espace n’existe plus.',
	listTitle: 'Liens de partage de cet espace',
	none: 'Aucun lien de partage pour l’instant.',
	colWhat: 'Contenu',
	colFor: 'Destinataire',
	colCreated: 'Créé le',
	colExpires: 'Expire le',
	colViews: 'Consultations',
	colLastViewed: 'Dernière consultation',
	colStatus: 'État',
	status: { active: 'Actif', expired: 'Expiré', revoked: 'Révoqué' },
	never: 'jamais',
	revoke: 'Révoquer',
	revokeLabel: (what: string) => `Révoquer le lien vers ${what}`,
	revoked: 'Lien révoqué : il n’ouvre plus rien.',
	reportIn: (what: string, lang: string) => `${what} · ${lang}`,
	shareFromPage: 'Partager le rapport de cette page en lecture seule',
	sharedBar: (day: string) =>
		`Copie en lecture seule partagée avec vous · lien valable jusqu’au ${day}`,
	pdf: 'Télécharger en PDF',
	notFoundTitle: 'Lien indisponible',
	notFound:
		'Ce lien n’existe pas, a expiré ou a été révoqué. Demandez-en un nouveau à la personne qui vous l’a envoyé.',
	tooMany: 'Trop de tentatives depuis votre adresse : réessayez dans quelques minutes.'
};

export const shareText = (lang: 'en' | 'fr') => (lang === 'fr' ? fr : en);
