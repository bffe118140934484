import { z } from 'zod';
import type { Db } from './db/index.ts';
import { sql } from '../sql.ts';
import {
	eventsBetween,
	PLATFORM_EVENTS,
	type PlatformEvent
} from '../analytics/platform-events.ts';

export const pageEventSchema = z
	.object({
		day: z.iso.date({ message: 'a day written YYYY-MM-DD' }),
		end: z.iso.date({ message: 'a day written YYYY-MM-DD' }).optional(),
		description: z.string().trim().min(1, 'say what happened').max(300)
	})
	.transform((e) => ({ ...e, end: e.end ?? e.day }))
	.refine((e) => e.end >= e.day, { message: 'the end is before the start', path: ['end'] });

export interface PageEvent {
	id: number;
	day: string;
	end: string;
	description: string;
}

export async function addPageEvent(db: Db, pageId: number, e: z.output<typeof pageEventSchema>) {
	return db.transaction(async (tx) => {
		const [row] = await tx.query<{
			id: number;
		}>(sql`INSERT INTO page_events (page_id, day, end_day, description)
			VALUES (${pageId}, CAST(${e.day} AS DATE), CAST(${e.end} AS DATE), ${e.description}) RETURNING id`);
		return row.id;
	});
}

export async function listPageEvents(db: Db, pageId: number): Promise<PageEvent[]> {
	return db.query<PageEvent>(sql`SELECT id, strftime(day, '%Y-%m-%d') AS day, strftime(end_day, '%Y-%m-%d') AS "end",
		description FROM page_events WHERE page_id = ${pageId} ORDER BY day, id`);
}

export async function deletePageEvent(db: Db, id: number): Promise<boolean> {
	return db.transaction(async (tx) => {
		if (!(await tx.query(sql`SELECT id FROM page_events WHERE id = ${id}`)).length) return false;
		await tx.exec(sql`DELETE FROM page_events WHERE id = ${id}`);
		return true;
	});
}

/** The shipped platform events of the page's platform plus the page's own, touching [from, to]. */
export async function calendarFor(
	db: Db,
	page: { id: number; platform: string },
	from: string,
	to: string
): Promise<PlatformEvent[]> {
	const own = (await listPageEvents(db, page.id)).map((e): PlatformEvent => ({
		day: e.day,
		end: e.end,
		platform: 'any',
		kind: 'algorithm',
		en: e.description,
		fr: e.description,
		source: 'user',
		custom: true
	}));
	return eventsBetween([...PLATFORM_EVENTS, ...own], page.platform, from, to).sort((a, b) =>
		a.day < b.day ? -1 : 1
	);
}
