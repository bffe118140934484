/**
 * `npm run bench`: issue 11's measures, each against a reference in the same run (ratios: absolute
 * times vary between machines), medians of several runs, peak RSS from the OS. Details are printed
 * as they come; one table at the end ("measure: ours X, reference Y, ratio Z (target T)").
 * `npm run bench -- --quick` runs a small version of every measure (inside `npm test`, so the
 * benchmark cannot rot); speed targets live here, never in tests: nothing here passes or fails,
 * only a measure that throws fails the run. `BENCH_ROWS=0` skips the big X import;
 * `BENCH_ONLY=import` runs only it (section 2).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryDb, getDb } from '../src/lib/server/db/index.ts';
import { importFiles } from '../src/lib/server/import-files.ts';
import { generateDemo } from '../src/lib/demo/generate.ts';
import { mb, median, middle, printTable, quick, record, secs } from './bench-table.ts';

const root = join(import.meta.dirname, '..');
const REAL = join(root, '..', 'shared', 'data', 'real', 'facebook-page-insights');
const dir = mkdtempSync(join(tmpdir(), 'sablier-bench-'));
const reps = quick ? 1 : 3;
const all = process.env.BENCH_ONLY !== 'import';

// 1. file imports against DuckDB's raw read_csv of the same file, in-process, wall time
if (all) {
	const files: { label: string; path: string; measure?: string }[] = [];
	const demo = join(dir, 'demo.csv');
	writeFileSync(demo, generateDemo().pageCsv);
	files.push({ label: 'demo page export (1,096 days × 19 columns)', path: demo });
	const big = join(
		REAL,
		'Facebook Insights Data Export - Visualization Studio VIC - 2015-08-19 - 2016-02-15.csv'
	);
	if (existsSync(big))
		files.push({
			label: 'real Facebook page export (180 days × 2,681 columns)',
			path: big,
			measure: 'import of the 2,681-column Facebook page export'
		});
	else
		console.log('(the real 2,681-column Facebook export is not in ../shared/data/real: skipped)');
	for (const f of files) {
		const bytes = readFileSync(f.path);
		const ours = await median(async () => {
			const db = await createMemoryDb();
			const [r] = await importFiles(db, { page: 'bench' }, [{ name: 'f.csv', bytes }]);
			if (r.error) throw new Error(r.error);
			db.close();
		}, reps);
		const raw = await median(async () => {
			const db = await createMemoryDb();
			const path = f.path.replaceAll("'", "''");
			await db.exec(
				`CREATE TABLE t AS SELECT * FROM read_csv('${path}', header = false, skip = 2, all_varchar = true, max_line_size = 10000000, null_padding = true)`
			);
			db.close();
		}, reps);
		console.log(
			`${f.label}: ours ${ours.toFixed(0)} ms, raw read_csv ${raw.toFixed(0)} ms, ratio ${(ours / raw).toFixed(1)}×`
		);
		record({
			measure: f.measure ?? `import of the ${f.label}`,
			ours: secs(ours),
			reference: `DuckDB read_csv ${secs(raw)}`,
			ratio: ours / raw,
			target: f.measure ? '≤ 1.5×' : 'none (small file)'
		});
	}
}

// 2. a big X per-tweet export (1 M rows; 10 k with --quick), each import in a fresh process so
// that its CPU time, peak RSS and store size are its own: ours (the `sablier import` command a user
// runs, from the prebuilt CLI bundle) vs DuckDB's read_csv into a table, both in plain Node
// (scripts/bench-child.mjs: no TypeScript compiled in memory on either side)
{
	const rows = Number(process.env.BENCH_ROWS ?? (quick ? 10_000 : 1_000_000));
	if (rows > 0) {
		const { createWriteStream, statSync } = await import('node:fs');
		const { tweetLines } = await import('../tests/helpers/synthetic/tweets.ts');
		const write = async (n: number) => {
			const file = join(dir, `tweets-${n}.csv`);
			const out = createWriteStream(file);
			for (const line of tweetLines(n))
				if (!out.write(line + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
			await new Promise<void>((r) => out.end(() => r()));
			return file;
		};
		const path = await write(rows);
		// the CLI bundle a user's `sablier` runs, built from the current sources
		const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.js')], {
			encoding: 'utf8'
		});
		if (built.status !== 0 || !existsSync(join(root, '.cli', 'bin', 'main.js')))
			throw new Error(`build-cli: ${built.stderr}`);
		type Child = { cpuMs: number; wallMs: number; maxRssBytes: number; storeBytes: number };
		const child = (mode: string, i: number, file = path, keep = false): Child => {
			const store = join(dir, `${mode}-${i}.duckdb`);
			const r = spawnSync(
				process.execPath,
				[join(root, 'scripts', 'bench-child.mjs'), mode, file, store],
				{
					encoding: 'utf8',
					// libuv's pool as bin/sablier.js sizes it (4 + the store's 4 reader connections)
					env: {
						...process.env,
						SABLIER_MAX_FILE_MB: '4096',
						UV_THREADPOOL_SIZE: process.env.UV_THREADPOOL_SIZE ?? '8'
					}
				}
			);
			if (!keep) {
				rmSync(store, { force: true });
				rmSync(store + '.wal', { force: true });
				rmSync(store + '.tmp', { recursive: true, force: true });
			}
			if (r.status !== 0) throw new Error(`bench-child ${mode}: ${r.stderr || r.error}`);
			if (/ran out of memory/.test(r.stderr))
				console.log(`bench-child ${mode}: ${r.stderr.trim()}`);
			return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
		};
		const runs = (mode: string) => Array.from({ length: quick ? 1 : 3 }, (_, i) => child(mode, i));
		const ours = runs('ours');
		const ref = runs('reference');
		const m = (list: Child[], k: keyof Child) => middle(list.map((c) => c[k]));
		const label = `${rows.toLocaleString('en')}-row X per-tweet export (${mb(statSync(path).size)})`;
		console.log(
			`${label}: ours ${secs(m(ours, 'cpuMs'))} CPU (${secs(m(ours, 'wallMs'))} wall), peak RSS ${mb(m(ours, 'maxRssBytes'))}, store ${mb(m(ours, 'storeBytes'))}; ` +
				`read_csv ${secs(m(ref, 'cpuMs'))} CPU (${secs(m(ref, 'wallMs'))} wall), peak RSS ${mb(m(ref, 'maxRssBytes'))}, table ${mb(m(ref, 'storeBytes'))}`
		);
		record({
			measure: `import of a ${label}, CPU time of the whole command`,
			ours: secs(m(ours, 'cpuMs')),
			reference: `DuckDB read_csv into a table (plain Node) ${secs(m(ref, 'cpuMs'))}`,
			ratio: m(ours, 'cpuMs') / m(ref, 'cpuMs'),
			target: '≤ 1.5×'
		});
		record({
			measure: 'peak RSS of that import (whole process, from the OS)',
			ours: mb(m(ours, 'maxRssBytes')),
			reference: `read_csv ${mb(m(ref, 'maxRssBytes'))}`,
			ratio: m(ours, 'maxRssBytes') / m(ref, 'maxRssBytes'),
			target: '≤ 300 MB at any size'
		});
		// the same import of smaller files: its peak RSS must not grow with the rows
		if (!quick) {
			const sizes = [10_000, 100_000].filter((n) => n < rows);
			const peaks = [];
			for (const n of sizes) {
				const file = await write(n);
				peaks.push(`${mb(child('ours', 0, file).maxRssBytes)} at ${n.toLocaleString('en')}`);
				rmSync(file, { force: true });
			}
			record({
				measure: 'peak RSS of the import by file size',
				ours: [...peaks, `${mb(m(ours, 'maxRssBytes'))} at ${rows.toLocaleString('en')}`].join(
					', '
				),
				target: '≤ 300 MB at any size, not growing with rows'
			});
		}
		record({
			measure: 'store size after it',
			ours: mb(m(ours, 'storeBytes')),
			reference: `raw table ${mb(m(ref, 'storeBytes'))}`,
			ratio: m(ours, 'storeBytes') / m(ref, 'storeBytes'),
			target: '≤ 2×'
		});
		// a CM's later export of the whole history with one more month: every stored tweet again,
		// with other counts, and a twelfth more new ones, imported into the store of the first
		{
			const { tweetImpressions } = await import('../tests/helpers/synthetic/tweets.ts');
			const later = join(dir, `tweets-later-${rows}.csv`);
			const out = createWriteStream(later);
			let i = -1;
			for (const line of tweetLines(rows + Math.round(rows / 12))) {
				const l =
					i < 0
						? line
						: line.replace(`"${tweetImpressions(i)}.0"`, `"${tweetImpressions(i) + 1000}.0"`);
				i++;
				if (!out.write(l + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
			}
			await new Promise<void>((r) => out.end(() => r()));
			child('ours', 99, path, true);
			const second = child('ours', 99, later);
			rmSync(later, { force: true });
			console.log(
				`the later export over it: ${secs(second.cpuMs)} CPU (${secs(second.wallMs)} wall), peak RSS ${mb(second.maxRssBytes)}, store ${mb(second.storeBytes)}`
			);
			record({
				measure: `a later export sharing its ${rows.toLocaleString('en')} tweets, into that store (one run)`,
				ours: `${secs(second.cpuMs)} CPU, peak RSS ${mb(second.maxRssBytes)}, store ${mb(second.storeBytes)}`,
				target: 'imports with the default settings'
			});
		}
	}
}

// 3. the report of the demo page (3 years, its ledger, 200 bootstrap reps): in-process, then the
// whole `sablier report` command (start-up included), cold (nothing cached: a copy of the store
// as the demo left it) and warm (the store's analysis cache filled by an earlier run or by the
// dashboard), against the same with `--reps 0`. One core when `taskset` exists (the issue's
// measure); the JSON is checked identical cold and warm.
const demoStore = join(dir, 'demo.duckdb');
if (all) {
	const { loadDemo } = await import('../src/lib/server/demo.ts');
	const { pageReport } = await import('../src/lib/server/report.ts');
	const { copyFileSync } = await import('node:fs');
	const db = await getDb(demoStore);
	await loadDemo(db);
	await db.exec('CHECKPOINT');
	const n = quick ? 1 : 3;
	const inProcess = await median(
		() => pageReport(db, 'demo-bakery', { lang: 'en', reps: 200, seed: 1 }),
		n
	);
	const noBoot = await median(
		() => pageReport(db, 'demo-bakery', { lang: 'en', reps: 0, seed: 1 }),
		n
	);
	db.close();
	console.log(
		`report on the demo page, in-process: ${inProcess.toFixed(0)} ms with 200 bootstrap reps, ${noBoot.toFixed(0)} ms without`
	);
	const oneCore = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
	const outputs = new Set<string>();
	const command = (r: number, store: () => string) => () =>
		new Promise<void>((done, fail) => {
			const argv = [
				join(root, 'bin', 'sablier.js'),
				'report',
				'--page',
				'demo-bakery',
				'--db',
				store(),
				'--reps',
				String(r)
			];
			const c = oneCore
				? spawn('taskset', ['-c', '0', process.execPath, ...argv], { env: process.env })
				: spawn(process.execPath, argv, { env: process.env });
			let out = '';
			let err = '';
			c.stdout.on('data', (d) => (out += d));
			c.stderr.on('data', (d) => (err += d));
			c.on('close', (code) => {
				if (code !== 0) return fail(new Error(`sablier report: ${err}`));
				if (r === 200) outputs.add(out);
				done();
			});
		});
	let copies = 0;
	const fresh = () => {
		const copy = join(dir, `demo-cold-${copies++}.duckdb`);
		copyFileSync(demoStore, copy);
		return copy;
	};
	const cold = await median(command(200, fresh), n);
	// a copy whose cache one run fills (the demo's own store stays uncached for section 4)
	const cached = fresh();
	await command(200, () => cached)();
	const warm = await median(
		command(200, () => cached),
		n
	);
	const cold0 = await median(command(0, fresh), n);
	if (outputs.size !== 1) throw new Error('the report differed between cold and warm runs');
	const core = oneCore ? 'one core' : 'all cores (no taskset)';
	console.log(
		`sablier report, whole command on ${core}: cold ${secs(cold)}, warm ${secs(warm)}, --reps 0 cold ${secs(cold0)}`
	);
	record({
		measure: `\`sablier report\` of the demo, 200 bootstrap reps, whole command, ${core}, analysis cached`,
		ours: secs(warm),
		reference: `cold (nothing cached) ${secs(cold)}; --reps 0 cold ${secs(cold0)} (in-process: ${secs(inProcess)} vs ${secs(noBoot)})`,
		ratio: warm / cold,
		target: '≤ 1 s whole command'
	});
	record({
		measure: `\`sablier report\` of the demo, 200 bootstrap reps, whole command, ${core}, cold (nothing cached)`,
		ours: secs(cold),
		reference: `--reps 0 cold ${secs(cold0)}`,
		ratio: cold / cold0,
		target: '≤ 1 s whole command'
	});
}

// 4. the report's PDF of the same page: cold (analysis computed, Chromium launched) and warm
// (the analysis from the store's cache, the server's browser already running)
if (all) {
	const { pageDocument, pageHtml } = await import('../src/lib/server/report-document.ts');
	const pdf = await import('../src/lib/server/pdf.ts');
	const { stopAnalysisWorker } = await import('../src/lib/server/analysis.ts');
	const db = await getDb(demoStore);
	const build = async (print: (html: string) => Promise<Buffer>) => {
		const p = await pageDocument(db, 'demo-bakery', { lang: 'en' });
		return print(pageHtml(p!));
	};
	try {
		const t0 = performance.now();
		const bytes = (await build(pdf.htmlToPdfOnce)).length;
		const cold = performance.now() - t0;
		await build(pdf.htmlToPdf); // starts the shared browser
		const warm = await median(() => build(pdf.htmlToPdf), quick ? 1 : 3);
		console.log(`report PDF of the demo page (${(bytes / 1024).toFixed(0)} KB)`);
		record({
			measure: 'report PDF of the demo page, warm (browser running, analysis cached)',
			ours: secs(warm),
			reference: `cold (Chromium launched, analysis computed) ${secs(cold)}`,
			ratio: warm / cold,
			target: 'a few seconds'
		});
	} catch (e) {
		if (!(e instanceof pdf.ChromiumMissingError)) throw e;
		console.log(`report PDF: skipped, ${e.message}`);
	} finally {
		await pdf.closePdfBrowser();
		await stopAnalysisWorker();
		db.close();
	}
}

// 5. pages and the home page at agency scale (1,000 pages; 20 with --quick), the formatters;
// then page readers while two uploads import (issue 13 §6)
if (all) {
	await (await import('./bench-home.ts')).main();
	await (await import('./bench-readers.ts')).main();
}

rmSync(dir, { recursive: true, force: true });
printTable();
