import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { sql } from '../sql.ts';
import type { Db } from './db/index.ts';

/**
 * Read-only share links: one link names one report (a page's or a workspace's) in one language.
 * The token is 32 random bytes (256 bits) in base64url, shown once; the store keeps only its
 * SHA-256, so a copied store file yields no live link. A link expires, can be revoked, and counts
 * its views. Unknown, malformed, expired and revoked tokens are all answered alike (null here).
 */

export const TOKEN_BYTES = 32;
/** 32 bytes in base64url without padding: 43 characters. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const SHARE_DAYS = [7, 30, 90] as const;
export const DEFAULT_DAYS = 30;
const DAY_MS = 86_400_000;

export const newToken = (): string => randomBytes(TOKEN_BYTES).toString('base64url');
export const tokenHash = (token: string): string =>
	createHash('sha256').update(token, 'utf8').digest('hex');

/** Whose report a link shows: a page's or a workspace's. */
export type ShareTarget = { page: string } | { workspace: string };

/**
 * What of it: the whole report, or one dashboard view — served as the report's matching part
 * (static, with the methodology), never the interactive view with its forms and links.
 */
export const SHARE_WHAT = [
	'report',
	'overview',
	'channels',
	'campaigns',
	'spikes',
	'engagement',
	'costs'
] as const;
export type ShareWhat = (typeof SHARE_WHAT)[number];

export const createSchema = z
	.object({
		target: z.union([
			z.object({ page: z.string().min(1).max(200) }),
			z.object({ workspace: z.string().min(1).max(200) })
		]),
		what: z.enum(SHARE_WHAT).default('report'),
		lang: z.enum(['en', 'fr']),
		days: z.coerce
			.number()
			.int()
			.refine((d) => (SHARE_DAYS as readonly number[]).includes(d)),
		label: z
			.string()
			.trim()
			.max(120)
			.nullable()
			.transform((s) => s || null)
	})
	// a workspace's report is shared whole; views are a page's
	.refine((v) => 'page' in v.target || v.what === 'report');
export type CreateShare = z.input<typeof createSchema>;

/** 'YYYY-MM-DD HH:MM:SS' (UTC), as the store's TIMESTAMP columns hold it. */
const stamp = (d: Date) => d.toISOString().slice(0, 19).replace('T', ' ');
/** The store's naive UTC timestamps, back as ISO strings with their Z. */
const utc = (s: string | null) => (s ? `${s.slice(0, 19)}Z` : null);

export interface CreatedShare {
	id: number;
	token: string;
	expiresAt: string;
}

/**
 * Creates a link (null when the page or workspace does not exist). `now` lets tests create a
 * link that has already expired; the app always passes the real time.
 */
export async function createShare(
	db: Db,
	input: CreateShare,
	now = new Date()
): Promise<CreatedShare | null> {
	const { target, what, lang, days, label } = createSchema.parse(input);
	const token = newToken();
	const expires = new Date(now.getTime() + days * DAY_MS);
	return db.transaction(async (tx) => {
		const owner =
			'page' in target
				? sql`SELECT id AS page_id, NULL::INTEGER AS workspace_id FROM pages WHERE slug = ${target.page}`
				: sql`SELECT NULL::INTEGER AS page_id, id AS workspace_id FROM workspaces WHERE slug = ${target.workspace}`;
		const [row] = await tx.query<{ page_id: number | null; workspace_id: number | null }>(owner);
		if (!row) return null;
		const [made] = await tx.query<{ id: number }>(sql`INSERT INTO share_links
			(token_sha256, page_id, workspace_id, what, lang, label, created_at, expires_at)
			VALUES (${tokenHash(token)}, ${row.page_id}, ${row.workspace_id}, ${what}, ${lang},
				${label}, CAST(${stamp(now)} AS TIMESTAMP), CAST(${stamp(expires)} AS TIMESTAMP))
			RETURNING id`);
		return { id: made.id, token, expiresAt: expires.toISOString() };
	});
}

export interface ShareRow {
	id: number;
	/** the page's name and slug, or null for the workspace's own report */
	page: { slug: string; name: string } | null;
	what: ShareWhat;
	lang: 'en' | 'fr';
	label: string | null;
	createdAt: string;
	expiresAt: string;
	revokedAt: string | null;
	views: number;
	lastViewedAt: string | null;
	status: 'active' | 'expired' | 'revoked';
}

