import type { Db } from './db/index.ts';
import { sql } from '../sql.ts';
import type { FansRow } from '../components/charts/fans-chart.ts';

/** Fans series of one page, every stored day in order (NULL kept as null). */
export async function getFansSeries(db: Db, pageId: number): Promise<FansRow[]> {
	return db.query<FansRow>(sql`SELECT strftime(day, '%Y-%m-%d') AS day, fans_total, fans_added, fans_removed
		FROM page_daily WHERE page_id = ${pageId} ORDER BY day`);
}
