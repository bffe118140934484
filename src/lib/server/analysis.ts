import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Db } from './db/index.ts';
import { sql } from '../sql.ts';
import { defaultPeriod, pageReport, pageReportInputs } from './report.ts';
import { getPage } from './pages.ts';
import type { ReportInputs, ReportOptions } from '../report/build-report.ts';
import type { Report } from '../report/schema.ts';
import type { Analysis } from '../report/analysis-job.ts';
import type { ValueInputs } from '../report/roi-section.ts';

/**
 * The analysis cache (issue 9 §10): the report model and its series are computed once per page,
 * period, options, data version and ledger version, in a worker thread (never on the request
 * path), and kept in the store (table analysis_cache, migration 0006). A request finds either a
 * fresh analysis, or a computation it starts (or joins) and waits for briefly; past that wait
 * the page says "being computed" and refreshes itself (no JavaScript needed).
 */

/**
 * Bump when the models' outputs change: every cached analysis becomes stale (v2: Model B's refits;
 * v3: the views' daily bands of expected people cut at 0, the report's text with true minus signs).
 */
export const ANALYSIS_VERSION = 'v3';
/** Bootstrap replicates of Model B for the dashboard (the CLI's default). */
export const DASHBOARD_REPS = 200;

export interface AnalysisRequest {
	lang: 'en' | 'fr';
	from: string;
	to: string;
	value: ValueInputs | null;
}

export type AnalysisState =
	| { status: 'ready'; analysis: Analysis; computedAt: string; tookMs: number }
	| { status: 'computing' }
	| { status: 'failed'; message: string };

const hash = (v: unknown) =>
	createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 24);

/**
 * What the analysis depends on in the store, in one query: the page's imports (a deletion
 * changes a status), its own calendar events, and every field of its ledger that the models read.
 */
export async function versionsOf(
	db: Db,
	pageId: number
): Promise<{ data: string; ledger: string }> {
	const [row] = await db.query<{
		imports: string | null;
		events: string | null;
		ledger: string | null;
	}>(
		sql`SELECT
		(SELECT string_agg(id || ':' || status, ',' ORDER BY id) FROM imports WHERE page_id = ${pageId}) AS imports,
		(SELECT string_agg(concat_ws('|', id, day, end_day, description), '¶' ORDER BY id)
			FROM page_events WHERE page_id = ${pageId}) AS events,
		(SELECT string_agg(concat_ws('|', id, channel, coalesce(label, '∅'), start_day, end_day,
			coalesce(CAST(cost AS VARCHAR), '∅'), coalesce(currency, '∅'),
			coalesce(CAST(hours AS VARCHAR), '∅'), coalesce(CAST(hourly_rate AS VARCHAR), '∅'),
			coalesce(CAST(promised_qty AS VARCHAR), '∅')), '¶' ORDER BY id)
			FROM campaigns WHERE page_id = ${pageId}) AS ledger`
	);
	return {
		data: hash([ANALYSIS_VERSION, row?.imports ?? null, row?.events ?? null]),
		ledger: hash(row?.ledger ?? null)
	};
}

const keyOf = (r: AnalysisRequest) =>
	hash([ANALYSIS_VERSION, DASHBOARD_REPS, r.lang, r.from, r.to, r.value]);

interface CacheRow {
	data_version: string;
	ledger_version: string;
	computed_at: string;
	took_ms: number;
	report: string;
	series: string;
}

const memory = new Map<string, AnalysisState & { status: 'ready' }>();
const MEMORY_MAX = 24;
const running = new Map<string, Promise<AnalysisState>>();

/**
 * The page's analysis for these options: fresh from the cache, or computed now. Waits at most
 * `waitMs` for a computation (others' requests are served meanwhile: the work is in a worker).
 */
