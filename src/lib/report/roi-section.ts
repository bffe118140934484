import type { Outcome } from '../analytics/campaign-effects.ts';
import type { EffectResult } from '../analytics/counterfactual.ts';
import { channelCost, roiFromFlows } from '../analytics/roi.ts';
import type { LedgerEntry } from '../analytics/types.ts';
import type { Report } from './schema.ts';

export interface ValueInputs {
	valuePerEngagedUser: number | null;
	valuePerConversion: number | null;
	/** annual discount rate, e.g. 0.1 */
	discountRate: number;
}

const MONTH = 30.4;

/**
 * ROI %, NPV over 36 months and payback per channel — only when the user gave a value (§5.4).
 * Value = value per engaged person × the campaign's incremental engaged people from Model A,
 * counted only where the effect is at least associated (level ≥ 1) and its 90 % range is above 0;
 * it is spread evenly over the months of the campaign and the 30 days after. Cost is spent in
 * month 0. A channel without a measurable engagement gain gets no ROI (null), never a made-up
 * one. Exports carry no conversions, so a value per conversion cannot be used yet.
 */
export function roiByChannel(
	channels: Report['channels'],
	ledger: readonly LedgerEntry[],
	effects: ReadonlyMap<string, Record<Outcome, EffectResult>>,
	value: ValueInputs | null
): Report['roi'] {
	const none = (c: Report['channels'][number]) => ({
		channel: c.channel,
		cost: c.cost,
		roiPct: null,
		npv36: null,
		paybackMonths: null
	});
	if (!value) return { valueInputs: null, byChannel: channels.map(none) };
	const byChannel = channels.map((c) => {
		const v = value.valuePerEngagedUser;
		const entries = ledger.filter((e) => e.channel === c.channel);
		if (v === null || !entries.length || !c.cost) return none(c);
		const flows: number[] = [];
		let gained = false;
		for (const e of entries) {
			const eff = effects.get(e.id)?.engagedUsers.effect;
			if (!eff || eff.evidenceLevel < 1 || eff.low <= 0) continue;
			gained = true;
			const months = Math.max(
				1,
				Math.ceil(((Date.parse(e.end) - Date.parse(e.start)) / 86_400_000 + 31) / MONTH)
			);
			for (let m = 0; m < months; m++) flows[m] = (flows[m] ?? 0) + (v * eff.estimate) / months;
		}
		if (!gained) return none(c);
		const cost = entries.reduce((s, e) => s + (channelCost([e], e.start, e.end).total ?? 0), 0);
		return { channel: c.channel, cost: c.cost, ...roiFromFlows(flows, [cost], value.discountRate) };
	});
	return { valueInputs: value, byChannel };
}
