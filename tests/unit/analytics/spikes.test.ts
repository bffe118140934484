import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	detectSpikes,
	NET_ONLY_WARNING,
	spikeSeriesQuery,
	type SpikeEpisode,
	type SpikeRow
} from '../../../src/lib/analytics/spikes.ts';
import type { DailyPoint, LedgerEntry } from '../../../src/lib/analytics/types.ts';
import { DEMO_TRUTH } from '../../../src/lib/demo/truth.ts';
import type { Db } from '../../../src/lib/server/db/index.ts';
import { loadDemo, DEMO_TARGET } from '../../../src/lib/server/demo.ts';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import { join, sql } from '../../../src/lib/sql.ts';
import { createTestDb } from '../../helpers/db.ts';
import { generateSpikePage, type SyntheticSpikeTruth } from '../../helpers/synthetic/spikes.ts';

const REAL_FB = joinPath(
	import.meta.dirname,
	'..',
	'..',
	'..',
	'..',
	'shared',
	'data',
	'real',
	'facebook-page-insights'
);

let pages = 0;
/** Inserts a workspace (once) and a page, then its days in one prepared INSERT; returns the page id. */
async function loadPage(db: Db, days: readonly DailyPoint[]): Promise<number> {
	const slug = `p${++pages}`;
	await db.exec(sql`INSERT INTO workspaces (slug, name) VALUES ('w', 'w') ON CONFLICT DO NOTHING`);
	const [{ id }] = await db.query<{ id: number }>(sql`INSERT INTO pages (workspace_id, slug, name,
		platform) SELECT id, ${slug}, ${slug}, 'facebook' FROM workspaces WHERE slug = 'w' RETURNING id`);
	const values = days.map(
		(d) => sql`(${id}, CAST(${d.day} AS DATE), ${d.fans_total}, ${d.fans_added}, ${d.fans_removed},
		${d.fans_added_paid}, ${d.reach_total}, ${d.reach_organic}, ${d.reach_paid}, ${d.reach_viral},
		${d.engaged_users}, ${d.posts_published})`
	);
	await db.exec(sql`INSERT INTO page_daily (page_id, day, fans_total, fans_added, fans_removed,
		fans_added_paid, reach_total, reach_organic, reach_paid, reach_viral, engaged_users,
		posts_published) VALUES ${join(values)}`);
	return id;
}

const series = (db: Db, pageId: number, from: string | null = null, to: string | null = null) =>
	db.query<SpikeRow>(spikeSeriesQuery(pageId, from, to));

const covers = (e: SpikeEpisode, day: string) => e.start <= day && day <= e.end;
const episodeAt = (eps: SpikeEpisode[], day: string) => eps.find((e) => covers(e, day));

const addDays = (iso: string, n: number) =>
	new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A day with only adds, reach (as parts, no exported total) and engagement known. */
const tiny = (i: number, adds: number): DailyPoint => ({
	day: addDays('2024-01-01', i),
	fans_total: null,
	fans_added: adds,
	fans_removed: null,
	fans_added_paid: null,
	reach_total: null,
	reach_organic: 600,
	reach_paid: 0,
	reach_viral: 400,
	engaged_users: 50,
	posts_published: null
});

