import { createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translateMessage } from '../../../src/lib/i18n/messages.ts';
import { getDb, type Db } from '../../../src/lib/server/db/index.ts';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import { storeChecksum } from '../../helpers/db.ts';
import { tweetId, tweetImpressions, tweetLines } from '../../helpers/synthetic/tweets.ts';

/**
 * A later export sharing (nearly) all its posts with a stored one: a CM re-exports the whole
 * history with one more month. DuckDB's memory is capped while a file is read
 * (SABLIER_IMPORT_MEMORY); the import must succeed anyway, with the store it gives under a large
 * cap, in one transaction, the settings restored after. Small files and tiny caps stand in for the
 * 1 M-row case (measured by `npm run bench`, section 2).
 */
const dir = mkdtempSync(join(tmpdir(), 'sablier-overlap-'));
const N = 3000;
const MORE = 1500;

async function writeLines(path: string, lines: Iterable<string>) {
	const out = createWriteStream(path);
	for (const line of lines)
		if (!out.write(line + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
	await new Promise<void>((r) => out.end(() => r()));
}

/** the generator's first n tweets, `edit` applied to each tweet's line (i: the tweet's number) */
function* edited(n: number, edit: (line: string, i: number) => string) {
	let i = -1; // the header, then tweet 0, 1, …
	for (const line of tweetLines(n)) {
		yield i < 0 ? line : edit(line, i);
		i++;
	}
}
const more = (by: number) => (line: string, i: number) =>
	line.replace(`"${tweetImpressions(i)}.0"`, `"${tweetImpressions(i) + by}.0"`);

// the first export (its last tweet on 2020-01-03), and the later one (2020-01-04): the same tweets
// with 1000 more impressions, and MORE new ones
const first = join(dir, 'first.csv');
const later = join(dir, 'later.csv');
await writeLines(first, tweetLines(N));
await writeLines(later, edited(N + MORE, more(1000)));

const env = ['SABLIER_IMPORT_MEMORY', 'SABLIER_DB_MEMORY', 'SABLIER_IMPORT_READER'] as const;
afterEach(() => {
	for (const k of env) delete process.env[k];
	vi.restoreAllMocks();
});

let stores = 0;
const store = (): Promise<Db> => getDb(join(dir, `s${stores++}.duckdb`));

const settings = (db: Db) =>
	db.query(
		`SELECT current_setting('memory_limit') AS m, current_setting('threads') AS t,
			current_setting('allocator_flush_threshold') AS f, current_setting('allocator_background_threads') AS b`
	);

/** both files into a new store, the later one under `cap` */
async function both(cap: string) {
	const db = await store();
	const before = await settings(db);
	process.env.SABLIER_IMPORT_MEMORY = '1GB';
	const [a] = await importFiles(db, { page: 'x' }, [{ name: 'first.csv', path: first }]);
	process.env.SABLIER_IMPORT_MEMORY = cap;
	const [b] = await importFiles(db, { page: 'x' }, [{ name: 'later.csv', path: later }]);
	expect(await settings(db)).toEqual(before);
	const data = await storeChecksum(db, 'data');
	const [pinned] = await db.query<{ n: number; impressions: number; alone: number }>(
		`SELECT count(*)::INTEGER AS n, sum(impressions_total)::BIGINT AS impressions,
			count(import_id)::INTEGER AS alone FROM posts`
	);
	db.close();
	return { a, b, data, pinned };
}

describe('a later export overlapping every stored post', () => {
	it('imports under a tight cap, the store the same as under a large one, the settings restored', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const reference = await both('1GB');
		// a cap the file's reading fits in, and that the resolution (hash aggregates over every shared
		// post and its 31 extras) overruns: it runs with the store's own memory, not retried
		const tight = await both('48MB');
		expect(warn).not.toHaveBeenCalled();
		expect(tight.a.error).toBeUndefined();
		expect(tight.b.error).toBeUndefined();
		expect(tight.b.rows).toEqual({
			read: N + MORE,
			inserted: MORE,
			updated: N,
			unchanged: 0,
			rejected: 0
		});
		expect(tight.b.rows).toEqual(reference.b.rows);
		expect(tight.data).toEqual(reference.data);
		// by hand: the later export's impressions, 1000 more than the generator's for every tweet
		let impressions = 0;
		for (let i = 0; i < N + MORE; i++) impressions += tweetImpressions(i) + 1000;
		// the MORE new tweets, only the later export holds: stored once, with its id
		expect(tight.pinned).toEqual({ n: N + MORE, impressions, alone: MORE });
	});

	it('a cap too small even to read the file: imported again once with the store’s own memory, logged', async () => {
		const reference = await both('1GB');
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const tiny = await both('8MB');
		expect(warn).toHaveBeenCalledTimes(1);
		expect(String(warn.mock.calls[0][0])).toBe(
			"import of later.csv ran out of memory under SABLIER_IMPORT_MEMORY=8MB (nothing kept); importing it again with the store's own memory:"
		);
		expect(tiny.b.error).toBeUndefined();
		expect(tiny.b.rows).toEqual(reference.b.rows);
		expect(tiny.data).toEqual(reference.data);
	});

	it('out of memory with the store’s own memory too: a message naming SABLIER_DB_MEMORY, the store unchanged', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		vi.spyOn(console, 'error').mockImplementation(() => {});
		process.env.SABLIER_DB_MEMORY = '24MB';
		const db = await store();
		const before = await settings(db);
		process.env.SABLIER_IMPORT_READER = 'js';
		const [a] = await importFiles(db, { page: 'x' }, [{ name: 'a.csv', bytes: tweetFile(3) }]);
		delete process.env.SABLIER_IMPORT_READER;
		expect(a.error).toBeUndefined();
		const stored = await storeChecksum(db, 'full');
		process.env.SABLIER_IMPORT_MEMORY = '8MB';
		const [b] = await importFiles(db, { page: 'x' }, [{ name: 'later.csv', path: later }]);
		expect(b.error).toBe(
			'the import needed more memory than it may use (SABLIER_DB_MEMORY=24MB): nothing was imported; free some memory or set SABLIER_DB_MEMORY higher, and import the file again'
		);
		expect(translateMessage(b.error!, 'fr')).toBe(
			'l’import demandait plus de mémoire qu’il ne peut en prendre (SABLIER_DB_MEMORY=24MB) : rien n’a été importé ; libérez de la mémoire ou augmentez SABLIER_DB_MEMORY, puis importez à nouveau le fichier'
		);
		expect(await storeChecksum(db, 'full')).toEqual(stored);
		expect(await settings(db)).toEqual(before);
		const [{ n }] = await db.query<{ n: number }>(
			`SELECT count(*)::INTEGER AS n FROM posts WHERE post_id = '${tweetId(N)}'`
		);
		expect(n).toBe(0);
		db.close();
	});
});

