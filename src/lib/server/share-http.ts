import { formatDay, pickLang } from '../i18n/index.ts';
import { shareText } from '../i18n/share.ts';
import { CSP } from '../report/document/html.ts';
import { h } from '../report/document/escape.ts';
import type { Db } from './db/index.ts';
import { localDay } from '../local-day.ts';
import { pdfResponse } from './report-http.ts';
import {
	chartsFor,
	pageDocument,
	pageHtml,
	workspaceDocument,
	workspaceHtml
} from './report-document.ts';
import { renderHtml, type RenderOptions } from '../report/document/html.ts';
import { logAccess } from './security/sessions.ts';
import {
	forgive,
	openShare,
	recordView,
	tryLookup,
	type OpenShare,
	type ShareWhat
} from './share.ts';

/**
 * What /s/<token> answers: the report the link names, read-only (no toolbar into the app, no
 * form, nothing that leads elsewhere), as HTML or, with ?format=pdf, as a PDF. Every link that
 * opens nothing gets the same plain 404, whatever the reason.
 */

/** Headers of every share response: never cached, never indexed, never a Referer with the token. */
const HEADERS = {
	'cache-control': 'private, no-store',
	'referrer-policy': 'no-referrer',
	'x-robots-tag': 'noindex, nofollow, noarchive',
	'x-content-type-options': 'nosniff'
};

const htmlHeaders = {
	...HEADERS,
	'content-type': 'text/html; charset=utf-8',
	'content-security-policy': `${CSP("'none'")}; frame-ancestors 'none'`
};

function plain(status: number, acceptLanguage: string | null, tooMany = false): Response {
	const lang = pickLang(null, acceptLanguage);
	const t = shareText(lang);
	const body = `<!doctype html>\n${h`<html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><meta name="referrer" content="no-referrer">
<title>${t.notFoundTitle}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:15vh auto;padding:0 1.25rem;color:#1c1917}h1{font-size:1.4rem}</style>
</head><body><h1>${t.notFoundTitle}</h1><p>${tooMany ? t.tooMany : t.notFound}</p></body></html>`}`;
	return new Response(body, { status, headers: htmlHeaders });
}

/** The shared document: the report's own file, a thin bar on top, no referrer, no indexing. */
function shared(html: string, link: OpenShare): string {
	const t = shareText(link.lang);
	const bar = h`<nav class="toolbar screen-only" aria-label="${t.pdf}">
<span>${t.sharedBar(formatDay(localDay(new Date(link.expiresAt)), link.lang))}</span>
<a href="?format=pdf" download>${t.pdf}</a>
</nav>`;
	return html
		.replace(
			'<meta name="referrer" content="same-origin">',
			'<meta name="referrer" content="no-referrer">\n<meta name="robots" content="noindex, nofollow">'
		)
		.replace('<body>\n', `<body>\n${bar}\n`);
}

/** A shared dashboard view is the report's matching part (see RenderOptions.part). */
const PART = {
	overview: 'summary',
	channels: 'channels',
	campaigns: 'campaigns',
	spikes: 'anomalies',
	engagement: 'dilution',
	costs: 'costs'
} as const satisfies Record<Exclude<ShareWhat, 'report'>, RenderOptions['part']>;

async function documentOf(db: Db, link: OpenShare, issued: string): Promise<string | null> {
	const opts = { lang: link.lang };
	if ('page' in link.target) {
		const p = await pageDocument(db, link.target.page, opts);
		if (!p || link.what === 'report') return p && pageHtml(p);
		const charts = chartsFor(p.report, p.series, p.doc);
		return renderHtml(p.doc, p.branding, { charts, formAction: "'none'", part: PART[link.what] });
	}
	const w = await workspaceDocument(db, link.target.workspace, opts);
	return w && workspaceHtml(db, w, link.lang, issued);
}

export async function serveShare(
	db: Db,
	token: string,
	req: { method: string; format: string | null; address: string; headers: Headers }
): Promise<Response> {
	const acceptLanguage = req.headers.get('accept-language');
	if (!tryLookup(req.address)) return plain(429, acceptLanguage, true);
	const link = await openShare(db, token);
	const html = link && (await documentOf(db, link, localDay()));
	if (!link || !html) return plain(404, acceptLanguage);
	forgive(req.address);
	const pdf = req.format === 'pdf';
	if (req.method !== 'HEAD') {
		await recordView(db, link.id);
		await logAccess(db.path, {
			event: 'share-view',
			link: link.id,
			format: pdf ? 'pdf' : 'html',
			address: req.address,
			agent: (req.headers.get('user-agent') ?? '').slice(0, 200)
		});
	}
	if (!pdf) return new Response(shared(html, link), { headers: htmlHeaders });
	const name = 'page' in link.target ? link.target.page : link.target.workspace;
	const file = `${name}-${link.what === 'report' ? 'report' : link.what}-${link.lang}.pdf`;
	const response = await pdfResponse(html, file, link.lang);
	for (const [k, v] of Object.entries(HEADERS)) response.headers.set(k, v);
	return response;
}
