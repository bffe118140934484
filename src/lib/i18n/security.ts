/** Words of the security layer (refusals, login, CLI through a running server, backups). */
export const en = {
	hostRefused: (host: string) =>
		`This Sablier server does not answer to the name “${host}”. Open it through http://localhost (or 127.0.0.1), or, if this name is yours, add it to SABLIER_ALLOWED_HOSTS.`,
	crossSite:
		'Refused: this request did not come from Sablier’s own pages (it came from another site, or carried no Origin header).',
	preflightRefused: 'Refused: Sablier does not share its data with other sites.',
	loginTitle: 'Sign in',
	loginIntro: 'This Sablier server is shared on the network: sign in to see its pages.',
	loginUser: 'User name',
	loginPassword: 'Password',
	loginSubmit: 'Sign in',
	loginFailed: 'Wrong user name or password.',
	loginLocked: (minutes: number) =>
		`Too many failed attempts: sign-in is paused for ${minutes} minute${minutes > 1 ? 's' : ''}.`,
	loginNeeded: 'Sign in first.',
	logout: 'Sign out',
	signedInAs: (user: string) => `Signed in as ${user}`,
	uploadType: (type: string) =>
		`An upload must be sent as a form with files (multipart/form-data), not as “${type || 'no type'}”.`,
	tooLarge: (mb: number | string) => `the file is over the ${mb} MB limit (SABLIER_MAX_FILE_MB)`,
	storeBusy: (path: string, pid: string) =>
		`the store ${path} is in use by another Sablier program (process ${pid}), probably an import still running. Wait for it to finish (or stop it), then try again.`,
	serverOtherUser: (path: string) =>
		`a Sablier server started by another user holds ${path}: run this command as that user, or stop that server first.`,
	alreadyServed: (url: string) =>
		`this store is already served at ${url}: open it there (to start another server, stop that one first with Ctrl+C).`,
	stopServerFirst: (url: string) =>
		`a Sablier server (${url}) holds this store: stop it (Ctrl+C in its window), restore, then start it again.`,
	needAccount: (host: string) =>
		`Sablier listens beyond this computer (${host}) only with a sign-in, and no account exists yet. Create one first: sablier users add <name> (it asks for a password), or listen on 127.0.0.1.`,
	plainHttp:
		'Note: this address is plain http, so passwords cross the network unencrypted. On a shared network, put Sablier behind an HTTPS proxy (and set ORIGIN=https://…).',
	usersUsage: 'usage: sablier users add <name> | users list | users remove <name>',
	passwordPrompt: 'Password (10 characters at least): ',
	passwordAgain: 'Same password again: ',
	passwordsDiffer: 'the two passwords differ: nothing changed',
	userSaved: (name: string, file: string) => `account “${name}” saved in ${file}`,
	userRemoved: (name: string) => `account “${name}” removed`,
	userNotFound: (name: string) => `no account “${name}”`,
	noUsers: 'no account yet (sablier users add <name>)',
	backupWritten: (file: string, mb: string) => `backup written: ${file} (${mb} MB)`,
	restoreUsage: 'usage: sablier restore <backup.duckdb> [--db <store>]',
	notABackup: (file: string) => `${file} is not a Sablier store (or backup): nothing changed`,
	restored: (file: string, store: string, saved: string | null) =>
		`${store} restored from ${file}` + (saved ? `; the store as it was is kept in ${saved}` : '')
};

export const fr: typeof en = {
	hostRefused: (host) =>
		`Ce serveur Sablier ne répond pas au nom « ${host} ». Ouvrez-le par http://localhost (ou 127.0.0.1) ou, si ce nom est bien le vôtre, ajoutez-le à SABLIER_ALLOWED_HOSTS.`,
	crossSite:
		'Refusé : cette requête ne vient pas des pages de Sablier (elle vient d’un autre site, ou n’indique pas son origine).',
	preflightRefused: 'Refusé : Sablier ne partage pas ses données avec d’autres sites.',
	loginTitle: 'Connexion',
	loginIntro: 'Ce serveur Sablier est partagé sur le réseau : connectez-vous pour voir ses pages.',
	loginUser: 'Identifiant',
	loginPassword: 'Mot de passe',
	loginSubmit: 'Se connecter',
	loginFailed: 'Identifiant ou mot de passe incorrect.',
	loginLocked: (minutes) =>
		`Trop d’essais infructueux : la connexion est suspendue pendant ${minutes} minute${minutes > 1 ? 's' : ''}.`,
	loginNeeded: 'Connectez-vous d’abord.',
	logout: 'Se déconnecter',
	signedInAs: (user) => `Connecté : ${user}`,
	uploadType: (type) =>
		`Un envoi de fichiers doit se faire par formulaire (multipart/form-data), pas en « ${type || 'sans type'} ».`,
	tooLarge: (mb) => `le fichier dépasse la limite de ${mb} Mo (SABLIER_MAX_FILE_MB)`,
	storeBusy: (path, pid) =>
		`le fichier de données ${path} est utilisé par un autre programme Sablier (processus ${pid}), sans doute un import en cours. Attendez qu’il se termine (ou arrêtez-le), puis recommencez.`,
	serverOtherUser: (path) =>
		`un serveur Sablier lancé par un autre utilisateur tient ${path} : lancez cette commande sous cet utilisateur, ou arrêtez d’abord ce serveur.`,
	alreadyServed: (url) =>
		`ces données sont déjà servies sur ${url} : ouvrez-les là (pour lancer un autre serveur, arrêtez d’abord celui-ci avec Ctrl+C).`,
	stopServerFirst: (url) =>
		`un serveur Sablier (${url}) tient ces données : arrêtez-le (Ctrl+C dans sa fenêtre), restaurez, puis relancez-le.`,
	needAccount: (host) =>
		`Sablier n’écoute au-delà de cet ordinateur (${host}) qu’avec une connexion, et aucun compte n’existe encore. Créez-en un d’abord : sablier users add <nom> (le mot de passe est demandé), ou écoutez sur 127.0.0.1.`,
	plainHttp:
		'Attention : cette adresse est en http simple, les mots de passe traversent donc le réseau en clair. Sur un réseau partagé, placez Sablier derrière un proxy HTTPS (et indiquez ORIGIN=https://…).',
	usersUsage: 'usage : sablier users add <nom> | users list | users remove <nom>',
	passwordPrompt: 'Mot de passe (10 caractères au moins) : ',
	passwordAgain: 'Le même mot de passe, encore : ',
	passwordsDiffer: 'les deux mots de passe diffèrent : rien n’a changé',
	userSaved: (name, file) => `compte « ${name} » enregistré dans ${file}`,
	userRemoved: (name) => `compte « ${name} » supprimé`,
	userNotFound: (name) => `pas de compte « ${name} »`,
	noUsers: 'aucun compte pour l’instant (sablier users add <nom>)',
	backupWritten: (file, mb) => `sauvegarde écrite : ${file} (${mb} Mo)`,
	restoreUsage: 'usage : sablier restore <sauvegarde.duckdb> [--db <fichier de données>]',
	notABackup: (file) =>
		`${file} n’est pas un fichier de données Sablier (ni une sauvegarde) : rien n’a changé`,
	restored: (file, store, saved) =>
		`${store} restauré à partir de ${file}` +
		(saved ? ` ; les données telles qu’elles étaient sont gardées dans ${saved}` : '')
};

export function securityText(lang: string | undefined | null): typeof en {
	return lang?.toLowerCase().startsWith('fr') ? fr : en;
}