describe('overlapping exports in any order', () => {
	it('give the same store: merged above or below the stored rows, or resolved by rank', async () => {
		// a third export, latest (2020-01-05): every tweet with 2000 more impressions
		const latest = join(dir, 'latest.csv');
		await writeLines(latest, edited(2 * N, more(2000)));
		const files = { first, later, latest };
		const stores = [];
		// later after latest and first: ranked between them, it is resolved by rank; every other
		// file is merged, above (first, later, latest) or below (latest, later, first)
		for (const order of [
			['first', 'later', 'latest'],
			['latest', 'first', 'later'],
			['latest', 'later', 'first'],
			['later', 'latest', 'first']
		] as const) {
			const db = await store();
			for (const name of order) {
				const [r] = await importFiles(db, { page: 'x' }, [{ name, path: files[name] }]);
				expect(r.error).toBeUndefined();
			}
			const [pinned] = await db.query<{ n: number; impressions: number }>(
				'SELECT count(*)::INTEGER AS n, sum(impressions_total)::BIGINT AS impressions FROM posts'
			);
			stores.push({ data: await storeChecksum(db, 'data'), pinned });
			db.close();
		}
		// by hand: the latest export's values for all its tweets
		let impressions = 0;
		for (let i = 0; i < 2 * N; i++) impressions += tweetImpressions(i) + 2000;
		for (const s of stores) {
			expect(s.pinned).toEqual({ n: 2 * N, impressions });
			expect(s.data).toEqual(stores[0].data);
		}
	});

	it('counts a post unchanged when another file gives its very values, updated when only its extras change', async () => {
		const db = await store();
		await importFiles(db, { page: 'x' }, [{ name: 'first.csv', path: first }]);
		// the same tweets and one more, in another file: nothing changes for the N stored
		const again = join(dir, 'again.csv');
		await writeLines(again, tweetLines(N + 1));
		const [a] = await importFiles(db, { page: 'x' }, [{ name: 'again.csv', path: again }]);
		expect(a.rows).toEqual({ read: N + 1, inserted: 1, updated: 0, unchanged: N, rejected: 0 });
		// a later file (2020-01-04) where only the engagements (an extra of X) differ
		const engaged = join(dir, 'engaged.csv');
		await writeLines(
			engaged,
			edited(N + MORE, (line) => line.replace(',"12.0",', ',"13.0",'))
		);
		const [b] = await importFiles(db, { page: 'x' }, [{ name: 'engaged.csv', path: engaged }]);
		expect(b.rows).toEqual({
			read: N + MORE,
			inserted: MORE - 1,
			updated: N + 1,
			unchanged: 0,
			rejected: 0
		});
		const [e] = await db.query<{ v: string; n: number }>(
			`SELECT min(value) AS v, count(*)::INTEGER AS n FROM post_extra WHERE metric = 'engagements'`
		);
		expect(e).toEqual({ v: '13.0', n: N + MORE });
		db.close();
	});
});

function tweetFile(n: number): Uint8Array {
	return new TextEncoder().encode([...tweetLines(n)].join('\n') + '\n');
}
