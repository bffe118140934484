/**
 * One import (or its reference) in a fresh process, so that its CPU time and peak RSS are its
 * own, read from the OS (getrusage through process.resourceUsage(), for the whole process: start-up
 * included on both sides):
 *   node scripts/bench-child.mjs ours|reference <file.csv> <store.duckdb>
 * prints one JSON line { cpuMs, wallMs, maxRssBytes, storeBytes } after whatever the command printed.
 * Plain Node on both sides, no TypeScript compiler in memory (tsx alone weighs ~50 MB of RSS, which a
 * user's `sablier import` never carries):
 * - `ours` is the `sablier import` command a user runs: the prebuilt CLI bundle (.cli/bin/main.js,
 *   scripts/build-cli.js; the bench builds it first), `import --page bench --db <store> <file>`;
 * - `reference` is DuckDB's own read_csv of the same file into a table of a new store, through the
 *   same @duckdb/node-api, then a checkpoint.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [mode, csv, store] = process.argv.slice(2);
const t0 = performance.now();
if (mode === 'ours') {
	const bundle = join(import.meta.dirname, '..', '.cli', 'bin', 'main.js');
	const { main } = await import(pathToFileURL(bundle).href);
	const code = await main(['import', '--page', 'bench', '--db', store, csv], { direct: true });
	if (code !== 0) throw new Error(`sablier import exited with ${code}`);
} else if (mode === 'reference') {
	const { DuckDBInstance } = await import('@duckdb/node-api');
	const instance = await DuckDBInstance.create(store);
	const conn = await instance.connect();
	await conn.run(
		`CREATE TABLE t AS SELECT * FROM read_csv('${csv.replaceAll("'", "''")}', all_varchar = true)`
	);
	await conn.run('CHECKPOINT');
	conn.closeSync();
	instance.closeSync();
} else throw new Error(`unknown mode ${mode}`);
const wallMs = performance.now() - t0;
const c = process.cpuUsage();
console.log(
	JSON.stringify({
		cpuMs: (c.user + c.system) / 1000,
		wallMs,
		maxRssBytes: process.resourceUsage().maxRSS * 1024,
		storeBytes: statSync(store).size
	})
);