export async function getAnalysis(
	db: Db,
	page: { id: number; slug: string },
	req: AnalysisRequest,
	waitMs = 2500,
	here = false,
	/** the page's versions, when the caller asked for them already (alongside other queries) */
	versions?: Promise<{ data: string; ledger: string }>
): Promise<AnalysisState> {
	const v = await (versions ?? versionsOf(db, page.id));
	const key = keyOf(req);
	const full = `${page.id}|${key}|${v.data}|${v.ledger}`;
	const hot = memory.get(full);
	if (hot) return hot;
	const [row] = await db.query<CacheRow>(
		sql`SELECT data_version, ledger_version, strftime(computed_at, '%Y-%m-%dT%H:%M:%SZ') AS computed_at,
		took_ms, report, series FROM analysis_cache WHERE page_id = ${page.id} AND cache_key = ${key}`
	);
	if (row && row.data_version === v.data && row.ledger_version === v.ledger) {
		const state = {
			status: 'ready' as const,
			analysis: { report: JSON.parse(row.report), series: JSON.parse(row.series) },
			computedAt: row.computed_at,
			tookMs: row.took_ms
		};
		remember(full, state);
		return state;
	}
	let job = running.get(full);
	if (!job) {
		job = compute(db, page, req, key, v, here).finally(() => running.delete(full));
		running.set(full, job);
		job.then((s) => s.status === 'ready' && remember(full, s));
	}
	let timer: ReturnType<typeof setTimeout> | undefined;
	const wait = new Promise<AnalysisState>((ok) => {
		timer = setTimeout(() => ok({ status: 'computing' }), waitMs);
	});
	const state = await Promise.race([job, wait]);
	clearTimeout(timer);
	return state;
}

/**
 * Waits for the computation of these options, however long (CLI, tests). `here`: computed in this
 * thread, not in the worker (a one-shot command: starting the worker would cost more than it saves).
 */
export async function getAnalysisNow(
	db: Db,
	page: { id: number; slug: string },
	req: AnalysisRequest,
	here = false
): Promise<AnalysisState> {
	for (;;) {
		const s = await getAnalysis(db, page, req, 60_000, here);
		if (s.status !== 'computing') return s;
	}
}

/**
 * `sablier report --format json`: the page's report model, from the store's analysis cache when it
 * is fresh for these options (the dashboard's replicates and seed), else computed and cached for
 * the next time; other replicates or seeds are computed and not kept. The same model either way
 * (the cache holds buildReport's own output, keyed by options, data and ledger versions); the
 * page's name and platform are read now, as a rename does not make an analysis stale.
 */
export async function pageReportCached(
	db: Db,
	slug: string,
	opts: ReportOptions & { from?: string; to?: string },
	here = false
): Promise<Report | null> {
	if ((opts.reps ?? DASHBOARD_REPS) !== DASHBOARD_REPS || (opts.seed ?? 1) !== 1)
		return pageReport(db, slug, opts);
	const page = await getPage(db, slug);
	if (!page || !page.firstDay || !page.lastDay) return null;
	const def = defaultPeriod(page.firstDay, page.lastDay);
	const period = { from: opts.from ?? def.from, to: opts.to ?? def.to };
	const req = { lang: opts.lang, ...period, value: opts.value ?? null };
	const state = await getAnalysisNow(db, page, req, here);
	if (state.status !== 'ready')
		throw new Error(state.status === 'failed' ? state.message : 'analysis not ready');
	const { report } = state.analysis;
	return { ...report, page: { slug: page.slug, name: page.name, platform: page.platform } };
}

function remember(key: string, state: AnalysisState & { status: 'ready' }) {
	memory.delete(key);
	memory.set(key, state);
	while (memory.size > MEMORY_MAX) memory.delete(memory.keys().next().value as string);
}

