import type { Tx } from '../db/index.ts';
import { resolvedExtras } from '../db/migrations/0010_extras_as_text.ts';
import { ident, join, keyword, sql, type Sql } from '../../sql.ts';
import type { ReadExport } from './read.ts';
import { stagedSpan } from './stage.ts';
import { KIND_TABLES, type KindTables } from './store-tables.ts';
import type { FileResult, ImportIssue } from './types.ts';

export interface LoadMeta {
	pageId: number;
	fileName: string;
	/**
	 * Gives DuckDB the store's own memory again when the file must be resolved against stored keys
	 * (its memory is capped while a file is read and staged: import-files.ts).
	 */
	roomy?: () => Promise<void>;
}

/**
 * Loads one read export into the store inside the caller's transaction. What the file said goes to
 * the per-import tables whole; the resolved tables are then recomputed for the keys it touches, each
 * value taken from the highest-ranked import that has it (rank: latest data day, then sha256), so
 * any import order gives the same store. Re-importing the same bytes replaces that import in place.
 * Extras are stored once, one text per record and import (`import_*_extras.vals`, a JSON array,
 * NULL when the record has none); the long tables `import_*_extra`, `page_daily_extra` and
 * `post_extra` are views over them (migrations 0008, 0010).
 */
export async function loadExport(tx: Tx, meta: LoadMeta, read: ReadExport): Promise<FileResult> {
	const { importer, sha256, kind } = read;
	const t = KIND_TABLES[kind];
	const span = await stagedSpan(tx, kind);
	const rankKey = `${span.last ?? '0000-00-00'}|${sha256}`;
	const page = meta.pageId;
	const [before] = await tx.query<{ id: number; status: string }>(
		sql`SELECT id, status FROM imports WHERE page_id = ${page} AND sha256 = ${sha256}`
	);
	const again = before?.status === 'loaded' ? before.id : null;
	// keys no other import of the page holds (most of a new file) are copied as they are; only keys
	// another import also holds need resolving by rank (all of them when the same file comes again)
	await tx.exec(sql`CREATE OR REPLACE TEMP TABLE resolve_keys AS
		SELECT DISTINCT CAST(key AS ${keyType(t)}) AS k FROM stage_rows
		WHERE ${again !== null} OR CAST(key AS ${keyType(t)}) IN
			(SELECT ${col(t, t.key)} FROM ${raw(t.held)} WHERE page_id = ${page} AND import_id IS DISTINCT FROM ${before?.id ?? null})`);
	const [{ n: shared }] = await tx.query<{ n: number }>(
		'SELECT count(*)::INTEGER AS n FROM resolve_keys'
	);
	// the same file again, read the same as it was stored: nothing can change (every per-import
	// and resolved row is a function of what the store already holds), so nothing is rewritten
	if (again !== null && (await sameAsStored(tx, t, again, read))) {
		const kept = await countOutranked(tx, t, again, page);
		await dropStage(tx);
		const rows = { read: read.read, inserted: 0, updated: 0, rejected: read.rejected };
		return {
			file: meta.fileName,
			format: importer.id,
			rows: { ...rows, unchanged: read.read - read.rejected },
			issues: [...read.issues, ...outranked(kept, kind)],
			importId: again
		};
	}
	// the resolved extras are a view over the imports' extras: seen before this file changes them
	// resolving the keys other imports hold joins or aggregates every one of them: with the store's
	// own memory, not the cap of reading a file (a 1 M-post overlap overruns 64 MB)
	if (shared > 0) await meta.roomy?.();
	// most often the new file ranks above (or below) every import holding its shared posts: each
	// resolved row is then the old one merged with the file's, by a join, no aggregate (`merge`)
	const side =
		shared > 0 && again === null && t.sole ? await mergeSide(tx, t, page, rankKey, shared) : null;
	let changed = 0;
	if (side) changed = await merge(tx, t, page, side);
	else if (shared > 0) await snapshotOld(tx, t, page);
	// a post only one import held until now is stored once, in `posts`: its row goes to the
	// per-import rows before it is resolved with this file's
	if (shared > 0 && t.sole) await split(tx, t, page);
	const { id: importId, existed } = await upsertImport(tx, meta, read, span, rankKey);

	// (for posts, only keys another import holds get a per-import row: none in most new files)
	if (shared > 0 || !t.sole) await tx.exec(copySql(t, importId, page));
	await tx.exec(
		sql`INSERT INTO ${raw(t.srcExtra)} SELECT ${importId}, ${page}, CAST(key AS ${keyType(t)}), vals, nums
			FROM stage_rows WHERE vals IS NOT NULL`
	);
	await tx.exec(
		sql`INSERT INTO import_extra_names SELECT ${importId}, names FROM stage_names WHERE len(names) > 0`
	);
	const fresh = await copyFresh(tx, t, page, importId, shared > 0);
	if (side) await writeMerged(tx, t, page);
	else if (shared > 0) await resolve(tx, t, page);
	const counts = side
		? { inserted: 0, updated: changed + (await countExtraChanges(tx, t)) }
		: shared > 0
			? await countChanges(tx, t)
			: { inserted: 0, updated: 0 };
	const rejected = read.rejected;
	const rows = {
		read: read.read,
		inserted: fresh + counts.inserted,
		updated: counts.updated,
		unchanged: read.read - rejected - fresh - counts.inserted - counts.updated,
		rejected
	};
	const kept = shared > 0 ? await countOutranked(tx, t, importId, page) : 0;
	const issues: ImportIssue[] = [...read.issues, ...outranked(kept, kind)];
	// a re-import of the same bytes keeps the log of the first import: the store stays identical
	if (!existed)
		await tx.exec(sql`UPDATE imports SET rows_read = ${rows.read}, rows_inserted = ${rows.inserted},
		rows_updated = ${rows.updated}, rows_unchanged = ${rows.unchanged}, rows_rejected = ${rows.rejected}
		WHERE id = ${importId}`);
	await saveColumns(tx, importId, read);
	await dropStage(tx);
	return { file: meta.fileName, format: importer.id, rows, issues, importId };
}

