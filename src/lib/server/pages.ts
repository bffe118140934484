import { z } from 'zod';
import type { Db, Tx } from './db/index.ts';
import { sql } from '../sql.ts';
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
