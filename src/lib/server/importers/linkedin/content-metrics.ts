import { localeCountCell } from '../locale.ts';
import type { Field, LayoutSpec } from '../mapper.ts';
import { ImportError, type DailyRecord, type DailyValues, type Importer } from '../types.ts';
import { assertMonthFirst, findHeader, linkedinDayCell, mapSheet, sheetDecimal } from './cells.ts';

/**
 * LinkedIn Page content export, sheet "Metrics" (recognised by its header, not the sheet's name):
 * row 1 is a title/notice, the header is on row 2, one row per day from row 3. Issues and records
 * carry the sheet's own row numbers (first day = row 3). A sheet whose notice row was deleted (header
 * on row 1) reads the same.
 *
 * Columns: `Date, Impressions (organic), Impressions (sponsored), Impressions (total), Unique
 * impressions (organic), Clicks (organic|sponsored|total), Reactions (…), Comments (…), Reposts (…),
 * Engagement rate (…)`.
 * - `impressions_organic` / `impressions_paid` / `impressions_total` ← `Impressions (organic)` /
 *   `(sponsored)` / `(total)`: displays of the page's posts, repeats included.
 * - `reach_organic` ← `Unique impressions (organic)`: the unique members who saw the page's organic
 *   posts that day, which is what reach counts (people, not displays). LinkedIn gives no sponsored
 *   or total unique figure, so `reach_paid` and `reach_total` stay NULL (unique viewers cannot be
 *   added up).
 * - Clicks, reactions, comments, reposts and engagement rates stay extras under their own names
 *   (an engagement rate as stored: `0.0345` from a number cell, `3.45%` from a text cell). They
 *   are not summed into `interactions`: the sheet's own totals are kept as they are.
 * - No follower numbers: the followers export has them.
 */
const REQUIRED = ['Date', 'Impressions (organic)', 'Impressions (total)'];

function spec(decimal: ',' | '.' | null): LayoutSpec {
	const count = localeCountCell(decimal);
	const fields: Field[] = [
		{ target: 'day', headers: ['Date'], cell: linkedinDayCell },
		{ target: 'impressions_organic', headers: ['Impressions (organic)'], cell: count },
		{ target: 'impressions_paid', headers: ['Impressions (sponsored)'], cell: count },
		{ target: 'impressions_total', headers: ['Impressions (total)'], cell: count },
		{ target: 'reach_organic', headers: ['Unique impressions (organic)'], cell: count }
	];
	return { headerRows: 1, key: 'day', fields };
}

export const linkedinContentMetrics: Importer = {
	id: 'linkedin-content-metrics',
	label: 'LinkedIn Page export: content metrics per day, organic and sponsored ("Metrics" sheet)',
	platform: 'linkedin',
	kind: 'daily',
	detect: (rows) => findHeader(rows, REQUIRED) !== null,
	map(rows) {
		const at = findHeader(rows, REQUIRED);
		if (at === null) throw new ImportError('not a LinkedIn content metrics sheet');
		assertMonthFirst(rows, at, 'Date');
		const decimal = sheetDecimal(rows.slice(at), ['Date']);
		const sheet = mapSheet(rows, at, spec(decimal), decimal);
		const records: DailyRecord[] = sheet.rows.map(({ row, values, extras }) => {
			const { day, ...rest } = values as { day: string } & DailyValues;
			return { row, key: day, values: rest, extras };
		});
		return {
			kind: 'daily',
			columns: sheet.columns,
			records,
			issues: sheet.issues,
			read: sheet.read
		};
	}
};