/** The staged file is let go before the commit (DuckDB's memory is capped while importing). */
const dropStage = (tx: Tx) =>
	tx.exec(
		'DROP VIEW IF EXISTS stage_rows; DROP TABLE IF EXISTS stage_csv; DROP TABLE IF EXISTS stage_js; DROP TABLE IF EXISTS stage_js_rows; DROP TABLE IF EXISTS stage_extra'
	);

const outranked = (kept: number, kind: 'daily' | 'posts'): ImportIssue[] =>
	kept > 0
		? [
				{
					row: null,
					column: null,
					message: `${kept} ${kind === 'daily' ? 'day(s)' : 'post(s)'} also appear in a more recent export, whose values were kept`
				}
			]
		: [];

/**
 * True when the staged file gives exactly what the store holds for import `id` (the same bytes,
 * read the same way): the same columns, extra names, rows and extras. Rows and extras are compared
 * by count and an order-free sum of row hashes, in one streamed pass each: no join, no memory
 * beyond a few numbers, however large the file (a re-import used to resolve every row again).
 */
async function sameAsStored(tx: Tx, t: KindTables, id: number, read: ReadExport) {
	const stored = await tx.query<ColumnRow>(
		sql`SELECT position, name, description, target FROM import_columns WHERE import_id = ${id} ORDER BY position`
	);
	const columns = read.columns.map((c) => ({
		position: c.position,
		name: c.name,
		description: c.description,
		target: c.target
	}));
	if (JSON.stringify(stored) !== JSON.stringify(columns)) return false;
	const key = col(t, t.key);
	const values = join(t.columns.map((c) => col(t, c.name)));
	const [r] = await tx.query<{ same: boolean }>(sql`SELECT
		(SELECT count(*) FROM stage_rows) = (SELECT count(*) FROM ${raw(t.held)} WHERE import_id = ${id})
		AND (SELECT sum(hash(CAST(key AS ${keyType(t)}), ${castColumns(t)})) FROM stage_rows)
			IS NOT DISTINCT FROM (SELECT sum(hash(${key}, ${values})) FROM ${raw(t.held)} WHERE import_id = ${id})
		AND (SELECT count(*) FROM stage_rows WHERE vals IS NOT NULL)
			= (SELECT count(*) FROM ${raw(t.srcExtra)} WHERE import_id = ${id})
		AND (SELECT sum(hash(CAST(key AS ${keyType(t)}), vals, nums)) FROM stage_rows WHERE vals IS NOT NULL)
			IS NOT DISTINCT FROM (SELECT sum(hash(${key}, vals, nums)) FROM ${raw(t.srcExtra)} WHERE import_id = ${id})
		AND (SELECT names FROM stage_names WHERE len(names) > 0)
			IS NOT DISTINCT FROM (SELECT names FROM import_extra_names WHERE import_id = ${id}) AS same`);
	return r.same === true;
}

