import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	detectSpikes,
	NET_ONLY_WARNING,
	spikeSeriesQuery,
	spikeSeriesStatus,
	type SpikeRow
} from '../../../src/lib/analytics/spikes.ts';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import { sql } from '../../../src/lib/sql.ts';
import { createTestDb } from '../../helpers/db.ts';
import { loadSyntheticPage } from '../../helpers/synthetic/load-page.ts';
import { addDays, generateSeasonalPage } from '../../helpers/synthetic/seasonal-page.ts';

const REAL_YT = join(
	import.meta.dirname,
	'..',
	'..',
	'..',
	'..',
	'shared',
	'data',
	'real',
	'youtube-studio',
	'fatemeh-mndz_Totals_subscribers.csv'
);

/** Strong Sunday peaks (×2.5), a Saturday lift, a yearly season. */
const SUNDAYS = [2.5, 1, 1, 1, 1, 1, 1.3];
const UNDECLARED = new Set(['likely_inorganic', 'possible', 'unexplained']);

async function rowsOf(days: Parameters<typeof loadSyntheticPage>[1]): Promise<SpikeRow[]> {
	const db = await createTestDb();
	const id = await loadSyntheticPage(db, days);
	const rows = await db.query<SpikeRow>(spikeSeriesQuery(id, null, null));
	db.close();
	return rows;
}

describe('Model C with a weekly cycle (issue 12, item 5)', () => {
	it.each([1, 2, 3])('seed %i: Sunday peaks on an organic page are not spikes', async (seed) => {
		const { days } = generateSeasonalPage({ seed, weekly: SUNDAYS, days: 730 });
		const rows = await rowsOf(days);
		const eps = detectSpikes(rows, []);
		const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();
		// no episode at all on a weekend peak; at most one undeclared day per page-year otherwise
		expect(eps.filter((e) => weekday(e.start) === 0 || weekday(e.start) === 6)).toEqual([]);
		expect(eps.filter((e) => UNDECLARED.has(e.class)).length).toBeLessThanOrEqual(2);
		// the weekly factor is learnt: Sundays ≈ 2.5 × a Monday
		const last = (dow: number) => rows.filter((r) => weekday(r.day) === dow).at(-1)!.weekly;
		expect(last(0) / last(1)).toBeGreaterThan(2);
		expect(last(0) / last(1)).toBeLessThan(3);
	});

	it('a 500-fan pack on a Sunday is still found', async () => {
		const day = '2022-03-06'; // a Sunday
		const { days } = generateSeasonalPage({
			seed: 4,
			weekly: SUNDAYS,
			days: 730,
			packs: [{ days: [day], fansPerDay: 500 }]
		});
		const eps = detectSpikes(await rowsOf(days), []);
		const pack = eps.find((e) => e.start <= day && day <= e.end);
		expect(pack?.class).toMatch(/likely_inorganic|possible|unexplained/);
		expect(Math.abs(pack!.excessFans - 500)).toBeLessThan(60);
	});
});

describe('Model C on net-only series (issue 12, item 6)', () => {
	it('detects a bought pack in the exported net change (fans_net only)', async () => {
		const day = '2021-09-15';
		const { days } = generateSeasonalPage({
			seed: 5,
			days: 400,
			netOnly: true,
			packs: [{ days: [day], fansPerDay: 1000 }]
		});
		const rows = await rowsOf(days);
		expect(rows.every((r) => r.adds_source === 'net' && r.fans_added === null)).toBe(true);
		expect(spikeSeriesStatus(rows)).toMatchObject({ source: 'net', reason: null });
		const eps = detectSpikes(rows, []);
		const pack = eps.find((e) => e.start <= day && day <= e.end);
		expect(pack?.signals).toContain(NET_ONLY_WARNING);
		expect(Math.abs(pack!.excessFans - 1000)).toBeLessThan(60);
		expect(eps.filter((e) => e !== pack && UNDECLARED.has(e.class))).toEqual([]);
	});

	it('says plainly when the exports hold no fan series at all', async () => {
		const { days } = generateSeasonalPage({ seed: 6, days: 100 });
		const rows = await rowsOf(
			days.map((d) => ({ ...d, fans_total: null, fans_added: null, fans_removed: null }))
		);
		expect(spikeSeriesStatus(rows)).toEqual({ source: null, daysScored: 0, reason: 'no-series' });
		expect(detectSpikes(rows, [])).toEqual([]);
		const short = await rowsOf(days.slice(0, 10));
		expect(spikeSeriesStatus(short)).toMatchObject({ source: 'gross', reason: 'too-short' });
	});

	it.skipIf(!existsSync(REAL_YT))(
		'finds +2,000 subscribers injected into a real YouTube Totals file',
		async () => {
			const db = await createTestDb();
			const bytes = readFileSync(REAL_YT);
			await importFiles(db, { page: 'yt' }, [{ name: 'Totals.csv', bytes }]);
			const [{ id }] = await db.query<{ id: number }>(`SELECT id FROM pages WHERE slug = 'yt'`);
			const before = await db.query<SpikeRow>(spikeSeriesQuery(id, null, null));
			expect(spikeSeriesStatus(before).source).toBe('net');
			const day = '2024-06-12';
			await db.exec(
				sql`UPDATE page_daily SET fans_net = fans_net + 2000 WHERE page_id = ${id} AND day = CAST(${day} AS DATE)`
			);
			const rows = await db.query<SpikeRow>(spikeSeriesQuery(id, null, null));
			const pack = detectSpikes(rows, []).find((e) => e.start <= day && day <= e.end);
			expect(pack).toBeDefined();
			expect(Math.abs(pack!.excessFans - 2000)).toBeLessThan(50);
			expect(pack!.signals).toContain(NET_ONLY_WARNING);
			// and without the injection, that day was nothing special
			expect(detectSpikes(before, []).some((e) => e.start <= day && day <= e.end)).toBe(false);
			db.close();
		}
	);
});

it('addDays helper agrees with the calendar', () => {
	expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
});
