import type { Lang } from './index.ts';

/**
 * The exports Sablier reads, named as a person would name them, by the id the store keeps in
 * `imports.format` and an import's result carries: every importer's `id`
 * (src/lib/server/importers, the ones recognised and left out included) and the ledger's two
 * (`importLedgerFile`). Product names are kept as the platforms write them; the parts of an export
 * are named with the platform's own French words where it has some (YouTube Studio's « Totaux »,
 * TikTok Studio's « Vue d’ensemble », LinkedIn's « abonnés »).
 */
export const en = {
	'facebook-insights-page': 'Facebook Page Insights (daily, page level)',
	'facebook-insights-posts': 'Facebook Page Insights (per post)',
	'facebook-uci-posts': 'Facebook post metrics (UCI research dataset)',
	'x-tweet-activity': 'X per-tweet analytics',
	'x-daily-activity': 'X daily analytics',
	'x-account-overview': 'X account overview (daily, since 2024)',
	'x-account-content': 'X content analytics (per post, since 2024)',
	'youtube-totals': 'YouTube Studio, Totals (channel, daily)',
	'youtube-table-data': 'YouTube Studio, Table data (per video)',
	'youtube-chart-data': 'YouTube Studio, Chart data (per day and video)',
	'youtube-traffic-chart': 'YouTube Studio, Chart data by traffic source (daily)',
	'youtube-traffic-table': 'YouTube Studio, Table data by traffic source',
	'meta-daily-facebook': 'Meta Business Suite, one Facebook metric per day',
	'meta-daily-instagram': 'Meta Business Suite, one Instagram metric per day',
	'meta-facebook-posts': 'Meta Business Suite, Facebook posts',
	'meta-instagram-posts': 'Meta Business Suite, Instagram posts',
	'meta-audience': 'Meta Business Suite, audience',
	'linkedin-followers': 'LinkedIn Page, new followers (daily)',
	'linkedin-follower-demographics': 'LinkedIn Page, follower demographics',
	'linkedin-content-metrics': 'LinkedIn Page, content metrics (daily)',
	'linkedin-content-posts': 'LinkedIn Page, all posts',
	'tiktok-overview': 'TikTok Studio, Overview (daily)',
	'tiktok-follower-history': 'TikTok Studio, follower history (daily)',
	'tiktok-viewers': 'TikTok Studio, Viewers (daily)',
	'tiktok-content': 'TikTok Studio, Content (per video)',
	'tiktok-web': 'TikTok web analytics (daily)',
	'tiktok-follower-activity': 'TikTok Studio, follower activity by hour',
	'tiktok-follower-gender': 'TikTok Studio, followers by gender',
	'tiktok-follower-territories': 'TikTok Studio, followers by territory',
	'generic-daily': 'Sablier’s CSV template (daily)',
	'generic-posts': 'Sablier’s CSV template (posts)',
	'generic-mapped': 'CSV with a column mapping',
	ledger: 'Sablier’s ledger CSV',
	'meta-ads-manager': 'Meta Ads Manager export'
};

export const fr: typeof en = {
	'facebook-insights-page': 'Facebook Page Insights (par jour, niveau page)',
	'facebook-insights-posts': 'Facebook Page Insights (par publication)',
	'facebook-uci-posts': 'Indicateurs de publications Facebook (jeu de données de recherche UCI)',
	'x-tweet-activity': 'X, statistiques par tweet',
	'x-daily-activity': 'X, statistiques par jour',
	'x-account-overview': 'X, aperçu du compte (par jour, depuis 2024)',
	'x-account-content': 'X, statistiques du contenu (par post, depuis 2024)',
	'youtube-totals': 'YouTube Studio, Totaux (chaîne, par jour)',
	'youtube-table-data': 'YouTube Studio, Données du tableau (par vidéo)',
	'youtube-chart-data': 'YouTube Studio, Données du graphique (par jour et par vidéo)',
	'youtube-traffic-chart': 'YouTube Studio, Données du graphique par source de trafic (par jour)',
	'youtube-traffic-table': 'YouTube Studio, Données du tableau par source de trafic',
	'meta-daily-facebook': 'Meta Business Suite, un indicateur Facebook par jour',
	'meta-daily-instagram': 'Meta Business Suite, un indicateur Instagram par jour',
	'meta-facebook-posts': 'Meta Business Suite, publications Facebook',
	'meta-instagram-posts': 'Meta Business Suite, publications Instagram',
	'meta-audience': 'Meta Business Suite, audience',
	'linkedin-followers': 'Page LinkedIn, nouveaux abonnés (par jour)',
	'linkedin-follower-demographics': 'Page LinkedIn, données démographiques des abonnés',
	'linkedin-content-metrics': 'Page LinkedIn, indicateurs des contenus (par jour)',
	'linkedin-content-posts': 'Page LinkedIn, tous les posts',
	'tiktok-overview': 'TikTok Studio, Vue d’ensemble (par jour)',
	'tiktok-follower-history': 'TikTok Studio, historique des followers (par jour)',
	'tiktok-viewers': 'TikTok Studio, Spectateurs (par jour)',
	'tiktok-content': 'TikTok Studio, Contenu (par vidéo)',
	'tiktok-web': 'TikTok, statistiques web (par jour)',
	'tiktok-follower-activity': 'TikTok Studio, activité des followers par heure',
	'tiktok-follower-gender': 'TikTok Studio, followers par genre',
	'tiktok-follower-territories': 'TikTok Studio, followers par territoire',
	'generic-daily': 'Modèle CSV de Sablier (par jour)',
	'generic-posts': 'Modèle CSV de Sablier (publications)',
	'generic-mapped': 'CSV avec correspondance des colonnes',
	ledger: 'CSV du registre de Sablier',
	'meta-ads-manager': 'Export du Gestionnaire de publicités Meta'
};

/**
 * An export's name in the reader's language, from its id. An id this version does not know (a
 * store written by another version) is shown as it is: never a blank. No id: "–".
 */
export function formatName(id: string | null | undefined, lang: Lang): string {
	if (!id) return '–';
	const names: Record<string, string> = lang === 'fr' ? fr : en;
	return Object.hasOwn(names, id) ? names[id] : id;
}
