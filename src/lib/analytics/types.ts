/**
 * Shared shapes of the analytics core (analytics.md §7). Pure: no SvelteKit, no DuckDB handle.
 * A Range is a 90 % interval (5th–95th percentile, or ± t·SE); a bound is null where the data
 * cannot bound it (e.g. a half-life longer than the data covers).
 */
export interface Range {
	estimate: number | null;
	low: number | null;
	high: number | null;
}

/** 0: description only · 1: association (model-based) · 2: quasi-experimental (pre-trend + placebo). */
export type EvidenceLevel = 0 | 1 | 2;

export const CHANNELS = ['bought', 'exchange', 'ads', 'contest', 'organic_work', 'other'] as const;
export type LedgerChannel = (typeof CHANNELS)[number];

/** One ledger entry as the analytics see it; days are ISO, both inclusive. */
export interface LedgerEntry {
	id: string;
	channel: LedgerChannel;
	label: string | null;
	start: string;
	end: string;
	cost: number | null;
	hours: number | null;
	hourlyRate: number | null;
	promisedQty: number | null;
	/** ISO 4217 code of cost and hourly rate; null = the report's default currency */
	currency?: string | null;
}

/** One day of a page as the analytics read it (canonical names; null = unknown, never 0). */
export interface DailyPoint {
	day: string;
	fans_total: number | null;
	fans_added: number | null;
	fans_removed: number | null;
	fans_added_paid: number | null;
	reach_total: number | null;
	reach_organic: number | null;
	reach_paid: number | null;
	reach_viral: number | null;
	engaged_users: number | null;
	posts_published: number | null;
}
