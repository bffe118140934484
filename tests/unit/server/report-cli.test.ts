import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runReport } from '../../../src/cli/report.ts';
import { esc } from '../../../src/lib/report/document/escape.ts';
import { getDb } from '../../../src/lib/server/db/index.ts';
import { pageReport } from '../../../src/lib/server/report.ts';
import { workspaceDocument, workspaceHtml } from '../../../src/lib/server/report-document.ts';
import { sql } from '../../../src/lib/sql.ts';
import { saveNotes, workspaceId } from '../../../src/lib/server/report-store.ts';
import { importFixtures } from '../../helpers/db.ts';

/** Two small pages in one workspace, in a store file the CLI can open. */
async function store() {
	const dir = mkdtempSync(join(tmpdir(), 'sablier-report-'));
	const path = join(dir, 'store.duckdb');
	const db = await getDb(path);
	await importFixtures(
		db,
		{ page: 'one', workspace: 'acme', name: 'One' },
		'facebook/page-basic-cp1252.csv'
	);
	await importFixtures(
		db,
		{ page: 'two', workspace: 'acme', name: 'Two <b>' },
		'facebook/page-basic-cp1252.csv'
	);
	return { dir, path, db };
}

describe('sablier report --format html, as a command', () => {
	it('exits once the document is written, when the analysis had to be computed (its worker never holds the process)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'sablier-report-'));
		const path = join(dir, 'store.duckdb');
		const out = join(dir, 'demo.html');
		const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'sablier.js');
		const sablier = (...args: string[]) =>
			// a process that never exits is killed after a minute (it used to hang for ever)
			spawnSync(process.execPath, [bin, ...args, '--db', path], {
				encoding: 'utf8',
				timeout: 60_000
			});
		expect(sablier('demo').status).toBe(0);
		const r = sablier('report', '--page', 'demo-bakery', '--format', 'html', '--out', out);
		expect(r.signal, r.stderr).toBeNull();
		expect(r.status, r.stderr).toBe(0);
		expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
	}, 180_000);
});

describe('sablier report --format html|pdf', () => {
	const saved = process.env.CHROMIUM_PATH;
	afterEach(() => {
		if (saved === undefined) delete process.env.CHROMIUM_PATH;
		else process.env.CHROMIUM_PATH = saved;
		vi.restoreAllMocks();
	});

	it('without Chromium, writes the HTML instead and says how to install Chromium', async () => {
		const { dir, path } = await store();
		process.env.CHROMIUM_PATH = join(dir, 'no-chromium');
		const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
		const out = join(dir, 'one.pdf');
		const code = await runReport({
			values: { page: 'one', db: path, format: 'pdf', out, reps: '10' },
			positionals: []
		});
		expect(code).toBe(1);
		expect(existsSync(out)).toBe(false);
		const html = readFileSync(join(dir, 'one.html'), 'utf8');
		expect(html).toMatch(/^<!doctype html>/);
		expect(html).toContain('<h1>One</h1>');
		const said = err.mock.calls.map((c) => String(c[0])).join('');
		expect(said).toContain(`Chromium was not found at ${join(dir, 'no-chromium')}`);
		expect(said).toContain('sudo apt-get install chromium');
		expect(said).toContain(`The HTML report was written to ${join(dir, 'one.html')} instead.`);
	}, 120_000);

	it('refuses an unknown format, in the chosen language', async () => {
		await expect(
			runReport({ values: { page: 'x', format: 'docx' }, positionals: [] })
		).rejects.toThrow('--format must be one of: json, html, pdf');
		await expect(
			runReport({ values: { page: 'x', format: 'docx', lang: 'fr' }, positionals: [] })
		).rejects.toThrow('--format doit valoir : json, html, pdf');
	});

	it('a workspace report: a cover, the pages at a glance with their headlines, then each page', async () => {
		const { db } = await store();
		const ws = (await workspaceId(db, 'acme'))!;
		await saveNotes(db, 'workspace', ws.id, {
			author: 'Léa',
			client: 'ACME',
			recommendations: 'Less packs.'
		});
		const w = (await workspaceDocument(db, 'acme', { lang: 'en', reps: 10, seed: 1 }))!;
		expect(w.pages.map((p) => p.report.page.slug)).toEqual(['one', 'two']);
		const html = await workspaceHtml(db, w, 'en', '2025-01-01');
		expect(html).toContain('<h1>acme</h1>');
		expect(html).toContain('Pages at a glance');
		// each headline, escaped as the document escapes every text (apostrophes included)
		for (const p of w.pages) expect(html).toContain(esc(p.doc.summary.headline));
		expect(html).toContain('<h1 class="page-title">Two &lt;b&gt;</h1>');
		expect(html).toContain('<blockquote class="authored"><p>Less packs.</p>');
		expect(html).not.toContain('<script');
	}, 120_000);
});

describe('sablier report --format json and the analysis cache', () => {
	afterEach(() => vi.restoreAllMocks());

	/** The JSON the command writes (to --out), with the store's cache rows counted after it. */
	async function json(path: string, dir: string, extra: Record<string, string> = {}) {
		const out = join(dir, `r-${Math.random().toString(36).slice(2)}.json`);
		const code = await runReport({
			values: { page: 'one', db: path, format: 'json', out, ...extra },
			positionals: []
		});
		expect(code).toBe(0);
		return readFileSync(out, 'utf8');
	}

	it('the second run reads the cached analysis and writes the same bytes as a fresh computation', async () => {
		const { dir, path } = await store();
		// the command closes the store when it ends: each look opens it again
		const db = () => getDb(path);
		const count = async () =>
			(
				await (await db()).query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM analysis_cache')
			)[0].n;
		expect(await count()).toBe(0);
		const first = await json(path, dir);
		expect(await count()).toBe(1); // computed, then kept
		// marked: a recomputation would rewrite the row
		await (await db()).exec('UPDATE analysis_cache SET took_ms = -1');
		const again = await json(path, dir);
		expect(again).toBe(first);
		const [row] = await (
			await db()
		).query<{ took_ms: number }>('SELECT took_ms FROM analysis_cache');
		expect(row.took_ms).toBe(-1);
		// the reference: computed without the cache, through the report's own builder
		const fresh = await pageReport(await db(), 'one', {
			lang: 'en',
			reps: 200,
			seed: 1,
			value: null
		});
		expect(first).toBe(JSON.stringify(fresh, null, 2) + '\n');
		// other replicates: computed, never read from nor written to the cache
		const ten = await json(path, dir, { reps: '10' });
		expect(ten).not.toBe(first);
		expect(ten).toBe(
			JSON.stringify(
				await pageReport(await db(), 'one', { lang: 'en', reps: 10, seed: 1, value: null }),
				null,
				2
			) + '\n'
		);
		expect(await count()).toBe(1);
	}, 120_000);

	it('a renamed page shows its new name, even from the cache', async () => {
		const { dir, path } = await store();
		await json(path, dir);
		await (await getDb(path)).exec(sql`UPDATE pages SET name = 'One renamed' WHERE slug = 'one'`);
		const report = JSON.parse(await json(path, dir));
		expect(report.page).toEqual({ slug: 'one', name: 'One renamed', platform: 'facebook' });
	}, 120_000);
});
