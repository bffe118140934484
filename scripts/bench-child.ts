/**
 * One import (or its reference) in a fresh process, so that its CPU time and peak RSS are its
 * own, read from the OS (getrusage through process.resourceUsage()):
 *   tsx scripts/bench-child.ts ours|reference <file.csv> <store.duckdb>
 * prints one JSON line { cpuMs, wallMs, maxRssBytes, storeBytes }. `ours` is Sablier's import
 * of the X per-tweet export; `reference` is DuckDB's own read_csv of the same file into a table.
 */
import { statSync } from 'node:fs';
import { getDb } from '../src/lib/server/db/index.ts';
import { importFiles } from '../src/lib/server/import-files.ts';

const [mode, csv, store] = process.argv.slice(2);
const db = await getDb(store);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
if (mode === 'ours') {
	const [r] = await importFiles(db, { page: 'bench' }, [{ name: 'tweets.csv', path: csv }]);
	if (r.error) throw new Error(r.error);
} else if (mode === 'reference') {
	await db.exec(
		`CREATE TABLE t AS SELECT * FROM read_csv('${csv.replaceAll("'", "''")}', all_varchar = true)`
	);
	await db.exec('CHECKPOINT');
} else throw new Error(`unknown mode ${mode}`);
const wallMs = performance.now() - t0;
const c = process.cpuUsage(cpu0);
db.close();
console.log(
	JSON.stringify({
		cpuMs: (c.user + c.system) / 1000,
		wallMs,
		maxRssBytes: process.resourceUsage().maxRSS * 1024,
		storeBytes: statSync(store).size
	})
);
