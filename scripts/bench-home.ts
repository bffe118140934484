/**
 * The home page at agency scale: a store of 1,000 pages in 100 workspaces, 1,100 days each
 * (1.1 M daily rows) and 100 posts each, written straight in SQL (as if each page had been
 * imported). Times, p50 and p95:
 * - GET / (and a search, and result page 10) through the built server (`npm run build` first),
 *   each request whole: SQL, rendering, HTTP;
 * - the home page's queries alone, and the full list it replaced (every page, summed), in-process;
 * - GET /pages/page-1 against its queries alone, in rounds (the queries in-process, then the
 *   server on the same file; BENCH_ROUNDS, 3 by default): each round's ratio is given;
 * - a cached Intl formatter against one built per call.
 * Ratios and numbers only: nothing here passes or fails. Run alone with `npx tsx scripts/bench-home.ts`
 * (`--explain` prints the listing's EXPLAIN ANALYZE); `npm run bench` runs it last.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDb, type Db } from '../src/lib/server/db/index.ts';
import {
	getPage,
	listingQuery,
	listPages,
	listPagesPaged,
	sumsQuery
} from '../src/lib/server/pages.ts';
import { comparisons, getPageValues } from '../src/lib/server/analysis-page.ts';
import { getAnalysisNow, versionsOf } from '../src/lib/server/analysis.ts';
import { listImports } from '../src/lib/server/imports.ts';
import { resolvePeriod } from '../src/lib/report/view-model.ts';
import { listWorkspaces } from '../src/lib/server/workspaces.ts';
import { formatDay, formatNumber } from '../src/lib/i18n/index.ts';
import { sql } from '../src/lib/sql.ts';
import { middle, quick, record } from './bench-table.ts';

const PAGES = Number(process.env.BENCH_PAGES ?? (quick ? 20 : 1000));
const DAYS = 1100;
const POSTS = 100;
const reps = Number(process.env.BENCH_REPS ?? (quick ? 20 : 200));

/** p50 and p95 of `reps` timed calls (after a few warm-up calls), in ms. */
async function percentiles(fn: () => Promise<unknown>, n = reps): Promise<[number, number]> {
	for (let i = 0; i < Math.min(10, n); i++) await fn();
	const times: number[] = [];
	for (let i = 0; i < n; i++) {
		const t = performance.now();
		await fn();
		times.push(performance.now() - t);
	}
	times.sort((a, b) => a - b);
	const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
	return [at(0.5), at(0.95)];
}

const ms = ([p50, p95]: [number, number]) => `p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`;

/** 1,000 pages in 100 workspaces, their days and posts, one import row each: the shape an agency's store has. */
export async function buildAgencyStore(db: Db, pages = PAGES): Promise<void> {
	const wss = Math.max(1, Math.round(pages / 10));
	await db.exec(sql`INSERT INTO workspaces (slug, name)
		SELECT 'client-' || i, 'Client ' || i FROM range(1, ${wss} + 1) t(i)`);
	await db.exec(sql`INSERT INTO pages (workspace_id, slug, name, platform)
		SELECT w.id, 'page-' || i, 'Page ' || i || ' de ' || w.name, 'facebook'
		FROM range(1, ${pages} + 1) t(i) JOIN workspaces w ON w.slug = 'client-' || (i % ${wss} + 1)`);
	await db.exec(sql`INSERT INTO imports (page_id, file_name, sha256, format, kind, rank_key, rows_read,
			rows_inserted, rows_updated, rows_unchanged, rows_rejected, status)
		SELECT id, 'export.csv', md5(slug), 'facebook-insights-page', 'daily', 'k', ${DAYS}, ${DAYS}, 0, 0, 0, 'loaded'
		FROM pages`);
	// page by page, as imports write them
	await db.exec(sql`INSERT INTO page_daily (page_id, day, fans_total, fans_added, fans_removed, reach_total)
		SELECT p.id, DATE '2022-01-01' + d::INTEGER, 1000 + p.id + d, 3 + (d * p.id) % 7, (d + p.id) % 3, 500 + (d * 13) % 400
		FROM pages p, range(0, ${DAYS}) t(d) ORDER BY p.id, d`);
	await db.exec(sql`INSERT INTO posts (page_id, post_id, published_at, reach_total)
		SELECT p.id, p.id || '_' || k, TIMESTAMP '2022-01-01' + INTERVAL (k * 10) DAY, 100 + k
		FROM pages p, range(0, ${POSTS}) t(k) ORDER BY p.id, k`);
	await db.exec('CHECKPOINT');
}

