/**
 * `npm run bench`: import speed, as ratios within one run (absolute times vary between machines).
 * Our import of a file (decode, parse, validate, load, resolve) vs DuckDB's raw read_csv of the
 * same file into a table. Speed targets live here, never in `npm test`.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
