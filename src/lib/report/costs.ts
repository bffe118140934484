import { channelCost, costPerAcquired } from '../analytics/roi.ts';
import type { LedgerEntry, Range } from '../analytics/types.ts';
import type { Report } from './schema.ts';

export interface CostRow {
	channel: string;
	cash: number | null;
	time: number | null;
	unvaluedHours: number;
	/** cash + valued hours: the report's channel cost */
	total: number | null;
	acquired: Range;
	perAcquired: Range | null;
	perRetained6: Range | null;
	perRetained12: Range | null;
}

/**
 * The costs view's rows: each report channel's cost split into cash and valued hours (the
 * ledger prorated to the period, as the report counts it), with its cost per fan acquired and
 * per fan still there after 6 and 12 months (the report's ranges). Channels without any cost
 * are left out.
 */
export function costRows(report: Report, ledger: readonly LedgerEntry[]): CostRow[] {
	return report.channels.flatMap((c) => {
		const entries = ledger.filter((e) =>
			c.channel === 'organic' ? e.channel === 'organic_work' : e.channel === c.channel
		);
		const split = channelCost(entries, report.period.from, report.period.to);
		if (c.cost === null && split.unvaluedHours === 0) return [];
		return [
			{
				channel: c.channel,
				cash: split.cash,
				time: split.time,
				unvaluedHours: split.unvaluedHours,
				total: c.cost,
				acquired: c.fansAcquired,
				perAcquired: costPerAcquired(c.cost, c.fansAcquired),
				perRetained6: c.costPerRetainedFan.m6,
				perRetained12: c.costPerRetainedFan.m12
			}
		];
	});
}
