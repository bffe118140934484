import { describe, expect, it } from 'vitest';
import { DEMO_TRUTH } from '../../../src/lib/demo/generate.ts';
import { loadDemo } from '../../../src/lib/server/demo.ts';
import {
	addPageEvent,
	deletePageEvent,
	listPageEvents,
	pageEventSchema
} from '../../../src/lib/server/page-events.ts';
import { getPage } from '../../../src/lib/server/pages.ts';
import { pageReport } from '../../../src/lib/server/report.ts';
import { createTestDb } from '../../helpers/db.ts';

describe("a page's own events", () => {
	it('join the calendar: listed in the report, a caveat, and they block Model A when they overlap', async () => {
		const db = await createTestDb();
		await loadDemo(db);
		const page = (await getPage(db, DEMO_TRUTH.page.slug))!;
		const pack = DEMO_TRUTH.ledger.find((e) => e.channel === 'bought')!;
		const before = await pageReport(db, page.slug, { lang: 'en', reps: 0 });
		const packEffect = (r: typeof before) =>
			r!.campaigns.find((c) => c.channel === 'bought')!.effects.fansAdded;
		expect('evidenceLevel' in packEffect(before)).toBe(true);
		// a TV appearance 10 days after the pack, inside its post window
		const id = await addPageEvent(
			db,
			page.id,
			pageEventSchema.parse({ day: '2022-07-31', description: 'TV appearance' })
		);
		const after = await pageReport(db, page.slug, { lang: 'en', reps: 0 });
		expect(packEffect(after)).toEqual({ estimate: null, reason: 'blocked-overlap' });
		expect(after!.platformEvents).toContainEqual({
			day: '2022-07-31',
			description: 'TV appearance'
		});
		expect(after!.caveats.join(' ')).toContain('TV appearance (31 July 2022)');
		expect(pack.start < '2022-07-31').toBe(true);
		expect(await listPageEvents(db, page.id)).toEqual([
			{ id, day: '2022-07-31', end: '2022-07-31', description: 'TV appearance' }
		]);
		expect(await deletePageEvent(db, id)).toBe(true);
		expect(await listPageEvents(db, page.id)).toEqual([]);
	});
	it('are validated: a day, an end not before it, a description', () => {
		expect(pageEventSchema.safeParse({ day: '2022-13-01', description: 'x' }).success).toBe(false);
		expect(
			pageEventSchema.safeParse({ day: '2022-05-02', end: '2022-05-01', description: 'x' }).success
		).toBe(false);
		expect(pageEventSchema.safeParse({ day: '2022-05-02', description: '  ' }).success).toBe(false);
		expect(pageEventSchema.parse({ day: '2022-05-02', description: ' Relaunch ' })).toEqual({
			day: '2022-05-02',
			end: '2022-05-02',
			description: 'Relaunch'
		});
	});
});
