import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../helpers/db.ts';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'sablier.js');

async function sablier(
	...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run('node', [BIN, ...args], {
			env: { ...process.env, LANG: 'en' }
		});
		return { code: 0, stdout, stderr };
	} catch (e) {
		const err = e as { code: number; stdout: string; stderr: string };
		return { code: err.code, stdout: err.stdout, stderr: err.stderr };
	}
}

describe('the sablier command', () => {
	const dir = mkdtempSync(join(tmpdir(), 'sablier-cli-'));
	const db = join(dir, 'store.duckdb');
	const page = join(FIXTURES, 'facebook', 'page-basic-cp1252.csv');

	it('imports with --json: exactly one object, exit 0 even with rejected rows', async () => {
		const rejected = join(FIXTURES, 'facebook', 'page-rejected-rows.csv');
		const r = await sablier(
			'import',
			'--db',
			db,
			'--page',
			'bakery',
			'--name',
			'Bakery',
			'--json',
			page,
			rejected
		);
		expect(r.code).toBe(0);
		expect(JSON.parse(r.stdout)).toEqual({
			files: [
				{
					file: page,
					format: 'facebook-insights-page',
					rows: { read: 5, inserted: 5, updated: 0, unchanged: 0, rejected: 0 },
					issues: []
				},
				{
					file: rejected,
					format: 'facebook-insights-page',
					rows: { read: 5, inserted: 0, updated: 0, unchanged: 2, rejected: 3 },
					issues: [
						{ row: 4, column: 'Daily New Likes', message: 'not a whole number: "two"' },
						{ row: 5, column: 'Date', message: 'not a date (M/D/YYYY): "2/30/2015"' },
						{ row: 6, column: 'Daily New Likes', message: 'negative count: -5' }
					]
				}
			]
		});
	});

	it('exits 2 when a file cannot be read or recognised, and says why', async () => {
		const r = await sablier(
			'import',
			'--db',
			db,
			'--page',
			'bakery',
			join(dir, 'missing.csv'),
			BIN
		);
		expect(r.code).toBe(2);
		expect(r.stdout).toContain('NOT IMPORTED: cannot read the file: no such file');
		expect(r.stdout).toContain('NOT IMPORTED: not a recognised export');
	});

	it('lists pages and exports the canonical columns, NULL as an empty cell', async () => {
		const pages = await sablier('pages', '--db', db, '--json');
		expect(JSON.parse(pages.stdout).pages).toEqual([
			{
				slug: 'bakery',
				name: 'Bakery',
				platform: 'facebook',
				workspace: 'default',
				firstDay: '2015-01-01',
				lastDay: '2015-01-05',
				days: 5,
				posts: 0,
				latestFans: 105
			}
		]);
		const csv = await sablier(
			'export',
			'daily',
			'--db',
			db,
			'--page',
			'bakery',
			'--from',
			'2015-01-03',
			'--to',
			'2015-01-04'
		);
		expect(csv.code).toBe(0);
		expect(csv.stdout).toBe(
			'day,fans_total,fans_net,fans_added,fans_removed,fans_added_paid,fans_added_unpaid,reach_total,reach_organic,reach_paid,reach_viral,impressions_total,impressions_organic,impressions_paid,engaged_users,interactions,negative_feedback,page_views,posts_published\n' +
				'2015-01-03,101,,0,1,,,150,150,0,,,,,,,,,\n' +
				'2015-01-04,105,,5,1,,,400,300,100,,,,,12,,,7,\n'
		);
		const out = join(dir, 'days.json');
		await sablier(
			'export',
			'daily',
			'--db',
			db,
			'--page',
			'bakery',
			'--format',
			'json',
			'--out',
			out
		);
		const rows = JSON.parse(readFileSync(out, 'utf8'));
		expect(rows.map((d: { fans_total: number }) => d.fans_total)).toEqual([
			100, 102, 101, 105, 105
		]);
		const bad = await sablier('export', 'daily', '--db', db, '--page', 'nope');
		expect(bad.code).toBe(1);
		expect(bad.stderr).toContain('no page "nope"');
	});

	it('shows help in English and French', async () => {
		expect((await sablier('--help')).stdout).toContain('sablier import --page <slug>');
		expect((await sablier('--help', '--lang', 'fr')).stdout).toContain(
			'Chaque commande accepte --db'
		);
	});

	it('says what is wrong with the arguments in the chosen language', async () => {
		const cases: [string[], string, string][] = [
			[
				['template', 'weekly'],
				'usage: sablier template [daily|posts]',
				'usage : sablier template [daily|posts]'
			],
			[
				['report', '--page', 'p', '--db', db, '--reps', 'many'],
				'--reps must be a number ≥ 0',
				'--reps doit être un nombre ≥ 0'
			],
			[
				['import', '--page', 'p', '--db', db, '--map', 'day', page],
				'cannot read the mapping "day"',
				'impossible de lire la correspondance « day »'
			],
			[['import', '--bogus'], "Unknown option '--bogus'", 'option inconnue « --bogus »']
		];
		for (const [args, en, fr] of cases) {
			const e = await sablier(...args);
			expect(e.code).not.toBe(0);
			expect(e.stderr).toContain(en);
			const f = await sablier(...args, '--lang', 'fr');
			expect(f.stderr).toContain(fr);
		}
	});
});
