import { localeCountCell } from '../locale.ts';
import type { Field, LayoutSpec } from '../mapper.ts';
import { ImportError, type DailyRecord, type DailyValues, type Importer } from '../types.ts';
import {
	assertMonthFirst,
	extraOf,
	findHeader,
	linkedinDayCell,
	mapSheet,
	sheetDecimal
} from './cells.ts';

/**
 * LinkedIn Page followers export, sheet "New followers" (recognised by its header, not the sheet's
 * name): `Date, Sponsored followers, Organic followers, Auto-invited followers, Total followers`,
 * one row per day. `Date` is `MM/DD/YYYY` text, or an Excel date (then `YYYY-MM-DD` here).
 *
 * Every count is the day's NEW follows (formats.md 2d: "Total followers (daily new follows)"): the
 * sheet never gives the audience size, nor unfollows. So:
 * - `fans_added` ← `Total followers`, the new follows of the day (all sources);
 * - `fans_added_paid` ← `Sponsored followers` (follows from ads: what ROI needs, and LinkedIn is the
 *   one source that splits it per day);
 * - `fans_added_unpaid` ← `Organic followers` + `Auto-invited followers`: every follow not bought
 *   with an ad. Auto-invited follows come from the page's own invitations (event attendees,
 *   newsletter subscribers), free but not organic discovery: they are unpaid, so they belong to the
 *   unpaid side and paid + unpaid = total. Both source cells are ALSO kept as extras under their own
 *   names, so the organic / invited split is never lost. When a sheet has no `Auto-invited
 *   followers` column (older exports), unpaid = organic; a blank cell in a present column makes the
 *   sum unknown (NULL), never 0.
 * - `fans_total`, `fans_removed`, `fans_net`: not in the export, NULL.
 *
 * A row whose `Total followers` is not the sum of its parts is kept as written; one issue says how
 * many rows differ (it would be the sign of a sheet whose `Total` means something else).
 */
const ORGANIC = 'Organic followers';
const INVITED = 'Auto-invited followers';
const REQUIRED = ['Date', 'Sponsored followers', ORGANIC, 'Total followers'];

function spec(decimal: ',' | '.' | null): LayoutSpec {
	const count = localeCountCell(decimal);
	const fields: Field[] = [
		{ target: 'day', headers: ['Date'], cell: linkedinDayCell },
		{ target: 'fans_added', headers: ['Total followers'], cell: count },
		{ target: 'fans_added_paid', headers: ['Sponsored followers'], cell: count },
		// summed into fans_added_unpaid below; the names are the layout's own, not canonical
		{ target: 'organic', headers: [ORGANIC], cell: count },
		{ target: 'invited', headers: [INVITED], cell: count }
	];
	return { headerRows: 1, key: 'day', fields };
}

type Num = number | null;

export const linkedinFollowers: Importer = {
	id: 'linkedin-followers',
	label:
		'LinkedIn Page export: new followers per day, sponsored and organic ("New followers" sheet)',
	platform: 'linkedin',
	kind: 'daily',
	detect: (rows) => findHeader(rows, REQUIRED) !== null,
	map(rows) {
		const at = findHeader(rows, REQUIRED);
		if (at === null) throw new ImportError('not a LinkedIn followers sheet');
		assertMonthFirst(rows, at, 'Date');
		const decimal = sheetDecimal(rows.slice(at), ['Date']);
		const sheet = mapSheet(rows, at, spec(decimal), decimal);
		const hasInvited = sheet.columns.some((c) => c.target === 'invited');
		const columns = sheet.columns.map((c) =>
			c.target === 'organic' || c.target === 'invited'
				? {
						...c,
						target: 'fans_added_unpaid',
						description: hasInvited
							? `fans_added_unpaid = ${ORGANIC} + ${INVITED}; also kept as an extra`
							: `fans_added_unpaid = ${ORGANIC}; also kept as an extra`
					}
				: c
		);
		const organicCol = columns.find((c) => c.name.toLowerCase() === ORGANIC.toLowerCase());
		const invitedCol = columns.find((c) => c.name.toLowerCase() === INVITED.toLowerCase());
		const differ: number[] = [];
		const records: DailyRecord[] = sheet.rows.map(({ row, values, extras }) => {
			const { day, organic, invited, ...rest } = values as {
				day: string;
				organic: Num;
				invited?: Num;
			} & DailyValues;
			const unpaid =
				organic === null || (hasInvited && (invited ?? null) === null)
					? null
					: organic + (invited ?? 0);
			const v: DailyValues = { ...rest, fans_added_unpaid: unpaid };
			if (v.fans_added != null && v.fans_added_paid != null && unpaid !== null)
				if (v.fans_added !== v.fans_added_paid + unpaid) differ.push(row);
			const cells = rows[row - 1];
			const kept = [
				...(organicCol ? extraOf(organicCol.name, cells[organicCol.position], decimal) : []),
				...(invitedCol ? extraOf(invitedCol.name, cells[invitedCol.position], decimal) : [])
			];
			return { row, key: day, values: v, extras: [...kept, ...extras] };
		});
		const issues = [...sheet.issues];
		if (differ.length)
			issues.push({
				row: differ[0],
				column: 'Total followers',
				message: `Total followers is not Sponsored + Organic${hasInvited ? ' + Auto-invited' : ''} followers on ${differ.length} row(s) (first shown); kept as written`
			});
		return { kind: 'daily', columns, records, issues, read: sheet.read };
	}
};

/**
 * The followers export's other sheets (`Location`, `Job function`, `Seniority`, `Industry`,
 * `Company size`): `<dimension>, Total followers`, the audience as of the download, with no day.
 * Nothing in the store can hold a breakdown without a day, so they are recognised (rather than
 * offered to the column-mapping step, which would need a day too) and refused with a message that
 * says this is on purpose. Any two-column `<dimension>, Total followers` sheet counts as one.
 */
export const linkedinFollowerDemographics: Importer = {
	id: 'linkedin-follower-demographics',
	label: 'LinkedIn Page export: followers by location, job function, … (recognised, not imported)',
	platform: 'linkedin',
	kind: 'daily',
	detect: (rows) => {
		const h = (rows[0] ?? []).map((c) => c.trim().toLowerCase()).filter((c) => c !== '');
		return h.length === 2 && h[1] === 'total followers' && h[0] !== 'date';
	},
	map(rows) {
		const dim = (rows[0] ?? []).map((c) => c.trim()).find((c) => c !== '') ?? '?';
		throw new ImportError(
			`LinkedIn followers by ${dim}: a demographic breakdown without a day, not imported (kept out on purpose; the daily follows are in the "New followers" sheet)`,
			[],
			undefined,
			'skip'
		);
	}
};