async function compute(
	db: Db,
	page: { id: number; slug: string },
	req: AnalysisRequest,
	key: string,
	v: { data: string; ledger: string },
	here = false
): Promise<AnalysisState> {
	try {
		const input = await pageReportInputs(db, page.slug, { from: req.from, to: req.to });
		if (!input) return { status: 'failed', message: 'no daily data' };
		const options: ReportOptions = {
			lang: req.lang,
			reps: DASHBOARD_REPS,
			seed: 1,
			value: req.value
		};
		const { result, ms } = await runInWorker(input, options, here);
		const computedAt = new Date().toISOString().slice(0, 19) + 'Z';
		await db.transaction(async (tx) => {
			await tx.exec(
				sql`DELETE FROM analysis_cache WHERE page_id = ${page.id} AND cache_key = ${key}`
			);
			await tx.exec(sql`INSERT INTO analysis_cache (page_id, cache_key, data_version, ledger_version,
				options, computed_at, took_ms, report, series) VALUES (${page.id}, ${key}, ${v.data}, ${v.ledger},
				${JSON.stringify(req)}, CAST(${computedAt.slice(0, 19).replace('T', ' ')} AS TIMESTAMP), ${ms},
				${JSON.stringify(result.report)}, ${JSON.stringify(result.series)})`);
		});
		return { status: 'ready', analysis: result, computedAt, tookMs: ms };
	} catch (e) {
		console.error(`analysis of ${page.slug} failed`, e);
		return { status: 'failed', message: e instanceof Error ? e.message : String(e) };
	}
}

// ── the worker thread ────────────────────────────────────────────────────────────────────────

interface Pending {
	ok: (r: { result: Analysis; ms: number }) => void;
	fail: (e: Error) => void;
}
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

/** The worker script, found from this module in the sources or in the build (any depth). */
function workerPath(): string | null {
	let dir = dirname(fileURLToPath(import.meta.url));
	for (let i = 0; i < 6; i++) {
		const candidate = join(dir, 'src', 'lib', 'server', 'analysis-worker.mjs');
		if (existsSync(candidate)) return candidate;
		const here = join(dir, 'analysis-worker.mjs');
		if (existsSync(here)) return here;
		dir = dirname(dir);
	}
	return null;
}

function startWorker(): Worker | null {
	if (worker) return worker;
	const path = process.env.SABLIER_ANALYSIS_INLINE ? null : workerPath();
	if (!path) return null;
	const w = new Worker(path);
	w.on('message', (m: { id?: number; result?: Analysis; ms?: number; error?: string }) => {
		if (m.id === undefined) return;
		const p = pending.get(m.id);
		pending.delete(m.id);
		if (pending.size === 0) w.unref(); // idle: never what keeps the process alive
		if (!p) return;
		if (m.error !== undefined) p.fail(new Error(m.error));
		else p.ok({ result: m.result as Analysis, ms: m.ms ?? 0 });
	});
	const down = (e: unknown) => {
		for (const p of pending.values()) p.fail(e instanceof Error ? e : new Error(String(e)));
		pending.clear();
		worker = null;
	};
	w.on('error', down);
	w.on('exit', (code) => code !== 0 && down(new Error(`analysis worker exited with ${code}`)));
	// unreferenced while idle (after the listeners: adding a 'message' listener refs the worker's
	// port again, and a one-shot `sablier report --format html|pdf` then never exited);
	// referenced while an analysis runs, so that nothing ends the process under it
	w.unref();
	worker = w;
	return w;
}

/** Runs the analysis in the worker thread; in this thread only when no worker can start. */
async function runInWorker(
	input: ReportInputs,
	options: ReportOptions,
	here = false
): Promise<{ result: Analysis; ms: number }> {
	const w = here ? null : startWorker();
	lastThread = w ? 'worker' : 'inline';
	if (!w) {
		const { runAnalysis } = await import('../report/analysis-job.ts');
		const started = performance.now();
		return { result: runAnalysis(input, options), ms: Math.round(performance.now() - started) };
	}
	const id = nextId++;
	return new Promise((ok, fail) => {
		if (pending.size === 0) w.ref();
		pending.set(id, { ok, fail });
		w.postMessage({ id, input, options });
	});
}

let lastThread: 'worker' | 'inline' | null = null;
/** Where the last analysis ran: a worker thread, or this thread when none could start. */
export const lastAnalysisThread = () => lastThread;

/** Stops the worker (tests, shutdown). */
export async function stopAnalysisWorker(): Promise<void> {
	const w = worker;
	worker = null;
	if (w) await w.terminate();
}
