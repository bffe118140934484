import { error } from '@sveltejs/kit';
import { REPORT_WORDS } from '$lib/i18n/report';
import { workspaceDocument, workspaceHtml } from '$lib/server/report-document';
import {
	htmlResponse,
	pdfResponse,
	periodQuery,
	reportFormat,
	saveNotesForm
} from '$lib/server/report-http';
import { screenParts } from '$lib/server/report-screen';
import { getNotes, workspaceId } from '$lib/server/report-store';
import { store } from '$lib/server/store';
import { localDay } from '$lib/local-day';
import type { RequestHandler } from './$types';

/** A workspace's report: a cover and an overview, then every page with data, one after another. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const lang = locals.lang;
	const format = reportFormat(url);
	if (format === 'json') error(400, 'format: html or pdf');
	const query = periodQuery(url);
	const db = await store();
	const w = await workspaceDocument(db, params.ws, { lang, ...query });
	if (!w) error(404, lang === 'fr' ? 'Espace introuvable' : 'Not found');
	const issued = localDay();
	const file = `${w.workspace.slug}-report-${lang}`;
	if (format === 'html')
		return htmlResponse(await workspaceHtml(db, w, lang, issued), `${file}.html`);
	if (format === 'pdf')
		return pdfResponse(await workspaceHtml(db, w, lang, issued), `${file}.pdf`, lang);
	const screen = screenParts({
		lang,
		path: url.pathname,
		back: { href: '/' },
		brandingHref: `/workspaces/${encodeURIComponent(w.workspace.slug)}/branding`,
		shareHref: `/workspaces/${encodeURIComponent(w.workspace.slug)}#share`,
		period: null,
		query,
		notes: await getNotes(db, 'workspace', w.workspace.id),
		saved: url.searchParams.get('saved') === '1',
		error: url.searchParams.get('error') ? REPORT_WORDS[lang].brandingErrors.tooLong : null
	});
	return htmlResponse(await workspaceHtml(db, w, lang, issued, screen), null);
};

export const POST: RequestHandler = async ({ params, request, url }) => {
	const db = await store();
	const ws = await workspaceId(db, params.ws);
	if (!ws) error(404, 'Not found');
	return saveNotesForm(db, 'workspace', ws.id, request, url);
};
