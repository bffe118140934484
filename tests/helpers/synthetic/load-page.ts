/** Loads synthetic days into a test store as one page (one prepared INSERT). */
import type { DailyPoint } from '../../../src/lib/analytics/types.ts';
import type { Db } from '../../../src/lib/server/db/index.ts';
import { join, sql } from '../../../src/lib/sql.ts';

let pages = 0;

/** Inserts a workspace (once) and a page with its days; returns the page id. */
export async function loadSyntheticPage(
	db: Db,
	days: readonly (DailyPoint & { fans_net?: number | null })[]
): Promise<number> {
	const slug = `s${++pages}`;
	await db.exec(sql`INSERT INTO workspaces (slug, name) VALUES ('w', 'w') ON CONFLICT DO NOTHING`);
	const [{ id }] = await db.query<{ id: number }>(sql`INSERT INTO pages (workspace_id, slug, name,
		platform) SELECT id, ${slug}, ${slug}, 'facebook' FROM workspaces WHERE slug = 'w' RETURNING id`);
	const values = days.map(
		(d) => sql`(${id}, CAST(${d.day} AS DATE), ${d.fans_total}, ${d.fans_net ?? null},
		${d.fans_added}, ${d.fans_removed}, ${d.fans_added_paid}, ${d.reach_total}, ${d.reach_organic},
		${d.reach_paid}, ${d.reach_viral}, ${d.engaged_users}, ${d.posts_published})`
	);
	await db.exec(sql`INSERT INTO page_daily (page_id, day, fans_total, fans_net, fans_added,
		fans_removed, fans_added_paid, reach_total, reach_organic, reach_paid, reach_viral,
		engaged_users, posts_published) VALUES ${join(values)}`);
	return id;
}