/** The home page's queries, as its load runs them (50 pages of the listing, the workspaces). */
const homeQueries = (db: Db) =>
	Promise.all([listPagesPaged(db, { limit: 50, offset: 0 }), listWorkspaces(db)]);

/**
 * A page's overview: its queries alone, as its load runs them (the page and its imports, then its
 * values, its analysis' versions and its comparisons side by side, on the store's reader
 * connections; the analysis itself is read from memory by then, as on the server).
 */
async function pageQueries(db: Db, slug: string) {
	const imports = listImports(db, slug);
	const page = (await getPage(db, slug))!;
	const period = resolvePeriod(
		{ period: null, from: null, to: null },
		page.firstDay!,
		page.lastDay!
	);
	await Promise.all([
		getPageValues(db, page.id),
		versionsOf(db, page.id),
		imports,
		comparisons(db, page, period)
	]);
	return { page, period };
}

type Pct = [number, number];
const range = (xs: number[], digits = 1) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length > 1
		? `${s[0].toFixed(digits)}–${s.at(-1)!.toFixed(digits)}`
		: (s[0]?.toFixed(digits) ?? '—');
};

export async function main() {
	// as many reader connections as the server has (bin/sablier.js sizes its threads for 4)
	process.env.SABLIER_DB_READERS ??= '4';
	const dir = mkdtempSync(join(tmpdir(), 'sablier-bench-home-'));
	const path = join(dir, 'agency.duckdb');
	let db = await getDb(path);
	const t0 = performance.now();
	await buildAgencyStore(db);
	const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM page_daily');
	console.log(
		`home page at agency scale: ${PAGES.toLocaleString('en')} pages, ${n.toLocaleString('en')} daily rows (built in ${((performance.now() - t0) / 1000).toFixed(1)} s)`
	);

	console.log(
		`  search "page 7" : ${ms(await percentiles(() => listPagesPaged(db, { q: 'page 7', limit: 50, offset: 0 })))}`
	);
	const full = await percentiles(() => listPages(db), quick ? 3 : 20);
	console.log(`  the full list it replaces (every page summed): ${ms(full)}`);
	if (process.argv.includes('--explain')) {
		const explain = async (q: ReturnType<typeof sql>) =>
			(await db.query<{ explain_value: string }>(sql`EXPLAIN ANALYZE ${q}`))
				.map((r) => r.explain_value)
				.join('\n');
		const first = await db.query<{ id: number }>(listingQuery({ limit: 50, offset: 0 }));
		console.log(await explain(listingQuery({ limit: 50, offset: 0 })));
		// what a listing costs when none of its pages' sums are kept yet (after a restart)
		console.log(await explain(sumsQuery(first.map((p) => p.id))));
	}
	const cold = await percentiles(
		async () => {
			const first = await db.query<{ id: number }>(listingQuery({ limit: 50, offset: 0 }));
			await db.query(sumsQuery(first.map((p) => p.id)));
		},
		quick ? 3 : 20
	);
	console.log(
		`  the same, none of the 50 pages' sums kept yet (first view after a start or an import): ${ms(cold)}`
	);
	{
		const { page, period } = await pageQueries(db, 'page-1');
		const t = performance.now();
		await getAnalysisNow(db, page, { lang: 'en', ...period, value: null }, true);
		console.log(
			`  page-1's analysis (${period.from} to ${period.to}): ${(performance.now() - t).toFixed(0)} ms, then cached`
		);
	}

	// Pages against their queries alone, round by round: each round times the queries in this
	// process (the store's reader pool, warm), closes the store, then times the same GETs through
	// the built server on the same file (warm too). On a shared machine the load drifts; pairing
	// each round's two measures, and giving every round, keeps the ratios honest.
	const rounds = Number(process.env.BENCH_ROUNDS ?? (quick ? 1 : 3));
	const built = existsSync(join(import.meta.dirname, '..', 'build', 'handler.js'));
	const refs = { home: [] as Pct[], page: [] as Pct[], pageCpu: [] as number[] };
	const urls = (
		process.env.BENCH_URLS?.split(',') ?? [
			'/',
			'/?q=client+7',
			'/?p=10',
			'/workspaces/client-1',
			'/import',
			'/pages/page-1'
		]
	).filter(Boolean);
	const served = new Map<string, { p: Pct[]; cpu: number[]; size: number }>();
	for (let round = 1; round <= rounds; round++) {
		if (round > 1) db = await getDb(path);
		const home = await percentiles(() => homeQueries(db));
		// this process's CPU (its threads and DuckDB's) while the page's queries run: the server's
		// CPU a request is read the same way (from /proc), so the two compare
		const c0 = process.cpuUsage();
		const page = await percentiles(() => pageQueries(db, 'page-1'));
		const c = process.cpuUsage(c0);
		refs.pageCpu.push((c.user + c.system) / 1000 / (reps + Math.min(10, reps)));
		refs.home.push(home);
		refs.page.push(page);
		db.close();
		console.log(
			`  round ${round}: the home page's queries (50 pages + workspaces) ${ms(home)}; GET /pages/page-1's queries alone ${ms(page)}, CPU ${refs.pageCpu.at(-1)!.toFixed(1)} ms a call`
		);
		if (built) await serve(path, urls, served, round);
	}
	if (!built)
		console.log('  (no build/: run `npm run build` to time the pages through the server)');
	rmSync(dir, { recursive: true, force: true });

	const scale = `${PAGES.toLocaleString('en')}-page store`;
	const p95s = (xs: Pct[]) => xs.map((x) => x[1]);
	const p50s = (xs: Pct[]) => xs.map((x) => x[0]);
	const pair = (url: string, ref: Pct[]) => {
		const s = served.get(url);
		if (!s) return null;
		const ratios = s.p.map((x, i) => x[1] / ref[i][1]);
		return { s, ratios };
	};
	const home = pair('/', refs.home);
	if (home)
		record({
			measure: `GET / listing a ${scale}, p95 (${rounds} round${rounds > 1 ? 's' : ''})`,
			ours: `${range(p95s(home.s.p))} ms (p50 ${range(p50s(home.s.p))} ms)`,
			reference: `its queries alone p95 ${range(p95s(refs.home))} ms; ratio by round ${range(home.ratios, 2)}`,
			ratio: middle(home.ratios),
			target: '≤ 50 ms'
		});
	const page = pair('/pages/page-1', refs.page);
	if (page)
		record({
			measure: `GET /pages/<slug> on a ${scale}, p95 (${rounds} round${rounds > 1 ? 's' : ''})`,
			ours: `${range(p95s(page.s.p))} ms (p50 ${range(p50s(page.s.p))} ms, ${(page.s.size / 1024).toFixed(0)} KB of HTML)`,
			reference: `its queries alone p95 ${range(p95s(refs.page))} ms (p50 ${range(p50s(refs.page))} ms); ratio by round ${range(page.ratios, 2)}; CPU a request ${range(page.s.cpu)} ms, its queries' ${range(refs.pageCpu)} ms`,
			ratio: middle(page.ratios),
			target: 'p95 ≤ 50 ms and ≤ 1.2× its SQL'
		});

	// formatters: one reused per language vs one built per call, as before
	const N = quick ? 2_000 : 20_000;
	const cached = performance.now();
	let out = 0;
	for (let i = 0; i < N; i++)
		out += (formatNumber(i, i % 2 ? 'fr' : 'en') + formatDay('2024-03-14', 'fr')).length;
	const c = performance.now() - cached;
	const fresh = performance.now();
	for (let i = 0; i < N; i++)
		out -= (
			new Intl.NumberFormat(i % 2 ? 'fr-FR' : 'en-GB').format(i) +
			new Intl.DateTimeFormat('fr-FR', {
				day: 'numeric',
				month: 'short',
				year: 'numeric',
				timeZone: 'UTC'
			}).format(new Date(Date.UTC(2024, 2, 14)))
		).length;
	const f = performance.now() - fresh;
	if (out !== 0) throw new Error('the two ways wrote different texts');
	console.log(
		`  ${N.toLocaleString('en')} numbers + days formatted: cached formatters ${c.toFixed(0)} ms, a new one per call ${f.toFixed(0)} ms (${(f / c).toFixed(0)}× slower)`
	);
}

