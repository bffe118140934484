import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCampaignsCsv } from '../../../src/lib/server/campaigns.ts';
import { deleteImport } from '../../../src/lib/server/imports.ts';
import { addPageEvent } from '../../../src/lib/server/page-events.ts';
import { saveBranding, saveNotes } from '../../../src/lib/server/report-store.ts';
import {
	getPage,
	listPageNames,
	listPages,
	listPagesPaged
} from '../../../src/lib/server/pages.ts';
import {
	contents,
	createWorkspace,
	deletePage,
	deleteWorkspace,
	freeSlug,
	getWorkspace,
	listWorkspaces,
	movePage,
	newPageSlug,
	renamePage,
	renameWorkspace,
	slugify
} from '../../../src/lib/server/workspaces.ts';
import { createTestDb, importFixtures, storeChecksum } from '../../helpers/db.ts';
import type { Db } from '../../../src/lib/server/db/index.ts';

const LEDGER = join(import.meta.dirname, '..', '..', 'fixtures', 'ledger', 'ledger.csv');

/** A page "bakery" in workspace "acme": 5 days (fixture), 2 posts (fixture), 3 ledger entries. */
async function bakery(db: Db, page = 'bakery', workspace = 'acme') {
	await importFixtures(
		db,
		{ page, workspace, name: 'Café Noël' },
		'facebook/page-basic-cp1252.csv',
		'facebook/posts-basic.csv'
	);
	const p = (await getPage(db, page))!;
	const r = await importCampaignsCsv(db, p.id, readFileSync(LEDGER, 'utf8'));
	expect(r.added).toBe(3);
	await addPageEvent(db, p.id, { day: '2015-01-02', end: '2015-01-02', description: 'relaunch' });
	return p;
}

describe('slugs', () => {
	it('turns a name into an address, accents and punctuation dropped', () => {
		expect(slugify('Café Noël — Lyon 2e', 'page')).toBe('cafe-noel-lyon-2e');
		expect(slugify('  ¡¿!  ', 'page')).toBe('page');
		expect(slugify('x'.repeat(80), 'page')).toHaveLength(50);
	});

	it('numbers a taken slug', async () => {
		const db = await createTestDb();
		expect(await createWorkspace(db, 'Acme')).toBe('acme');
		expect(await createWorkspace(db, 'Acme!')).toBe('acme-2');
		expect(await createWorkspace(db, 'Acme (Lyon)')).toBe('acme-lyon');
		expect(await freeSlug(db, 'workspaces', 'acme')).toBe('acme-3');
		// a name another workspace has (case and accents ignored) is refused
		expect(await createWorkspace(db, 'ACMÉ')).toBeNull();
		expect(await renameWorkspace(db, 'acme-2', 'acme')).toBe('taken');
		expect(await renameWorkspace(db, 'acme', 'ACME')).toBe('renamed');
		await bakery(db);
		expect(await newPageSlug(db, 'Bakery')).toBe('bakery-2');
		expect(await newPageSlug(db, 'Bakery', 'my-own')).toBe('my-own');
	});
});

