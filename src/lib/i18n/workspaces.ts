/**
 * Words of the workspaces and pages screens (home page, /workspaces/…, the import form's page
 * choice). Numbers arrive already formatted (`s`), with their value (`n`) for the plural.
 */
interface Contents {
	pages: number;
	imports: number;
	days: number;
	posts: number;
	ledger: number;
}

type Formatted = { [K in keyof Contents]: string };

const enPlural = (n: number, one: string, many: string) => (n === 1 ? one : many);
// French: 0 and 1 take the singular
const frPlural = (n: number, one: string, many: string) => (n < 2 ? one : many);

export const en = {
	builtin: { default: 'My pages', demo: 'Demo' } as Record<string, string>,
	searchLabel: 'Find a page',
	searchHint: 'words from its name, its address or its workspace’s name',
	searchSubmit: 'Search',
	searchClear: 'Show every page',
	matches: (n: number, s: string, q: string) =>
		n === 0
			? `No page matches “${q}”.`
			: `${s} ${enPlural(n, 'page matches', 'pages match')} “${q}”.`,
	range: (from: string, to: string, total: string) => `Pages ${from}–${to} of ${total}`,
	resultPages: 'Result pages',
	previous: 'Previous',
	next: 'Next',
	workspacesTitle: 'Workspaces',
	breadcrumb: 'You are here',
	workspacesIntro: 'One per client or brand. Each page belongs to one of them.',
	pageCount: (n: number, s: string) => `${s} ${enPlural(n, 'page', 'pages')}`,
	dayCount: (n: number, s: string) => `${s} ${enPlural(n, 'day', 'days')}`,
	newWorkspace: 'New workspace',
	newWorkspaceName: 'Name of the client or brand',
	create: 'Create',
	manage: 'Settings',
	workspaceOf: (ws: string) => `Workspace: ${ws}`,
	emptyWorkspace: 'No pages in this workspace yet.',
	importInto: 'Import exports into a new page of this workspace',
	renameWorkspace: 'Rename this workspace',
	renamePage: 'Rename this page',
	newName: 'New name',
	rename: 'Rename',
	badName: 'A name needs between 1 and 120 characters.',
	nameTaken: 'Another workspace already has this name: choose one that tells them apart.',
	deleteWorkspace: 'Delete this workspace…',
	deletePage: 'Delete this page…',
	dangerZone: 'Deleting',
	dangerIntro: 'The next screen says exactly what would be deleted, and asks you to confirm.',
	pageSettings: (page: string) => `Settings of “${page}”`,
	address: 'Address',
	addressKept: 'The address never changes, whatever the name or the workspace: links stay valid.',
	movePage: 'Move to another workspace',
	moveTo: 'Workspace',
	move: 'Move',
	noOtherWorkspace: 'Create another workspace first, on the home page.',
	confirmWorkspace: (name: string) => `Delete the workspace “${name}”?`,
	confirmPage: (name: string) => `Delete the page “${name}”?`,
	deletesWorkspace: (n: number, s: string) =>
		n === 0
			? 'This workspace holds no page: only its name is deleted.'
			: n === 1
				? 'This deletes its page and everything in it:'
				: `This deletes its ${s} pages and everything in them:`,
	deletesPage: 'This deletes the page and everything in it:',
	contents: (c: Contents, s: Formatted) => [
		`${s.imports} ${enPlural(c.imports, 'import', 'imports')} (the files’ history)`,
		`${s.days} ${enPlural(c.days, 'day', 'days')} of page data`,
		`${s.posts} ${enPlural(c.posts, 'post', 'posts')}`,
		`${s.ledger} ${enPlural(c.ledger, 'ledger entry', 'ledger entries')}`
	],
	cannotUndo:
		'This cannot be undone. Your export files are not touched: importing them again brings the data back (the ledger must be entered again).',
	confirmDelete: 'Delete for good',
	cancel: 'Cancel',
	done: {
		created: 'Workspace created.',
		renamed: 'Name changed.',
		moved: (ws: string) => `Page moved to ${ws}.`,
		deleted: (name: string) => `“${name}” was deleted.`
	},
	// the import form's page choice
	targetLegend: 'Which page do these files go to?',
	targetExisting: 'A page already in Sablier',
	choosePage: 'Choose a page…',
	targetNew: 'A new page',
	newPageName: 'Name of the new page',
	newPageWorkspace: 'In the workspace',
	newPageSlug: 'Address (optional)',
	newPageSlugHint:
		'what comes after /pages/: lowercase letters, digits and dashes; made from the name when left empty',
	errChoosePage: 'Choose the page these files go to, or create a new one.',
	errNoSuchPage: 'This page no longer exists: choose another one.',
	errNewName: 'Give the new page a name.',
	errSlugTaken:
		'Another page already has this address: choose it in the list above, or give another address.',
	errNoWorkspace: 'This workspace no longer exists: choose another one.'
};

