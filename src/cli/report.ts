import { writeFile } from 'node:fs/promises';
import { REPORT_WORDS } from '../lib/i18n/report.ts';
import { getDb, inServer, resolveDbPath } from '../lib/server/db/index.ts';
import { pageReportCached } from '../lib/server/analysis.ts';
import { localDay } from '../lib/local-day.ts';
import type { DocOptions } from '../lib/server/report-document.ts';
import type { ParsedArgs } from './main.ts';
import { cliText } from './text.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const FORMATS = ['json', 'html', 'pdf'] as const;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function num(values: ParsedArgs['values'], name: string, min = 0): number | null {
	const raw = str(values[name]);
	if (raw === undefined) return null;
	const n = Number(raw.replace(',', '.'));
	if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min}`);
	return n;
}

/**
 * `sablier report --page <slug> | --workspace <slug> [--format json|html|pdf] [--out FILE]`:
 * json is the report model (schemaVersion 1, pages only); html the self-contained document; pdf
 * the same printed by Chromium (default file `<slug>-report-<lang>.pdf`). Without Chromium the
 * HTML is written beside the PDF's name and the error says how to install it (exit 1).
 * `--all [--workspace w] --out DIR` builds every page's report into DIR (src/cli/report-batch.ts).
 */
export async function runReport({ values }: ParsedArgs): Promise<number> {
	const t = cliText(str(values.lang));
	const slug = str(values.page);
	const ws = str(values.workspace);
	const all = values.all === true;
	if (!slug && !ws && !all) throw new Error(t.needPage);
	const format = (str(values.format) ?? 'json') as (typeof FORMATS)[number];
	if (!FORMATS.includes(format)) throw new Error(t.badReportFormat(FORMATS.join(', ')));
	if (ws && !slug && !all && format === 'json') throw new Error(t.badReportFormat('html, pdf'));
	if (all && slug) throw new Error(t.batch.allWithPage);
	if (all && !str(values.out)) throw new Error(t.batch.needOut);
	for (const o of ['from', 'to'] as const) {
		const v = str(values[o]);
		if (v !== undefined && (!DAY.test(v) || isNaN(Date.parse(v))))
			throw new Error(t.badDay(`--${o}`));
	}
	const vEngaged = num(values, 'value-per-engaged-user');
	const vConversion = num(values, 'value-per-conversion');
	const rate = num(values, 'discount-rate') ?? 0.1;
	const reps = num(values, 'reps') ?? 200;
	const seed = num(values, 'seed') ?? 1;
	const lang = str(values.lang)?.startsWith('fr') ? 'fr' : 'en';
	const opts: DocOptions = {
		lang,
		from: str(values.from),
		to: str(values.to),
		reps: Math.round(reps),
		seed: Math.round(seed),
		value:
			vEngaged === null && vConversion === null
				? null
				: { valuePerEngagedUser: vEngaged, valuePerConversion: vConversion, discountRate: rate }
	};
	const out = str(values.out);
	if (all) {
		const { runReportAll } = await import('./report-batch.ts');
		return runReportAll({ db: str(values.db), workspace: ws, format, out: out!, opts, t });
	}
	const db = await getDb(resolveDbPath(str(values.db)));
	try {
		if (format === 'json') {
			// the store's cached analysis when fresh; else computed here (in a worker inside the server)
			const report = await pageReportCached(db, slug!, opts, !inServer());
			if (!report) throw new Error(t.pageNotFound(slug!));
			return emit(JSON.stringify(report, null, 2) + '\n', out);
		}
		// loaded only here: the document and the browser driver stay out of every other command's start
		const { pageDocument, pageHtml, workspaceDocument, workspaceHtml } =
			await import('../lib/server/report-document.ts');
		const { ChromiumMissingError, htmlToPdfOnce } = await import('../lib/server/pdf.ts');
		let html: string;
		if (slug) {
			const p = await pageDocument(db, slug, opts);
			if (!p) throw new Error(t.pageNotFound(slug));
			html = pageHtml(p);
		} else {
			const w = await workspaceDocument(db, ws!, opts);
			if (!w) throw new Error(t.pageNotFound(ws!));
			html = await workspaceHtml(db, w, lang, localDay());
		}
		if (format === 'html') return emit(html, out);
		const file = out ?? `${slug ?? ws}-report-${lang}.pdf`;
		try {
			await writeFile(file, await htmlToPdfOnce(html));
		} catch (e) {
			if (!(e instanceof ChromiumMissingError)) throw e;
			const htmlFile = file.replace(/\.pdf$/i, '') + '.html';
			await writeFile(htmlFile, html);
			const w = REPORT_WORDS[lang];
			process.stderr.write(`${w.pdfMissing(e.path)}\n${w.pdfHtmlInstead(htmlFile)}\n`);
			return 1;
		}
		process.stderr.write(`${file}\n`);
		return 0;
	} finally {
		db.close();
	}
}

async function emit(text: string, out: string | undefined): Promise<number> {
	if (out) await writeFile(out, text);
	else process.stdout.write(text);
	return 0;
}
