/**
 * Runs the report pipeline on a synthetic page: its days go into an in-memory store so Model C's
 * SQL series can be read, then buildReport (Models A–D) runs on them. For seeded suites.
 */
import { buildReport } from '../../../src/lib/report/build-report';
import type { Report } from '../../../src/lib/report/schema';
import { spikeSeriesQuery, type SpikeRow } from '../../../src/lib/analytics/spikes';
import type { Db } from '../../../src/lib/server/db/index';
import { join, sql } from '../../../src/lib/sql';
import type { SyntheticPage } from './pages';

let pages = 0;

async function loadDays(db: Db, page: SyntheticPage): Promise<number> {
	const slug = `s${++pages}`;
	await db.exec(
		sql`INSERT INTO workspaces (slug, name) VALUES ('syn', 'syn') ON CONFLICT DO NOTHING`
	);
	const [{ id }] = await db.query<{ id: number }>(sql`INSERT INTO pages (workspace_id, slug, name,
		platform) SELECT id, ${slug}, ${slug}, 'facebook' FROM workspaces WHERE slug = 'syn' RETURNING id`);
	const values = page.days.map(
		(d) => sql`(${id}, CAST(${d.day} AS DATE), ${d.fans_total}, ${d.fans_added}, ${d.fans_removed},
		${d.fans_added_paid}, ${d.reach_total}, ${d.reach_organic}, ${d.reach_paid}, ${d.reach_viral},
		${d.engaged_users}, ${d.posts_published})`
	);
	await db.exec(sql`INSERT INTO page_daily (page_id, day, fans_total, fans_added, fans_removed,
		fans_added_paid, reach_total, reach_organic, reach_paid, reach_viral, engaged_users,
		posts_published) VALUES ${join(values)}`);
	return id;
}

/** The report model of a synthetic page (English, `reps` bootstrap replicates, seed 1). */
export async function syntheticReport(db: Db, page: SyntheticPage, reps = 100): Promise<Report> {
	const id = await loadDays(db, page);
	const from = page.days[0].day;
	const to = page.days[page.days.length - 1].day;
	const spikeRows = await db.query<SpikeRow>(spikeSeriesQuery(id, from, to));
	return buildReport(
		{
			page: { slug: `s${id}`, name: 'synthetic', platform: 'facebook' },
			period: { from, to },
			days: page.days,
			ledger: page.ledger,
			currency: 'EUR',
			spikeRows,
			dailyMetrics: [],
			posts: null,
			dilutionWindows: null,
			events: []
		},
		{ lang: 'en', reps, seed: 1 }
	);
}