describe('spikeSeriesQuery: robust z arithmetic on a hand-computed page', () => {
	it('median, MAD × 1.4826, the √median floor, 14-day minimum and the pass-2 exclusion', async () => {
		const db = await createTestDb();
		// 28 days of 10, 12, 14, 16 repeating (median 13, MAD 2), then 100, then 13
		const cycle = [10, 12, 14, 16];
		const days = Array.from({ length: 28 }, (_, i) => tiny(i, cycle[i % 4]));
		days.push(tiny(28, 100), tiny(29, 13));
		const rows = await series(db, await loadPage(db, days));
		expect(rows).toHaveLength(30);
		expect(rows[13].baseline_days).toBe(13);
		expect(rows[13].z).toBeNull();
		expect(rows[14].baseline_days).toBe(14);
		expect(rows[14].z).not.toBeNull();

		const spike = rows[28];
		expect(spike.day).toBe('2024-01-29');
		expect(spike.baseline_days).toBe(28);
		expect(spike.median).toBe(13);
		// 1.4826 · 2 = 2.9652 < √13 = 3.6056: the Poisson floor sets the spread
		expect(spike.spread).toBeCloseTo(Math.sqrt(13), 10);
		expect(spike.excess).toBe(87);
		expect(spike.z).toBeCloseTo(87 / Math.sqrt(13), 10); // 24.129
		expect(spike.min_excess).toBe(30); // fans_total unknown: the absolute floor
		expect(spike.candidate_pass1).toBe(true);
		expect(spike.candidate).toBe(true);
		// reach_total is NULL: organic + paid + viral = 1,000, so conv = adds
		expect(spike.reach_total).toBe(1000);
		expect(spike.conv).toBe(100);
		expect(spike.conv_median).toBe(13);
		expect(spike.z_conv).toBeCloseTo(87 / (1.4826 * 2), 10); // 29.340, floor 0.1 not binding
		// engagement constant: MAD 0, spread √50
		expect(spike.engaged_median).toBe(50);
		expect(spike.z_eng).toBe(0);
		expect(spike.paid_share).toBe(0);

		// the next day's window (days 2…29) leaves out the candidate: 27 values, median 14
		expect(rows[29].baseline_days).toBe(27);
		expect(rows[29].median).toBe(14);
		expect(rows[29].candidate).toBe(false);
	});

	it('MAD sets the spread when it is wide; 1 is the floor at median 0; excess needs ≥ 30', async () => {
		const db = await createTestDb();
		const wide = [10, 20, 30, 40];
		const a = Array.from({ length: 28 }, (_, i) => tiny(i, wide[i % 4]));
		a.push(tiny(28, 100));
		const [ra] = [(await series(db, await loadPage(db, a)))[28]];
		expect(ra.median).toBe(25);
		expect(ra.spread).toBeCloseTo(1.4826 * 10, 10);
		expect(ra.z).toBeCloseTo(75 / 14.826, 10); // 5.059

		const b = Array.from({ length: 28 }, (_, i) => tiny(i, 0));
		b.push(tiny(28, 40), tiny(29, 29));
		const rb = await series(db, await loadPage(db, b));
		expect(rb[28].spread).toBe(1);
		expect(rb[28].z).toBe(40);
		expect(rb[28].candidate).toBe(true);
		expect(rb[29].z).toBe(29); // far beyond 3.5, but 29 fans is below the materiality floor
		expect(rb[29].candidate).toBe(false);
		expect(detectSpikes(rb, [])).toHaveLength(1);
	});
});

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

async function syntheticEpisodes(
	seed: number,
	edit: (d: DailyPoint) => DailyPoint = (d) => d,
	ledger: LedgerEntry[] = []
): Promise<{ eps: SpikeEpisode[]; truth: SyntheticSpikeTruth; rows: SpikeRow[] }> {
	const db = await createTestDb();
	const { days, truth } = generateSpikePage({ seed });
	const rows = await series(db, await loadPage(db, days.map(edit)));
	db.close();
	return { eps: detectSpikes(rows, ledger), truth, rows };
}

const pack = (truth: SyntheticSpikeTruth): LedgerEntry => ({
	id: 'c-42',
	channel: 'bought',
	label: '2,000 fans',
	start: truth.bought.days[0],
	end: truth.bought.days[1],
	cost: 49,
	hours: null,
	hourlyRate: null,
	promisedQty: 2000
});

