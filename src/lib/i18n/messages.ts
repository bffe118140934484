import type { Lang } from './index.ts';

/**
 * French for the importers' messages. Importers write English sentences with the file's own values
 * inside; here each known sentence shape is rewritten in French, values kept. A message with no
 * known shape is shown as written (English), never dropped.
 */
const FR: [RegExp, string][] = [
	[/^the file is empty$/, 'le fichier est vide'],
	[
		/^the import needed more memory than it may use \(SABLIER_DB_MEMORY=(\S+)\): nothing was imported; free some memory or set SABLIER_DB_MEMORY higher, and import the file again$/,
		'l’import demandait plus de mémoire qu’il ne peut en prendre (SABLIER_DB_MEMORY=$1) : rien n’a été importé ; libérez de la mémoire ou augmentez SABLIER_DB_MEMORY, puis importez à nouveau le fichier'
	],
	[
		/^the import needed more memory than it may use \(80% of this machine’s memory\): nothing was imported; free some memory or set SABLIER_DB_MEMORY higher, and import the file again$/,
		'l’import demandait plus de mémoire qu’il ne peut en prendre (80 % de la mémoire de cette machine) : rien n’a été importé ; libérez de la mémoire ou augmentez SABLIER_DB_MEMORY, puis importez à nouveau le fichier'
	],
	// the command line's argument errors (its own, and Node's parseArgs)
	[/^--(\S+) must be a number ≥ (\S+)$/, '--$1 doit être un nombre ≥ $2'],
	[
		/^cannot read the mapping "(.*)": write it as (.*)$/s,
		'impossible de lire la correspondance « $1 » : écrivez-la ainsi $2'
	],
	[/^usage: sablier template \[daily\|posts\]$/, 'usage : sablier template [daily|posts]'],
	[/^Unknown option '([^']+)'.*$/s, 'option inconnue « $1 » (voir --help)'],
	[/^Option '([^']+)' argument missing$/, 'l’option « $1 » attend une valeur'],
	[
		/^Option '([^']+)' argument is ambiguous.*$/s,
		'la valeur de l’option « $1 » est ambiguë : écrivez-la $1=VALEUR'
	],
	[/^Unexpected argument '([^']+)'.*$/s, 'argument inattendu « $1 » (voir --help)'],
	[/^the file has no rows$/, 'le fichier n’a aucune ligne'],
	[
		/^the file has more than (\d+) rows, the limit set by SABLIER_MAX_ROWS$/,
		'le fichier a plus de $1 lignes, la limite fixée par SABLIER_MAX_ROWS'
	],
	[
		/^this is not a text export \(the file holds binary data\)$/,
		'ce n’est pas un export texte (le fichier contient des données binaires)'
	],
	[
		/^the file is over the (.+) MB limit \(SABLIER_MAX_FILE_MB\)$/,
		'le fichier dépasse la limite de $1 Mo (SABLIER_MAX_FILE_MB)'
	],
	[
		/^the file is (.+) MB, over the (.+) MB limit \(SABLIER_MAX_FILE_MB\)$/,
		'le fichier fait $1 Mo, au-delà de la limite de $2 Mo (SABLIER_MAX_FILE_MB)'
	],
	[/^cannot read the file: no such file$/, 'fichier illisible : il n’existe pas'],
	[
		/^not a recognised export: its header starts with "(.*?)"\..*$/s,
		'export non reconnu : son en-tête commence par « $1 ». Pour tout autre CSV, indiquez quelle colonne est laquelle (--map en ligne de commande, l’étape de correspondance dans le navigateur).'
	],
	[
		/^the file holds (\d+) duplicate day\(s\) with conflicting values$/,
		'le fichier contient $1 jour(s) en double avec des valeurs contradictoires'
	],
	[
		/^the file holds (\d+) duplicate post\(s\) with conflicting values$/,
		'le fichier contient $1 publication(s) en double avec des valeurs contradictoires'
	],
	[
		/^(.+) already appears on row (\d+) with different values$/,
		'$1 figure déjà ligne $2 avec d’autres valeurs'
	],
	[
		/^(\d+) day\(s\) also appear in a more recent export, whose values were kept$/,
		'$1 jour(s) figurent aussi dans un export plus récent, dont les valeurs ont été gardées'
	],
	[
		/^(\d+) post\(s\) also appear in a more recent export, whose values were kept$/,
		'$1 publication(s) figurent aussi dans un export plus récent, dont les valeurs ont été gardées'
	],
	[/^row has (\d+) fields, the header has (\d+)$/, 'la ligne a $1 champs, l’en-tête en a $2'],
	// genuine 2023–2026 exports (issue 8)
	[
		/^this file does not say whether it is (\w+) or (\w+) data, and page "(.+)" does not exist yet: .*\(--platform (\S+)\)$/,
		'ce fichier ne dit pas s’il s’agit de données $1 ou $2, et la page « $3 » n’existe pas encore : importez d’abord un fichier qui nomme la plateforme, ou indiquez la plateforme de la page (--platform $4)'
	],
	[
		/^every row of the file was rejected \((\d+)\): nothing was imported$/,
		'toutes les lignes du fichier ont été rejetées ($1) : rien n’a été importé'
	],
	[
		/^no post id: a row without one is not a post \(left out\)$/,
		'pas d’identifiant de publication : une ligne sans identifiant n’est pas une publication (écartée)'
	],
	[
		/^no post id: this row holds only "Lifetime", it is not a post \(left out\)$/,
		'pas d’identifiant de publication : cette ligne ne contient que « Lifetime », ce n’est pas une publication (écartée)'
	],
	[
		/^no video link: the row names no video \(left out\)$/,
		'pas de lien de vidéo : la ligne ne désigne aucune vidéo (écartée)'
	],
	[/^not a TikTok video link: "(.*)"$/, 'pas un lien de vidéo TikTok : « $1 »'],
	[
		/^the file holds (\d+) metrics \((.*)\): each is imported on its own$/,
		'le fichier contient $1 indicateurs ($2) : chacun est importé séparément'
	],
	[
		/^TikTok writes its days without a year .*$/,
		'TikTok écrit ses jours sans l’année (« February 28 ») : indiquez le dernier jour de l’export (--last-day AAAA-MM-JJ en ligne de commande, « dernier jour de l’export » dans le navigateur), en général la veille du téléchargement'
	],
	[
		/^with --last-day (\S+) the days of the file do not follow each other \(row (\d+) would be (\S+)\): .*$/,
		'avec le dernier jour $1, les jours du fichier ne se suivent pas (la ligne $2 tomberait le $3) : indiquez comme dernier jour celui de la dernière ligne de l’export'
	],
	[/^no such day in the year before (\S+)$/, 'ce jour n’existe pas dans l’année qui précède le $1'],
	[/^not a day \(month and day\): "(.*)"$/, 'pas un jour (mois et jour) : « $1 »'],
	[/^not a day \((.+?)\): "(.*)"$/, 'pas un jour ($1) : « $2 »'],
	[
		/^(\S+), (.+): given twice with different values \(rows (\d+) and (\d+)\)$/,
		'$1, $2 : donné deux fois avec des valeurs différentes (lignes $3 et $4)'
	],
	[
		/^Meta Business Suite audience .*$/,
		'audience Meta Business Suite (âge et genre, pays, villes) : une répartition sans jour, non importée (laissée de côté volontairement)'
	],
	[
		/^TikTok followers active by hour over the last week: .*$/,
		'abonnés TikTok actifs par heure sur la dernière semaine : non importé (laissé de côté volontairement)'
	],
	[
		/^TikTok followers by gender, with no day: .*$/,
		'abonnés TikTok par genre, sans jour : non importé (laissé de côté volontairement)'
	],
	[
		/^TikTok followers by territory, with no day: .*$/,
		'abonnés TikTok par territoire, sans jour : non importé (laissé de côté volontairement)'
	],
	[
		/^YouTube traffic sources over the whole period, with no day: .*$/,
		'sources de trafic YouTube sur toute la période, sans jour : non importé (laissé de côté volontairement ; la répartition par jour est dans le fichier Chart data du rapport)'
	],
	[/^--platform: one of (.*)$/, '--platform : l’une de $1'],
	[
		/^the texts look double-encoded .*$/,
		'les textes semblent encodés deux fois (« Ã© » pour « é », « â€™ » pour « ’ ») : le fichier a été converti deux fois en UTF-8 ; exportez-le à nouveau, ou enregistrez-le une seule fois en UTF-8, pour que les bons textes ne soient pas remplacés'
	],
	[
		/^the file does not end with a line break: its last row \(row (\d+)\) may be cut short$/,
		'le fichier ne se termine pas par un saut de ligne : sa dernière ligne (ligne $1) est peut-être tronquée'
	],
	[
		/^the file holds (\d+) byte sequence\(s\) that are not valid UTF-8, shown as � \(rows (.*)\)$/,
		'le fichier contient $1 suite(s) d’octets qui ne sont pas de l’UTF-8 valide, affichées « � » (lignes $2)'
	],
	[
		/^the header names "(.+)" twice: which column holds its values cannot be told$/,
		'l’en-tête nomme « $1 » deux fois : impossible de savoir quelle colonne porte ses valeurs'
	],
	[/^the workbook has no sheet with data$/, 'le classeur n’a aucune feuille avec des données'],
	[/^the archive holds no file to import$/, 'l’archive ne contient aucun fichier à importer'],
	[
		/^the workbook expands to more than (\d+) MB \(SABLIER_MAX_ZIP_MB\)$/,
		'le classeur se décompresse au-delà de $1 Mo (SABLIER_MAX_ZIP_MB)'
	],
	[
		/^the workbook's "(.+)" would expand (\d+) times: .*$/,
		'le « $1 » du classeur se décompresserait $2 fois : refusé (bombe zip possible, SABLIER_MAX_ZIP_RATIO)'
	],
	// Meta Ads Manager exports into the ledger
	[/^no spend: not an entry$/, 'aucune dépense : pas d’entrée'],
	[
		/^no ad, ad set nor campaign name$/,
		'ni publicité, ni ensemble de publicités, ni campagne nommés'
	],
	[/^not a day on or after the start: "(.*)"$/, 'pas un jour égal ou postérieur au début : « $1 »'],
	[/^not an amount: "(.*)"$/, 'pas un montant : « $1 »'],
	[
		/^the totals row says (\S+) (\w+), the rows add up to (\S+)$/,
		'la ligne des totaux indique $1 $2, les lignes totalisent $3'
	],
	[
		/^the workbook holds (\d+) cells, over the limit of (\d+): export a shorter period$/,
		'le classeur contient $1 cellules, au-delà de la limite de $2 : exportez une période plus courte'
	],
	[
		/^--last-day: a day written YYYY-MM-DD, got "(.*)"$/,
		'--last-day : un jour au format AAAA-MM-JJ, reçu « $1 »'
	],
	[/^required value is missing$/, 'valeur obligatoire manquante'],
	[/^not a whole number: "(.*)"$/, 'pas un nombre entier : « $1 »'],
	[/^not a number: "(.*)"$/, 'pas un nombre : « $1 »'],
	[/^number too large: "(.*)"$/, 'nombre trop grand : « $1 »'],
	[/^negative count: (.*)$/, 'compte négatif : $1'],
	[/^not a date \((.+?)\): "(.*)"$/, 'pas une date ($1) : « $2 »'],
	[/^not a date and time(?: \((.+?)\))?: "(.*)"$/, 'pas une date et heure : « $2 »'],
	[/^date before 2004: (.*)$/, 'date antérieure à 2004 : $1'],
	[/^date in the future: (.*)$/, 'date dans le futur : $1'],
	[/^expected 0 or 1, got "(.*)"$/, '0 ou 1 attendu, reçu « $1 »'],
	[/^expected true or false, got "(.*)"$/, 'vrai ou faux attendu, reçu « $1 »'],
	[
		/^ambiguous number: "(.*?)".*$/,
		'nombre ambigu : « $1 » (séparateur décimal indécidable dans ce fichier)'
	],
	[
		/^the dates are ambiguous .*$/,
		'les dates sont ambiguës (03/04/2024 peut être le 3 avril ou le 4 mars) : indiquez l’ordre (--date-format JJ/MM/AAAA ou MM/JJ/AAAA)'
	],
	[
		/^the mapping names columns this file does not have: (.*)$/,
		'la correspondance cite des colonnes absentes de ce fichier : $1'
	],
	[
		/^"(.+)" would expand (\d+) times: refused as a possible zip bomb$/,
		'« $1 » se décompresserait $2 fois : refusé (bombe zip possible)'
	],
	[
		/^the archive could not be opened .*$/,
		'l’archive ne peut pas être ouverte : est-elle tronquée ?'
	],
	[
		/^the workbook could not be opened .*$/,
		'le classeur ne peut pas être ouvert : est-il tronqué ?'
	],
	[
		/^this is an old Excel \.xls file.*$/,
		'c’est un ancien fichier Excel .xls, que Sablier ne lit pas : ouvrez-le dans Excel ou LibreOffice, enregistrez-le en .xlsx ou CSV, puis importez-le'
	],
	[
		/^this is an export of (\w+) but page "(.+)" is an? (\w+) page$/,
		'c’est un export $1 mais la page « $2 » est une page $3'
	],
	[
		/^the file could not be imported because of an internal error.*$/,
		'le fichier n’a pas pu être importé à cause d’une erreur interne (détails dans le journal du serveur)'
	],
	[
		/^the file could not be parsed: .*$/,
		'le fichier n’a pas pu être lu : est-il tronqué, ou n’est-ce pas un CSV ?'
	],
	[
		/^one of bought, exchange, ads, contest, organic_work, other$/,
		'l’un de : bought, exchange, ads, contest, organic_work, other'
	],
	[/^a day written YYYY-MM-DD$/, 'un jour au format AAAA-MM-JJ'],
	[/^the end is before the start$/, 'la fin est avant le début'],
	[/^cost must be a number ≥ 0$/, 'le coût doit être un nombre ≥ 0'],
	[/^hours must be a number ≥ 0$/, 'les heures doivent être un nombre ≥ 0'],
	[/^hourly rate must be a number ≥ 0$/, 'le taux horaire doit être un nombre ≥ 0'],
	[/^promised quantity must be a number ≥ 0$/, 'la quantité promise doit être un nombre ≥ 0'],
	[/^promised quantity must be a whole number$/, 'la quantité promise doit être un nombre entier'],
	// the ledger's currency (src/lib/report/messages/currency.ts)
	[
		/^“(.*)” is not an ISO 4217 currency code: write the three-letter code \(EUR, USD, GBP…\)\.$/s,
		'« $1 » n’est pas un code de devise ISO 4217 : écrivez le code à trois lettres (EUR, USD, GBP…).'
	],
	[
		/^“(.*)” is not an ISO 4217 currency code: write ([A-Z]{3})\.$/s,
		'« $1 » n’est pas un code de devise ISO 4217 : écrivez $2.'
	],
	[
		/^the ledger CSV must have exactly this header: (.*)$/,
		'le CSV du registre doit avoir exactement cet en-tête : $1'
	]
];

export function translateMessage(message: string, lang: Lang): string {
	if (lang !== 'fr') return message;
	for (const [re, fr] of FR) if (re.test(message)) return message.replace(re, fr);
	return message;
}
