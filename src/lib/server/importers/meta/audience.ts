import { ImportError, type Importer } from '../types.ts';

/**
 * Meta Business Suite `Audience.csv`: after `sep=,`, stacked blocks without days (`"Age & gender"`,
 * `"Top countries"`, `"Top cities"`, `"Top pages"`), the audience as of the download. Nothing in the
 * store holds a breakdown without a day, so the file is recognised and reported as left out on
 * purpose (not a failure), never offered to the column-mapping step.
 */
const BLOCKS = new Set(['age & gender', 'top countries', 'top cities', 'top pages', 'gender']);

export const metaAudience: Importer = {
	id: 'meta-audience',
	label:
		'Meta Business Suite export: audience (age, gender, countries, cities; recognised, not imported)',
	platform: 'facebook',
	kind: 'daily',
	leftOut:
		'Meta Business Suite audience (age and gender, countries, cities): a breakdown without a day, not imported (left out on purpose)',
	detect: (rows) => {
		const at = /^sep=.?$/i.test((rows[0] ?? []).join('').trim()) ? 1 : 0;
		const title = rows[at] ?? [];
		return (
			BLOCKS.has((title[0] ?? '').trim().toLowerCase()) &&
			title.slice(1).every((c) => c.trim() === '')
		);
	},
	map() {
		throw new ImportError(metaAudience.leftOut as string, [], undefined, 'skip');
	}
};