interface ColumnRow {
	position: number;
	name: string;
	description: string | null;
	target: string | null;
}

const TABLES = [
	'page_daily',
	'page_daily_extra',
	'import_daily',
	'import_daily_extras',
	'posts',
	'post_extra',
	'import_posts',
	'import_post_rows',
	'import_post_extras',
	'import_columns',
	'import_extra_names'
];
const raw = (table: string): Sql => ident(table, TABLES);
const keyType = (t: KindTables): Sql => keyword(t.keyType, ['DATE', 'VARCHAR']);
const col = (t: KindTables, name: string): Sql =>
	ident(name, [t.key, ...t.columns.map((c) => c.name)]);

async function upsertImport(
	tx: Tx,
	meta: LoadMeta,
	read: ReadExport,
	span: { first: string | null; last: string | null },
	rankKey: string
): Promise<{ id: number; existed: boolean }> {
	const [existing] = await tx.query<{ id: number; status: string }>(
		sql`SELECT id, status FROM imports WHERE page_id = ${meta.pageId} AND sha256 = ${read.sha256}`
	);
	const t = KIND_TABLES[read.kind];
	if (existing) {
		for (const table of [t.srcExtra, t.src, 'import_columns', 'import_extra_names'])
			await tx.exec(sql`DELETE FROM ${raw(table)} WHERE import_id = ${existing.id}`);
		if (existing.status === 'deleted') {
			// the same file imported again after its import was deleted: a new import in the old row
			await tx.exec(sql`UPDATE imports SET status = 'loaded', file_name = ${meta.fileName},
				imported_at = current_timestamp WHERE id = ${existing.id}`);
			return { id: existing.id, existed: false };
		}
		return { id: existing.id, existed: true };
	}
	const [row] = await tx.query<{ id: number }>(sql`INSERT INTO imports
		(page_id, file_name, sha256, format, kind, encoding, first_day, last_day, rank_key,
		 rows_read, rows_inserted, rows_updated, rows_unchanged, rows_rejected, status)
		VALUES (${meta.pageId}, ${meta.fileName}, ${read.sha256}, ${read.importer.id}, ${read.kind},
		 ${read.encoding}, CAST(${span.first} AS DATE), CAST(${span.last} AS DATE), ${rankKey},
		 0, 0, 0, 0, 0, 'loaded')
		RETURNING id`);
	return { id: row.id, existed: false };
}

/** The staged columns cast to the store's types. */
const castColumns = (t: KindTables): Sql =>
	join(
		t.columns.map((c) =>
			c.type === 'BIGINT' || c.type === 'TIMESTAMP'
				? sql`CAST(${col(t, c.name)} AS ${keyword(c.type, ['BIGINT', 'TIMESTAMP'])})`
				: col(t, c.name)
		)
	);

