import { REPORT_WORDS } from '../i18n/report.ts';
import { shareText } from '../i18n/share.ts';
import { h, type Raw } from '../report/document/escape.ts';
import type { ReportNotes } from '../report/document/types.ts';
import { NOTES_MAX } from './report-store.ts';

/**
 * What the browser view of a report adds around the document: a toolbar (back, period, language,
 * downloads, branding) and the form where the CM writes the cover names and recommendations.
 * Plain links and forms, no script; hidden when printed, absent from the HTML file and the PDF.
 */
export interface ScreenContext {
	lang: 'en' | 'fr';
	/** the report's own path, e.g. /pages/demo-bakery/report */
	path: string;
	back: { href: string; label?: string };
	brandingHref: string;
	/** where this report is shared read-only (the workspace page's share panel) */
	shareHref?: string;
	period: { from: string; to: string } | null;
	/** the query the user asked for (from/to), kept by the download links */
	query: { from?: string; to?: string };
	notes: ReportNotes | null;
	saved: boolean;
	error: string | null;
}

const withQuery = (path: string, q: Record<string, string | undefined>) => {
	const s = new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => !!e[1]));
	const text = s.toString();
	return text ? `${path}?${text}` : path;
};

export function screenParts(c: ScreenContext): { toolbar: Raw; afterRecommend: Raw } {
	const t = REPORT_WORDS[c.lang];
	const other = c.lang === 'fr' ? 'en' : 'fr';
	const toolbar = h`<nav class="toolbar screen-only" aria-label="report">
<a href="${c.back.href}">← ${c.back.label ?? t.toolbarBack}</a>
<a href="${withQuery(c.path, { ...c.query, format: 'pdf', lang: c.lang })}" download>${t.toolbarPdf}</a>
<a href="${withQuery(c.path, { ...c.query, format: 'html', lang: c.lang })}" download>${t.toolbarHtml}</a>
<a href="${withQuery(c.path, { ...c.query, lang: other })}" lang="${other}">${other === 'fr' ? 'Français' : 'English'}</a>
<a href="${c.brandingHref}">${t.toolbarBranding}</a>
${c.shareHref ? h`<a href="${c.shareHref}">${shareText(c.lang).title}</a>` : ''}
<form method="GET" action="${c.path}">
<label>${t.toolbarFrom} <input type="date" name="from" value="${c.query.from ?? c.period?.from ?? ''}"></label>
<label>${t.toolbarTo} <input type="date" name="to" value="${c.query.to ?? c.period?.to ?? ''}"></label>
<button>${t.toolbarApply}</button>
</form>
<span class="hint">${t.toolbarPrint}</span>
</nav>`;
	const n = c.notes;
	const afterRecommend = h`<form class="edit screen-only" method="POST" action="${withQuery(c.path, c.query)}">
<h3>${t.editTitle}</h3>
${c.saved ? h`<p class="saved" role="status">${t.editSaved}</p>` : ''}
${c.error ? h`<p class="error" role="alert">${c.error}</p>` : ''}
<label for="author">${t.editAuthor}</label>
<input id="author" name="author" maxlength="200" value="${n?.author ?? ''}">
<label for="client">${t.editClient}</label>
<input id="client" name="client" maxlength="200" value="${n?.client ?? ''}">
<label for="recommendations">${t.editRecommend}</label>
<textarea id="recommendations" name="recommendations" maxlength="${String(NOTES_MAX)}">${n?.recommendations ?? ''}</textarea>
<p><button>${t.editSave}</button></p>
</form>`;
	return { toolbar, afterRecommend };
}
