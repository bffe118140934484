import { REPORT_WORDS } from '../../i18n/report.ts';
import type {
	Branding,
	Block,
	Cell,
	DocSection,
	ReportDocument,
	ReportNotes,
	Tile
} from './types.ts';
import { reportCss } from './css.ts';
import { h, Raw } from './escape.ts';
import { isEmptyAuthored } from './build.ts';

export { cssString, esc, h, Raw } from './escape.ts';

/**
 * The document as one self-contained HTML file (issue 10): inline CSS and SVG, no script, no
 * external request (a Content-Security-Policy in the file itself forbids both, should anything
 * slip through), A4 print layout with running headers and footers. Every text goes through `h`,
 * which escapes whatever is not explicitly marked as trusted markup.
 */
export interface RenderOptions {
	/** SVG markup per chart, rendered on the server from numbers and our own labels */
	charts: Record<string, string>;
	/** the same, one entry per document (a workspace report) */
	chartsPerDoc?: Record<string, string>[];
	/** what only the browser view shows (toolbar, edit form); hidden in print, absent from files */
	screen?: { toolbar: Raw; afterRecommend?: Raw };
	/** Content-Security-Policy form-action: 'self' in the browser (the edit form), 'none' in files */
	formAction?: "'self'" | "'none'";
	/**
	 * One part of a page's report alone (a shared dashboard view): no cover, the page's name and
	 * period, then the summary or that section, then the methodology.
	 */
	part?: 'summary' | DocSection['id'];
}

/** A workspace report's own cover and overview, before its pages. */
export interface WorkspaceCover {
	title: string;
	name: string;
	notes: ReportNotes | null;
	issued: string;
	empty: string;
}

/** The report's own policy: nothing runs or loads; inline CSS and data: images only. */
export const CSP = (formAction: string) =>
	`default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action ${formAction}; base-uri 'none'`;

export function renderHtml(
	docs: ReportDocument | ReportDocument[],
	branding: Branding,
	opts: RenderOptions,
	workspace?: WorkspaceCover
): string {
	const list = Array.isArray(docs) ? docs : [docs];
	const first = list[0];
	const lang = first?.lang ?? 'en';
	const docTitle = workspace
		? `${workspace.title} — ${workspace.name}`
		: `${first.title} — ${first.cover.pageName}`;
	const running = workspace
		? {
				header: `${workspace.name}`,
				footer: branding.footer,
				madeWith: branding.hideMadeWith ? null : REPORT_WORDS[lang].footerMadeWith
			}
		: first.running;
	return `<!doctype html>\n${
		h`<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP(opts.formAction ?? "'none'")}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${docTitle}</title>
<style>${new Raw(reportCss(branding, running))}</style>
</head>
<body>
${opts.screen?.toolbar ?? ''}
<main class="doc">
${workspace ? workspaceFront(workspace, list, branding, lang, opts) : ''}
${list.map((d, i) =>
	documentBody(
		d,
		branding,
		{ ...opts, charts: opts.chartsPerDoc?.[i] ?? opts.charts },
		!workspace && i === 0
	)
)}
</main>
</body>
</html>`.html
	}\n`;
}

function workspaceFront(
	w: WorkspaceCover,
	docs: ReportDocument[],
	b: Branding,
	lang: 'en' | 'fr',
	opts: RenderOptions
): Raw {
	const t = REPORT_WORDS[lang];
	return h`<article class="report workspace">
<section class="sheet cover" aria-label="${w.title}">
${b.logo ? h`<img class="logo" src="${b.logo}" alt="${b.consultancy ?? ''}">` : ''}
<p class="kicker">${w.title}</p>
<h1>${w.name}</h1>
<dl class="meta">
${w.notes?.client ? h`<div><dt>${t.coverFor}</dt><dd>${w.notes.client}</dd></div>` : ''}
${w.notes?.author ? h`<div><dt>${t.coverPreparedBy}</dt><dd>${w.notes.author}</dd></div>` : ''}
${b.consultancy ? h`<div><dt>${t.coverBy}</dt><dd>${b.consultancy}</dd></div>` : ''}
</dl>
<p class="issued">${w.issued}</p>
</section>
<section class="sheet summary" id="overview" aria-labelledby="overview-title">
<h2 id="overview-title">${t.workspaceOverview}</h2>
${
	docs.length
		? h`<table><thead><tr><th scope="col">${t.coverPages}</th><th scope="col">${t.summaryTitle}</th></tr></thead>
<tbody>${docs.map((d) => h`<tr><td><b>${d.cover.pageName}</b><br><span class="muted">${d.cover.period}</span></td><td>${d.summary.headline}</td></tr>`)}</tbody></table>`
		: h`<p class="note">${w.empty}</p>`
}
<h3>${t.sections.recommend}</h3>
${block({ kind: 'authored', text: w.notes?.recommendations?.trim() || null, empty: t.recommendEmpty, by: w.notes?.author ? t.recommendBy(w.notes.author) : t.recommendByYou }, opts)}
${opts.screen?.afterRecommend ?? ''}
</section>
</article>`;
}

function documentBody(
	d: ReportDocument,
	b: Branding,
	opts: RenderOptions,
	withCover: boolean
): Raw {
	const part = opts.part;
	if (part)
		return h`<article class="report" lang="${d.lang}">
<h1 class="page-title">${d.cover.pageName}<br><small class="muted">${d.cover.period}</small></h1>
${part === 'summary' ? summary(d) : ''}
${d.sections.filter((s) => s.id === part || s.id === 'method').map((s) => section(s, opts))}
</article>`;
	return h`<article class="report" lang="${d.lang}">
${withCover ? cover(d, b) : h`<h1 class="page-title">${d.cover.pageName}</h1>`}
${summary(d)}
${d.sections.map((s) => section(s, withCover || s.id !== 'recommend' ? opts : { ...opts, screen: undefined }))}
</article>`;
}