/** The file's rows into the per-import table (for posts, only those of keys another import holds). */
function copySql(t: KindTables, importId: number, page: number): Sql {
	const names = join(t.columns.map((c) => col(t, c.name)));
	const which = t.sole ? sql` WHERE CAST(key AS ${keyType(t)}) IN (${stagedKeys()})` : sql``;
	return sql`INSERT INTO ${raw(t.src)} (import_id, page_id, ${col(t, t.key)}, ${names})
		SELECT ${importId}, ${page}, CAST(key AS ${keyType(t)}), ${castColumns(t)} FROM stage_rows${which}`;
}

/** The keys to resolve by rank (temp table `resolve_keys(k)`, typed like the key column). */
const stagedKeys = (): Sql => sql`SELECT k FROM resolve_keys`;

/**
 * Resolved rows for keys only this import holds: its own values (for posts, with its id: the row is
 * then stored there alone). Returns how many.
 */
async function copyFresh(
	tx: Tx,
	t: KindTables,
	page: number,
	importId: number,
	shared: boolean
): Promise<number> {
	const key = sql`CAST(key AS ${keyType(t)})`;
	const fresh = shared ? sql`${key} NOT IN (${stagedKeys()})` : sql`true`;
	const names = join(t.columns.map((c) => col(t, c.name)));
	const id = t.sole ? sql`, import_id` : sql``;
	const idValue = t.sole ? sql`, ${importId}` : sql``;
	await tx.exec(sql`INSERT INTO ${raw(t.table)} (page_id, ${col(t, t.key)}, ${names}${id})
		SELECT ${page}, ${key}, ${castColumns(t)}${idValue} FROM stage_rows WHERE ${fresh}`);
	const [r] = await tx.query<{ n: number }>(
		sql`SELECT count(*)::INTEGER AS n FROM stage_rows WHERE ${fresh}`
	);
	return r.n;
}

/** The resolved extras (`page_daily_extra`, `post_extra`) of the keys to resolve (or of `keys`), alone. */
const keyExtras = (t: KindTables, keys: 'resolve_keys' | 'extra_keys' = 'resolve_keys') =>
	resolvedExtras(
		t.srcExtra.replace(/s$/, ''),
		t.key,
		`page_id IN (SELECT id FROM resolve_page) AND ${t.key} IN (SELECT k FROM ${keys})`
	);

/** A resolved row's values: page, key and columns (not the id of the import a post alone comes from). */
const resolvedColumns = (t: KindTables): Sql =>
	join([sql`page_id`, col(t, t.key), ...t.columns.map((c) => col(t, c.name))]);

/**
 * The resolved rows of posts to resolve that one import held alone (stored in `posts` with its id):
 * copied to the per-import rows, where resolve() reads every import's values.
 */
async function split(tx: Tx, t: KindTables, page: number) {
	const names = join(t.columns.map((c) => col(t, c.name)));
	await tx.exec(sql`INSERT INTO ${raw(t.src)} (import_id, page_id, ${col(t, t.key)}, ${names})
		SELECT import_id, page_id, ${col(t, t.key)}, ${names} FROM ${raw(t.table)}
		WHERE page_id = ${page} AND import_id IS NOT NULL AND ${col(t, t.key)} IN (${stagedKeys()})`);
}

/** The resolved rows and extras for the staged keys, as they were before this file. */
async function snapshotOld(tx: Tx, t: KindTables, page: number) {
	await tx.exec(sql`CREATE OR REPLACE TEMP TABLE old_rows AS SELECT ${resolvedColumns(t)} FROM ${raw(t.table)}
		WHERE page_id = ${page} AND ${col(t, t.key)} IN (${stagedKeys()})`);
	await tx.exec(sql`CREATE OR REPLACE TEMP TABLE resolve_page AS SELECT ${page}::INTEGER AS id`);
	await tx.exec(`CREATE OR REPLACE TEMP TABLE old_extra AS ${keyExtras(t)}`);
}

