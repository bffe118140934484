import { describe, expect, it } from 'vitest';
import { DEMO_TRUTH } from '../../../src/lib/demo/generate.ts';
import { comparisons } from '../../../src/lib/server/analysis-page.ts';
import { loadDemo } from '../../../src/lib/server/demo.ts';
import { getPage } from '../../../src/lib/server/pages.ts';
import { pageReportInputs } from '../../../src/lib/server/report.ts';
import { createTestDb } from '../../helpers/db.ts';

describe('the overview’s comparisons', () => {
	it('measure the previous and year-earlier windows as the current one, from the stored days', async () => {
		const db = await createTestDb();
		await loadDemo(db);
		const page = (await getPage(db, DEMO_TRUTH.page.slug))!;
		const period = { choice: '12' as const, from: '2024-01-01', to: '2024-12-31', invalid: false };
		const c = await comparisons(db, page, period);
		const all = (await pageReportInputs(db, page.slug, { from: '2022-01-01', to: '2024-12-31' }))!;
		const by = (from: string, to: string) => {
			const days = all.days.filter((d) => d.day >= from && d.day <= to);
			const both = days.filter((d) => {
				const reach = d.reach_total ?? null;
				return d.engaged_users !== null && reach !== null && reach > 0;
			});
			return {
				fans: [...days].reverse().find((d) => d.fans_total !== null)!.fans_total,
				engaged: both.reduce((a, d) => a + d.engaged_users!, 0),
				reach: both.reduce((a, d) => a + d.reach_total!, 0)
			};
		};
		expect(c.current).toMatchObject({ covered: true, ...by('2024-01-01', '2024-12-31') });
		// 2024 has 366 days: the previous window starts on 1 Jan 2023 minus one day
		expect(c.previous).toMatchObject({ from: '2022-12-31', to: '2023-12-31', covered: true });
		expect(c.previous).toMatchObject(by('2022-12-31', '2023-12-31'));
		expect(c.yearEarlier).toMatchObject({ from: '2023-01-01', to: '2023-12-31', covered: true });
		expect(c.yearEarlier).toMatchObject(by('2023-01-01', '2023-12-31'));
		const early = await comparisons(db, page, { ...period, from: '2022-06-01', to: '2022-12-31' });
		expect(early.yearEarlier.covered).toBe(false);
		db.close();
	});
});
