/**
 * The home page at agency scale: a store of 1,000 pages in 100 workspaces, 1,100 days each
 * (1.1 M daily rows) and 100 posts each, written straight in SQL (as if each page had been
 * imported). Times, p50 and p95:
 * - GET / (and a search, and result page 10) through the built server (`npm run build` first),
 *   each request whole: SQL, rendering, HTTP;
 * - the home page's queries alone, and the full list it replaced (every page, summed), in-process;
 * - GET /pages/page-1 against its queries alone, in rounds (BENCH_ROUNDS, 3 by default): the
 *   queries in-process, the server on the same file, the queries again; each round's ratio (p95,
 *   p50, CPU a request) against the references on either side of it;
 * - a cached Intl formatter against one built per call.
 * Ratios and numbers only: nothing here passes or fails. Run alone with `npx tsx scripts/bench-home.ts`
 * (`--explain` prints the listing's EXPLAIN ANALYZE); `npm run bench` runs it last.
 */
import { spawn, spawnSync } from 'node:child_process';
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

	// Pages against their queries alone, in rounds. The queries are timed in this process (the
	// store's reader pool, warm), the store closed, the same GETs timed through the built server on
	// the same file (warm too), the store reopened and the queries timed again: each round's server
	// is compared with the references just before and just after it (their mean), so a load that
	// drifts on a shared machine bends both sides alike. Every round's ratio is printed.
	const rounds = Number(process.env.BENCH_ROUNDS ?? (quick ? 1 : 3));
	// the server a user runs: the app built from the current sources (scripts/ensure-build.js
	// rebuilds it when a source is newer) and the CLI bundle (bin/run.mjs falls back to running the
	// sources through tsx when the bundle is older than them: a server loaded that way sends every
	// request's module lookups through tsx's loader thread, and timed it slower than users see)
	for (const script of ['ensure-build.js', 'build-cli.js']) {
		const r = spawnSync(process.execPath, [join(import.meta.dirname, script)], {
			encoding: 'utf8'
		});
		if (r.status !== 0) throw new Error(`${script}: ${r.stderr || r.stdout}`);
	}
	const built = existsSync(join(import.meta.dirname, '..', 'build', 'handler.js'));
	// the page first: the nearest to its reference
	const urls = (
		process.env.BENCH_URLS?.split(',') ?? [
			'/pages/page-1',
			'/',
			'/?q=client+7',
			'/?p=10',
			'/workspaces/client-1',
			'/import'
		]
	).filter(Boolean);
	type Ref = { home: Pct; page: Pct; pageCpu: number };
	const reference = async (label: string): Promise<Ref> => {
		db = await getDb(path);
		// this process's CPU (its threads and DuckDB's) while the page's queries run: the server's
		// CPU a request is read the same way (from /proc), so the two compare
		const c0 = process.cpuUsage();
		const page = await percentiles(() => pageQueries(db, 'page-1'));
		const c = process.cpuUsage(c0);
		const home = await percentiles(() => homeQueries(db));
		db.close();
		const pageCpu = (c.user + c.system) / 1000 / (reps + Math.min(10, reps));
		console.log(
			`  ${label}: GET /pages/page-1's queries alone ${ms(page)}, CPU ${pageCpu.toFixed(1)} ms a call; the home page's queries (50 pages + workspaces) ${ms(home)}`
		);
		return { home, page, pageCpu };
	};
	db.close();
	const refs: Ref[] = [await reference('reference 0')];
	const served = new Map<string, { p: Pct[]; cpu: number[]; size: number }>();
	if (built)
		for (let round = 1; round <= rounds; round++) {
			await serve(path, urls, served, round);
			refs.push(await reference(`reference ${round}`));
		}
	else console.log('  (no build/: run `npm run build` to time the pages through the server)');
	rmSync(dir, { recursive: true, force: true });

	// round k's reference: the mean of the ones taken just before and just after it
	const around = (k: number, f: (r: Ref) => number) => (f(refs[k]) + f(refs[k + 1])) / 2;
	const scale = `${PAGES.toLocaleString('en')}-page store`;
	const by = (url: string, key: 'home' | 'page') => {
		const s = served.get(url);
		if (!s) return null;
		const ref95 = s.p.map((_, k) => around(k, (r) => r[key][1]));
		const ref50 = s.p.map((_, k) => around(k, (r) => r[key][0]));
		return {
			s,
			ref95,
			ref50,
			p95: s.p.map((x, k) => x[1] / ref95[k]),
			p50: s.p.map((x, k) => x[0] / ref50[k])
		};
	};
	const inRounds = `${rounds} round${rounds > 1 ? 's' : ''}`;
	const home = by('/', 'home');
	if (home)
		record({
			measure: `GET / listing a ${scale}, p95 (${inRounds})`,
			ours: `${range(home.s.p.map((x) => x[1]))} ms (p50 ${range(home.s.p.map((x) => x[0]))} ms)`,
			reference: `its queries alone p95 ${range(home.ref95)} ms; p95 ratio by round ${range(home.p95, 2)}, p50 ratio ${range(home.p50, 2)}`,
			ratio: middle(home.p95),
			target: '≤ 50 ms'
		});
	const page = by('/pages/page-1', 'page');
	if (page) {
		const cpu = page.s.cpu.map((x, k) => x / around(k, (r) => r.pageCpu));
		record({
			measure: `GET /pages/<slug> on a ${scale}, p95 (${inRounds})`,
			ours: `${range(page.s.p.map((x) => x[1]))} ms (p50 ${range(page.s.p.map((x) => x[0]))} ms, ${(page.s.size / 1024).toFixed(0)} KB of HTML)`,
			reference: `its queries alone p95 ${range(page.ref95)} ms (p50 ${range(page.ref50)} ms); p95 ratio by round ${range(page.p95, 2)}, p50 ratio ${range(page.p50, 2)}; server CPU a request ${range(page.s.cpu)} ms vs the queries' ${range(refs.map((r) => r.pageCpu))} ms, ratio ${range(cpu, 2)}`,
			ratio: middle(page.p95),
			target: 'p95 ≤ 50 ms and ≤ 1.2× its SQL'
		});
	}

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
		}
		// a fresh process compiles its code as it runs it: every page warmed up before any is
		// timed, as the reference's process is (it ran the same queries many times already)
		for (let i = 0; i < 30; i++) for (const url of urls) await get(url)();
		for (const url of urls) {
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
