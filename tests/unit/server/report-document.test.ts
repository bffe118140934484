import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../../src/lib/server/demo.ts';
import {
	chartsFor,
	periodFacts,
	pageDocument,
	pageHtml
} from '../../../src/lib/server/report-document.ts';
import {
	getBranding,
	getNotes,
	saveBranding,
	saveNotes,
	workspaceId
} from '../../../src/lib/server/report-store.ts';
import { getPage } from '../../../src/lib/server/pages.ts';
import { createTestDb, importFixtures } from '../../helpers/db.ts';

describe('the report document on the server', () => {
	it('gathers a period’s observed facts in SQL, by hand on a five-day export', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'fb', 'facebook/page-basic-cp1252.csv');
		const page = (await getPage(db, 'fb'))!;
		const all = await periodFacts(db, page.id, '2015-01-01', '2015-01-05');
		expect(all).toMatchObject({
			days: 5,
			fansEnd: 105,
			fansKnown: 5,
			newFans: 3 + 2 + 0 + 5 + 1,
			newFansKnown: 5,
			erKnown: 4
		});
		// day 3 has no engaged users: left out, never 0
		expect(all.erFans).toBeCloseTo((10 / 100 + 8 / 102 + 12 / 105 + 9 / 105) / 4, 12);
		expect((await periodFacts(db, page.id, '2015-01-01', '2015-01-03')).fansEnd).toBe(101);
		// the end of a period is read at most 7 days back
		expect((await periodFacts(db, page.id, '2015-01-01', '2015-01-12')).fansEnd).toBe(105);
		expect((await periodFacts(db, page.id, '2015-01-01', '2015-01-13')).fansEnd).toBeNull();
		const none = await periodFacts(db, page.id, '2014-12-01', '2014-12-31');
		expect(none).toMatchObject({
			days: 31,
			fansEnd: null,
			fansKnown: 0,
			newFans: null,
			erFans: null
		});
	});

	it('keeps what the CM writes per report, and a workspace’s branding (migration 0007)', async () => {
		const db = await createTestDb();
		await importFixtures(db, { page: 'fb', workspace: 'acme' }, 'facebook/page-basic-cp1252.csv');
		const page = (await getPage(db, 'fb'))!;
		expect(await getNotes(db, 'page', page.id)).toBeNull();
		const notes = {
			author: 'Léa',
			client: "O'Brien & Co",
			recommendations: 'Keep posting.\nStop packs.'
		};
		await saveNotes(db, 'page', page.id, notes);
		await saveNotes(db, 'page', page.id, { ...notes, author: 'Léa M.' });
		expect(await getNotes(db, 'page', page.id)).toEqual({ ...notes, author: 'Léa M.' });
		expect(await getNotes(db, 'workspace', page.id)).toBeNull();

		const ws = (await workspaceId(db, 'acme'))!;
		const b = {
			consultancy: 'Conseil',
			footer: 'Confidential',
			primary: '#123456',
			accent: '#abcdef',
			hideMadeWith: true
		};
		await saveBranding(db, ws.id, b, { type: 'image/png', bytes: new Uint8Array([0x89, 0x50]) });
		expect(await getBranding(db, ws.id)).toMatchObject({
			...b,
			primary: '#123456',
			logo: 'data:image/png;base64,iVA='
		});
		// saving without a new logo keeps it; null removes it
		await saveBranding(db, ws.id, { ...b, footer: null });
		expect((await getBranding(db, ws.id)).logo).toBe('data:image/png;base64,iVA=');
		await saveBranding(db, ws.id, b, null);
		expect((await getBranding(db, ws.id)).logo).toBeNull();
	});

	it('puts the report model’s numbers on the demo’s summary, computed a second way', async () => {
		const db = await createTestDb();
		await loadDemo(db);
		const p = (await pageDocument(db, 'demo-bakery', {
			lang: 'en',
			reps: 20,
			seed: 3,
			issued: '2025-01-02'
		}))!;
		const tiles = Object.fromEntries(p.doc.summary.tiles.map((t) => [t.key, t]));
		// M6 twice: the SQL mean of the tile and the report model's mean of its daily rows
		expect(tiles.engagement.raw).toBeCloseTo(p.report.dilution.erFans!, 12);
		const kept = p.report.channels
			.filter((c) => c.channel === 'bought' || c.channel === 'exchange')
			.reduce((a, c) => a + c.survivingFans!.estimate!, 0);
		expect(tiles.boughtKept.raw).toBeCloseTo(kept, 12);
		expect(tiles.organicKept.raw).toBe(
			p.report.channels.find((c) => c.channel === 'organic')!.survival!.d365!.estimate
		);
		// the demo's last day and a year before it, read from its own rows
		const [last] = await db.query<{ f: number }>(
			"SELECT fans_total AS f FROM page_daily WHERE day = DATE '2024-12-31'"
		);
		expect(tiles.fansEnd.raw).toBe(last.f);
		expect(p.doc.summary.headline).toBe(p.report.narrative.headline);
		// the dashboard's charts and the report's own, for the channels, the assessed campaign, the scenario
		// (a campaign chart for each campaign Model A assessed on new fans, on its raw scale)
		const assessed = p.report.campaigns
			.filter((c) => 'evidenceLevel' in c.effects.fansAdded)
			.map((c) => `campaign:${c.id}`);
		expect(assessed.length).toBeGreaterThan(0);
		expect(Object.keys(chartsFor(p.report, p.series, p.doc)).sort()).toEqual(
			[...assessed, 'scenario', 'stacked', 'survival'].sort()
		);
		const html = pageHtml(p);
		expect(html).toContain(p.report.narrative.headline.replace(/"/g, '&quot;'));
		expect(html).toContain('data-chart="scenario"');
		expect(html).toContain('data-chart="survival"');
	}, 120_000);
});
