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
	['follows', 'fans_added'],
	['facebook follows', 'fans_added'],
	['instagram follows', 'fans_added'],
	['viewers', 'reach_total'],
	['reach', 'reach_total'],
	['facebook reach', 'reach_total'],
	['instagram reach', 'reach_total'],
	['alcance no facebook', 'reach_total'],
	['alcance do instagram', 'reach_total'],
	['content interactions', 'interactions'],
	['interactions', 'interactions'],
	['facebook visits', 'page_views'],
	['instagram profile visits', 'page_views'],
	['visits', 'page_views'],
	['profile visits', 'page_views']
]);

/** The canonical column a daily metric name feeds, or null (kept as an extra under its name). */
export function metricTarget(metric: string): DailyMetric | null {
	return METRICS.get(metric.trim().toLowerCase()) ?? null;
}

type MetaPlatform = 'facebook' | 'instagram';

/** The platform a metric's name says, or null when it says none (`Follows`, `Views`, `Reach`). */
export function metricPlatform(metric: string): MetaPlatform | null {
	return /instagram/i.test(metric) ? 'instagram' : /facebook/i.test(metric) ? 'facebook' : null;
}

/** One block of a per-metric file: its metric name and where its header and days are. */
export interface Block {
	metric: string;
	/** index in the parsed rows of the `"Date","Primary"` header */
	header: number;
	/** index of the first row after the block's last day */
	end: number;
}

const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** `sep=,` as parsed: `['sep=', '']` when split on its own comma, `['sep=,']` otherwise. */
const isSepLine = (cells: readonly string[] | undefined) =>
	!!cells && /^sep=.?$/i.test(cells.join('').trim());

/** A row's cells without the blank ones Excel adds at its end (a re-save pads every row). */
const trimEnd = (cells: readonly string[]) => {
	let n = cells.length;
	while (n > 0 && cells[n - 1].trim() === '') n--;
	return cells.slice(0, n);
};

const isTitle = (cells: readonly string[] | undefined) =>
	!!cells && (cells[0] ?? '').trim() !== '' && blank(cells.slice(1));

/** `Date` then `Primary` (or, in the 2023 variant, the metric's own name). */
function isHeader(cells: readonly string[] | undefined, metric: string | null): boolean {
	const h = trimEnd(cells ?? []).map((c) => c.trim().toLowerCase());
	if (h.length < 2 || h[0] !== 'date') return false;
	if (h[1] === 'primary') return true;
	return h.length === 2 && (metric ? h[1] === metric.toLowerCase() : metricKnown(h[1]));
}

const startsBlock = (rows: readonly string[][], i: number) =>
	isTitle(rows[i]) && isHeader(rows[i + 1], rows[i][0].trim());

const metricKnown = (name: string) => METRICS.has(name) || metricPlatform(name) !== null;
const DAY_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * The blocks of a per-metric file, or null when the rows are not one. A file holds one block, or
 * (a file exported with two metrics) several, each a title line then its header and days:
 * `"Follows"`, `"Date","Primary"`, … then `"Instagram follows"`, `"Date","Primary"`, …
 * The 2023 variant names the value column after the metric (`"Date","Facebook reach"`), with or
 * without the title line; without it, the first day must carry Meta's `T00:00:00`.
 */
export function readBlocks(rows: readonly string[][]): Block[] | null {
	let at = isSepLine(rows[0]) ? 1 : 0;
	const blocks: Block[] = [];
	while (at < rows.length) {
		let metric: string;
		let header: number;
		if (startsBlock(rows, at)) {
			metric = rows[at][0].trim();
			header = at + 1;
		} else if (
			blocks.length === 0 &&
			at <= 1 &&
			isHeader(rows[at], null) &&
			trimEnd(rows[at]).length === 2 &&
			rows[at][1].trim().toLowerCase() !== 'primary' &&
			DAY_TIME.test((rows[at + 1]?.[0] ?? '').trim())
		) {
			metric = rows[at][1].trim();
			header = at;
		} else return null;
		let end = header + 1;
		while (end < rows.length && !startsBlock(rows, end)) end++;
		blocks.push({ metric, header, end });
		at = end;
	}
	return blocks.length ? blocks : null;
}

/** The first block's metric and header (the one a single-block file has). */
export function readPreamble(rows: readonly string[][]): Block | null {
	return readBlocks(rows)?.[0] ?? null;
}

function mapDaily(rows: readonly string[][]) {
	const blocks = readBlocks(rows);
	if (!blocks) throw new ImportError('not a Meta Business Suite daily metric file');
	if (blocks.length > 1)
		throw new ImportError(
			`the file holds ${blocks.length} metrics (${blocks.map((b) => b.metric).join(', ')}): each is imported on its own`
		);
	const [pre] = blocks;
	const { metric } = pre;
	const source = trimEnd(rows[pre.header]);
	// the header as the store will name the columns: `Primary` becomes the metric's own name
	const header = source.map((h, i) =>
		i === 0 ? h.trim() : i === 1 ? metric : `${metric} - ${h.trim()}`
	);
	const target = metricTarget(metric);
	const fields: Field[] = [{ target: 'day', headers: [header[0]], cell: metaDayCell }];
	if (target) fields.push({ target, headers: [metric], cell: countCell });
	const spec: LayoutSpec = { headerRows: 1, key: 'day', fields };
	// Excel pads re-saved rows with blank cells: those beyond the header are dropped
	const body = rows
		.slice(pre.header + 1, pre.end)
		.map((r) =>
			r.length > header.length && blank(r.slice(header.length)) ? r.slice(0, header.length) : r
		);
	const data = [header, ...body];
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
			if (!pre) return false;
			const says = metricPlatform(pre.metric);
			return says === platform || (says === null && platform === 'facebook');
		},
		map: (rows) => mapDaily(rows),
		// a metric naming no platform (Follows, Views, Reach, Content interactions): the page says
		platformsFor: (rows) => {
			const metric = readPreamble(rows)?.metric ?? '';
			return metricPlatform(metric) ? [platform] : ['facebook', 'instagram'];
		}
	};
}

export const metaDailyFacebook = dailyImporter(
	'facebook',
	'Meta Business Suite export: one Facebook metric per day (Follows, Reach, Views, Visits, …)'
);

export const metaDailyInstagram = dailyImporter(
	'instagram',
	'Meta Business Suite export: one Instagram metric per day (Instagram follows, …)'
);
