import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '../../../src/lib/server/db/index.ts';
import {
	createShare,
	listShares,
	MAX_MISSES,
	MISS_WINDOW_MS,
	newToken,
	forgive,
	openShare,
	recordView,
	revokeShare,
	tryLookup,
	TOKEN_PATTERN,
	tokenHash
} from '../../../src/lib/server/share.ts';
import {
	createWorkspace,
	deletePage,
	deleteWorkspace
} from '../../../src/lib/server/workspaces.ts';
import { isShareRequest } from '../../../src/lib/server/security/share-paths.ts';
import { importFixtures } from '../../helpers/db.ts';

const DAY = 86_400_000;
const T0 = new Date('2026-03-01T10:00:00Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY);

describe('share tokens', () => {
	it('are 32 random bytes in base64url (43 characters, 256 bits), never twice the same', () => {
		const tokens = Array.from({ length: 2000 }, newToken);
		for (const t of tokens) {
			expect(t).toMatch(TOKEN_PATTERN);
			expect(Buffer.from(t, 'base64url')).toHaveLength(32);
		}
		expect(new Set(tokens).size).toBe(2000);
		// every one of the 64 characters turns up, about equally (2000 × 43 characters, ~1344 each)
		const counts = new Map<string, number>();
		for (const c of tokens.join('')) counts.set(c, (counts.get(c) ?? 0) + 1);
		// the 43rd character carries only 4 bits (16 values): count the first 42 only for balance
		const body = new Map<string, number>();
		for (const t of tokens) for (const c of t.slice(0, 42)) body.set(c, (body.get(c) ?? 0) + 1);
		expect(body.size).toBe(64);
		const expected = (2000 * 42) / 64;
		for (const n of body.values()) expect(Math.abs(n - expected)).toBeLessThan(expected * 0.2);
	});

	it('are kept as their SHA-256 (hex), computed another way here', () => {
		const token = 'A'.repeat(43);
		expect(tokenHash(token)).toBe(createHash('sha256').update(Buffer.from(token)).digest('hex'));
		expect(tokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
	});
});

describe('share links in a store file', () => {
	let dir: string;
	let db: Db;
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'sablier-share-'));
		db = await getDb(join(dir, 'store.duckdb'));
		await createWorkspace(db, 'Acme');
		await createWorkspace(db, 'Globex');
		await importFixtures(
			db,
			{ page: 'bakery', workspace: 'acme', name: 'Bakery' },
			'facebook/page-basic-cp1252.csv'
		);
		await importFixtures(
			db,
			{ page: 'other', workspace: 'globex', name: 'Other' },
			'facebook/page-basic-cp1252.csv'
		);
	});
	afterAll(() => {
		db.close();
		rmSync(dir, { recursive: true, force: true });
	});

	const make = (target: { page: string } | { workspace: string }, days = 30, now = T0) =>
		createShare(db, { target, lang: 'fr', days, label: '  Client X  ' }, now);

	it('stores only the hash: the token is nowhere in the store', async () => {
		const made = (await make({ page: 'bakery' }))!;
		expect(made.token).toMatch(TOKEN_PATTERN);
		const rows = await db.query<Record<string, unknown>>(
			`SELECT * FROM share_links WHERE id = ${made.id}`
		);
		expect(rows).toHaveLength(1);
		expect(JSON.stringify(rows)).not.toContain(made.token);
		expect(rows[0].token_sha256).toBe(tokenHash(made.token));
		expect(rows[0].label).toBe('Client X');
	});

	it('opens what it names until it expires (30 days to the second), then never', async () => {
		const made = (await make({ page: 'bakery' }))!;
		expect(made.expiresAt).toBe('2026-03-31T10:00:00.000Z');
		expect(await openShare(db, made.token, at(0))).toEqual({
			id: made.id,
			target: { page: 'bakery' },
			what: 'report',
			lang: 'fr',
			expiresAt: '2026-03-31T10:00:00Z'
		});
		expect(await openShare(db, made.token, new Date(at(30).getTime() - 1000))).not.toBeNull();
		expect(await openShare(db, made.token, at(30))).toBeNull();
		expect(await openShare(db, made.token, at(31))).toBeNull();
	});

	it('created with a past expiry, a link is born dead', async () => {
		const made = (await make({ page: 'bakery' }, 7, at(-8)))!;
		expect(await openShare(db, made.token, at(0))).toBeNull();
		const row = (await listShares(db, 'acme', at(0))).find((r) => r.id === made.id)!;
		expect(row.status).toBe('expired');
	});

	it('unknown, malformed or near-miss tokens open nothing', async () => {
		const made = (await make({ workspace: 'acme' }))!;
		const flipped = (made.token[0] === 'A' ? 'B' : 'A') + made.token.slice(1);
		for (const t of [newToken(), flipped, made.token.slice(0, 42), made.token + 'A', '', '../x'])
			expect(await openShare(db, t, at(1))).toBeNull();
		expect((await openShare(db, made.token, at(1)))?.target).toEqual({ workspace: 'acme' });
	});

	it('revoked, a link opens nothing; only its own workspace can revoke it', async () => {
		const made = (await make({ page: 'bakery' }))!;
		expect(await revokeShare(db, 'globex', made.id, at(1))).toBe(false);
		expect(await openShare(db, made.token, at(1))).not.toBeNull();
		expect(await revokeShare(db, 'acme', made.id, at(1))).toBe(true);
		expect(await openShare(db, made.token, at(1))).toBeNull();
		const row = (await listShares(db, 'acme', at(1))).find((r) => r.id === made.id)!;
		expect(row).toMatchObject({ status: 'revoked', revokedAt: '2026-03-02T10:00:00Z' });
		expect(await revokeShare(db, 'acme', 99_999)).toBe(false);
	});

	it('counts views and the last one; lists per workspace, live links first', async () => {
		const made = (await make({ page: 'other' }))!;
		await recordView(db, made.id, at(1));
		await recordView(db, made.id, at(2));
		await recordView(db, made.id, at(3));
		const globex = await listShares(db, 'globex', at(4));
		expect(globex).toEqual([
			{
				id: made.id,
				page: { slug: 'other', name: 'Other' },
				what: 'report',
				lang: 'fr',
				label: 'Client X',
				createdAt: '2026-03-01T10:00:00Z',
				expiresAt: '2026-03-31T10:00:00Z',
				revokedAt: null,
				views: 3,
				lastViewedAt: '2026-03-04T10:00:00Z',
				status: 'active'
			}
		]);
		const acme = await listShares(db, 'acme', at(4));
		expect(acme.every((r) => r.page === null || r.page.slug === 'bakery')).toBe(true);
		const statuses = acme.map((r) => r.status);
		expect(statuses.indexOf('active')).toBe(0);
		expect(statuses.lastIndexOf('active')).toBeLessThan(statuses.indexOf('revoked'));
	});

	it('shares one dashboard view of a page; a workspace only as its whole report', async () => {
		const view = (await createShare(
			db,
			{ target: { page: 'bakery' }, what: 'channels', lang: 'en', days: 7, label: null },
			T0
		))!;
		expect(await openShare(db, view.token, at(1))).toMatchObject({
			target: { page: 'bakery' },
			what: 'channels',
			lang: 'en'
		});
		await expect(
			createShare(db, {
				target: { workspace: 'acme' },
				what: 'channels',
				lang: 'en',
				days: 7,
				label: null
			})
		).rejects.toThrow();
		await expect(
			db.exec(
				"INSERT INTO share_links (token_sha256, workspace_id, what, lang, created_at, expires_at) VALUES ('x', 1, 'costs', 'en', now(), now() + INTERVAL 1 DAY)"
			)
		).rejects.toThrow(/CHECK/i);
	});

	it('refuses what it does not offer, and names that do not exist', async () => {
		await expect(
			createShare(db, { target: { page: 'bakery' }, lang: 'fr', days: 365, label: '' })
		).rejects.toThrow();
		expect(
			await createShare(db, { target: { page: 'nope' }, lang: 'en', days: 7, label: '' })
		).toBeNull();
	});

	it('a page’s links go with the page, a workspace’s with the workspace', async () => {
		const page = (await make({ page: 'other' }))!;
		const own = (await make({ workspace: 'globex' }))!;
		expect(await deletePage(db, 'other')).toBe(true);
		expect(await openShare(db, page.token, at(1))).toBeNull();
		expect(await openShare(db, own.token, at(1))).not.toBeNull();
		expect(await deleteWorkspace(db, 'globex')).toBe(true);
		const [r] = await db.query<{ n: number }>(
			`SELECT count(*)::INTEGER AS n FROM share_links
			WHERE page_id NOT IN (SELECT id FROM pages) OR workspace_id NOT IN (SELECT id FROM workspaces)`
		);
		expect(r.n).toBe(0);
	});
});