/** A workspace's links (its own report's and its pages'), live ones first, newest first. */
export async function listShares(db: Db, workspace: string, now = new Date()): Promise<ShareRow[]> {
	const rows = await db.query<{
		id: number;
		page_slug: string | null;
		page_name: string | null;
		what: ShareWhat;
		lang: 'en' | 'fr';
		label: string | null;
		created_at: string;
		expires_at: string;
		revoked_at: string | null;
		views: number;
		last_viewed_at: string | null;
		expired: boolean;
	}>(sql`SELECT s.id, p.slug AS page_slug, p.name AS page_name, s.what, s.lang, s.label, s.created_at,
			s.expires_at, s.revoked_at, s.views, s.last_viewed_at,
			s.expires_at <= CAST(${stamp(now)} AS TIMESTAMP) AS expired
		FROM share_links s
		LEFT JOIN pages p ON p.id = s.page_id
		JOIN workspaces w ON w.id = coalesce(s.workspace_id, p.workspace_id)
		WHERE w.slug = ${workspace}
		ORDER BY (s.revoked_at IS NULL AND NOT expired) DESC, s.created_at DESC, s.id DESC`);
	return rows.map((r) => ({
		id: r.id,
		page: r.page_slug ? { slug: r.page_slug, name: r.page_name ?? r.page_slug } : null,
		what: r.what,
		lang: r.lang,
		label: r.label,
		createdAt: utc(r.created_at)!,
		expiresAt: utc(r.expires_at)!,
		revokedAt: utc(r.revoked_at),
		views: r.views,
		lastViewedAt: utc(r.last_viewed_at),
		status: r.revoked_at ? 'revoked' : r.expired ? 'expired' : 'active'
	}));
}

/** Revokes a link of this workspace (its own or one of its pages'); false when there is none. */
export async function revokeShare(
	db: Db,
	workspace: string,
	id: number,
	now = new Date()
): Promise<boolean> {
	return db.transaction(async (tx) => {
		const [hit] = await tx.query(sql`SELECT s.id FROM share_links s
			LEFT JOIN pages p ON p.id = s.page_id
			JOIN workspaces w ON w.id = coalesce(s.workspace_id, p.workspace_id)
			WHERE s.id = ${id} AND w.slug = ${workspace}`);
		if (!hit) return false;
		await tx.exec(sql`UPDATE share_links SET revoked_at = coalesce(revoked_at, CAST(${stamp(now)} AS TIMESTAMP))
			WHERE id = ${id}`);
		return true;
	});
}

/** What a live link opens. */
export interface OpenShare {
	id: number;
	target: ShareTarget;
	what: ShareWhat;
	lang: 'en' | 'fr';
	expiresAt: string;
}

/**
 * The link a token opens, or null: malformed, unknown, revoked, expired, or naming a page or
 * workspace that no longer exists — all alike. The token is looked up by its whole hash only.
 */
export async function openShare(
	db: Db,
	token: string,
	now = new Date()
): Promise<OpenShare | null> {
	if (!TOKEN_PATTERN.test(token)) return null;
	const [r] = await db.query<{
		id: number;
		page_slug: string | null;
		ws_slug: string | null;
		what: ShareWhat;
		lang: 'en' | 'fr';
		expires_at: string;
	}>(sql`SELECT s.id, p.slug AS page_slug, w.slug AS ws_slug, s.what, s.lang, s.expires_at
		FROM share_links s
		LEFT JOIN pages p ON p.id = s.page_id
		LEFT JOIN workspaces w ON w.id = s.workspace_id
		WHERE s.token_sha256 = ${tokenHash(token)} AND s.revoked_at IS NULL
			AND s.expires_at > CAST(${stamp(now)} AS TIMESTAMP)`);
	if (!r || !(r.page_slug || r.ws_slug)) return null;
	return {
		id: r.id,
		target: r.page_slug ? { page: r.page_slug } : { workspace: r.ws_slug! },
		what: r.what,
		lang: r.lang,
		expiresAt: utc(r.expires_at)!
	};
}

/** Counts a view of a link (the access log keeps who and when). */
export async function recordView(db: Db, id: number, now = new Date()): Promise<void> {
	await db.exec(sql`UPDATE share_links SET views = views + 1,
		last_viewed_at = CAST(${stamp(now)} AS TIMESTAMP) WHERE id = ${id}`);
}

/**
 * Token floods: each lookup from an address counts at once (before the store is asked, so a burst
 * of concurrent guesses counts too) and is forgiven when it found a live link. An address with
 * MAX_MISSES counted within MISS_WINDOW_MS is answered 429 until the window has passed, without a
 * store lookup. The table forgets everything once it holds MAX_ADDRESSES (a flood from many
 * addresses cannot grow it without bound).
 */
export const MAX_MISSES = 30;
export const MISS_WINDOW_MS = 10 * 60_000;
const MAX_ADDRESSES = 10_000;
const misses = new Map<string, number[]>();

/** Counts a lookup from `address`; false when the address is held back (then no lookup). */
export function tryLookup(address: string, now = Date.now()): boolean {
	const recent = (misses.get(address) ?? []).filter((t) => now - t < MISS_WINDOW_MS);
	if (recent.length >= MAX_MISSES) {
		misses.set(address, recent);
		return false;
	}
	if (misses.size >= MAX_ADDRESSES && !misses.has(address)) misses.clear();
	misses.set(address, [...recent, now]);
	return true;
}

/** The lookup found a live link: it does not count against the address. */
export function forgive(address: string): void {
	const recent = misses.get(address);
	recent?.pop();
	if (recent && !recent.length) misses.delete(address);
}