describe('detectSpikes on the synthetic page (acceptance §7.6, Model C)', () => {
	it.each(SEEDS)(
		'seed %i: bought pack likely inorganic, viral day explained by reach, ads explained by ads',
		async (seed) => {
			const { eps, truth } = await syntheticEpisodes(seed);
			expect(eps).toHaveLength(3);
			const viral = episodeAt(eps, truth.viral.day);
			const ads = episodeAt(eps, truth.ads.start);
			const bought = episodeAt(eps, truth.bought.days[0]);
			expect(viral?.class).toBe('explained_reach');
			expect(ads?.class).toBe('explained_ads');
			expect(ads).toMatchObject({ start: truth.ads.start, end: truth.ads.end });
			expect(bought).toMatchObject({
				start: truth.bought.days[0],
				end: truth.bought.days[1],
				class: 'likely_inorganic',
				campaignId: null
			});
			expect(Math.abs((bought?.excessFans ?? 0) - 2000)).toBeLessThan(100);
			expect(bought?.signals.some((s) => s.startsWith('new fans per 1,000 reach'))).toBe(true);
			expect(bought?.signals.some((s) => s.startsWith('round size'))).toBe(true);
			expect(bought?.signals.some((s) => s.startsWith('post-spike churn'))).toBe(true);
			expect(bought?.signals.some((s) => s.startsWith('purge step'))).toBe(true);
		}
	);

	it('a ledger entry within ±3 days declares the pack, with its campaignId', async () => {
		const { rows, truth } = await syntheticEpisodes(1);
		const [d0] = truth.bought.days;
		const eps = detectSpikes(rows, [pack(truth)]);
		const bought = episodeAt(eps, d0);
		expect(bought).toMatchObject({ class: 'declared', campaignId: 'c-42' });
		expect(bought?.signals[0]).toMatch(/^declared in the ledger: 2,000 fans \(bought, /);
		// the explanations of the other spikes are untouched
		expect(eps.map((e) => e.class).sort()).toEqual([
			'declared',
			'explained_ads',
			'explained_reach'
		]);
		// an entry ending 3 days before still matches, 4 days before does not
		const before = (k: number): LedgerEntry => ({
			...pack(truth),
			start: addDays(d0, -k - 2),
			end: addDays(d0, -k)
		});
		expect(episodeAt(detectSpikes(rows, [before(3)]), d0)?.campaignId).toBe('c-42');
		expect(episodeAt(detectSpikes(rows, [before(4)]), d0)?.class).toBe('likely_inorganic');
		// ongoing community work is not an event: it never declares a spike
		const work: LedgerEntry = {
			...pack(truth),
			id: 'cm',
			channel: 'organic_work',
			start: '2023-01-01',
			end: '2023-12-31'
		};
		expect(episodeAt(detectSpikes(rows, [work]), d0)?.class).toBe('likely_inorganic');
	});

	it('posting: NULL is unknown and scores nothing; a known 0 on t−1…t scores', async () => {
		const unknown = await syntheticEpisodes(2, (d) => ({ ...d, posts_published: null }));
		expect(unknown.rows.every((r) => r.posts_published === null)).toBe(true);
		expect(unknown.eps.flatMap((e) => e.signals).some((s) => s.startsWith('no posting'))).toBe(
			false
		);
		const none = await syntheticEpisodes(2, (d) => ({ ...d, posts_published: 0 }));
		const bought = episodeAt(none.eps, none.truth.bought.days[0]);
		expect(bought?.signals).toContain(
			`no posting: 0 posts published from ${addDays(none.truth.bought.days[0], -1)} to ${none.truth.bought.days[1]}`
		);
	});

	it('net-only: without fans_added the series falls back to Δfans_total and warns', async () => {
		const { eps, rows, truth } = await syntheticEpisodes(3, (d) => ({
			...d,
			fans_added: null,
			fans_removed: null
		}));
		expect(rows.slice(1).every((r) => r.adds_source === 'net')).toBe(true);
		expect(rows[0]).toMatchObject({ adds: null, adds_source: null }); // no day before: unknown
		expect(rows.every((r) => r.recon_gap === null && r.removed_next60 === null)).toBe(true);
		const bought = episodeAt(eps, truth.bought.days[0]);
		expect(bought?.signals).toContain(NET_ONLY_WARNING);
		expect(bought?.class).not.toMatch(/^explained|declared/);
		expect(episodeAt(eps, truth.ads.start)?.class).toBe('explained_ads');
	});

	it('a day’s numbers do not depend on the requested range', async () => {
		const db = await createTestDb();
		const { days, truth } = generateSpikePage({ seed: 4 });
		const id = await loadPage(db, days);
		const all = await series(db, id);
		const from = addDays(truth.bought.days[0], -3);
		const to = addDays(truth.bought.days[1], 3);
		const part = await series(db, id, from, to);
		expect(part).toHaveLength(8);
		expect(part).toEqual(all.filter((r) => r.day >= from && r.day <= to));
		expect(await series(db, 999)).toEqual([]);
	});
});

/** DEMO_TRUTH.ledger as the analytics see it, with ids demo-0, demo-1, … */
const demoLedger = (): LedgerEntry[] =>
	DEMO_TRUTH.ledger.map((e, i) => ({
		id: `demo-${i}`,
		channel: e.channel,
		label: e.label,
		start: e.start,
		end: e.end,
		cost: e.cost,
		hours: e.hours,
		hourlyRate: e.hourlyRate,
		promisedQty: e.promisedQty
	}));

describe('detectSpikes on the demo bakery', () => {
	it('finds the declared bought pack: declared with the ledger, likely inorganic without', async () => {
		const db = await createTestDb();
		await loadDemo(db);
		const [{ id }] = await db.query<{ id: number }>(
			sql`SELECT id FROM pages WHERE slug = ${DEMO_TARGET.page}`
		);
		const rows = await series(db, id);
		const [d0, d1] = DEMO_TRUTH.bought.delivery.map((d) => d.day);
		const ledger = demoLedger();
		const boughtId = ledger.find((e) => e.channel === 'bought')?.id;

		const declared = episodeAt(detectSpikes(rows, ledger), d0);
		expect(declared).toMatchObject({ start: d0, end: d1, class: 'declared', campaignId: boughtId });
		expect(Math.abs((declared?.excessFans ?? 0) - DEMO_TRUTH.bought.promised)).toBeLessThan(100);

		const blind = detectSpikes(rows, []);
		expect(episodeAt(blind, d0)?.class).toBe('likely_inorganic');
		for (const v of DEMO_TRUTH.viral.days)
			expect(episodeAt(blind, v.day)?.class).toBe('explained_reach');
		// only truly inorganic arrivals are called likely inorganic: the pack, and the undeclared
		// like exchange (exchanged likes are inorganic); no organic, viral or ads day
		const { start: xs, end: xe } = DEMO_TRUTH.exchange;
		const likely = blind.filter((e) => e.class === 'likely_inorganic');
		expect(likely.some((e) => e.start === d0)).toBe(true);
		for (const e of likely) expect(e.start === d0 || (e.start >= xs && e.end <= xe)).toBe(true);
	});
});

describe.skipIf(!existsSync(REAL_FB))('detectSpikes on the real organic Facebook page', () => {
	it('runs over every imported export without a ledger', async () => {
		const db = await createTestDb();
		const names = readdirSync(REAL_FB).filter((n) => n.endsWith('.csv'));
		await importFiles(
			db,
			{ page: 'vic' },
			names.map((name) => ({ name, bytes: readFileSync(joinPath(REAL_FB, name)) }))
		);
		const [{ id }] = await db.query<{ id: number }>(`SELECT id FROM pages WHERE slug = 'vic'`);
		const rows = await series(db, id);
		expect(rows).toHaveLength(775);
		const eps = detectSpikes(rows, []);
		expect(Array.isArray(eps)).toBe(true);
	});
});