/** Times each URL through the built server on `path` (SQL + rendering + HTTP), warm. */
async function serve(
	path: string,
	urls: string[],
	out: Map<string, { p: Pct[]; cpu: number[]; size: number }>,
	round: number
): Promise<void> {
	const server = join(import.meta.dirname, '..', 'bin', 'sablier.js');
	const port = Number(process.env.BENCH_PORT ?? 4204);
	// BENCH_NODE_ARGS="--cpu-prof" profiles the server; BENCH_URLS="/pages/page-1" times only those
	const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
	const child = spawn(
		process.execPath,
		[...nodeArgs, server, 'serve', '--db', path, '--port', String(port), '--host', '127.0.0.1'],
		{ stdio: 'ignore' }
	);
	try {
		// ready when it answers
		for (let i = 0; ; i++) {
			if (child.exitCode !== null) throw new Error('the server stopped');
			if (
				await fetch(`http://127.0.0.1:${port}/`).then(
					(r) => r.ok,
					() => false
				)
			)
				break;
			if (i > 600) throw new Error('the server did not start');
			await new Promise((r) => setTimeout(r, 100));
		}
		const get = (url: string) => async () => {
			const r = await fetch(`http://127.0.0.1:${port}${url}`);
			if (r.status !== 200) throw new Error(`${url}: ${r.status}`);
			return r.text();
		};
		// CPU the server spent per request (its threads and DuckDB's), from /proc: less bent by
		// other processes on a busy machine than wall-clock times
		const cpu = () => {
			const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
			return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
		};
		for (const url of urls) {
			// a page's analysis is computed at its first view: ready before it is timed
			for (let i = 0; url.startsWith('/pages/'); i++) {
				const body = await get(url)();
				if (!body.includes('http-equiv="refresh"')) break;
				if (i > 120) throw new Error(`${url}: the analysis never became ready`);
				await new Promise((r) => setTimeout(r, 1000));
			}
			const c0 = cpu();
			const p = await percentiles(get(url));
			const perRequest = (cpu() - c0) / (reps + Math.min(10, reps));
			console.log(
				`  round ${round}: GET ${url} (built server): ${ms(p)}; server CPU ${perRequest.toFixed(1)} ms a request`
			);
			const seen = out.get(url) ?? { p: [], cpu: [], size: (await get(url)()).length };
			seen.p.push(p);
			seen.cpu.push(perRequest);
			out.set(url, seen);
		}
	} finally {
		// SIGTERM: the server stops cleanly (and writes its profile when asked for one)
		await new Promise<void>((ok) => {
			if (child.exitCode !== null) return ok();
			child.once('exit', () => ok());
			child.kill('SIGTERM');
		});
	}
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
