import { CSP } from '../report/document/html.ts';
import { error, redirect } from '@sveltejs/kit';
import { REPORT_WORDS } from '../i18n/report.ts';
import { ChromiumMissingError, htmlToPdf } from './pdf.ts';
import { notesSchema, saveNotes, type NotesScope } from './report-store.ts';
import type { Db } from './db/index.ts';

/** Shared by the page and workspace report routes: query parsing, responses, the notes form. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function periodQuery(url: URL): { from?: string; to?: string } {
	const out: { from?: string; to?: string } = {};
	for (const k of ['from', 'to'] as const) {
		const v = url.searchParams.get(k);
		if (!v) continue;
		if (!DAY.test(v) || isNaN(Date.parse(v))) error(400, `${k}: YYYY-MM-DD`);
		out[k] = v;
	}
	if (out.from && out.to && out.from > out.to) error(400, 'from > to');
	return out;
}

export const reportFormat = (url: URL) => {
	const f = url.searchParams.get('format');
	if (f === null || f === 'html' || f === 'pdf' || f === 'json') return f;
	error(400, 'format: html, pdf or json');
};

const SECURITY = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin'
};

export function htmlResponse(html: string, download: string | null): Response {
	return new Response(html, {
		headers: {
			'content-type': 'text/html; charset=utf-8',
			// the report's own policy (its inline CSS and data: images), not the server's fallback,
			// which allows nothing and would leave the document unstyled
			'content-security-policy': `${CSP(download ? "'none'" : "'self'")}; frame-ancestors 'none'`,
			...SECURITY,
			...(download ? { 'content-disposition': `attachment; filename="${download}"` } : {})
		}
	});
}

export async function pdfResponse(
	html: string,
	file: string,
	lang: 'en' | 'fr'
): Promise<Response> {
	try {
		const pdf = await htmlToPdf(html);
		return new Response(new Uint8Array(pdf), {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': `attachment; filename="${file}"`,
				...SECURITY
			}
		});
	} catch (e) {
		if (!(e instanceof ChromiumMissingError)) throw e;
		return new Response(REPORT_WORDS[lang].pdfMissing(e.path), {
			status: 503,
			headers: { 'content-type': 'text/plain; charset=utf-8', ...SECURITY }
		});
	}
}

/** Saves the notes form; 303 back to the report (with ?saved=1), or the error in the query. */
export async function saveNotesForm(
	db: Db,
	scope: NotesScope,
	ownerId: number,
	request: Request,
	url: URL
): Promise<never> {
	const form = await request.formData();
	const parsed = notesSchema.safeParse({
		author: String(form.get('author') ?? ''),
		client: String(form.get('client') ?? ''),
		recommendations: String(form.get('recommendations') ?? '')
	});
	const back = new URL(url);
	back.searchParams.delete('saved');
	back.searchParams.delete('error');
	if (!parsed.success) back.searchParams.set('error', 'tooLong');
	else {
		await saveNotes(db, scope, ownerId, parsed.data);
		back.searchParams.set('saved', '1');
	}
	redirect(303, `${back.pathname}${back.search}#recommend`);
}
