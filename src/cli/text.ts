/** The CLI's words, in English and French (chosen by --lang, SABLIER_LANG or LANG). */
const en = {
	lang: 'en' as 'en' | 'fr',
	usage: `sablier — prove what community work earns, from your page exports.

Usage:
  sablier import --page <slug> [--workspace <slug>] [--name <display name>] [--json]
                 [--map day=Date,fans_total="Total fans",…] [--date-format DD/MM/YYYY] <file...>
                 [--platform facebook|instagram|…] [--last-day YYYY-MM-DD (TikTok: the export's last day)]
  sablier pages [--json]
  sablier imports [--page <slug>] [--json]  ·  sablier imports delete <id>
  sablier template [daily|posts]
  sablier export daily|posts --page <slug> [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                 [--format csv|json|parquet] [--out FILE]
  sablier export lake --out DIR [--workspace <slug>]
  sablier campaigns add --page <slug> --channel bought|exchange|ads|contest|organic_work|other
                 --start YYYY-MM-DD --end YYYY-MM-DD [--cost N] [--currency EUR] [--hours N]
                 [--hourly-rate N] [--promised N] [--label TEXT] [--vendor TEXT] [--notes TEXT]
  sablier campaigns list --page <slug> [--json]
  sablier campaigns delete <id>
  sablier campaigns import --page <slug> <ledger.csv>
  sablier report --page <slug> | --workspace <slug> [--format json|html|pdf] [--out FILE]
                 [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--lang en|fr]
                 [--value-per-engaged-user X] [--value-per-conversion X] [--discount-rate 0.1]
                 [--reps 200] [--seed 1]
  sablier report --all [--workspace <slug>] --format json|html|pdf --out DIR  (same options)
  sablier events add --page <slug> --day YYYY-MM-DD [--end YYYY-MM-DD] --description TEXT
  sablier events list --page <slug> [--json]  ·  sablier events delete <id>
  sablier demo
  sablier serve [--port 3000] [--host 127.0.0.1]
  sablier users add <name> | users list | users remove <name>
  sablier backup [--out FILE]  ·  sablier restore <backup.duckdb>

Every command accepts --db <path> (else env SABLIER_DB, else data/sablier.duckdb)
and --lang en|fr.
Exit codes: 0 ok; 1 usage error or failure; 2 a file could not be read or recognised.
`,
	unknownCommand: (n: string) => `sablier: unknown command "${n}"`,
	rows: 'rows',
	read: 'read',
	inserted: 'inserted',
	updated: 'updated',
	unchanged: 'unchanged',
	rejected: 'rejected',
	row: 'row',
	column: 'column',
	moreIssues: (n: number) => `… and ${n} more issue(s)`,
	notImported: 'NOT IMPORTED',
	skipped: 'LEFT OUT ON PURPOSE',
	page: 'page',
	pageCreated: 'created',
	needPage: '--page <slug> is required',
	needFiles: 'give at least one file to import',
	noPages:
		'No pages yet. Import an export with `sablier import --page <slug> <file>`, or run `sablier demo`.',
	pageNotFound: (s: string) => `no page "${s}" (see \`sablier pages\`)`,
	exportKind:
		'say what to export: `sablier export daily …`, `sablier export posts …` or `sablier export lake --out DIR`',
	lakeOut: 'export lake needs --out DIR (the folder the Parquet files go to)',
	lakeNoPages: (w: string | undefined) =>
		w ? `no pages in workspace "${w}": nothing written` : 'no pages yet: nothing written',
	lakeWrote: (pages: number, rows: number, dir: string) =>
		`wrote ${rows} rows of ${pages} page${pages === 1 ? '' : 's'} to ${dir} (Parquet, hive layout: <table>/workspace=…/page=…/year=…)`,
	badDay: (o: string) => `${o} must be a day written YYYY-MM-DD`,
	badReportFormat: (list: string) => `--format must be one of: ${list}`,
	badFormat: 'format must be csv, json or parquet',
	parquetOut: 'parquet needs --out FILE',
	wrote: (n: number, f: string) => `wrote ${n} rows to ${f}`,
	demoLoaded: (slug: string) => `demo page "${slug}" loaded`,
	listening: (url: string) => `Sablier is serving ${url}`,
	noBuild: 'the dashboard is not built yet: run `npm start` (it builds first) or `npm run build`',
	emptyStoreDemo: 'empty store: loading the demo page…',
	header: ['slug', 'name', 'platform', 'first day', 'last day', 'latest fans'],
	campaignsUsage: 'usage: sablier campaigns add|list|delete <id>|import <file> (see --help)',
	campaignInvalid: 'the entry was not recorded:',
	campaignAdded: (id: number) => `ledger entry #${id} recorded`,
	campaignDeleted: (id: number) => `ledger entry #${id} deleted`,
	campaignNotFound: (id: number) => `no ledger entry #${id}`,
	noCampaigns: 'The ledger is empty.',
	promised: 'promised',
	importsUsage: 'usage: sablier imports [--page <slug>] [--json] | sablier imports delete <id>',
	importDeleted: (id: number) =>
		`import #${id} deleted; the values it brought are gone and older imports' values are back`,
	importNotFound: (id: string) => `no import #${id} (see \`sablier imports\`)`,
	eventsUsage: 'usage: sablier events add|list|delete <id> (see --help)',
	eventAdded: (id: number) => `event #${id} added to the page's calendar`,
	eventDeleted: (id: number) => `event #${id} deleted`,
	eventNotFound: (id: string) => `no event #${id}`,
	campaignsImported: (added: number, rejected: number) =>
		`${added} entries recorded, ${rejected} rows rejected`,
	campaignsAlready: (unchanged: number, updated: number) =>
		`${unchanged} entries already recorded, ${updated} updated with a new amount`,
	phases: { check: 'checking', read: 'reading', save: 'saving' } as Record<
		'check' | 'read' | 'save',
		string
	>,
	batch: {
		needOut: 'report --all needs --out DIR (the folder the reports go to)',
		allWithPage: '--all and --page cannot go together (--workspace limits --all to one workspace)',
		noPages: (w: string | undefined) =>
			w ? `no pages in workspace "${w}": nothing written` : 'no pages yet: nothing written',
		progress: (i: number, n: number, page: string) => `report ${i}/${n}: ${page}`,
		noData: 'no daily data in the period (import a daily export first)',
		failed: (page: string, why: string) => `${page}: NOT WRITTEN, ${why}`,
		summary: (ok: number, failed: number, dir: string) =>
			`${ok} report${ok === 1 ? '' : 's'} written to ${dir}` +
			(failed ? `, ${failed} failed (listed above)` : '')
	}
};

