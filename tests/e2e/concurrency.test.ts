import { expect, test } from '@playwright/test';
import { POST_COLUMNS } from '../../src/lib/canonical';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { spawnServer, type Spawned } from './spawn-server';

// each test starts its own server and runs the CLI (a few seconds each on a loaded machine)
test.describe.configure({ timeout: 180_000 });

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'sablier.js');

/**
 * Two large uploads at once through the server, while 20 readers keep loading a page: no error,
 * nothing lost, and the readers' latency reported (p50/p95, before and during the uploads; a
 * measurement, not asserted: the machine's load decides it).
 */
const ROWS = 50_000;
const READERS = 20;

function postsCsv(seed: string): Buffer {
	const lines = [POST_COLUMNS.join(',')];
	for (let i = 0; i < ROWS; i++) {
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
	return Buffer.from(lines.join('\n') + '\n');
}

const quantile = (xs: number[], q: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

let server: Spawned;
test.beforeAll(async () => {
	server = await spawnServer();
});
test.afterAll(async () => server?.stop());

test('two uploads and twenty readers at once: no error, nothing lost, reader latency reported', async () => {
	test.setTimeout(600_000);
	const page = `${server.url}/pages/demo-bakery`;
	const errors: string[] = [];
	const read = async (until: () => boolean, times: number[]) => {
		while (!until()) {
			const t0 = performance.now();
			const r = await fetch(page).catch((e: Error) => ({ status: 0, text: async () => e.message }));
			const body = await r.text();
			times.push(performance.now() - t0);
			if (r.status !== 200 || !body.includes('Fournil des Lilas')) errors.push(`${r.status}`);
		}
	};

	// the page's analysis is computed at its first view (the page says "being computed" and
	// refreshes itself meanwhile): computed before anything is timed, so both phases time reading
	for (let i = 0; ; i++) {
		const body = await (await fetch(page)).text();
		if (!body.includes('http-equiv="refresh"')) break;
		expect(i, 'the analysis of the demo page never became ready').toBeLessThan(120);
		await new Promise((r) => setTimeout(r, 1000));
	}

	// readers alone, for a few seconds
	const quiet: number[] = [];
	const quietEnd = Date.now() + 5_000;
	await Promise.all(
		Array.from({ length: READERS }, () => read(() => Date.now() > quietEnd, quiet))
	);

	const upload = (slug: string) =>
		fetch(`${server.url}/import/stream?target=new&name=${slug}&slug=${slug}&file=${slug}.csv`, {
			method: 'POST',
			headers: { origin: server.url, 'content-type': 'application/octet-stream' },
			body: new Uint8Array(postsCsv(slug))
		}).then(async (r) => {
			const lines = (await r.text()).trim().split('\n');
			return { status: r.status, last: JSON.parse(lines.at(-1)!) };
		});
	let done = false;
	const busy: number[] = [];
	const started = Date.now();
	const readers = Promise.all(Array.from({ length: READERS }, () => read(() => done, busy)));
	const results = await Promise.all([upload('conc-a'), upload('conc-b')]);
	const importSeconds = (Date.now() - started) / 1000;
	done = true;
	await readers;

	for (const r of results) {
		expect(r.status).toBe(200);
		expect(r.last.error).toBeUndefined();
		expect(r.last.results[0].error).toBeUndefined();
		expect(r.last.results[0].rows).toMatchObject({ read: ROWS, inserted: ROWS, rejected: 0 });
	}
	expect(errors).toEqual([]);
	// nothing lost: each page holds every post it was sent (read back through the CLI, which runs
	// inside the server)
	const { stdout } = await run('node', [BIN, 'pages', '--db', server.db, '--json']);
	const pages = (JSON.parse(stdout) as { pages: { slug: string; posts: number }[] }).pages;
	expect(pages.filter((p) => p.slug.startsWith('conc-'))).toEqual([
		expect.objectContaining({ slug: 'conc-a', posts: ROWS }),
		expect.objectContaining({ slug: 'conc-b', posts: ROWS })
	]);
	const report = {
		readers: READERS,
		rowsPerUpload: ROWS,
		importSeconds,
		quiet: { n: quiet.length, p50: quantile(quiet, 0.5), p95: quantile(quiet, 0.95) },
		duringUploads: { n: busy.length, p50: quantile(busy, 0.5), p95: quantile(busy, 0.95) }
	};
	console.log('reader latency (ms):', JSON.stringify(report));
	test.info().annotations.push({ type: 'reader-latency', description: JSON.stringify(report) });
});
