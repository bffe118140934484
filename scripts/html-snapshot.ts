/**
 * The HTML of the dashboard's pages, saved byte for byte, to prove that a change meant to be
 * invisible (a speed-up) changes no page. Pages: home, search, a workspace, the import form, and
 * every analysis view of the demo page (two periods, daily and weekly), in English and French; the
 * same on a small agency store (several workspaces, one analysed page).
 *
 *   npm run build && npx tsx scripts/html-snapshot.ts --stores /tmp/snap-stores /tmp/before
 *   (change, then) npm run build && npx tsx scripts/html-snapshot.ts --stores /tmp/snap-stores /tmp/after
 *   npx tsx scripts/html-snapshot.ts --compare /tmp/before /tmp/after
 *
 * The stores are made on the first run and reused (the analyses they cache carry the time they
 * were computed, which the views print). The comparison ignores only what differs between two
 * builds or two responses of the same build: the CSP nonce, SvelteKit's global name, the names of
 * hashed assets and the app version. Exit code 1 when a page differs.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDb } from '../src/lib/server/db/index.ts';
import { loadDemo } from '../src/lib/server/demo.ts';
import { buildAgencyStore } from './bench-home.ts';

const args = process.argv.slice(2);
const root = join(import.meta.dirname, '..');

const DEMO = [
	'/',
	'/?q=lilas',
	'/workspaces/demo',
	'/import',
	...['', '/campaigns', '/channels', '/costs', '/engagement', '/ledger', '/spikes'].flatMap((v) => [
		`/pages/demo-bakery${v}`,
		`/pages/demo-bakery${v}?period=12`
	]),
	'/pages/demo-bakery?daily=1'
];
const AGENCY = ['/', '/?p=2', '/?q=client+3', '/workspaces/client-1', '/pages/page-1'];

/** Build-specific parts of a page, the same in every other respect. */
export function normalise(html: string): string {
	return html
		.replace(/nonce="[^"]*"/g, 'nonce=""')
		.replace(/__sveltekit_[a-z0-9]+/g, '__sveltekit_X')
		.replace(/_app\/immutable\/([a-z]+)\/[^"]+/g, '_app/immutable/$1/X')
		.replace(/version: "[0-9]+"/g, 'version: "X"');
}

async function stores(dir: string): Promise<{ demo: string; agency: string }> {
	mkdirSync(dir, { recursive: true });
	const demo = join(dir, 'demo.duckdb');
	const agency = join(dir, 'agency.duckdb');
	if (!existsSync(demo)) {
		const db = await getDb(demo);
		await loadDemo(db);
		await db.exec('CHECKPOINT');
		db.close();
	}
	if (!existsSync(agency)) {
		const db = await getDb(agency);
		await buildAgencyStore(db, 30);
		db.close();
	}
	return { demo, agency };
}

/** Serves `store` with the built server and saves each URL's HTML in both languages. */
async function snapshot(store: string, urls: string[], out: string, prefix: string) {
	const port = Number(process.env.SNAPSHOT_PORT ?? 4205);
	const child = spawn(
		process.execPath,
		[join(root, 'bin', 'sablier.js'), 'serve', '--db', store, '--port', String(port)],
		{ stdio: 'ignore' }
	);
	const base = `http://127.0.0.1:${port}`;
	try {
		for (let i = 0; ; i++) {
			if (child.exitCode !== null) throw new Error('the server stopped');
			if (
				await fetch(`${base}/`).then(
					(r) => r.ok,
					() => false
				)
			)
				break;
			if (i > 600) throw new Error('the server did not start');
			await new Promise((r) => setTimeout(r, 100));
		}
		for (const lang of ['en', 'fr'])
			for (const url of urls) {
				let body = '';
				// a view's analysis is computed at its first visit: saved once it is ready
				for (let i = 0; ; i++) {
					const r = await fetch(base + url, { headers: { cookie: `lang=${lang}` } });
					if (r.status !== 200) throw new Error(`${url}: ${r.status}`);
					body = await r.text();
					if (!body.includes('http-equiv="refresh"')) break;
					if (i > 120) throw new Error(`${url}: the analysis never became ready`);
					await new Promise((r) => setTimeout(r, 1000));
				}
				const name = `${prefix}-${lang}${url.replace(/[^a-z0-9]+/gi, '_')}.html`;
				writeFileSync(join(out, name), body);
				console.log(`${name} (${(body.length / 1024).toFixed(0)} KB)`);
			}
	} finally {
		await new Promise<void>((ok) => {
			if (child.exitCode !== null) return ok();
			child.once('exit', () => ok());
			child.kill('SIGTERM');
		});
	}
}

if (args[0] === '--compare') {
	const [a, b] = args.slice(1);
	const names = readdirSync(a).filter((f) => f.endsWith('.html'));
	let differ = 0;
	for (const name of names) {
		const other = join(b, name);
		const same =
			existsSync(other) &&
			normalise(readFileSync(join(a, name), 'utf8')) === normalise(readFileSync(other, 'utf8'));
		if (!same) {
			differ++;
			console.log(`differs: ${name}`);
		}
	}
	console.log(`${names.length} pages compared, ${differ} differ`);
	process.exitCode = differ || names.length === 0 ? 1 : 0;
} else {
	const at = args.indexOf('--stores');
	const out = args.filter((_, i) => i !== at && i !== at + 1)[0];
	if (at < 0 || !out) {
		console.error(
			'usage: html-snapshot.ts --stores DIR OUT   |   html-snapshot.ts --compare BEFORE AFTER'
		);
		process.exit(2);
	}
	if (!existsSync(join(root, 'build', 'handler.js'))) throw new Error('run `npm run build` first');
	mkdirSync(out, { recursive: true });
	const s = await stores(args[at + 1]);
	await snapshot(s.demo, DEMO, out, 'demo');
	await snapshot(s.agency, AGENCY, out, 'agency');
}
