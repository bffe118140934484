import type { Tx, Db } from './db/index.ts';
import { sql } from '../sql.ts';
import type { ReadOptions } from './importers/types.ts';

/** A mapping the user confirmed for files with this header, if any. */
export async function rememberedMapping(db: Db, headerKey: string): Promise<ReadOptions | null> {
	const [row] = await db.query<{ mapping: string; date_format: string | null }>(
		sql`SELECT mapping, date_format FROM column_mappings WHERE header_key = ${headerKey}`
	);
	if (!row) return null;
	return {
		mapping: JSON.parse(row.mapping),
		...(row.date_format ? { dateFormat: row.date_format } : {})
	};
}

/** Remembers (or replaces) the mapping used for a header, inside the import's transaction. */
export async function rememberMapping(
	tx: Tx,
	headerKey: string,
	header: string,
	options: ReadOptions
) {
	await tx.exec(sql`DELETE FROM column_mappings WHERE header_key = ${headerKey}`);
	await tx.exec(sql`INSERT INTO column_mappings (header_key, header, mapping, date_format)
		VALUES (${headerKey}, ${header}, ${JSON.stringify(options.mapping ?? {})}, ${options.dateFormat ?? null})`);
}

/** `day=Date,fans_total="Total fans"` → { day: 'Date', fans_total: 'Total fans' }. */
export function parseMapping(text: string): Record<string, string> {
	const out: Record<string, string> = {};
	const re = /\s*([a-z_]+)\s*=\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(?:,|$)/gy;
	let m: RegExpExecArray | null;
	let last = 0;
	while (last < text.length && (m = re.exec(text))) {
		out[m[1]] = (m[2] !== undefined ? m[2].replaceAll('""', '"') : m[3]).trim();
		last = re.lastIndex;
	}
	if (last < text.length || !Object.keys(out).length)
		throw new Error(
			`cannot read the mapping "${text}": write it as day=Date,fans_total="Total fans"`
		);
	return out;
}
