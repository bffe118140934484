import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { translateMessage } from '../lib/i18n/messages.ts';
import { REPORT_WORDS } from '../lib/i18n/report.ts';
import { getDb, resolveDbPath } from '../lib/server/db/index.ts';
import { listPageNames } from '../lib/server/pages.ts';
import { pageReport } from '../lib/server/report.ts';
import type { DocOptions } from '../lib/server/report-document.ts';
import type * as Pdf from '../lib/server/pdf.ts';
import type { LineStream } from './progress.ts';
import type { CliText } from './text.ts';

export interface BatchArgs {
	db: string | undefined;
	workspace: string | undefined;
	format: 'json' | 'html' | 'pdf';
	out: string;
	opts: DocOptions;
	t: CliText;
	/** Where progress, failures and the summary go (stderr; a test's stand-in). */
	err?: LineStream;
}

/** `<workspace>--<page>-<lang>.<ext>` (slugs never hold a slash). */
export const batchFileName = (workspace: string, page: string, lang: string, ext: string) =>
	`${workspace}--${page}-${lang}.${ext}`;

/**
 * `sablier report --all [--workspace w] --format json|html|pdf --out DIR`: every page's report
 * (or one workspace's), one page at a time — each report is built, written and dropped before
 * the next, so memory does not grow with the number of pages. PDFs share one Chromium for the
 * whole run. A page that cannot be reported (no daily data, an error) is listed with its reason
 * and the others go on. Exit 0 when every page was written, 2 when any failed, 1 on usage or
 * when Chromium is missing for PDFs (nothing is written then).
 */
export async function runReportAll(a: BatchArgs): Promise<number> {
	const { t, format, opts } = a;
	const err = a.err ?? process.stderr;
	const lang = opts.lang;
	let pdf: typeof Pdf | null = null;
	if (format === 'pdf') {
		pdf = await import('../lib/server/pdf.ts');
		const path = pdf.chromiumPath();
		if (!existsSync(path)) {
			err.write(`${REPORT_WORDS[lang].pdfMissing(path)}\n`);
			return 1;
		}
	}
	const doc = format === 'json' ? null : await import('../lib/server/report-document.ts');
	const db = await getDb(resolveDbPath(a.db));
	let ok = 0;
	let failed = 0;
	try {
		const pages = (await listPageNames(db)).filter(
			(p) => !a.workspace || p.workspace === a.workspace
		);
		if (pages.length === 0) throw new Error(t.batch.noPages(a.workspace));
		await mkdir(a.out, { recursive: true });
		const tty = err.isTTY === true;
		for (const [i, p] of pages.entries()) {
			const name = `${p.workspace}/${p.slug}`;
			if (tty) err.write(`\r\x1b[K${t.batch.progress(i + 1, pages.length, name)}`);
			let reason: string | null = null;
			try {
				let body: string | Buffer | null = null;
				if (!doc) {
					const report = await pageReport(db, p.slug, opts);
					body = report && JSON.stringify(report, null, 2) + '\n';
				} else {
					const d = await doc.pageDocument(db, p.slug, opts);
					const html = d && doc.pageHtml(d);
					body = html && pdf ? await pdf.htmlToPdf(html) : html;
				}
				if (body === null) reason = t.batch.noData;
				else await writeFile(join(a.out, batchFileName(p.workspace, p.slug, lang, format)), body);
			} catch (e) {
				reason = translateMessage((e as Error).message, t.lang);
			}
			if (reason === null) ok++;
			else {
				failed++;
				if (tty) err.write('\r\x1b[K');
				err.write(`${t.batch.failed(name, reason)}\n`);
			}
		}
		if (tty) err.write('\r\x1b[K');
		err.write(`${t.batch.summary(ok, failed, a.out)}\n`);
		return failed ? 2 : 0;
	} finally {
		if (pdf) await pdf.closePdfBrowser();
		db.close();
	}
}