/**
 * Recomputes the resolved rows of the staged keys from every import of the page (their extras
 * need nothing: `page_daily_extra` and `post_extra` are views resolving them the same way).
 */
export async function resolve(tx: Tx, t: KindTables, page: number) {
	const key = col(t, t.key);
	const picks = join(
		t.columns.map((c) => sql`arg_max(s.${col(t, c.name)}, i.rank_key) AS ${col(t, c.name)}`)
	);
	await tx.exec(
		sql`DELETE FROM ${raw(t.table)} WHERE page_id = ${page} AND ${key} IN (${stagedKeys()})`
	);
	await tx.exec(sql`INSERT INTO ${raw(t.table)} (page_id, ${key}, ${join(t.columns.map((c) => col(t, c.name)))})
		SELECT s.page_id, s.${key}, ${picks}
		FROM ${raw(t.src)} s JOIN imports i ON i.id = s.import_id
		WHERE s.page_id = ${page} AND s.${key} IN (${stagedKeys()})
		GROUP BY s.page_id, s.${key}`);
	if (!t.sole) return;
	// a post now held by one import alone (the others deleted, or the same file again) is stored
	// once: its resolved row (that import's own values) takes the import's id, its copy goes
	await tx.exec(sql`CREATE OR REPLACE TEMP TABLE resolve_alone AS
		SELECT ${key} AS k, min(import_id) AS import_id FROM ${raw(t.src)}
		WHERE page_id = ${page} AND ${key} IN (${stagedKeys()}) GROUP BY ${key} HAVING count(*) = 1`);
	await tx.exec(sql`UPDATE ${raw(t.table)} SET import_id = a.import_id FROM resolve_alone a
		WHERE ${raw(t.table)}.page_id = ${page} AND ${raw(t.table)}.${key} = a.k`);
	await tx.exec(sql`DELETE FROM ${raw(t.src)}
		WHERE page_id = ${page} AND ${key} IN (SELECT k FROM resolve_alone)`);
}

/** inserted = staged keys absent before; updated = present before and any value or extra changed. */
async function countChanges(tx: Tx, t: KindTables): Promise<{ inserted: number; updated: number }> {
	const key = col(t, t.key);
	// the extras of the keys resolved, as they are now (old_extra: before this file)
	await tx.exec(`CREATE OR REPLACE TEMP TABLE new_extra AS ${keyExtras(t)}`);
	const [r] = await tx.query<{ inserted: number; updated: number }>(sql`
		WITH staged AS (SELECT k FROM resolve_keys),
		new_rows AS (SELECT ${resolvedColumns(t)} FROM ${raw(t.table)}
			WHERE page_id = (SELECT id FROM resolve_page) AND ${key} IN (SELECT ${key} FROM old_rows)),
		changed AS (
			SELECT ${key} AS k FROM (SELECT * FROM new_rows EXCEPT SELECT * FROM old_rows)
			UNION SELECT ${key} FROM (SELECT * FROM old_rows EXCEPT SELECT * FROM new_rows)
			UNION SELECT ${key} FROM (SELECT * FROM new_extra EXCEPT SELECT * FROM old_extra)
			UNION SELECT ${key} FROM (SELECT * FROM old_extra EXCEPT SELECT * FROM new_extra))
		SELECT
			(SELECT count(*) FROM staged WHERE k NOT IN (SELECT ${key} FROM old_rows))::INTEGER AS inserted,
			(SELECT count(*) FROM changed WHERE k IN (SELECT ${key} FROM old_rows))::INTEGER AS updated`);
	return r;
}

/**
 * 'above' when the file ranks above every other import holding its shared keys, 'below' when
 * below them all, null otherwise (or when a shared key has no resolved row): then `resolve`.
 */
