import { z } from 'zod';
import type { Db, Tx } from './db/index.ts';
import { join, sql } from '../sql.ts';
import type { Platform } from '../canonical.ts';

export const slugSchema = z
	.string()
	.trim()
	.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lowercase letters, digits and dashes (e.g. my-bakery)');

export interface PageSummary {
	id: number;
	slug: string;
	name: string;
	platform: Platform;
	workspace: string;
	firstDay: string | null;
	lastDay: string | null;
	days: number;
	posts: number;
	/** fans_total on the latest day that has one */
	latestFans: number | null;
	latestFansDay: string | null;
}

const summaryQuery = sql`
	SELECT p.id, p.slug, p.name, p.platform, w.slug AS workspace,
		strftime(min(d.day), '%Y-%m-%d') AS "firstDay", strftime(max(d.day), '%Y-%m-%d') AS "lastDay",
		count(d.day)::INTEGER AS days,
		(SELECT count(*) FROM posts x WHERE x.page_id = p.id)::INTEGER AS posts,
		arg_max(d.fans_total, d.day) AS "latestFans",
		strftime(max(d.day) FILTER (WHERE d.fans_total IS NOT NULL), '%Y-%m-%d') AS "latestFansDay"
	FROM pages p JOIN workspaces w ON w.id = p.workspace_id
	LEFT JOIN page_daily d ON d.page_id = p.id`;

export interface PageListing {
	/** pages matching the search, over every result page */
	total: number;
	/** this result page's pages, by workspace name then page name */
	pages: (PageSummary & { workspaceName: string })[];
}

/**
 * One result page of the page list: pages whose name, address or workspace's name contains `q`
 * (case and accents ignored), optionally in one workspace, by workspace then name.
 *
 * The sums over a page's days and posts (span, latest fans, posts) change only when an import of
 * that page loads or is deleted, so they are kept per page with the page's data version — its
 * imports' ids and statuses — and summed again only for the pages whose version changed. A listing
 * then costs a scan of the small `pages`, `workspaces` and `imports` tables, whatever the number
 * of daily rows.
 */
export async function listPagesPaged(db: Db, opts: ListingOptions): Promise<PageListing> {
	// the count and the result page side by side (the store has several reader connections)
	const [[{ total }], listed] = await Promise.all([
		db.query<{ total: number }>(
			sql`SELECT count(*)::INTEGER AS total FROM pages p JOIN workspaces w ON w.id = p.workspace_id WHERE ${matching(opts)}`
		),
		db.query<Listed>(listingQuery(opts))
	]);
	if (total === 0) return { total, pages: [] };
	const cache = sums.get(db) ?? new Map<number, { version: string; sums: Sums }>();
	sums.set(db, cache);
	const stale = listed.filter((p) => cache.get(p.id)?.version !== p.version);
	if (stale.length) {
		const fresh = await db.query<Sums & { id: number }>(sumsQuery(stale.map((p) => p.id)));
		const byId = new Map(fresh.map(({ id, ...rest }) => [id, rest]));
		for (const p of stale) cache.set(p.id, { version: p.version, sums: byId.get(p.id) ?? EMPTY });
	}
	return {
		total,
		pages: listed.map(({ version: _, ...p }) => ({ ...p, ...cache.get(p.id)!.sums }))
	};
}

type Sums = Pick<
	PageSummary,
	'firstDay' | 'lastDay' | 'days' | 'posts' | 'latestFans' | 'latestFansDay'
>;
type Listed = Omit<PageListing['pages'][number], keyof Sums> & { version: string };
const EMPTY: Sums = {
	firstDay: null,
	lastDay: null,
	days: 0,
	posts: 0,
	latestFans: null,
	latestFansDay: null
};
/** Per store: each page's sums, with the data version they were computed at. */
const sums = new WeakMap<Db, Map<number, { version: string; sums: Sums }>>();

export interface ListingOptions {
	q?: string;
	workspace?: string;
	limit: number;
	offset: number;
}

/** In the workspace asked for, and holding every word of `q` in its name, address or workspace's name. */
function matching(opts: ListingOptions) {
	const words = (opts.q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 10);
	const ws = opts.workspace ?? null;
	const text = sql`strip_accents(lower(p.name || ' ' || p.slug || ' ' || w.name))`;
	const each = words.map((word) => sql`contains(${text}, strip_accents(lower(${word})))`);
	return sql`(${ws}::VARCHAR IS NULL OR w.slug = ${ws}) AND ${each.length ? join(each, ' AND ') : sql`true`}`;
}

