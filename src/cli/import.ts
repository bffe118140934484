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
		...(typeof values['date-format'] === 'string' ? { dateFormat: values['date-format'] } : {})
	};
	const db = await getDb(resolveDbPath(values.db as string | undefined));
	const results: FileResult[] = [];
	for (const path of positionals) {
		let file: InputFile;
		try {
			if ((await stat(path)).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
			file = { name: basename(path), path };
		} catch (e) {
			results.push(unreadable(path, e as NodeJS.ErrnoException));
			continue;
		}
		const target = {
			page: page.data,
			workspace: values.workspace as string | undefined,
			name: values.name as string | undefined
		};
		const line = progressLine(process.stderr, t);
		const [result] = await importFiles(db, target, [file], options, line.update);
		line.done();
		results.push({ ...result, file: path });
	}
	if (values.json) {
		const files = results.map(({ file, format, rows, issues, error, skipped }) => ({
			file,
			format,
			rows,
			issues,
			...(error ? { error } : {}),
			...(skipped ? { skipped } : {})
		}));
		process.stdout.write(JSON.stringify({ files }) + '\n');
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
