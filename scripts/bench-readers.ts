/**
 * Readers while imports run (issue 13 §6): a built server (`npm run build` first) on a fresh store
 * (the demo page), 20 readers loading the demo page's overview in a loop, first alone for a few
 * seconds, then while two posts exports (50,000 rows each; 2,000 with --quick) are uploaded at
 * once through `/import/stream`. p50/p95 of the readers' requests in each phase, and the server's
 * reader connections (SABLIER_DB_READERS). Numbers only. Run alone with
 * `npx tsx scripts/bench-readers.ts` (BENCH_NODE_ARGS="--cpu-prof" profiles the server).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { POST_COLUMNS } from '../src/lib/canonical.ts';
import { quick, record } from './bench-table.ts';

const root = join(import.meta.dirname, '..');
const ROWS = Number(process.env.BENCH_UPLOAD_ROWS ?? (quick ? 2_000 : 50_000));
const READERS = 20;

/** A posts export in the canonical layout, `rows` posts over two years. */
export function postsCsv(seed: string, rows = ROWS): Uint8Array {
	const lines = [POST_COLUMNS.join(',')];
	for (let i = 0; i < rows; i++) {
		const day = new Date(Date.UTC(2023, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10);
		const row: Record<string, string | number> = {
			post_id: `${seed}-${i}`,
			published_at: `${day} ${String(i % 24).padStart(2, '0')}:00:00`,
			type: 'photo',
			is_paid: 'false',
			message: `Post ${i} of ${seed} avec des accents: é à ç`,
			reach_total: 100 + (i % 50),
			reactions: i % 17
		};
		lines.push(POST_COLUMNS.map((c) => row[c] ?? '').join(','));
	}
	return new TextEncoder().encode(lines.join('\n') + '\n');
}

const at = (xs: number[], q: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
export const summary = (xs: number[]) => ({ n: xs.length, p50: at(xs, 0.5), p95: at(xs, 0.95) });

/**
 * Readers alone for `quietMs`, then readers while two uploads import; throws on any failed
 * request or import. `url`: a running server; `page`: the path the readers load.
 */
export async function readersDuringUploads(url: string, page: string, quietMs = 4_000) {
	const errors: string[] = [];
	const read = async (until: () => boolean, times: number[]) => {
		while (!until()) {
			const t0 = performance.now();
			const r = await fetch(url + page);
			await r.text();
			times.push(performance.now() - t0);
			if (r.status !== 200) errors.push(`GET ${page}: ${r.status}`);
		}
	};
	// the page's analysis is computed at its first view: ready before anything is timed
	for (let i = 0; ; i++) {
		if (!(await (await fetch(url + page)).text()).includes('http-equiv="refresh"')) break;
		if (i > 120) throw new Error(`${page}: the analysis never became ready`);
		await new Promise((r) => setTimeout(r, 1000));
	}
	const quiet: number[] = [];
	const end = Date.now() + quietMs;
	await Promise.all(Array.from({ length: READERS }, () => read(() => Date.now() > end, quiet)));

	const upload = async (slug: string) => {
		const r = await fetch(
			`${url}/import/stream?target=new&name=${slug}&slug=${slug}&file=${slug}.csv`,
			{
				method: 'POST',
				headers: { origin: url, 'content-type': 'application/octet-stream' },
				body: postsCsv(slug)
			}
		);
		const last = JSON.parse((await r.text()).trim().split('\n').at(-1)!);
		const res = last.results?.[0];
		if (r.status !== 200 || last.error || res?.error || res?.rows?.inserted !== ROWS)
			errors.push(`upload ${slug}: ${r.status} ${JSON.stringify(last).slice(0, 300)}`);
	};
	let done = false;
	const busy: number[] = [];
	const t0 = performance.now();
	const readers = Promise.all(Array.from({ length: READERS }, () => read(() => done, busy)));
	const seed = Date.now().toString(36);
	await Promise.all([upload(`bench-a-${seed}`), upload(`bench-b-${seed}`)]);
	const importMs = performance.now() - t0;
	done = true;
	await readers;
	if (errors.length) throw new Error(errors.slice(0, 5).join('\n'));
	return { quiet: summary(quiet), busy: summary(busy), importMs };
}

/** Starts the built server on a fresh store (it loads the demo), runs the measure, stops it. */
export async function main(): Promise<void> {
	if (!existsSync(join(root, 'build', 'handler.js'))) {
		console.log('  (no build/: run `npm run build` to time readers during uploads)');
		return;
	}
	const dir = mkdtempSync(join(tmpdir(), 'sablier-bench-readers-'));
	const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
	// a port of the system's choosing, read from the line where the server says it listens
	const child = spawn(
		process.execPath,
		[
			...nodeArgs,
			join(root, 'bin', 'sablier.js'),
			'serve',
			'--db',
			join(dir, 'store.duckdb'),
			'--port',
			'0',
			'--host',
			'127.0.0.1'
		],
		{ stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LANG: 'en' } }
	);
	let said = '';
	child.stderr!.on('data', (c: Buffer) => (said += c));
	try {
		let url = '';
		for (let i = 0; !url; i++) {
			if (child.exitCode !== null) throw new Error(`the server stopped: ${said}`);
			if (i > 900) throw new Error(`the server did not start: ${said}`);
			await new Promise((r) => setTimeout(r, 100));
			url = /serving (http:\/\/\S+?:\d+)/.exec(said)?.[1] ?? '';
		}
		const r = await readersDuringUploads(url, '/pages/demo-bakery');
		const ms = (s: { p50: number; p95: number; n: number }) =>
			`p50 ${s.p50.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms (${s.n} requests)`;
		console.log(
			`readers during two uploads of ${ROWS.toLocaleString('en')} posts (${READERS} readers of the demo page): alone ${ms(r.quiet)}; during the uploads ${ms(r.busy)}; uploads took ${(r.importMs / 1000).toFixed(1)} s`
		);
		record({
			measure: `page readers' p95 while two ${ROWS.toLocaleString('en')}-post uploads import (${READERS} readers)`,
			ours: `${r.busy.p95.toFixed(0)} ms (p50 ${r.busy.p50.toFixed(0)} ms)`,
			reference: `readers alone p95 ${r.quiet.p95.toFixed(0)} ms`,
			ratio: r.busy.p95 / r.quiet.p95,
			target: 'readers not starved (reported, not a gate)'
		});
	} finally {
		await new Promise<void>((ok) => {
			if (child.exitCode !== null) return ok();
			child.once('exit', () => ok());
			child.kill('SIGTERM');
		});
		rmSync(dir, { recursive: true, force: true });
	}
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
