import { error, json } from '@sveltejs/kit';
import { REPORT_WORDS } from '$lib/i18n/report';
import { getPage } from '$lib/server/pages';
import { pageDocument, pageHtml } from '$lib/server/report-document';
import {
	htmlResponse,
	pdfResponse,
	periodQuery,
	reportFormat,
	saveNotesForm
} from '$lib/server/report-http';
import { screenParts } from '$lib/server/report-screen';
import { getNotes } from '$lib/server/report-store';
import { store } from '$lib/server/store';
import type { RequestHandler } from './$types';

/**
 * A page's evangelisation report: the document in the browser (GET), as a self-contained HTML
 * file (?format=html), a PDF (?format=pdf) or the report model (?format=json); POST saves what
 * the CM writes (author, client, recommendations).
 */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const lang = locals.lang;
	const format = reportFormat(url);
	const query = periodQuery(url);
	const db = await store();
	const p = await pageDocument(db, params.slug, { lang, ...query });
	if (!p) error(404, lang === 'fr' ? 'Page introuvable' : 'Not found');
	if (format === 'json') return json(p.report);
	const file = `${p.report.page.slug}-report-${lang}`;
	if (format === 'html') return htmlResponse(pageHtml(p), `${file}.html`);
	if (format === 'pdf') return pdfResponse(pageHtml(p), `${file}.pdf`, lang);
	const errorKey = url.searchParams.get('error');
	const screen = screenParts({
		lang,
		path: url.pathname,
		back: { href: `/pages/${encodeURIComponent(params.slug)}` },
		brandingHref: `/workspaces/${encodeURIComponent(p.workspace)}/branding`,
		shareHref: `/workspaces/${encodeURIComponent(p.workspace)}?share=${encodeURIComponent(params.slug)}#share`,
		period: p.report.period,
		query,
		notes: await getNotes(db, 'page', p.pageId),
		saved: url.searchParams.get('saved') === '1',
		error: errorKey ? REPORT_WORDS[lang].brandingErrors.tooLong : null
	});
	return htmlResponse(pageHtml(p, screen), null);
};

export const POST: RequestHandler = async ({ params, request, url, locals }) => {
	const db = await store();
	const page = await getPage(db, params.slug);
	if (!page) error(404, locals.lang === 'fr' ? 'Page introuvable' : 'Not found');
	return saveNotesForm(db, 'page', page.id, request, url);
};
