import { getDb, resolveDbPath } from '../lib/server/db/index.ts';
import { deleteImport, listImports } from '../lib/server/imports.ts';
import type { ParsedArgs } from './main.ts';
import { cliText } from './text.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** `sablier imports [--page <slug>] [--json]` and `sablier imports delete <id>`. */
export async function runImports({ values, positionals }: ParsedArgs): Promise<number> {
	const t = cliText(str(values.lang));
	const [action, arg] = positionals;
	const db = await getDb(resolveDbPath(str(values.db)));
	try {
		if (action === 'delete') {
			const id = Number(arg);
			if (!arg || !Number.isInteger(id) || !(await deleteImport(db, id)))
				throw new Error(t.importNotFound(arg ?? ''));
			process.stdout.write(t.importDeleted(id) + '\n');
			return 0;
		}
		if (action !== undefined && action !== 'list') throw new Error(t.importsUsage);
		const rows = await listImports(db, str(values.page));
		if (values.json) process.stdout.write(JSON.stringify({ imports: rows }) + '\n');
		else
			for (const r of rows)
				process.stdout.write(
					`#${r.id}  ${r.imported_at}  ${r.page}  ${r.format}  ${r.first_day ?? '?'}..${r.last_day ?? '?'}  ` +
						`${r.rows_read} ${t.read} / ${r.rows_inserted} ${t.inserted} / ${r.rows_updated} ${t.updated} / ` +
						`${r.rows_unchanged} ${t.unchanged} / ${r.rows_rejected} ${t.rejected}  ${r.file_name}  sha256:${r.sha256.slice(0, 12)}\n`
				);
		return 0;
	} finally {
		db.close();
	}
}
