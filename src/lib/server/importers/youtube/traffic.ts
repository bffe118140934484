import { textCell } from '../cells.ts';
import { hasHeaders, mapColumns, mapRows, type LayoutSpec } from '../mapper.ts';
import { ImportError, type DailyRecord, type Extra, type Importer } from '../types.ts';
import { isoDayCell } from './cells.ts';

/**
 * YouTube Studio's traffic-source report, `Chart data.csv`: one row per day and traffic source
 * (`Date,Traffic source,Views`). The channel's daily views by source have no canonical column (the
 * channel's `Views` is an extra too), so each day keeps them as extras named `<metric> · <source>`
 * (`Views · YouTube search`, raw text + number): one record per day, read = days + rejected rows.
 * A (day, source) given twice with different values fails the file (it cannot say which is right).
 */
const spec = {
	headerRows: 1,
	key: 'day',
	fields: [
		{ target: 'day', headers: ['Date'], cell: isoDayCell },
		{ target: 'source', headers: ['Traffic source'], cell: textCell }
	]
} satisfies LayoutSpec;

export const youtubeTrafficChart: Importer = {
	id: 'youtube-traffic-chart',
	label: 'YouTube Studio export: Chart data by traffic source (daily)',
	platform: 'youtube',
	kind: 'daily',
	detect: (rows) => hasHeaders(rows, ['Date', 'Traffic source']),
	map(rows) {
		const columns = mapColumns(rows, spec).map((c) =>
			c.target === 'source' ? { ...c, target: null } : c
		);
		const specColumns = mapColumns(rows, spec);
		const { rows: mapped, issues } = mapRows(rows, spec, specColumns);
		const days = new Map<string, { row: number; extras: Map<string, Extra> }>();
		for (const { row, values, extras } of mapped) {
			const day = values.day as string;
			const source = (values.source as string | null) ?? '(none)';
			const entry = days.get(day) ?? { row, extras: new Map<string, Extra>() };
			days.set(day, entry);
			for (const e of extras) {
				const metric = `${e.metric} · ${source}`;
				const had = entry.extras.get(metric);
				if (had && had.value !== e.value)
					throw new ImportError(
						`${day}, ${source}: given twice with different values (rows ${entry.row} and ${row})`
					);
				entry.extras.set(metric, { ...e, metric });
			}
		}
		const records: DailyRecord[] = [...days].map(([key, e]) => ({
			row: e.row,
			key,
			values: {},
			extras: [...e.extras.values()]
		}));
		const rejectedRows = new Set(issues.map((i) => i.row)).size;
		return { kind: 'daily', columns, records, issues, read: records.length + rejectedRows };
	}
};

/** `Table data.csv` of the same report: totals by source over a period, no day: left out. */
const TABLE_LEFT_OUT =
	"YouTube traffic sources over the whole period, with no day: not imported (left out on purpose; the daily split is in the report's Chart data file)";

export const youtubeTrafficTable: Importer = {
	id: 'youtube-traffic-table',
	label: 'YouTube Studio export: Table data by traffic source (recognised, not imported)',
	platform: 'youtube',
	kind: 'daily',
	leftOut: TABLE_LEFT_OUT,
	detect: (rows) => hasHeaders(rows, ['Traffic source']) && !hasHeaders(rows, ['Date']),
	map() {
		throw new ImportError(TABLE_LEFT_OUT, [], undefined, 'skip');
	}
};