describe('workspaces and pages', () => {
	it('renames a workspace and a page; their addresses stay', async () => {
		const db = await createTestDb();
		await bakery(db);
		expect(await renameWorkspace(db, 'acme', 'Acme & Co')).toBe('renamed');
		expect(await renameWorkspace(db, 'nope', 'x')).toBe('missing');
		expect(await renamePage(db, 'bakery', 'Boulangerie')).toBe(true);
		expect(await renamePage(db, 'nope', 'x')).toBe(false);
		expect(await getWorkspace(db, 'acme')).toMatchObject({ name: 'Acme & Co', pages: 1 });
		expect(await getPage(db, 'bakery')).toMatchObject({ name: 'Boulangerie', days: 5 });
		await expect(renamePage(db, 'bakery', '   ')).rejects.toThrow();
	});

	it('moves a page to another workspace, data and ledger with it', async () => {
		const db = await createTestDb();
		const before = await bakery(db);
		const globex = (await createWorkspace(db, 'Globex'))!;
		expect(await movePage(db, 'bakery', globex)).toBe(true);
		expect(await movePage(db, 'bakery', 'no-such')).toBe(false);
		const after = (await getPage(db, 'bakery'))!;
		expect(after).toEqual({ ...before, workspace: 'globex' });
		expect((await listWorkspaces(db)).map((w) => [w.slug, w.pages])).toEqual([
			['acme', 0],
			['globex', 1]
		]);
		expect(await contents(db, { page: 'bakery' })).toEqual({
			pages: 1,
			imports: 2,
			days: 5,
			posts: 2,
			ledger: 3
		});
	});

	it('deletes a page and every row that names it, in one go; the rest is untouched', async () => {
		const db = await createTestDb();
		await bakery(db, 'keep', 'acme');
		const untouched = await storeChecksum(db);
		await bakery(db, 'gone', 'acme');
		expect(await deletePage(db, 'gone')).toBe(true);
		expect(await storeChecksum(db)).toEqual(untouched);
		expect(await getPage(db, 'gone')).toBeNull();
		const [ev] = await db.query<{ n: number }>(
			'SELECT count(*)::INTEGER AS n FROM page_events WHERE page_id NOT IN (SELECT id FROM pages)'
		);
		expect(ev.n).toBe(0);
		expect(await deletePage(db, 'gone')).toBe(false);
	});

	it('deletes a workspace with its pages, after saying what that removes', async () => {
		const db = await createTestDb();
		await bakery(db, 'keep', 'acme');
		const untouched = await storeChecksum(db);
		await bakery(db, 'one', 'globex');
		await bakery(db, 'two', 'globex');
		expect(await contents(db, { workspace: 'globex' })).toEqual({
			pages: 2,
			imports: 4,
			days: 10,
			posts: 4,
			ledger: 6
		});
		// the workspace's and its pages' report notes and branding go with them
		const globex = (await getWorkspace(db, 'globex'))!;
		const notes = { author: 'A', client: 'Globex', recommendations: 'secret plan' };
		await saveNotes(db, 'workspace', globex.id, notes);
		await saveNotes(db, 'page', (await getPage(db, 'one'))!.id, notes);
		const brand = { consultancy: 'C', footer: null, primary: '#112233', accent: '#445566' };
		await saveBranding(db, globex.id, { ...brand, hideMadeWith: false });
		expect(await deleteWorkspace(db, 'globex')).toBe(true);
		expect(await storeChecksum(db)).toEqual(untouched);
		for (const t of ['report_notes', 'workspace_branding']) {
			const [r] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${t}`);
			expect([t, r.n]).toEqual([t, 0]);
		}
		expect(await getWorkspace(db, 'globex')).toBeNull();
		// every table with a page_id column is empty of the deleted pages
		const tables = await db.query<{ t: string }>(
			"SELECT DISTINCT table_name AS t FROM duckdb_columns() WHERE column_name = 'page_id' AND NOT internal"
		);
		for (const { t } of tables) {
			const [r] = await db.query<{ n: number }>(
				`SELECT count(*)::INTEGER AS n FROM "${t}" WHERE page_id NOT IN (SELECT id FROM pages)`
			);
			expect([t, r.n]).toEqual([t, 0]);
		}
	});
});

describe('the paged page list', () => {
	it("lists one workspace's page names, by name, as the full list filtered would", async () => {
		const db = await createTestDb();
		await bakery(db, 'b1', 'acme');
		await bakery(db, 'b2', 'globex');
		await importFixtures(
			db,
			{ page: 'tw', workspace: 'acme', name: 'Tweets' },
			'x/tweets-basic.csv'
		);
		const all = await listPageNames(db);
		expect(all.map((p) => p.slug)).toEqual(['b1', 'b2', 'tw']);
		expect(await listPageNames(db, 'acme')).toEqual([
			{ slug: 'b1', name: 'Café Noël', workspace: 'acme' },
			{ slug: 'tw', name: 'Tweets', workspace: 'acme' }
		]);
		expect(await listPageNames(db, 'globex')).toEqual(all.filter((p) => p.workspace === 'globex'));
		expect(await listPageNames(db, 'nobody')).toEqual([]);
	});

	it('gives the same numbers as the full list, a result page at a time', async () => {
		const db = await createTestDb();
		await bakery(db, 'b1', 'acme');
		await bakery(db, 'b2', 'globex');
		await importFixtures(
			db,
			{ page: 'tw', workspace: 'acme', name: 'Tweets' },
			'x/tweets-basic.csv'
		);
		const all = await listPages(db);
		const first = await listPagesPaged(db, { limit: 2, offset: 0 });
		const second = await listPagesPaged(db, { limit: 2, offset: 2 });
		expect(first.total).toBe(3);
		const paged = [...first.pages, ...second.pages];
		// by workspace, then name: acme (Café Noël, Tweets), globex (Café Noël)
		expect(paged.map((p) => p.slug)).toEqual(['b1', 'tw', 'b2']);
		for (const p of paged) {
			const { workspaceName, ...summary } = p;
			expect(summary).toEqual(all.find((a) => a.slug === p.slug));
			expect(workspaceName).toBe(p.workspace);
		}
		// by hand, from the fixture: 5 days, 105 fans on the last one
		expect(paged[0]).toMatchObject({
			firstDay: '2015-01-01',
			lastDay: '2015-01-05',
			days: 5,
			posts: 2,
			latestFans: 105,
			latestFansDay: '2015-01-05'
		});
	});

	it('finds pages by name, address or workspace, accents and case ignored', async () => {
		const db = await createTestDb();
		await bakery(db, 'b1', 'acme');
		await importFixtures(
			db,
			{ page: 'tw', workspace: 'globex', name: 'Tweets' },
			'x/tweets-basic.csv'
		);
		const find = async (q: string, workspace?: string) =>
			(await listPagesPaged(db, { q, workspace, limit: 10, offset: 0 })).pages.map((p) => p.slug);
		expect(await find('cafe noel')).toEqual(['b1']);
		expect(await find('NOËL')).toEqual(['b1']);
		expect(await find('globex')).toEqual(['tw']);
		expect(await find('TW')).toEqual(['tw']);
		// every word, in any order, wherever it is
		expect(await find('noel  ACME café')).toEqual(['b1']);
		expect(await find('noel globex')).toEqual([]);
		expect(await find('%')).toEqual([]);
		expect(await find('', 'acme')).toEqual(['b1']);
		expect(await listPagesPaged(db, { q: 'zzz', limit: 10, offset: 0 })).toEqual({
			total: 0,
			pages: []
		});
	});
	it('keeps each page’s sums until an import of that page loads or is deleted', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'other', 'facebook/page-basic-cp1252.csv');
		const [a] = await importFixtures(db, 'o', 'facebook/page-overlap-a.csv');
		expect(a.error).toBeUndefined();
		const sumsOf = async () => {
			const { pages } = await listPagesPaged(db, { limit: 10, offset: 0 });
			const all = await listPages(db);
			// the kept sums always equal the sums computed afresh
			for (const p of pages)
				expect({ ...p, workspaceName: undefined }).toEqual({
					...all.find((x) => x.slug === p.slug),
					workspaceName: undefined
				});
			const o = pages.find((p) => p.slug === 'o')!;
			return [o.days, o.lastDay, o.latestFans];
		};
		// by hand, from the fixtures: a covers 1–5 Jan 2015 (105 fans on the 5th), b 4–8 Jan (108)
		expect(await sumsOf()).toEqual([5, '2015-01-05', 105]);
		await importFixtures(db, 'o', 'facebook/page-overlap-b.csv');
		expect(await sumsOf()).toEqual([8, '2015-01-08', 108]);
		const [b] = await db.query<{ id: number }>(
			"SELECT id FROM imports WHERE file_name = 'page-overlap-b.csv'"
		);
		expect(await deleteImport(db, b.id)).toBe(true);
		expect(await sumsOf()).toEqual([5, '2015-01-05', 105]);
	});
});
