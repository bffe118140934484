/**
 * `npm run bench`: import speed, as ratios within one run (absolute times vary between machines).
 * Our import of a file (decode, parse, validate, load, resolve) vs DuckDB's raw read_csv of the
 * same file into a table. Speed targets live here, never in `npm test`.
 */
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryDb } from '../src/lib/server/db/index.ts';
import { importFiles } from '../src/lib/server/import-files.ts';
import { generateDemo } from '../src/lib/demo/generate.ts';

const REAL = join(
	import.meta.dirname,
	'..',
	'..',
	'shared',
	'data',
	'real',
	'facebook-page-insights'
);
const dir = mkdtempSync(join(tmpdir(), 'sablier-bench-'));
const files: { label: string; path: string }[] = [];
const demo = join(dir, 'demo.csv');
writeFileSync(demo, generateDemo().pageCsv);
files.push({ label: 'demo page export (1,096 days × 19 columns)', path: demo });
const big = join(
	REAL,
	'Facebook Insights Data Export - Visualization Studio VIC - 2015-08-19 - 2016-02-15.csv'
);
if (existsSync(big))
	files.push({ label: 'real Facebook page export (180 days × 2,681 columns)', path: big });

async function time(fn: () => Promise<unknown>, reps = 3): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < reps; i++) {
		const t = performance.now();
		await fn();
		times.push(performance.now() - t);
	}
	return times.sort((a, b) => a - b)[Math.floor(reps / 2)];
}

for (const f of files) {
	const bytes = readFileSync(f.path);
	const ours = await time(async () => {
		const db = await createMemoryDb();
		const [r] = await importFiles(db, { page: 'bench' }, [{ name: 'f.csv', bytes }]);
		if (r.error) throw new Error(r.error);
		db.close();
	});
	const raw = await time(async () => {
		const db = await createMemoryDb();
		const path = f.path.replaceAll("'", "''");
		await db.exec(
			`CREATE TABLE t AS SELECT * FROM read_csv('${path}', header = false, skip = 2, all_varchar = true, max_line_size = 10000000, null_padding = true)`
		);
		db.close();
	});
	console.log(
		`${f.label}: ours ${ours.toFixed(0)} ms, raw read_csv ${raw.toFixed(0)} ms, ratio ${(ours / raw).toFixed(1)}×`
	);
}

// the report: a 3-year page with its ledger (6 entries, 5 of them events), 200 bootstrap reps
{
	const { loadDemo } = await import('../src/lib/server/demo.ts');
	const { pageReport } = await import('../src/lib/server/report.ts');
	const db = await createMemoryDb();
	await loadDemo(db);
	const ms = await time(async () => {
		await pageReport(db, 'demo-bakery', { lang: 'en', reps: 200, seed: 1 });
	});
	const one = await time(async () => {
		await pageReport(db, 'demo-bakery', { lang: 'en', reps: 0, seed: 1 });
	});
	console.log(
		`report on the demo page (3 years, 200 bootstrap reps): ${ms.toFixed(0)} ms; without bootstrap ${one.toFixed(0)} ms (target: about 1 s)`
	);
}

// the report's PDF of the same 3-year page: cold (analysis computed, Chromium launched) and warm
// (the analysis from the store's cache, the server's browser already running)
{
	const { loadDemo } = await import('../src/lib/server/demo.ts');
	const { pageDocument, pageHtml } = await import('../src/lib/server/report-document.ts');
	const pdf = await import('../src/lib/server/pdf.ts');
	const { stopAnalysisWorker } = await import('../src/lib/server/analysis.ts');
	const db = await createMemoryDb();
	await loadDemo(db);
	const build = async (print: (html: string) => Promise<Buffer>) => {
		const p = await pageDocument(db, 'demo-bakery', { lang: 'en' });
		return print(pageHtml(p!));
	};
	try {
		const t0 = performance.now();
		const bytes = (await build(pdf.htmlToPdfOnce)).length;
		const cold = performance.now() - t0;
		await build(pdf.htmlToPdf); // starts the shared browser
		const warm = await time(() => build(pdf.htmlToPdf));
		console.log(
			`report PDF of the demo page (3 years, ${(bytes / 1024).toFixed(0)} KB): cold ${(cold / 1000).toFixed(1)} s, warm ${(warm / 1000).toFixed(1)} s (target: a few seconds)`
		);
	} catch (e) {
		if (!(e instanceof pdf.ChromiumMissingError)) throw e;
		console.log(`report PDF: skipped, ${e.message}`);
	} finally {
		await pdf.closePdfBrowser();
		await stopAnalysisWorker();
		db.close();
	}
}

// a 1 M-row X post export (~335 MB), imported from disk: time against DuckDB's own read_csv of the
// same file, and the peak of the JavaScript heap (bounded: the file is read a megabyte at a time)
// next to the process's peak RSS (which includes DuckDB's buffers). `BENCH_ROWS=0` skips it.
{
	const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
	if (rows > 0) {
		const { createWriteStream } = await import('node:fs');
		const { tweetLines } = await import('../tests/helpers/synthetic/tweets.ts');
		const path = join(dir, 'tweets.csv');
		const out = createWriteStream(path);
		for (const line of tweetLines(rows))
			if (!out.write(line + '\n')) await new Promise((r) => out.once('drain', r));
		await new Promise((r) => out.end(r));
		process.env.SABLIER_MAX_FILE_MB = '1024';
		global.gc?.();
		let heapPeak = 0;
		const sampler = setInterval(
			() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)),
			50
		);
		const db = await createMemoryDb();
		const t0 = performance.now();
		const [r] = await importFiles(db, { page: 'bench' }, [{ name: 'tweets.csv', path }]);
		const ours = performance.now() - t0;
		clearInterval(sampler);
		if (r.error || r.rows.inserted !== rows) throw new Error(r.error ?? 'wrong count');
		db.close();
		const raw = await time(async () => {
			const d = await createMemoryDb();
			await d.exec(
				`CREATE TABLE t AS SELECT * FROM read_csv('${path.replaceAll("'", "''")}', all_varchar = true)`
			);
			d.close();
		}, 1);
		const mbOf = (n: number) => (n / 1048576).toFixed(0);
		console.log(
			`${rows.toLocaleString('en')}-row X post export (${mbOf(statSync(path).size)} MB): ours ${(ours / 1000).toFixed(1)} s, raw read_csv ${(raw / 1000).toFixed(1)} s, ratio ${(ours / raw).toFixed(1)}×; ` +
				`JS heap peak ${mbOf(heapPeak)} MB, process peak RSS ${mbOf(process.resourceUsage().maxRSS * 1024)} MB`
		);
	}
}

// the home page at agency scale (1,000 pages), and the formatters: scripts/bench-home.ts
await (await import('./bench-home.ts')).main();
