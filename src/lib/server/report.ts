import type { Db } from './db/index.ts';
import { sql } from '../sql.ts';
import { listCampaigns } from './campaigns.ts';
import { getPage } from './pages.ts';
import {
	dailyMetricsQuery,
	postPeriodMetricsQuery,
	type DailyMetricsRow,
	type PostPeriodMetrics
} from '../analytics/metrics.ts';
import { calendarFor } from './page-events.ts';
import { spikeSeriesQuery, type SpikeRow } from '../analytics/spikes.ts';
import type { DailyPoint, LedgerEntry } from '../analytics/types.ts';
import { buildReport, type ReportInputs, type ReportOptions } from '../report/build-report.ts';
import type { Report } from '../report/schema.ts';
import { mainCurrency } from '../report/messages/currency.ts';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const shift = (d: string, n: number) => iso(Date.parse(d) + n * DAY);

/** Default period: the last 36 months of data, or all of it if shorter. */
export function defaultPeriod(first: string, last: string): { from: string; to: string } {
	const t = new Date(`${last}T00:00:00Z`);
	t.setUTCMonth(t.getUTCMonth() - 36);
	const from = iso(t.getTime() + DAY);
	return { from: from > first ? from : first, to: last };
}

/** Gathers a page's report inputs with SQL (bound parameters), then builds the report model. */
export async function pageReport(
	db: Db,
	slug: string,
	opts: ReportOptions & { from?: string; to?: string }
): Promise<Report | null> {
	const input = await pageReportInputs(db, slug, opts);
	return input && buildReport(input, opts);
}

/** A page's report inputs over a period (default: the last 36 months), gathered with SQL. */
export async function pageReportInputs(
	db: Db,
	slug: string,
	opts: { from?: string; to?: string }
): Promise<ReportInputs | null> {
	const page = await getPage(db, slug);
	if (!page || !page.firstDay || !page.lastDay) return null;
	const def = defaultPeriod(page.firstDay, page.lastDay);
	const period = { from: opts.from ?? def.from, to: opts.to ?? def.to };
	// the independent queries run side by side on the store's reader pool
	const postMetrics = (from: string, to: string) =>
		db.query<PostPeriodMetrics>(postPeriodMetricsQuery(page.id, from, to)).then((r) => r[0]);
	const [days, campaigns, spikeRows, dailyMetrics, periodPosts, events] = await Promise.all([
		db.query<DailyPoint>(sql`SELECT strftime(day, '%Y-%m-%d') AS day, fans_total, fans_added,
		fans_removed, fans_added_paid, reach_total, reach_organic, reach_paid, reach_viral, engaged_users, posts_published
		FROM page_daily WHERE page_id = ${page.id} AND day BETWEEN CAST(${period.from} AS DATE) AND CAST(${period.to} AS DATE)
		ORDER BY day`),
		listCampaigns(db, page.id),
		db.query<SpikeRow>(spikeSeriesQuery(page.id, period.from, period.to)),
		db.query<DailyMetricsRow>(dailyMetricsQuery(page.id, period.from, period.to)),
		postMetrics(period.from, period.to),
		calendarFor(db, page, period.from, period.to)
	]);
	const ledger: LedgerEntry[] = campaigns
		.filter((c) => c.end >= period.from && c.start <= period.to)
		.map((c) => ({
			id: String(c.id),
			channel: c.channel,
			label: c.label,
			start: c.start,
			end: c.end,
			cost: c.cost,
			hours: c.hours,
			hourlyRate: c.hourly_rate,
			promisedQty: c.promised_qty,
			currency: c.currency
		}));
	const first = ledger
		.filter((e) => e.channel === 'bought' || e.channel === 'exchange')
		.sort((a, b) => (a.start < b.start ? -1 : 1))[0];
	const windows = first
		? {
				before: [shift(first.start, -90), shift(first.start, -1)] as [string, string],
				after: [shift(first.end, 1), shift(first.end, 90)] as [string, string]
			}
		: null;
	const [before, after] =
		periodPosts.posts_used_m7 + periodPosts.posts_used_m8 === 0 || !windows
			? [null, null]
			: await Promise.all([postMetrics(...windows.before), postMetrics(...windows.after)]);
	const posts =
		periodPosts.posts_used_m7 + periodPosts.posts_used_m8 === 0
			? null
			: { period: periodPosts, before, after };
	const input: ReportInputs = {
		page: { slug: page.slug, name: page.name, platform: page.platform },
		period,
		days,
		ledger,
		currency: mainCurrency(ledger),
		spikeRows,
		dailyMetrics,
		posts,
		dilutionWindows: windows,
		events
	};
	return input;
}
