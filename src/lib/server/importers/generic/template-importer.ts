import { DAILY_COLUMNS, POST_COLUMNS } from '../../../canonical.ts';
import type { Importer } from '../types.ts';
import { mapWithMapping } from './mapped.ts';

const header = (rows: readonly string[][]) => (rows[0] ?? []).map((h) => h.trim().toLowerCase());

/**
 * The template read through its own header, the file's way: a template saved by French Excel
 * (`;`, `01/02/2024`, `12 024` with a no-break space, Windows-1252) reads like the ISO original.
 * Each piece of a large file decides its own date order and decimal separator (ISO dates and plain
 * digits, as Sablier writes them, are never ambiguous).
 */
const ownHeader = (rows: readonly string[][]) =>
	Object.fromEntries((rows[0] ?? []).map((h) => [h.trim().toLowerCase(), h]));

/** Every header name canonical, the key first: the documented template (any subset of columns). */
function isTemplate(rows: readonly string[][], columns: readonly string[], key: string): boolean {
	const h = header(rows);
	return h[0] === key && h.length > 1 && h.every((c) => columns.includes(c));
}

/** Sablier's own daily template (`sablier template daily`): canonical names, ISO days. */
export const genericDaily: Importer = {
	id: 'generic-daily',
	label: 'Sablier CSV template (daily)',
	platform: 'other',
	kind: 'daily',
	chunked: { headerRows: 1 },
	detect: (rows) => isTemplate(rows, DAILY_COLUMNS, 'day'),
	map: (rows, ctx) => mapWithMapping(rows, ctx, ownHeader(rows), 'YYYY-MM-DD')
};

/** Sablier's own posts template (`sablier template posts`). */
export const genericPosts: Importer = {
	id: 'generic-posts',
	label: 'Sablier CSV template (posts)',
	platform: 'other',
	kind: 'posts',
	chunked: { headerRows: 1 },
	detect: (rows) => isTemplate(rows, POST_COLUMNS, 'post_id'),
	map: (rows, ctx) => mapWithMapping(rows, ctx, ownHeader(rows), 'YYYY-MM-DD')
};