export const fr: typeof en = {
	builtin: { default: 'Mes pages', demo: 'Démo' },
	searchLabel: 'Trouver une page',
	searchHint: 'des mots de son nom, de son adresse ou du nom de son espace de travail',
	searchSubmit: 'Chercher',
	searchClear: 'Afficher toutes les pages',
	matches: (n, s, q) =>
		n === 0
			? `Aucune page ne correspond à « ${q} ».`
			: `${s} ${frPlural(n, 'page correspond', 'pages correspondent')} à « ${q} ».`,
	range: (from, to, total) => `Pages ${from} à ${to} sur ${total}`,
	resultPages: 'Pages de résultats',
	previous: 'Précédentes',
	next: 'Suivantes',
	workspacesTitle: 'Espaces de travail',
	breadcrumb: 'Vous êtes ici',
	workspacesIntro: 'Un par client ou par marque. Chaque page appartient à l’un d’eux.',
	pageCount: (n, s) => `${s} ${frPlural(n, 'page', 'pages')}`,
	dayCount: (n, s) => `${s} ${frPlural(n, 'jour', 'jours')}`,
	newWorkspace: 'Nouvel espace de travail',
	newWorkspaceName: 'Nom du client ou de la marque',
	create: 'Créer',
	manage: 'Réglages',
	workspaceOf: (ws) => `Espace de travail : ${ws}`,
	emptyWorkspace: 'Cet espace de travail n’a pas encore de page.',
	importInto: 'Importer des exports dans une nouvelle page de cet espace',
	renameWorkspace: 'Renommer cet espace de travail',
	renamePage: 'Renommer cette page',
	newName: 'Nouveau nom',
	rename: 'Renommer',
	badName: 'Un nom compte de 1 à 120 caractères.',
	nameTaken: 'Un autre espace de travail porte déjà ce nom : choisissez-en un qui les distingue.',
	deleteWorkspace: 'Supprimer cet espace de travail…',
	deletePage: 'Supprimer cette page…',
	dangerZone: 'Suppression',
	dangerIntro:
		'L’écran suivant indique précisément ce qui serait supprimé et demande confirmation.',
	pageSettings: (page) => `Réglages de « ${page} »`,
	address: 'Adresse',
	addressKept:
		'L’adresse ne change jamais, quels que soient le nom ou l’espace de travail : les liens restent valables.',
	movePage: 'Déplacer vers un autre espace de travail',
	moveTo: 'Espace de travail',
	move: 'Déplacer',
	noOtherWorkspace: 'Créez d’abord un autre espace de travail, sur la page d’accueil.',
	confirmWorkspace: (name) => `Supprimer l’espace de travail « ${name} » ?`,
	confirmPage: (name) => `Supprimer la page « ${name} » ?`,
	deletesWorkspace: (n, s) =>
		n === 0
			? 'Cet espace ne contient aucune page : seul son nom est supprimé.'
			: n === 1
				? 'Cela supprime sa page et tout ce qu’elle contient :'
				: `Cela supprime ses ${s} pages et tout ce qu’elles contiennent :`,
	deletesPage: 'Cela supprime la page et tout ce qu’elle contient :',
	contents: (c, s) => [
		`${s.imports} ${frPlural(c.imports, 'import', 'imports')} (l’historique des fichiers)`,
		`${s.days} ${frPlural(c.days, 'jour', 'jours')} de données de la page`,
		`${s.posts} ${frPlural(c.posts, 'publication', 'publications')}`,
		`${s.ledger} ${frPlural(c.ledger, 'entrée', 'entrées')} du registre`
	],
	cannotUndo:
		'Impossible de revenir en arrière. Vos fichiers d’export ne sont pas touchés : les importer à nouveau rétablit les données (le registre, lui, sera à ressaisir).',
	confirmDelete: 'Supprimer définitivement',
	cancel: 'Annuler',
	done: {
		created: 'Espace de travail créé.',
		renamed: 'Nom modifié.',
		moved: (ws) => `Page déplacée vers ${ws}.`,
		deleted: (name) => `« ${name} » a été supprimé.`
	},
	targetLegend: 'À quelle page vont ces fichiers ?',
	targetExisting: 'Une page déjà dans Sablier',
	choosePage: 'Choisissez une page…',
	targetNew: 'Une nouvelle page',
	newPageName: 'Nom de la nouvelle page',
	newPageWorkspace: 'Dans l’espace de travail',
	newPageSlug: 'Adresse (facultative)',
	newPageSlugHint:
		'ce qui suit /pages/ : lettres minuscules, chiffres et tirets ; tirée du nom si vous la laissez vide',
	errChoosePage: 'Choisissez la page où vont ces fichiers, ou créez-en une.',
	errNoSuchPage: 'Cette page n’existe plus : choisissez-en une autre.',
	errNewName: 'Donnez un nom à la nouvelle page.',
	errSlugTaken:
		'Une autre page a déjà cette adresse : choisissez-la dans la liste ci-dessus, ou donnez une autre adresse.',
	errNoWorkspace: 'Cet espace de travail n’existe plus : choisissez-en un autre.'
};

/** A workspace's name as shown: the two built-in ones, never renamed, in the reader's language. */
export function workspaceLabel(w: { slug: string; name: string }, t: typeof en): string {
	return w.name === w.slug && t.builtin[w.slug] ? t.builtin[w.slug] : w.name;
}