describe('token floods', () => {
	it(`after ${MAX_MISSES} misses in the window an address is held back, then let go`, () => {
		const t = 1_000_000;
		const a = '203.0.113.9';
		for (let i = 0; i < MAX_MISSES; i++) expect(tryLookup(a, t + i)).toBe(true);
		expect(tryLookup(a, t + 100)).toBe(false);
		expect(tryLookup('198.51.100.1', t + 100)).toBe(true);
		expect(tryLookup(a, t + MISS_WINDOW_MS + 100)).toBe(true);
	});

	it('lookups that found a live link do not count', () => {
		const a = '203.0.113.10';
		for (let i = 0; i < 3 * MAX_MISSES; i++) {
			expect(tryLookup(a, 5_000_000 + i)).toBe(true);
			forgive(a);
		}
	});
});

describe('the sign-in exception', () => {
	it('is reading under /s/ only: no other path, no other method', () => {
		expect(isShareRequest('GET', '/s/abc')).toBe(true);
		expect(isShareRequest('HEAD', '/s/abc')).toBe(true);
		for (const [method, path] of [
			['POST', '/s/abc'],
			['PUT', '/s/abc'],
			['GET', '/s'],
			['GET', '/share/abc'],
			['GET', '/pages/s/abc'],
			['GET', '/workspaces/demo'],
			['GET', '/']
		])
			expect([method, path, isShareRequest(method, path)]).toEqual([method, path, false]);
	});
});
