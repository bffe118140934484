import type { Branding, ReportDocument } from './types.ts';
import { cssString } from './escape.ts';

const MARGIN_FONT = `font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; font-size: 8pt; color: #57534e;`;
const HEX = /^#[0-9a-f]{6}$/i;
const colour = (c: string, fallback: string) => (HEX.test(c) ? c : fallback);

/**
 * The document's stylesheet: a screen view of A4 sheets, and a print layout on A4 with page breaks
 * and running headers and footers in the page margins (CSS @page margin boxes, which Chromium
 * prints and puts in the PDF). Untrusted text reaches CSS only as escaped string literals; colours
 * only when they are #rrggbb.
 */
export function reportCss(b: Branding, running: ReportDocument['running']): string {
	const primary = colour(b.primary, '#1c1917');
	const accent = colour(b.accent, '#b45309');
	const footLeft = [running.footer, running.madeWith].filter(Boolean).join(' · ');
	const pageWord = 'Page ';
	return `
:root { --primary: ${primary}; --accent: ${accent}; --ink: #1c1917; --muted: #57534e; --rule: #d6d3d1; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; color: var(--ink); background: #e7e5e4; line-height: 1.45; font-size: 10.5pt; }
.doc { padding: 24px 0; }
.report > section, .report > h1.page-title { background: white; width: 210mm; max-width: 100%; margin: 0 auto 16px; padding: 16mm 16mm 18mm; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
h1, h2, h3 { color: var(--primary); line-height: 1.2; }
h2 { font-size: 16pt; margin: 0 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); break-after: avoid; }
h3 { font-size: 11.5pt; margin: 14px 0 6px; break-after: avoid; }
p { margin: 0 0 8px; }
.note { color: var(--muted); font-size: 9.5pt; }
.muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 9pt; }
caption { caption-side: bottom; text-align: left; color: var(--muted); font-size: 8.5pt; padding-top: 4px; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid var(--rule); }
th { font-weight: 600; color: var(--primary); border-bottom: 1.5px solid var(--primary); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }

td .sub, th .sub { display: block; font-size: 7.5pt; color: var(--muted); white-space: nowrap; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
figure.chart { margin: 10px 0 14px; break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; display: block; }
figure.chart figcaption { color: var(--muted); font-size: 8.5pt; }
figure.chart figcaption.chart-title { color: var(--ink); font-weight: 600; font-size: 10pt; margin-bottom: 4px; }
.narrative { border-left: 3px solid var(--accent); padding-left: 10px; margin: 0 0 12px; }
.cover { min-height: 260mm; display: flex; flex-direction: column; justify-content: center; border-top: 10mm solid var(--primary); }
.cover .logo { max-width: 60mm; max-height: 30mm; object-fit: contain; align-self: flex-start; margin-bottom: 18mm; }
.cover .kicker { text-transform: uppercase; letter-spacing: .12em; color: var(--accent); font-weight: 700; font-size: 11pt; }
.cover h1 { font-size: 30pt; margin: 4px 0 8px; }
.cover .period { font-size: 14pt; color: var(--muted); margin-bottom: 12mm; }
.cover .contents { margin-bottom: 12mm; font-size: 10.5pt; }
.cover .contents p { font-weight: 700; color: var(--primary); margin-bottom: 2mm; }
.cover .contents ol { margin: 0; padding-left: 5mm; color: var(--muted); }
.summary .projection { border-left: 3px solid var(--accent); padding: 2mm 4mm; background: #fafaf9; }
.cover dl.meta { margin: 0; }
.cover dl.meta div { display: flex; gap: 8px; margin-bottom: 4px; font-size: 12pt; }
.cover dt { color: var(--muted); min-width: 32mm; }
.cover dd { margin: 0; font-weight: 600; }
.cover .issued { margin-top: auto; color: var(--muted); }
.summary .headline { font-size: 15pt; font-weight: 600; line-height: 1.35; margin: 6mm 0 8mm; color: var(--ink); }
.tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; margin-bottom: 6mm; }
.tile { border: 1px solid var(--rule); border-top: 3px solid var(--primary); padding: 3mm 3.5mm; break-inside: avoid; }
.tile.estimated { border-top-color: var(--accent); }
.tile p { margin: 0; }
.tile-label { font-size: 8.5pt; color: var(--muted); min-height: 2.6em; }
.tile-value { font-size: 20pt; font-weight: 700; color: var(--ink); font-variant-numeric: tabular-nums; }
.tile-range, .tile-sub { font-size: 8.5pt; color: var(--ink); }
.changes { list-style: none; margin: 2mm 0 0; padding: 0; font-size: 8pt; color: var(--muted); }
.changes li.up b { color: #15803d; }
.changes li.down b { color: #b91c1c; }
.changes b { font-weight: 600; }
dl.defs dt { font-weight: 600; margin-top: 6px; }
dl.defs dd { margin: 0 0 4px; }
blockquote.authored { margin: 0; padding: 4mm 5mm; border-left: 4px solid var(--primary); background: #fafaf9; white-space: normal; }
blockquote.authored footer { color: var(--muted); font-size: 8.5pt; margin-top: 3mm; }
.toolbar { position: sticky; top: 0; z-index: 1; background: #1c1917; color: #fafaf9; padding: 8px 16px; display: flex; flex-wrap: wrap; gap: 10px 18px; align-items: center; font-size: 10pt; }
.toolbar a { color: #fafaf9; }
.toolbar form { display: flex; gap: 6px; align-items: center; margin: 0; }
.toolbar input { font: inherit; padding: 2px 4px; }
.toolbar .hint { color: #d6d3d1; font-size: 9pt; }
.edit { margin-top: 6mm; padding: 4mm; border: 1px dashed var(--rule); }
.edit label { display: block; margin: 6px 0 2px; font-weight: 600; }
.edit input, .edit textarea { width: 100%; font: inherit; padding: 4px; }
.edit textarea { min-height: 40mm; }
.saved { color: #15803d; font-weight: 600; }
@media screen and (max-width: 800px) {
	.toolbar { position: static; }
	.report > section, .report > h1.page-title { padding: 16px; }
	.tiles { grid-template-columns: 1fr 1fr; }
	.cover { min-height: auto; }
	table { display: block; overflow-x: auto; }
}
@page {
	size: A4;
	margin: 16mm 14mm 16mm;
	@top-left { content: ${cssString(running.header)}; ${MARGIN_FONT} }
	@top-right { content: ${cssString(b.consultancy ?? '')}; ${MARGIN_FONT} }
	@bottom-left { content: ${cssString(footLeft)}; ${MARGIN_FONT} }
	@bottom-right { content: ${cssString(pageWord)} counter(page) " / " counter(pages); ${MARGIN_FONT} }
}
@page :first {
	@top-left { content: none; }
	@top-right { content: none; }
	@bottom-left { content: none; }
	@bottom-right { content: none; }
}
@media print {
	body { background: white; font-size: 10pt; }
	.doc { padding: 0; }
	.toolbar, .screen-only { display: none !important; }
	.report > section, .report > h1.page-title { width: auto; margin: 0; padding: 0; box-shadow: none; }
	.sheet { break-after: page; }
	.cover { min-height: 262mm; }
	.part.break { break-before: page; }
	.part { margin-bottom: 6mm; }
	.report + .report { break-before: page; }
	a { color: inherit; text-decoration: none; }
}
`;
}