function cover(d: ReportDocument, b: Branding): Raw {
	const c = d.cover;
	return h`<section class="sheet cover" aria-label="${d.title}">
${b.logo ? h`<img class="logo" src="${b.logo}" alt="${c.consultancy ?? ''}">` : ''}
<p class="kicker">${d.title}</p>
<h1>${c.pageName}</h1>
<p class="period">${c.period}</p>
<nav class="contents" aria-label="${c.contentsTitle}"><p>${c.contentsTitle}</p><ol>${c.contents.map((x) => h`<li>${x}</li>`)}</ol></nav>
<dl class="meta">
${c.client ? h`<div><dt>${c.labels.for}</dt><dd>${c.client}</dd></div>` : ''}
${c.author ? h`<div><dt>${c.labels.by}</dt><dd>${c.author}</dd></div>` : ''}
${c.consultancy ? h`<div><dt>${c.labels.firm}</dt><dd>${c.consultancy}</dd></div>` : ''}
</dl>
<p class="issued">${c.issued}</p>
</section>`;
}

function summary(d: ReportDocument): Raw {
	return h`<section class="sheet summary" id="summary" aria-labelledby="summary-title">
<h2 id="summary-title">${d.summary.title}</h2>
<p class="headline">${d.summary.headline}</p>
<div class="tiles">${d.summary.tiles.map(tile)}</div>
${d.summary.projection ? h`<p class="projection">${d.summary.projection}</p>` : ''}
<p class="note">${d.summary.note}</p>
</section>`;
}

function tile(t: Tile): Raw {
	return h`<div class="tile${t.estimated ? ' estimated' : ''}" data-tile="${t.key}">
<p class="tile-label">${t.label}</p>
<p class="tile-value" data-raw="${String(t.raw)}">${t.value}</p>
${t.range ? h`<p class="tile-range">${t.range}</p>` : ''}
${t.sub ? h`<p class="tile-sub">${t.sub}</p>` : ''}
<ul class="changes">${t.changes.map(
		(c) =>
			h`<li class="${c.change.kind === 'change' ? (c.change.rel > 0 ? 'up' : c.change.rel < 0 ? 'down' : 'flat') : 'none'}"><b>${c.change.text}</b> ${c.change.kind === 'change' ? c.label : c.change.kind === 'noData' ? c.label : ''}</li>`
	)}</ul>
</div>`;
}

function section(s: DocSection, opts: RenderOptions): Raw {
	// not written yet: an invitation on screen, nothing in print or in a file
	const empty = isEmptyAuthored(s);
	if (empty && !opts.screen) return h``;
	return h`<section class="part${s.breakBefore ? ' break' : ''}${empty ? ' screen-only' : ''}" id="${s.id}" aria-labelledby="${s.id}-title">
<h2 id="${s.id}-title">${s.title}</h2>
${s.narrative.length ? h`<div class="narrative">${s.narrative.map((p) => h`<p>${p}</p>`)}</div>` : ''}
${s.blocks.map((b) => block(b, opts))}
${s.id === 'recommend' ? (opts.screen?.afterRecommend ?? '') : ''}
</section>`;
}

function cell(c: Cell, tag: 'td' | 'th'): Raw {
	if (typeof c === 'string') return tag === 'th' ? h`<th scope="col">${c}</th>` : h`<td>${c}</td>`;
	const cls = [c.num ? 'num' : '', c.muted ? 'muted' : ''].filter(Boolean).join(' ');
	const inner = h`${c.text}${c.sub ? h`<span class="sub">${c.sub}</span>` : ''}`;
	return tag === 'th'
		? h`<th scope="col" class="${cls}">${inner}</th>`
		: h`<td class="${cls}">${inner}</td>`;
}

function block(b: Block, opts: RenderOptions): Raw {
	switch (b.kind) {
		case 'paragraphs':
			return h`${b.items.map((p) => h`<p>${p}</p>`)}`;
		case 'note':
			return h`<p class="note">${b.text}</p>`;
		case 'subhead':
			return h`<h3>${b.text}</h3>`;
		case 'definitions':
			return h`<dl class="defs">${b.items.map(([term, def]) => h`<dt>${term}</dt><dd>${def}</dd>`)}</dl>`;
		case 'table':
			return h`<table>${b.caption ? h`<caption>${b.caption}</caption>` : ''}
<thead><tr>${b.head.map((c) => cell(c, 'th'))}</tr></thead>
<tbody>${b.rows.map((r) => h`<tr>${r.map((c) => cell(c, 'td'))}</tr>`)}</tbody></table>`;
		case 'chart': {
			const svg = opts.charts[b.chart];
			if (!svg) return h``;
			return h`<figure class="chart" data-chart="${b.chart}"><figcaption class="chart-title">${b.title}</figcaption>${new Raw(svg)}<figcaption>${b.caption}</figcaption></figure>`;
		}
		case 'authored':
			return b.text
				? h`<blockquote class="authored">${b.text.split(/\n{2,}/).map((p) => h`<p>${p.split('\n').map((l, i) => h`${i ? new Raw('<br>') : ''}${l}`)}</p>`)}<footer>${b.by}</footer></blockquote>`
				: h`<p class="note empty-authored">${b.empty}</p>`;
	}
}
