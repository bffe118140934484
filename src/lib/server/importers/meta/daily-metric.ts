import type { DailyMetric } from '../../../canonical.ts';
import { countCell } from '../cells.ts';
import { mapColumns, mapRows, type Field, type LayoutSpec } from '../mapper.ts';
import { ImportError, type DailyValues, type Importer } from '../types.ts';
import { metaDayCell } from './cells.ts';

/**
 * Meta Business Suite per-metric daily file (`Follows (1).csv`, `Views (1).csv`, …): UTF-16 LE with
 * a BOM (the decoder handles it), one metric per file, a 2-line preamble before the real header:
 *
 *     sep=,                              ← Excel's separator hint (parsed as the row `sep=`, ``)
 *     "Facebook follows"                 ← the metric's name: decides the mapping and the platform
 *     "Date","Primary"                   ← the header (row 3); a monetisation variant adds
 *     "2025-08-01T00:00:00","20"            `content_monetization`, `stars`, `subscriptions`
 *
 * Row numbers in issues are the file's own (the header is row 3, the first day row 4). The `sep=`
 * line is optional here: a file without it has its header on row 2.
 *
 * Mapping by the metric name (case-insensitive; anything else is kept as an extra):
 * - `Facebook follows` / `Instagram follows` → `fans_added`: the follows gained that day. Unfollows
 *   are not in the file, so `fans_removed`, `fans_net` and `fans_total` stay NULL. Follows are not
 *   the legacy Page likes (a platform break the charts already mark on 2025-11-15).
 * - `Viewers` → `reach_total`: unique accounts that saw the content that day, Meta's successor to
 *   reach (a different definition, marked as a platform break on 2025-06-15).
 * - `Alcance no Facebook` / `Alcance do Instagram` (Portuguese exports: "Facebook reach",
 *   "Instagram reach") → `reach_total`: the unique reach of the day, a known translation.
 * - `Content interactions` → `interactions` (reactions, comments, shares, …: actions, not people).
 * - `Facebook visits` → `page_views` (visits of the Page).
 * - `Views` stays the extra `Views`: it counts every time content was played or displayed, repeats
 *   included (Meta says it runs higher than the impressions it replaced), so it is neither reach
 *   (people) nor the legacy impressions series; `impressions_total` stays NULL.
 * - `Facebook link clicks`, `Approximate earnings` and any other name: the extra named after the
 *   metric (never `Primary`). The variant's other columns are extras named `<metric> - <column>`
 *   (`Approximate earnings - stars`), so two files that both have `stars` never overwrite each other.
 *
 * A day the file does not list (Meta leaves out days with 0 follows) stays missing: nothing is
 * filled with 0, since the file does not say the count was 0. A blank cell is NULL.
 *
 * Platform: a metric whose name contains "Instagram" is an Instagram page's, every other one
 * (`Views`, `Viewers`, `Content interactions`, … which do not say) is taken as Facebook's.
 */
const METRICS: ReadonlyMap<string, DailyMetric> = new Map([
	['facebook follows', 'fans_added'],
	['instagram follows', 'fans_added'],
	['viewers', 'reach_total'],
	['alcance no facebook', 'reach_total'],
	['alcance do instagram', 'reach_total'],
	['content interactions', 'interactions'],
	['facebook visits', 'page_views']
]);

/** The canonical column a daily metric name feeds, or null (kept as an extra under its name). */
export function metricTarget(metric: string): DailyMetric | null {
	return METRICS.get(metric.trim().toLowerCase()) ?? null;
}

type MetaPlatform = 'facebook' | 'instagram';

export function metricPlatform(metric: string): MetaPlatform {
	return /instagram/i.test(metric) ? 'instagram' : 'facebook';
}

interface Preamble {
	metric: string;
	/** index in the parsed rows of the `"Date","Primary"` header */
	header: number;
}

const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** `sep=,` as parsed: `['sep=', '']` when split on its own comma, `['sep=,']` otherwise. */
const isSepLine = (cells: readonly string[] | undefined) =>
	!!cells && /^sep=.?$/i.test(cells.join('').trim());

/** The preamble of a per-metric file, or null when the rows are not one. */
export function readPreamble(rows: readonly string[][]): Preamble | null {
	const nameAt = isSepLine(rows[0]) ? 1 : 0;
	const name = rows[nameAt];
	const header = rows[nameAt + 1];
	if (!name || !header) return null;
	const metric = (name[0] ?? '').trim();
	if (metric === '' || !blank(name.slice(1))) return null;
	if (header.length < 2) return null;
	if (header[0].trim().toLowerCase() !== 'date' || header[1].trim().toLowerCase() !== 'primary')
		return null;
	return { metric, header: nameAt + 1 };
}

function mapDaily(rows: readonly string[][]) {
	const pre = readPreamble(rows);
	if (!pre) throw new ImportError('not a Meta Business Suite daily metric file');
	const { metric } = pre;
	const source = rows[pre.header];
	// the header as the store will name the columns: `Primary` becomes the metric's own name
	const header = source.map((h, i) =>
		i === 0 ? h.trim() : i === 1 ? metric : `${metric} - ${h.trim()}`
	);
	const target = metricTarget(metric);
	const fields: Field[] = [{ target: 'day', headers: [header[0]], cell: metaDayCell }];
	if (target) fields.push({ target, headers: [metric], cell: countCell });
	const spec: LayoutSpec = { headerRows: 1, key: 'day', fields };
	const data = [header, ...rows.slice(pre.header + 1)];
	const columns = mapColumns(data, spec).map((c, i) => ({
		...c,
		description: i === 0 ? null : `column "${source[i].trim()}" of the "${metric}" file`
	}));
	const { rows: mapped, issues, read } = mapRows(data, spec, columns);
	// mapRows numbers `data` from 1: shift back to the file's rows (the preamble comes first)
	const shift = pre.header;
	const records = mapped.map(({ row, values, extras }) => {
		const { day, ...metrics } = values;
		return { row: row + shift, key: day as string, values: metrics as DailyValues, extras };
	});
	return {
		kind: 'daily' as const,
		columns,
		records,
		issues: issues.map((i) => ({ ...i, row: i.row === null ? null : i.row + shift })),
		read
	};
}

function dailyImporter(platform: MetaPlatform, label: string): Importer {
	return {
		id: `meta-daily-${platform}`,
		label,
		platform,
		kind: 'daily',
		detect: (rows) => {
			const pre = readPreamble(rows);
			return pre !== null && metricPlatform(pre.metric) === platform;
		},
		map: (rows) => mapDaily(rows),
		// a metric naming no platform (Views, Viewers, Content interactions) fits either page
		platformsFor: (rows) => {
			const metric = readPreamble(rows)?.metric ?? '';
			return /facebook|instagram/i.test(metric) ? [platform] : ['facebook', 'instagram'];
		}
	};
}

export const metaDailyFacebook = dailyImporter(
	'facebook',
	'Meta Business Suite export: one Facebook metric per day (Follows, Views, Visits, …)'
);

export const metaDailyInstagram = dailyImporter(
	'instagram',
	'Meta Business Suite export: one Instagram metric per day (Instagram follows, …)'
);