const fr: typeof en = {
	lang: 'fr',
	usage: `sablier — prouvez ce que rapporte le travail de communauté, à partir de vos exports.

Usage :
  sablier import --page <slug> [--workspace <slug>] [--name <nom affiché>] [--json]
                 [--map day=Date,fans_total="Fans au total",…] [--date-format DD/MM/YYYY] <fichier...>
                 [--platform facebook|instagram|…] [--last-day AAAA-MM-JJ (TikTok : dernier jour de l’export)]
  sablier pages [--json]
  sablier imports [--page <slug>] [--json]  ·  sablier imports delete <id>
  sablier template [daily|posts]
  sablier export daily|posts --page <slug> [--from AAAA-MM-JJ] [--to AAAA-MM-JJ]
                 [--format csv|json|parquet] [--out FICHIER]
  sablier export lake --out DOSSIER [--workspace <slug>]
  sablier campaigns add --page <slug> --channel bought|exchange|ads|contest|organic_work|other
                 --start AAAA-MM-JJ --end AAAA-MM-JJ [--cost N] [--currency EUR] [--hours N]
                 [--hourly-rate N] [--promised N] [--label TEXTE] [--vendor TEXTE] [--notes TEXTE]
  sablier campaigns list --page <slug> [--json]
  sablier campaigns delete <id>
  sablier campaigns import --page <slug> <registre.csv>
  sablier report --page <slug> | --workspace <slug> [--format json|html|pdf] [--out FICHIER]
                 [--from AAAA-MM-JJ] [--to AAAA-MM-JJ] [--lang en|fr]
                 [--value-per-engaged-user X] [--value-per-conversion X] [--discount-rate 0.1]
                 [--reps 200] [--seed 1]
  sablier report --all [--workspace <slug>] --format json|html|pdf --out DOSSIER  (mêmes options)
  sablier events add --page <slug> --day AAAA-MM-JJ [--end AAAA-MM-JJ] --description TEXTE
  sablier events list --page <slug> [--json]  ·  sablier events delete <id>
  sablier demo
  sablier serve [--port 3000] [--host 127.0.0.1]
  sablier users add <nom> | users list | users remove <nom>
  sablier backup [--out FICHIER]  ·  sablier restore <sauvegarde.duckdb>

Chaque commande accepte --db <chemin> (sinon la variable SABLIER_DB, sinon data/sablier.duckdb)
et --lang en|fr.
Codes de sortie : 0 ok ; 1 erreur d'usage ou échec ; 2 un fichier illisible ou non reconnu.
`,
	unknownCommand: (n) => `sablier : commande inconnue « ${n} »`,
	rows: 'lignes',
	read: 'lues',
	inserted: 'ajoutées',
	updated: 'mises à jour',
	unchanged: 'inchangées',
	rejected: 'rejetées',
	row: 'ligne',
	column: 'colonne',
	moreIssues: (n) => `… et ${n} autre(s) problème(s)`,
	notImported: 'NON IMPORTÉ',
	skipped: 'LAISSÉ DE CÔTÉ VOLONTAIREMENT',
	page: 'page',
	pageCreated: 'créée',
	needPage: '--page <slug> est obligatoire',
	needFiles: 'indiquez au moins un fichier à importer',
	noPages:
		'Aucune page pour l’instant. Importez un export avec `sablier import --page <slug> <fichier>`, ou lancez `sablier demo`.',
	pageNotFound: (s) => `pas de page « ${s} » (voir \`sablier pages\`)`,
	exportKind:
		'précisez quoi exporter : `sablier export daily …`, `sablier export posts …` ou `sablier export lake --out DOSSIER`',
	lakeOut: 'export lake demande --out DOSSIER (le dossier où écrire les fichiers Parquet)',
	lakeNoPages: (w) =>
		w
			? `aucune page dans l’espace « ${w} » : rien n’a été écrit`
			: 'aucune page pour l’instant : rien n’a été écrit',
	lakeWrote: (pages, rows, dir) =>
		`${rows} lignes de ${pages} page${pages > 1 ? 's' : ''} écrites dans ${dir} (Parquet, partitions <table>/workspace=…/page=…/year=…)`,
	badDay: (o) => `${o} doit être un jour au format AAAA-MM-JJ`,
	badReportFormat: (list) => `--format doit valoir : ${list}`,
	badFormat: 'le format doit être csv, json ou parquet',
	parquetOut: 'parquet demande --out FICHIER',
	wrote: (n, f) => `${n} lignes écrites dans ${f}`,
	demoLoaded: (slug) => `page de démonstration « ${slug} » chargée`,
	listening: (url) => `Sablier est servi sur ${url}`,
	noBuild:
		'le tableau de bord n’est pas encore construit : lancez `npm start` (il le construit) ou `npm run build`',
	emptyStoreDemo: 'base vide : chargement de la page de démonstration…',
	header: ['slug', 'nom', 'plateforme', 'premier jour', 'dernier jour', 'fans (dernier)'],
	campaignsUsage: 'usage : sablier campaigns add|list|delete <id>|import <fichier> (voir --help)',
	campaignInvalid: 'l’entrée n’a pas été enregistrée :',
	campaignAdded: (id) => `entrée n° ${id} enregistrée dans le registre`,
	campaignDeleted: (id) => `entrée n° ${id} supprimée`,
	campaignNotFound: (id) => `pas d’entrée n° ${id}`,
	noCampaigns: 'Le registre est vide.',
	promised: 'promis',
	importsUsage: 'usage : sablier imports [--page <slug>] [--json] | sablier imports delete <id>',
	importDeleted: (id) =>
		`import n° ${id} supprimé ; ses valeurs ont disparu et celles des imports plus anciens sont revenues`,
	importNotFound: (id) => `pas d’import n° ${id} (voir \`sablier imports\`)`,
	eventsUsage: 'usage : sablier events add|list|delete <id> (voir --help)',
	eventAdded: (id) => `événement n° ${id} ajouté au calendrier de la page`,
	eventDeleted: (id) => `événement n° ${id} supprimé`,
	eventNotFound: (id) => `pas d’événement n° ${id}`,
	campaignsImported: (added, rejected) =>
		`${added} entrées enregistrées, ${rejected} lignes rejetées`,
	campaignsAlready: (unchanged, updated) =>
		`${unchanged} entrées déjà enregistrées, ${updated} mises à jour avec un nouveau montant`,
	phases: { check: 'vérification', read: 'lecture', save: 'enregistrement' },
	batch: {
		needOut: 'report --all demande --out DOSSIER (le dossier où écrire les rapports)',
		allWithPage:
			'--all et --page s’excluent (--workspace limite --all à un seul espace de travail)',
		noPages: (w) =>
			w
				? `aucune page dans l’espace « ${w} » : rien n’a été écrit`
				: 'aucune page pour l’instant : rien n’a été écrit',
		progress: (i, n, page) => `rapport ${i}/${n} : ${page}`,
		noData: 'aucune donnée quotidienne sur la période (importez d’abord un export quotidien)',
		failed: (page, why) => `${page} : NON ÉCRIT, ${why}`,
		summary: (ok, failed, dir) =>
			`${ok} rapport${ok > 1 ? 's' : ''} écrit${ok > 1 ? 's' : ''} dans ${dir}` +
			(failed ? `, ${failed} en échec (voir ci-dessus)` : '')
	}
};

export type CliText = typeof en;

export function cliText(lang: string | undefined): CliText {
	return lang?.toLowerCase().startsWith('fr') ? fr : en;
}
