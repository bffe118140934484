import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles, type Progress } from '../../../src/lib/server/import-files.ts';
import { CHUNK_CHARS, RecordSplitter } from '../../../src/lib/server/importers/stream.ts';
import { parseTable } from '../../../src/lib/server/importers/table.ts';
import { createTestDb, storeChecksum } from '../../helpers/db.ts';
import {
	tweetId,
	tweetImpressions,
	tweetLikes,
	tweetLines,
	tweetPaid,
	type TweetOptions
} from '../../helpers/synthetic/tweets.ts';

/** Splits `text` at the given cut points, pushes the parts, and parses each piece the splitter gives. */
function piecewise(text: string, cuts: number[], delimiter: string, minChars: number) {
	const splitter = new RecordSplitter(delimiter, minChars);
	const pieces: string[] = [];
	let at = 0;
	for (const cut of [...cuts.sort((a, b) => a - b), text.length]) {
		const piece = splitter.push(text.slice(at, Math.max(at, cut)));
		if (piece) pieces.push(piece);
		at = Math.max(at, cut);
	}
	pieces.push(splitter.end());
	return { pieces, rows: pieces.flatMap((p) => parseTable(p, { delimiter }).rows) };
}

describe('record splitter', () => {
	const cell = fc.oneof(
		fc.string({ maxLength: 6 }),
		fc.constantFrom('a\nb', 'x"y', '', ' ', '1 234,5', 'é€', '\r\n', ',;\t', '""')
	);
	it('pieces parse to exactly the rows of the whole text, wherever the text is cut', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 12 }),
				fc.constantFrom(',', ';', '\t'),
				fc.constantFrom('\n', '\r\n'),
				fc.array(fc.nat(400), { maxLength: 8 }),
				fc.integer({ min: 1, max: 40 }),
				(records, delimiter, eol, cuts, minChars) => {
					// quoted as Excel writes: a field with a delimiter, quote or line break is quoted
					const field = (c: string) =>
						/["\r\n,;\t]/.test(c) || c.trim() === '' ? `"${c.replaceAll('"', '""')}"` : c;
					const text = records.map((r) => r.map(field).join(delimiter)).join(eol) + eol;
					const whole = parseTable(text, { delimiter });
					const split = piecewise(text, cuts, delimiter, minChars);
					expect(split.pieces.join('')).toBe(text);
					expect(split.rows).toEqual(whole.rows);
				}
			),
			{ numRuns: 400 }
		);
	});

	it('never ends a piece inside a quoted field, even at a `"` cut from its pair', () => {
		const text = 'a,"x""\ny"\nb,"z"\n';
		for (let cut = 0; cut <= text.length; cut++) {
			const { pieces } = piecewise(text, [cut], ',', 1);
			// the only record boundary is after `y"`: pieces end there or at the end
			expect([[text], ['a,"x""\ny"\n', 'b,"z"\n']]).toContainEqual(pieces.filter(Boolean));
		}
	});
});

describe('a large export, read in pieces', () => {
	const dir = mkdtempSync(join(tmpdir(), 'sablier-stream-'));
	/** ~340 bytes a row: 12,000 rows are about 4 MB of text, four pieces of CHUNK_CHARS. */
	const N = 12_000;
	function write(name: string, options: TweetOptions = {}): string {
		const path = join(dir, name);
		writeFileSync(path, [...tweetLines(N, options)].join('\n') + '\n');
		return path;
	}

	it('imports from disk with exact counts, file row numbers and values across pieces', async () => {
		// rows 9001 and 11999 sit in later pieces; row 6000 repeats row 5999 identically
		const path = write('tweets.csv', { badLikes: [9001, 11_999], repeats: [6000] });
		const db = await createTestDb();
		const progress: Progress[] = [];
		const [r] = await importFiles(db, { page: 'x' }, [{ name: 'tweets.csv', path }], {}, (p) =>
			progress.push(p)
		);
		expect(r.error).toBeUndefined();
		// N tweets + 1 repeated row; the two bad rows are rejected
		expect(r.rows).toEqual({
			read: N + 1,
			inserted: N - 2,
			updated: 0,
			unchanged: 1,
			rejected: 2
		});
		expect(r.issues).toEqual([
			{ row: 9001, column: 'likes', message: expect.stringContaining('lots') },
			{ row: 11_999, column: 'likes', message: expect.stringContaining('lots') }
		]);
		// row 9001 holds tweet 8998 (0-based: after the header and the repeated row)
		const stored = await db.query<{
			post_id: string;
			impressions_total: number;
			reactions: number;
			is_paid: boolean;
		}>(
			`SELECT post_id, impressions_total::INTEGER AS impressions_total, reactions::INTEGER AS reactions, is_paid
			FROM posts ORDER BY post_id`
		);
		const rejected = new Set([tweetId(8998), tweetId(11_996)]);
		const expected = Array.from({ length: N }, (_, i) => i)
			.filter((i) => !rejected.has(tweetId(i)))
			.map((i) => ({
				post_id: tweetId(i),
				impressions_total: tweetImpressions(i),
				reactions: tweetLikes(i),
				is_paid: tweetPaid(i)
			}));
		expect(stored).toEqual(expected);
		// multi-line texts came through whole
		const [t] = await db.query<{ message: string }>(
			`SELECT message FROM posts WHERE post_id = '${tweetId(9000)}'`
		);
		expect(t.message).toBe('Thread 9000, part one\nwith "quotes", commas, and a line break');
		// progress: both passes, in order, ending at the total
		const size = progress[0].total / 2;
		expect(size).toBeGreaterThan(3 * CHUNK_CHARS);
		expect(progress.map((p) => p.phase).filter((p, i, a) => p !== a[i - 1])).toEqual([
			'check',
			'read',
			'save'
		]);
		expect(progress.every((p, i) => i === 0 || p.done >= progress[i - 1].done)).toBe(true);
		expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);
	});

	it('a conflicting repeat in a later piece fails the whole file, the store untouched', async () => {
		const path = write('conflict.csv', { conflicts: [10_500] });
		const db = await createTestDb();
		const before = await storeChecksum(db, 'full');
		const [r] = await importFiles(db, { page: 'x' }, [{ name: 'conflict.csv', path }]);
		expect(r.error).toBe('the file holds 1 duplicate post(s) with conflicting values');
		expect(r.issues).toEqual([
			{
				row: 10_500,
				column: null,
				message: `${tweetId(10_497)} already appears on row 10499 with different values`
			}
		]);
		expect(await storeChecksum(db, 'full')).toEqual(before);
	});
});
