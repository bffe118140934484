import { getDb, resolveDbPath } from '../lib/server/db/index.ts';
import {
	addPageEvent,
	deletePageEvent,
	listPageEvents,
	pageEventSchema
} from '../lib/server/page-events.ts';
import { getPage } from '../lib/server/pages.ts';
import type { ParsedArgs } from './main.ts';
import { cliText } from './text.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** `sablier events add|list|delete`: the page's own calendar (breaks on charts, Model A overlaps). */
export async function runEvents({ values, positionals }: ParsedArgs): Promise<number> {
	const t = cliText(str(values.lang));
	const [action, arg] = positionals;
	const db = await getDb(resolveDbPath(str(values.db)));
	try {
		if (action === 'delete') {
			const id = Number(arg);
			if (!Number.isInteger(id) || !(await deletePageEvent(db, id)))
				throw new Error(t.eventNotFound(arg ?? ''));
			process.stdout.write(t.eventDeleted(id) + '\n');
			return 0;
		}
		const slug = str(values.page);
		if (!slug) throw new Error(t.needPage);
		const page = await getPage(db, slug);
		if (!page) throw new Error(t.pageNotFound(slug));
		if (action === 'list') {
			const rows = await listPageEvents(db, page.id);
			if (values.json) process.stdout.write(JSON.stringify({ events: rows }) + '\n');
			else
				for (const e of rows)
					process.stdout.write(`#${e.id}  ${e.day}..${e.end}  ${e.description}\n`);
			return 0;
		}
		if (action !== 'add') throw new Error(t.eventsUsage);
		const parsed = pageEventSchema.safeParse({
			day: str(values.day),
			end: str(values.end),
			description: str(values.description)
		});
		if (!parsed.success) {
			process.stderr.write(
				parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('\n') + '\n'
			);
			return 1;
		}
		const id = await addPageEvent(db, page.id, parsed.data);
		process.stdout.write(t.eventAdded(id) + '\n');
		return 0;
	} finally {
		db.close();
	}
}
