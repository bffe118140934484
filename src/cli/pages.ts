import { getDb, resolveDbPath } from '../lib/server/db/index.ts';
import { listPages } from '../lib/server/pages.ts';
import type { ParsedArgs } from './main.ts';
import { cliText } from './text.ts';

/** `sablier pages`: slug, name, platform, first and last day, latest fans_total. */
export async function runPages({ values }: ParsedArgs): Promise<number> {
	const t = cliText(values.lang as string | undefined);
	const db = await getDb(resolveDbPath(values.db as string | undefined));
	const pages = await listPages(db);
	db.close();
	if (values.json) {
		const out = pages.map((p) => ({
			slug: p.slug,
			name: p.name,
			platform: p.platform,
			workspace: p.workspace,
			firstDay: p.firstDay,
			lastDay: p.lastDay,
			days: p.days,
			posts: p.posts,
			latestFans: p.latestFans
		}));
		process.stdout.write(JSON.stringify({ pages: out }) + '\n');
		return 0;
	}
	if (pages.length === 0) {
		process.stdout.write(t.noPages + '\n');
		return 0;
	}
	const rows = [
		t.header,
		...pages.map((p) => [
			p.slug,
			p.name,
			p.platform,
			p.firstDay ?? '–',
			p.lastDay ?? '–',
			p.latestFans === null ? '–' : String(p.latestFans)
		])
	];
	const widths = t.header.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
	for (const r of rows)
		process.stdout.write(
			r
				.map((c, i) => c.padEnd(widths[i]))
				.join('  ')
				.trimEnd() + '\n'
		);
	return 0;
}
