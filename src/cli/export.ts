import { writeFile } from 'node:fs/promises';
import { getDb, resolveDbPath } from '../lib/server/db/index.ts';
import { exportRows, toCsv, writeParquet, type ExportKind } from '../lib/server/export.ts';
import { exportLake } from '../lib/server/lake.ts';
import { getPage } from '../lib/server/pages.ts';
import type { ParsedArgs } from './main.ts';
import { cliText } from './text.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `sablier export daily|posts`: canonical columns, CSV to stdout by default; `export lake`: every table as Parquet. */
export async function runExport({ values, positionals }: ParsedArgs): Promise<number> {
	const t = cliText(values.lang as string | undefined);
	const kind = positionals[0];
	if (kind === 'lake') return runLake(values, t);
	if (kind !== 'daily' && kind !== 'posts') throw new Error(t.exportKind);
	if (!values.page) throw new Error(t.needPage);
	for (const o of ['from', 'to'] as const) {
		const v = values[o];
		if (v !== undefined && (typeof v !== 'string' || !DAY.test(v) || isNaN(Date.parse(v))))
			throw new Error(t.badDay(`--${o}`));
	}
	const format = (values.format as string | undefined) ?? 'csv';
	if (!['csv', 'json', 'parquet'].includes(format)) throw new Error(t.badFormat);
	const out = values.out as string | undefined;
	if (format === 'parquet' && !out) throw new Error(t.parquetOut);
	const db = await getDb(resolveDbPath(values.db as string | undefined));
	try {
		const page = await getPage(db, values.page as string);
		if (!page) throw new Error(t.pageNotFound(values.page as string));
		const q = {
			pageId: page.id,
			kind: kind as ExportKind,
			from: values.from as string | undefined,
			to: values.to as string | undefined
		};
		if (format === 'parquet') {
			const n = await writeParquet(db, q, out as string);
			process.stderr.write(t.wrote(n, out as string) + '\n');
			return 0;
		}
		const { rows, columns } = await exportRows(db, q);
		const text = format === 'csv' ? toCsv(rows, columns) : JSON.stringify(rows) + '\n';
		if (out) {
			await writeFile(out, text);
			process.stderr.write(t.wrote(rows.length, out) + '\n');
		} else process.stdout.write(text);
		return 0;
	} finally {
		db.close();
	}
}

/** `sablier export lake --out DIR [--workspace w]`: the store as partitioned Parquet (src/lib/server/lake.ts). */
async function runLake(
	values: ParsedArgs['values'],
	t: ReturnType<typeof cliText>
): Promise<number> {
	const out = values.out;
	if (typeof out !== 'string' || out === '') throw new Error(t.lakeOut);
	const workspace = values.workspace as string | undefined;
	const db = await getDb(resolveDbPath(values.db as string | undefined));
	try {
		const summary = await exportLake(db, out, workspace);
		if (summary.pages === 0) {
			process.stderr.write(t.lakeNoPages(workspace) + '\n');
			return 1;
		}
		const rows = summary.tables.reduce((n, x) => n + x.rows, 0);
		if (values.json) process.stdout.write(JSON.stringify(summary) + '\n');
		process.stderr.write(t.lakeWrote(summary.pages, rows, out) + '\n');
		return 0;
	} finally {
		db.close();
	}
}
