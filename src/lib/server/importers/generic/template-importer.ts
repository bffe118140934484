import { DAILY_COLUMNS, POST_COLUMNS, SIGNED_DAILY_METRICS } from '../../../canonical.ts';
import { countCell, signedCell, textCell } from '../cells.ts';
import { mapKeyed, type Field } from '../mapper.ts';
import type { Importer } from '../types.ts';
import { boolCell, isoDayCell, isoTimestampCell } from './cells.ts';

const header = (rows: readonly string[][]) => (rows[0] ?? []).map((h) => h.trim().toLowerCase());

/** Every header name canonical, the key first: the documented template (any subset of columns). */
function isTemplate(rows: readonly string[][], columns: readonly string[], key: string): boolean {
	const h = header(rows);
	return h[0] === key && h.length > 1 && h.every((c) => columns.includes(c));
}

const dailyFields: Field[] = DAILY_COLUMNS.map((c) => ({
	target: c,
	headers: [c],
	cell:
		c === 'day'
			? isoDayCell
			: (SIGNED_DAILY_METRICS as readonly string[]).includes(c)
				? signedCell
				: countCell
}));

const postFields: Field[] = POST_COLUMNS.map((c) => ({
	target: c,
	headers: [c],
	cell:
		c === 'published_at'
			? isoTimestampCell
			: c === 'is_paid'
				? boolCell
				: ['post_id', 'type', 'message', 'permalink'].includes(c)
					? textCell
					: countCell
}));

/** Sablier's own daily template (`sablier template daily`): canonical names, ISO days. */
export const genericDaily: Importer = {
	id: 'generic-daily',
	label: 'Sablier CSV template (daily)',
	platform: 'other',
	kind: 'daily',
	chunked: { headerRows: 1 },
	detect: (rows) => isTemplate(rows, DAILY_COLUMNS, 'day'),
	map: (rows) => mapKeyed(rows, { headerRows: 1, key: 'day', fields: dailyFields }, 'daily')
};

/** Sablier's own posts template (`sablier template posts`). */
export const genericPosts: Importer = {
	id: 'generic-posts',
	label: 'Sablier CSV template (posts)',
	platform: 'other',
	kind: 'posts',
	chunked: { headerRows: 1 },
	detect: (rows) => isTemplate(rows, POST_COLUMNS, 'post_id'),
	map: (rows) => mapKeyed(rows, { headerRows: 1, key: 'post_id', fields: postFields }, 'posts')
};