async function mergeSide(
	tx: Tx,
	t: KindTables,
	page: number,
	rankKey: string,
	shared: number
): Promise<'above' | 'below' | null> {
	const key = col(t, t.key);
	const [r] = await tx.query<{ above: number; below: number; rows: number }>(sql`SELECT
		count(*) FILTER (rank_key < ${rankKey})::INTEGER AS above,
		count(*) FILTER (rank_key > ${rankKey})::INTEGER AS below,
		(SELECT count(*) FROM ${raw(t.table)} WHERE page_id = ${page} AND ${key} IN (${stagedKeys()}))::INTEGER AS rows
		FROM imports WHERE id IN (SELECT DISTINCT import_id FROM ${raw(t.held)}
			WHERE page_id = ${page} AND ${key} IN (${stagedKeys()}))`);
	if (r.rows !== shared) return null;
	return r.below === 0 ? 'above' : r.above === 0 ? 'below' : null;
}

/** A staged column, cast to the store's type, of the staged row `st`. */
const stagedColumn = (t: KindTables, c: { name: string; type: string }): Sql =>
	c.type === 'BIGINT' || c.type === 'TIMESTAMP'
		? sql`CAST(st.${col(t, c.name)} AS ${keyword(c.type, ['BIGINT', 'TIMESTAMP'])})`
		: sql`st.${col(t, c.name)}`;

/**
 * The resolved rows of the shared keys, merged from the stored ones and the file's (temp table
 * `merged`: for a file above every other import holding them, its values where it has one, else
 * the stored ones; below them all, the stored values where there is one). The same rows `resolve`
 * computes, by one join instead of an aggregate of every import's rows per key. Also notes the keys
 * whose resolved extras may change although their row does not (`extra_keys`, their resolved extras
 * saved in `old_extra`): not a key whose only import until now gave exactly the file's extras.
 * Returns how many rows change.
 */
async function merge(tx: Tx, t: KindTables, page: number, side: 'above' | 'below') {
	const key = col(t, t.key);
	const picks = join(
		t.columns.map((c) => {
			const [first, second] =
				side === 'above'
					? [stagedColumn(t, c), sql`p.${col(t, c.name)}`]
					: [sql`p.${col(t, c.name)}`, stagedColumn(t, c)];
			return sql`coalesce(${first}, ${second}) AS ${col(t, c.name)}`;
		})
	);
	const differs = join(
		t.columns.map((c) =>
			side === 'above'
				? sql`(${stagedColumn(t, c)} IS NOT NULL AND ${stagedColumn(t, c)} IS DISTINCT FROM p.${col(t, c.name)})`
				: sql`(p.${col(t, c.name)} IS NULL AND ${stagedColumn(t, c)} IS NOT NULL)`
		),
		' OR '
	);
	await tx.exec(sql`CREATE OR REPLACE TEMP TABLE merged AS
		SELECT p.page_id, p.${key}, ${picks}, (${differs}) AS changed,
			CASE WHEN st.vals IS NOT NULL AND NOT (${differs}) THEN p.import_id END AS alone
		FROM stage_rows st
		JOIN ${raw(t.table)} p ON p.page_id = ${page} AND p.${key} = CAST(st.key AS ${keyType(t)})`);
	// rows unchanged whose file's record has extras (few, but for a file giving the same values)
	await tx.exec(sql`CREATE OR REPLACE TEMP TABLE extra_keys AS
		SELECT m.${key} AS k FROM merged m
		JOIN stage_rows st ON CAST(st.key AS ${keyType(t)}) = m.${key}
		LEFT JOIN ${raw(t.srcExtra)} e ON e.import_id = m.alone AND e.page_id = ${page} AND e.${key} = m.${key}
		WHERE NOT m.changed AND st.vals IS NOT NULL AND NOT (m.alone IS NOT NULL
			AND e.vals IS NOT DISTINCT FROM st.vals AND e.nums IS NOT DISTINCT FROM st.nums
			AND (SELECT names FROM import_extra_names n WHERE n.import_id = m.alone)
				IS NOT DISTINCT FROM (SELECT names FROM stage_names WHERE len(names) > 0))`);
	await tx.exec(sql`CREATE OR REPLACE TEMP TABLE resolve_page AS SELECT ${page}::INTEGER AS id`);
	await tx.exec(`CREATE OR REPLACE TEMP TABLE old_extra AS ${keyExtras(t, 'extra_keys')}`);
	const [r] = await tx.query<{ n: number }>(
		'SELECT count(*)::INTEGER AS n FROM merged WHERE changed'
	);
	return r.n;
}