/** The result page's pages with their data version (exported for `EXPLAIN ANALYZE` in scripts/bench-home.ts). */
export function listingQuery(opts: ListingOptions) {
	return sql`
		WITH sel AS (
			SELECT p.id, p.slug, p.name, p.platform, w.slug AS workspace, w.name AS "workspaceName",
				lower(w.name) AS wk, lower(p.name) AS pk
			FROM pages p JOIN workspaces w ON w.id = p.workspace_id
			WHERE ${matching(opts)}
			ORDER BY wk, w.slug, pk, p.slug
			LIMIT ${opts.limit} OFFSET ${opts.offset}
		), v AS (
			SELECT page_id, string_agg(id || status, ',' ORDER BY id) AS version
			FROM imports WHERE page_id IN (SELECT id FROM sel) GROUP BY page_id
		)
		SELECT sel.id, sel.slug, sel.name, sel.platform, sel.workspace, sel."workspaceName",
			coalesce(v.version, '') AS version
		FROM sel LEFT JOIN v ON v.page_id = sel.id
		ORDER BY sel.wk, sel.workspace, sel.pk, sel.slug`;
}

/** The sums of the given pages (exported for `EXPLAIN ANALYZE`). */
export function sumsQuery(ids: number[]) {
	const list = ids.join(',');
	return sql`
		WITH ids AS (SELECT unnest(string_split(${list}, ','))::INTEGER AS id),
		days AS (
			SELECT page_id, strftime(min(day), '%Y-%m-%d') AS "firstDay",
				strftime(max(day), '%Y-%m-%d') AS "lastDay", count(*)::INTEGER AS days,
				arg_max(fans_total, day) FILTER (WHERE fans_total IS NOT NULL) AS "latestFans",
				strftime(max(day) FILTER (WHERE fans_total IS NOT NULL), '%Y-%m-%d') AS "latestFansDay"
			FROM page_daily WHERE page_id IN (SELECT id FROM ids) GROUP BY page_id
		), n AS (
			SELECT page_id, count(*)::INTEGER AS posts FROM posts
			WHERE page_id IN (SELECT id FROM ids) GROUP BY page_id
		)
		SELECT ids.id, days."firstDay", days."lastDay", coalesce(days.days, 0) AS days,
			coalesce(n.posts, 0) AS posts, days."latestFans", days."latestFansDay"
		FROM ids LEFT JOIN days ON days.page_id = ids.id LEFT JOIN n ON n.page_id = ids.id`;
}

/**
 * Every page's address, name and workspace (or only one workspace's), by name: a choice list,
 * without any sums.
 */
export async function listPageNames(
	db: Db,
	workspace?: string
): Promise<{ slug: string; name: string; workspace: string }[]> {
	return db.query(sql`SELECT p.slug, p.name, w.slug AS workspace
		FROM pages p JOIN workspaces w ON w.id = p.workspace_id
		${workspace === undefined ? sql`` : sql`WHERE w.slug = ${workspace}`}
		ORDER BY lower(p.name), p.slug`);
}

/** Every page with its span of days and latest fan count, by name. */
export async function listPages(db: Db): Promise<PageSummary[]> {
	return db.query<PageSummary>(
		sql`${summaryQuery} GROUP BY p.id, p.slug, p.name, p.platform, w.slug ORDER BY lower(p.name), p.slug`
	);
}

export async function getPage(db: Db, slug: string): Promise<PageSummary | null> {
	const [page] = await db.query<PageSummary>(
		sql`${summaryQuery} WHERE p.slug = ${slug} GROUP BY p.id, p.slug, p.name, p.platform, w.slug`
	);
	return page ?? null;
}

export interface PageTarget {
	page: string;
	workspace?: string;
	name?: string;
}

/** Finds or creates the page (and its workspace) inside the caller's transaction. */
export async function ensurePage(
	tx: Tx,
	target: PageTarget,
	platform: Platform
): Promise<{ id: number; platform: Platform; created: boolean }> {
	const slug = slugSchema.parse(target.page);
	const [page] = await tx.query<{ id: number; platform: Platform }>(
		sql`SELECT id, platform FROM pages WHERE slug = ${slug}`
	);
	if (page) return { ...page, created: false };
	const ws = slugSchema.parse(target.workspace ?? 'default');
	await tx.exec(
		sql`INSERT INTO workspaces (slug, name) VALUES (${ws}, ${ws}) ON CONFLICT DO NOTHING`
	);
	const [row] = await tx.query<{
		id: number;
	}>(sql`INSERT INTO pages (workspace_id, slug, name, platform)
		SELECT id, ${slug}, ${target.name?.trim() || slug}, ${platform} FROM workspaces WHERE slug = ${ws}
		RETURNING id`);
	return { id: row.id, platform, created: true };
}

/** True when no page holds any data (first start: the demo may be loaded). */
export async function storeIsEmpty(db: Db): Promise<boolean> {
	const [r] = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM pages');
	return r.n === 0;
}
