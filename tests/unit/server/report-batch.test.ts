import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runReport } from '../../../src/cli/report.ts';
import { runReportAll } from '../../../src/cli/report-batch.ts';
import { cliText } from '../../../src/cli/text.ts';
import { getDb } from '../../../src/lib/server/db/index.ts';
import { loadDemo } from '../../../src/lib/server/demo.ts';
import { importFixtures } from '../../helpers/db.ts';

/**
 * Three pages in two workspaces: the generated demo bakery (workspace demo) and two small
 * Facebook pages (workspace acme); `withEmpty` adds a page that has posts but no daily data.
 */
async function store(withEmpty = false) {
	const dir = mkdtempSync(join(tmpdir(), 'sablier-batch-'));
	const path = join(dir, 'store.duckdb');
	const db = await getDb(path);
	await loadDemo(db);
	for (const page of ['one', 'two'])
		await importFixtures(db, { page, workspace: 'acme' }, 'facebook/page-basic-cp1252.csv');
	if (withEmpty)
		await importFixtures(db, { page: 'posts-only', workspace: 'acme' }, 'facebook/posts-basic.csv');
	db.close();
	return { dir, path };
}

/** Runs the command with stdout and stderr captured. */
async function run(values: Record<string, string | boolean>) {
	const out: string[] = [];
	const err: string[] = [];
	vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
	vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
	try {
		const code = await runReport({ values, positionals: [] });
		return { code, stdout: out.join(''), stderr: err.join('') };
	} finally {
		vi.restoreAllMocks();
	}
}

const opts = { reps: '20', seed: '7' };

describe('sablier report --all', () => {
	afterEach(() => vi.restoreAllMocks());

	it('writes one JSON file per page, equal to the single-page command for the same seed', async () => {
		const { dir, path } = await store();
		const out = join(dir, 'reports');
		const all = await run({ all: true, db: path, format: 'json', out, ...opts });
		expect(all.code).toBe(0);
		expect(readdirSync(out).sort()).toEqual([
			'acme--one-en.json',
			'acme--two-en.json',
			'demo--demo-bakery-en.json'
		]);
		expect(all.stderr).toContain(`3 reports written to ${out}`);
		expect(all.stderr).not.toContain('failed');
		for (const [file, page] of [
			['acme--one-en.json', 'one'],
			['demo--demo-bakery-en.json', 'demo-bakery']
		]) {
			const single = await run({ page, db: path, format: 'json', ...opts });
			expect(single.code).toBe(0);
			const batch = JSON.parse(readFileSync(join(out, file), 'utf8'));
			expect(batch).toEqual(JSON.parse(single.stdout));
			expect(batch.page.slug).toBe(page);
		}
	}, 180_000);

	it('--workspace limits the batch to that workspace; an unknown one writes nothing', async () => {
		const { dir, path } = await store();
		const out = join(dir, 'acme');
		const r = await run({ all: true, workspace: 'acme', db: path, format: 'json', out, ...opts });
		expect(r.code).toBe(0);
		expect(readdirSync(out).sort()).toEqual(['acme--one-en.json', 'acme--two-en.json']);
		await expect(
			runReport({
				values: { all: true, workspace: 'nope', db: path, out: join(dir, 'x') },
				positionals: []
			})
		).rejects.toThrow('no pages in workspace "nope": nothing written');
		expect(existsSync(join(dir, 'x'))).toBe(false);
	}, 120_000);

	it('a page without daily data is reported with its reason, the others go on, exit 2', async () => {
		const { dir, path } = await store(true);
		const out = join(dir, 'fr');
		const r = await run({
			all: true,
			workspace: 'acme',
			db: path,
			format: 'html',
			out,
			lang: 'fr',
			...opts
		});
		expect(r.code).toBe(2);
		expect(readdirSync(out).sort()).toEqual(['acme--one-fr.html', 'acme--two-fr.html']);
		expect(readFileSync(join(out, 'acme--one-fr.html'), 'utf8')).toMatch(/^<!doctype html>/);
		expect(r.stderr).toContain(
			'acme/posts-only : NON ÉCRIT, aucune donnée quotidienne sur la période (importez d’abord un export quotidien)'
		);
		expect(r.stderr).toContain(`2 rapports écrits dans ${out}, 1 en échec (voir ci-dessus)`);
	}, 120_000);

	it('writes a progress line only on a terminal, rewritten in place, cleared before the summary', async () => {
		const { dir, path } = await store();
		const said: string[] = [];
		const args = {
			db: path,
			workspace: 'acme',
			format: 'json' as const,
			opts: { lang: 'en' as const, reps: 0, seed: 1 },
			t: cliText('en')
		};
		const tty = { isTTY: true, write: (s: string) => said.push(s) };
		expect(await runReportAll({ ...args, out: join(dir, 'a'), err: tty })).toBe(0);
		expect(said).toEqual([
			'\r\x1b[Kreport 1/2: acme/one',
			'\r\x1b[Kreport 2/2: acme/two',
			'\r\x1b[K',
			`2 reports written to ${join(dir, 'a')}\n`
		]);
		const piped: string[] = [];
		const pipe = { isTTY: false, write: (s: string) => piped.push(s) };
		expect(await runReportAll({ ...args, out: join(dir, 'b'), err: pipe })).toBe(0);
		expect(piped).toEqual([`2 reports written to ${join(dir, 'b')}\n`]);
	}, 120_000);

	it('needs --out, and keeps the single-page rules otherwise', async () => {
		await expect(runReport({ values: { all: true }, positionals: [] })).rejects.toThrow(
			'report --all needs --out DIR'
		);
		await expect(
			runReport({ values: { all: true, page: 'one', out: 'x', lang: 'fr' }, positionals: [] })
		).rejects.toThrow('--all et --page s’excluent');
		await expect(runReport({ values: {}, positionals: [] })).rejects.toThrow(
			'--page <slug> is required'
		);
	});

	it.skipIf(!existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium'))(
		'prints every page as a PDF with one Chromium',
		async () => {
			const { dir, path } = await store();
			const out = join(dir, 'pdf');
			const launch = chromium.launch.bind(chromium);
			let launches = 0;
			vi.spyOn(chromium, 'launch').mockImplementation((o) => (launches++, launch(o)));
			const r = await run({ all: true, workspace: 'acme', db: path, format: 'pdf', out, ...opts });
			expect(r.code).toBe(0);
			const files = readdirSync(out).sort();
			expect(files).toEqual(['acme--one-en.pdf', 'acme--two-en.pdf']);
			expect(launches).toBe(1);
			for (const f of files)
				expect(readFileSync(join(out, f)).subarray(0, 5).toString()).toBe('%PDF-');
		},
		120_000
	);
});