/** The merged rows replace the resolved ones (now held by several imports: no import id). */
async function writeMerged(tx: Tx, t: KindTables, page: number) {
	const key = col(t, t.key);
	const names = join(t.columns.map((c) => col(t, c.name)));
	await tx.exec(
		sql`DELETE FROM ${raw(t.table)} WHERE page_id = ${page} AND ${key} IN (${stagedKeys()})`
	);
	await tx.exec(sql`INSERT INTO ${raw(t.table)} (page_id, ${key}, ${names})
		SELECT page_id, ${key}, ${names} FROM merged`);
	await tx.exec('DROP TABLE merged');
}

/** Keys of `extra_keys` whose resolved extras changed (old_extra: before this file). */
async function countExtraChanges(tx: Tx, t: KindTables): Promise<number> {
	const key = col(t, t.key);
	await tx.exec(`CREATE OR REPLACE TEMP TABLE new_extra AS ${keyExtras(t, 'extra_keys')}`);
	const [r] = await tx.query<{ n: number }>(sql`SELECT count(*)::INTEGER AS n FROM (
		SELECT ${key} FROM (SELECT * FROM new_extra EXCEPT SELECT * FROM old_extra)
		UNION SELECT ${key} FROM (SELECT * FROM old_extra EXCEPT SELECT * FROM new_extra))`);
	await tx.exec('DROP TABLE old_extra; DROP TABLE new_extra; DROP TABLE extra_keys');
	return r.n;
}

/** Keys where some value this file gives differs from the resolved one (a higher-ranked import won). */
async function countOutranked(
	tx: Tx,
	t: KindTables,
	importId: number,
	page: number
): Promise<number> {
	const key = col(t, t.key);
	const differs = join(
		t.columns.map(
			(c) =>
				sql`(s.${col(t, c.name)} IS NOT NULL AND s.${col(t, c.name)} IS DISTINCT FROM r.${col(t, c.name)})`
		),
		' OR '
	);
	const [r] = await tx.query<{ n: number }>(sql`SELECT count(*)::INTEGER AS n
		FROM ${raw(t.src)} s JOIN ${raw(t.table)} r ON r.page_id = s.page_id AND r.${key} = s.${key}
		WHERE s.import_id = ${importId} AND r.page_id = ${page} AND s.${key} IN (${stagedKeys()}) AND (${differs})`);
	return r.n;
}

async function saveColumns(tx: Tx, importId: number, read: ReadExport) {
	await tx.exec(
		'CREATE OR REPLACE TEMP TABLE stage_columns (position INTEGER, name VARCHAR, description VARCHAR, target VARCHAR)'
	);
	const a = await tx.appender('stage_columns', true);
	for (const c of read.columns) {
		a.appendInteger(c.position);
		a.appendVarchar(c.name);
		if (c.description === null) a.appendNull();
		else a.appendVarchar(c.description);
		if (c.target === null) a.appendNull();
		else a.appendVarchar(c.target);
		a.endRow();
	}
	a.closeSync();
	await tx.exec(
		sql`INSERT INTO import_columns SELECT ${importId}, position, name, description, target FROM stage_columns`
	);
}
