import { countCell, flagCell, textCell } from './cells.ts';
import { hasHeaders, mapColumns, mapRows, type Field, type LayoutSpec } from './mapper.ts';
import type { Importer, PostValues } from './types.ts';

/**
 * The UCI "Facebook metrics" post file (Moro, Rita & Vala 2016): a trimmed post-level Insights
 * export, `;`-separated, `Paid` 0/1, no post id and no date (only month, weekday, hour, kept as
 * extras). Each post gets a stable synthetic id `uci-<first 12 hex of the file's sha256>-<row>`,
 * so re-importing the same file changes nothing; `published_at` stays NULL (unknown).
 */
const fields: Field[] = [
	{ target: 'type', headers: ['Type'], cell: textCell },
	{ target: 'is_paid', headers: ['Paid'], cell: flagCell },
	{ target: 'reach_total', headers: ['Lifetime Post Total Reach'], cell: countCell },
	{ target: 'impressions_total', headers: ['Lifetime Post Total Impressions'], cell: countCell },
	{ target: 'engaged_users', headers: ['Lifetime Engaged Users'], cell: countCell },
	{ target: 'clicks', headers: ['Lifetime Post Consumptions'], cell: countCell },
	{ target: 'reactions', headers: ['like'], cell: countCell },
	{ target: 'comments', headers: ['comment'], cell: countCell },
	{ target: 'shares', headers: ['share'], cell: countCell }
];

const spec: LayoutSpec = { headerRows: 1, key: null, fields };

export const facebookUciPosts: Importer = {
	id: 'facebook-uci-posts',
	label: 'Facebook post metrics (UCI layout: Paid 0/1, no dates)',
	platform: 'facebook',
	kind: 'posts',
	detect: (rows) =>
		hasHeaders(rows, [
			'Page total likes',
			'Type',
			'Paid',
			'Post Month',
			'Lifetime Post Total Reach'
		]),
	map(rows, ctx) {
		const columns = mapColumns(rows, spec);
		const { rows: mapped, issues, read } = mapRows(rows, spec, columns);
		const prefix = `uci-${ctx.sha256.slice(0, 12)}-`;
		const records = mapped.map(({ row, values, extras }) => ({
			row,
			key: `${prefix}${row}`,
			values: values as PostValues,
			extras
		}));
		return { kind: 'posts', columns, records, issues, read };
	}
};
