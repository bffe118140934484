import { z } from 'zod';
import type { Db, Tx } from './db/index.ts';
import { ident, sql } from '../sql.ts';
import { slugSchema } from './pages.ts';

/**
 * Workspaces (a consultant's clients, a CM's brands) and the pages in them: create, rename, move,
 * delete. A page keeps its slug, hence its address /pages/<slug>, whatever happens to its name or
 * its workspace. Deleting removes every row that names the page, in one transaction.
 */

export const nameSchema = z.string().trim().min(1).max(120);

export interface WorkspaceSummary {
	id: number;
	slug: string;
	name: string;
	pages: number;
}

/** What deleting would remove: the numbers the confirmation states. */
export interface Contents {
	pages: number;
	imports: number;
	days: number;
	posts: number;
	ledger: number;
}

/** A name as an address: lowercase ASCII letters, digits and dashes ("Café Noël" → "cafe-noel"). */
export function slugify(name: string, fallback: string): string {
	const s = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 50)
		.replace(/-+$/, '');
	return s || fallback;
}

/** `base`, or `base-2`, `base-3`… : the first that no row of `table` uses. */
export async function freeSlug(
	db: Db | Tx,
	table: 'pages' | 'workspaces',
	base: string
): Promise<string> {
	const taken = new Set(
		(
			await db.query<{ slug: string }>(
				sql`SELECT slug FROM ${ident(table, ['pages', 'workspaces'])} WHERE slug = ${base} OR slug LIKE ${base + '-%'}`
			)
		).map((r) => r.slug)
	);
	if (!taken.has(base)) return base;
	for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** Every workspace with its number of pages, by name. */
export async function listWorkspaces(db: Db): Promise<WorkspaceSummary[]> {
	return db.query<WorkspaceSummary>(sql`
		SELECT w.id, w.slug, w.name, count(p.id)::INTEGER AS pages
		FROM workspaces w LEFT JOIN pages p ON p.workspace_id = w.id
		GROUP BY w.id, w.slug, w.name ORDER BY lower(w.name), w.slug`);
}

export async function getWorkspace(db: Db, slug: string): Promise<WorkspaceSummary | null> {
	const [w] = await db.query<WorkspaceSummary>(sql`
		SELECT w.id, w.slug, w.name, count(p.id)::INTEGER AS pages
		FROM workspaces w LEFT JOIN pages p ON p.workspace_id = w.id
		WHERE w.slug = ${slug} GROUP BY w.id, w.slug, w.name`);
	return w ?? null;
}

/** Whether another workspace already has this name (case and accents ignored). */
async function nameTaken(tx: Tx, name: string, except: string | null = null): Promise<boolean> {
	const [r] = await tx.query(sql`SELECT 1 FROM workspaces
		WHERE strip_accents(lower(name)) = strip_accents(lower(${name}))
			AND (${except}::VARCHAR IS NULL OR slug <> ${except})`);
	return !!r;
}

/**
 * Creates a workspace; its slug comes from its name, made unique. Null when another workspace
 * already has this name: two clients under one name could not be told apart.
 */
export async function createWorkspace(db: Db, name: string): Promise<string | null> {
	const clean = nameSchema.parse(name);
	return db.transaction(async (tx) => {
		if (await nameTaken(tx, clean)) return null;
		const slug = await freeSlug(tx, 'workspaces', slugify(clean, 'workspace'));
		await tx.exec(sql`INSERT INTO workspaces (slug, name) VALUES (${slug}, ${clean})`);
		return slug;
	});
}

/**
 * 'renamed', 'missing' (no such workspace) or 'taken' (another workspace has this name).
 * The slug (its address) does not change.
 */
export async function renameWorkspace(
	db: Db,
	slug: string,
	name: string
): Promise<'renamed' | 'missing' | 'taken'> {
	const clean = nameSchema.parse(name);
	return db.transaction(async (tx) => {
		const [w] = await tx.query(sql`SELECT id FROM workspaces WHERE slug = ${slug}`);
		if (!w) return 'missing';
		if (await nameTaken(tx, clean, slug)) return 'taken';
		await tx.exec(sql`UPDATE workspaces SET name = ${clean} WHERE slug = ${slug}`);
		return 'renamed';
	});
}

/** False when there is no such page. The slug (its address) does not change. */
export async function renamePage(db: Db, slug: string, name: string): Promise<boolean> {
	const clean = nameSchema.parse(name);
	return db.transaction(async (tx) => {
		const [p] = await tx.query(sql`SELECT id FROM pages WHERE slug = ${slug}`);
		if (!p) return false;
		await tx.exec(sql`UPDATE pages SET name = ${clean} WHERE slug = ${slug}`);
		return true;
	});
}

/** Moves a page to another workspace. False when the page or the workspace does not exist. */
export async function movePage(db: Db, page: string, workspace: string): Promise<boolean> {
	return db.transaction(async (tx) => {
		const [w] = await tx.query<{ id: number }>(
			sql`SELECT id FROM workspaces WHERE slug = ${workspace}`
		);
		const [p] = await tx.query(sql`SELECT id FROM pages WHERE slug = ${page}`);
		if (!w || !p) return false;
		await tx.exec(sql`UPDATE pages SET workspace_id = ${w.id} WHERE slug = ${page}`);
		return true;
	});
}

/** The pages a deletion covers: one page, or every page of a workspace. */
type Scope = { page: string } | { workspace: string };

const scopeIds = (scope: Scope) =>
	'page' in scope
		? sql`SELECT id FROM pages WHERE slug = ${scope.page}`
		: sql`SELECT p.id FROM pages p JOIN workspaces w ON w.id = p.workspace_id WHERE w.slug = ${scope.workspace}`;

/** What deleting the page or the workspace would remove (imports deleted from the log excluded). */
export async function contents(db: Db, scope: Scope): Promise<Contents> {
	const ids = scopeIds(scope);
	const [c] = await db.query<Contents>(sql`SELECT
		(SELECT count(*) FROM (${ids}))::INTEGER AS pages,
		(SELECT count(*) FROM imports WHERE page_id IN (${ids}) AND status <> 'deleted')::INTEGER AS imports,
		(SELECT count(*) FROM page_daily WHERE page_id IN (${ids}))::INTEGER AS days,
		(SELECT count(*) FROM posts WHERE page_id IN (${ids}))::INTEGER AS posts,
		(SELECT count(*) FROM campaigns WHERE page_id IN (${ids}))::INTEGER AS ledger`);
	return c;
}

/**
 * The tables whose rows belong to a page: every table with a `page_id` column, and every table with
 * an `import_id` column (rows of the page's imports). Read from the catalogue, so a table added by a
 * later migration is covered without a change here.
 */
async function ownedTables(tx: Tx): Promise<{ byPage: string[]; byImport: string[] }> {
	const rows = await tx.query<{ table_name: string; column_name: string }>(
		`SELECT table_name, column_name FROM duckdb_columns()
		WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal
			AND column_name IN ('page_id', 'import_id') AND table_name NOT IN ('pages', 'imports')
			AND table_name IN (SELECT table_name FROM duckdb_tables() WHERE database_name = current_database())`
	);
	const of = (col: string) => [
		...new Set(rows.filter((r) => r.column_name === col).map((r) => r.table_name))
	];
	return { byPage: of('page_id'), byImport: of('import_id') };
}

async function deleteScope(tx: Tx, scope: Scope): Promise<void> {
	const ids = scopeIds(scope);
	const { byPage, byImport } = await ownedTables(tx);
	const all = [...byPage, ...byImport];
	// the pages go last: until then `ids` still finds them
	for (const t of byImport)
		await tx.exec(
			sql`DELETE FROM ${ident(t, all)} WHERE import_id IN (SELECT id FROM imports WHERE page_id IN (${ids}))`
		);
	for (const t of byPage)
		await tx.exec(sql`DELETE FROM ${ident(t, all)} WHERE page_id IN (${ids})`);
	// a page's report notes are keyed by (scope, owner_id), not page_id
	await tx.exec(
		sql`DELETE FROM report_notes WHERE scope = 'page' AND owner_id IN (SELECT id FROM (${ids}))`
	);
	await tx.exec(sql`DELETE FROM imports WHERE page_id IN (${ids})`);
	await tx.exec(sql`DELETE FROM pages WHERE id IN (${ids})`);
}

/** Deletes a page and everything in it, in one transaction. False when there is no such page. */
export async function deletePage(db: Db, slug: string): Promise<boolean> {
	return db.transaction(async (tx) => {
		const [p] = await tx.query(sql`SELECT id FROM pages WHERE slug = ${slug}`);
		if (!p) return false;
		await deleteScope(tx, { page: slug });
		return true;
	});
}

/** Deletes a workspace, its pages and everything in them, in one transaction. */
export async function deleteWorkspace(db: Db, slug: string): Promise<boolean> {
	return db.transaction(async (tx) => {
		const [w] = await tx.query(sql`SELECT id FROM workspaces WHERE slug = ${slug}`);
		if (!w) return false;
		await deleteScope(tx, { workspace: slug });
		// what the workspace's own reports keep: its notes and its branding (logo included)
		const owner = sql`SELECT id FROM workspaces WHERE slug = ${slug}`;
		await tx.exec(
			sql`DELETE FROM report_notes WHERE scope = 'workspace' AND owner_id IN (${owner})`
		);
		await tx.exec(sql`DELETE FROM workspace_branding WHERE workspace_id IN (${owner})`);
		// its own report's share links (its pages' went with the pages, by page_id)
		await tx.exec(sql`DELETE FROM share_links WHERE workspace_id IN (${owner})`);
		await tx.exec(sql`DELETE FROM workspaces WHERE slug = ${slug}`);
		return true;
	});
}

/** The address a new page gets from its name (or the short name asked for, when free). */
export async function newPageSlug(db: Db, name: string, asked?: string): Promise<string> {
	if (asked) return slugSchema.parse(asked);
	return freeSlug(db, 'pages', slugify(name, 'page'));
}
