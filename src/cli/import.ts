import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { getDb, resolveDbPath } from '../lib/server/db/index.ts';
import { importFiles, type InputFile } from '../lib/server/import-files.ts';
import { parseMapping } from '../lib/server/mappings.ts';
import { translateMessage } from '../lib/i18n/messages.ts';
import { slugSchema } from '../lib/server/pages.ts';
import type { FileResult } from '../lib/server/importers/types.ts';
import { importers } from '../lib/server/importers/index.ts';
import type { ParsedArgs } from './main.ts';
import { PLATFORMS } from '../lib/canonical.ts';
import { z } from 'zod';

const PLATFORM = z.enum(PLATFORMS, { error: () => `--platform: one of ${PLATFORMS.join(', ')}` });

/** `--last-day YYYY-MM-DD`: a real calendar day. */
function lastDay(v: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim());
	const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
	if (!m || !d || d.toISOString().slice(0, 10) !== v.trim())
		throw new Error(`--last-day: a day written YYYY-MM-DD, got "${v}"`);
	return v.trim();
}
import { progressLine } from './progress.ts';
import { cliText, type CliText } from './text.ts';

/** `sablier import`: exit 0 when every file was recognised (rejected rows allowed), 2 otherwise. */
export async function runImport({ values, positionals }: ParsedArgs): Promise<number> {
	const t = cliText(values.lang as string | undefined);
	if (!values.page) throw new Error(t.needPage);
	const page = slugSchema.safeParse(values.page);
	if (!page.success) throw new Error(`--page: ${page.error.issues[0].message}`);
	if (positionals.length === 0) throw new Error(t.needFiles);
	const options = {
		...(typeof values.map === 'string' ? { mapping: parseMapping(values.map) } : {}),
		...(typeof values['date-format'] === 'string' ? { dateFormat: values['date-format'] } : {}),
		...(typeof values['last-day'] === 'string' ? { lastDay: lastDay(values['last-day']) } : {})
	};
	const platform = values.platform === undefined ? undefined : PLATFORM.parse(values.platform);
	const db = await getDb(resolveDbPath(values.db as string | undefined));
	const results: FileResult[] = [];
	const files: InputFile[] = [];
	const paths = new Map<string, string>();
	for (const path of positionals) {
		try {
			if ((await stat(path)).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
			files.push({ name: basename(path), path });
			if (!paths.has(basename(path))) paths.set(basename(path), path);
		} catch (e) {
			results.push(unreadable(path, e as NodeJS.ErrnoException));
		}
	}
	const target = {
		page: page.data,
		workspace: values.workspace as string | undefined,
		name: values.name as string | undefined,
		...(platform ? { platform } : {})
	};
	// one call: a file naming no platform waits for the others; a zip reports every member
	const line = progressLine(process.stderr, t);
	for (const r of await importFiles(db, target, files, options, line.update)) {
		const name = [...paths.keys()].find(
			(n) => r.file === n || r.file.startsWith(`${n}/`) || r.file.startsWith(`${n} (`)
		);
		results.push({ ...r, file: name ? paths.get(name) + r.file.slice(name.length) : r.file });
	}
	line.done();
	if (values.json) {
		const out = results.map(
			({ file, format, rows, issues, error, skipped, page, pageCreated }) => ({
				file,
				format,
				rows,
				issues,
				...(error ? { error } : {}),
				...(skipped ? { skipped } : {}),
				...(page ? { page } : {}),
				...(pageCreated ? { pageCreated } : {})
			})
		);
		process.stdout.write(JSON.stringify({ files: out }) + '\n');
	} else for (const r of results) process.stdout.write(summary(r, t));
	db.close();
	return results.some((r) => r.error) ? 2 : 0;
}

function unreadable(path: string, e: NodeJS.ErrnoException): FileResult {
	const why =
		e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'it is a folder' : e.message;
	return {
		file: path,
		format: null,
		rows: { read: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 },
		issues: [],
		error: `cannot read the file: ${why}`
	};
}

const SHOWN = 10;

export function summary(r: FileResult, t: CliText): string {
	const label = importers.find((i) => i.id === r.format)?.label ?? r.format ?? '?';
	const lines = [`${r.file}`];
	if (r.skipped) lines.push(`  ${t.skipped}: ${r.skipped}`);
	else if (r.error) lines.push(`  ${t.notImported}: ${translateMessage(r.error, t.lang)}`);
	else {
		lines.push(`  ${label}`);
		if (r.page) lines.push(`  ${t.page}: ${r.page}${r.pageCreated ? ` (${t.pageCreated})` : ''}`);
		const c = r.rows;
		lines.push(
			`  ${t.rows}: ${c.read} ${t.read} / ${c.inserted} ${t.inserted} / ${c.updated} ${t.updated} / ${c.unchanged} ${t.unchanged} / ${c.rejected} ${t.rejected}`
		);
	}
	for (const i of r.issues.slice(0, SHOWN)) {
		const where = [
			i.row !== null ? `${t.row} ${i.row}` : '',
			i.column ? `${t.column} "${i.column}"` : ''
		]
			.filter(Boolean)
			.join(', ');
		lines.push(`  - ${where ? where + ': ' : ''}${translateMessage(i.message, t.lang)}`);
	}
	if (r.issues.length > SHOWN) lines.push(`  ${t.moreIssues(r.issues.length - SHOWN)}`);
	return lines.join('\n') + '\n';
}
