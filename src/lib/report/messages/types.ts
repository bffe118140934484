import { z } from 'zod';

/**
 * A message: a code and its parameters (raw numbers, ISO days, channel and reason codes, user
 * text). The catalogue (catalogue.ts) renders it in English or French; the report keeps both the
 * message and its rendering, so a reader can re-render it in the other language.
 */
export const messageSchema = z.object({ code: z.string(), params: z.record(z.string(), z.json()) });
export type Message = z.infer<typeof messageSchema>;

/** A range as the messages carry it (analytics Range, bounds null where unknown). */
export interface R {
	n: number;
	lo: number | null;
	hi: number | null;
}

/** A campaign's ledger label, or, when it has none, its channel and first day. */
export type Label =
	| string
	| { channel: string; start: string }
	/** contiguous entries of one channel, assessed together as one run */
	| { run: (string | { channel: string; start: string })[] };

export type Outcome = 'fansAdded' | 'engagedUsers' | 'reachOrganic';

/** The parameters of every code. */
export interface Params {
	'section.channels': Record<string, never>;
	'section.campaigns': Record<string, never>;
	'section.anomalies': Record<string, never>;
	'section.dilution': Record<string, never>;
	'section.costs': Record<string, never>;
	/** Of about N bought fans, almost none are still following after a year; of organic… */
	'headline.compare': {
		channel: string;
		acquired: number;
		s: R;
		projected: boolean;
		organic: number;
		os: R;
		oprojected: boolean;
	};
	'headline.one': { channel: string; acquired: number; s: R; projected: boolean };
	'headline.growth': { from: string; to: string; first: number | null; last: number | null };
	'channel.acquired': { channel: string; fans: R; source: Message[] };
	'channel.survival': { s: R; projected: boolean };
	'channel.halfLife': { d: R };
	'channel.halfLifeLong': { horizon: number };
	'channel.notIdentifiable': { channel: string; reason: Message };
	'reach.split': { parts: { source: string; fans: R }[] };
	/** note: the first level-2 claim of a campaign states the assumption in full */
	'campaign.effect2': {
		label: Label;
		outcome: Outcome;
		lead: 'label' | 'same' | 'none';
		e: R;
		note: boolean;
		/** Model A compared with the previous trend adjusted for the yearly season */
		seasonal?: boolean;
	};
	'campaign.effect1': {
		label: Label;
		outcome: Outcome;
		lead: 'label' | 'same' | 'none';
		e: R;
		seasonal?: boolean;
	};
	'campaign.effect0': {
		label: Label;
		outcome: Outcome;
		lead: 'label' | 'same' | 'none';
		e: R;
		seasonal?: boolean;
	};
	'campaign.cantTell': {
		label: Label;
		lead: 'label' | 'same' | 'none';
		items: { outcome: Outcome; lo: number | null; hi: number | null }[];
	};
	'campaign.partlyRefused': {
		label: Label;
		lead: 'label' | 'same' | 'none';
		outcomes: Outcome[];
		reason: string;
	};
	'campaign.refused': { labels: Label[]; reason: string };
	'campaign.level1Note': Record<string, never>;
	'campaign.none': Record<string, never>;
	/** the yearly season could not be checked for some campaigns (< 1 year of data before) */
	'campaign.seasonUnchecked': Record<string, never>;
	/** the ledger's promised quantity against the data */
	'ledger.check': { label: Label; promised: number; observed: R | null; status: string };
	/** a channel whose entries brought no detectable fans */
	'channel.none': { channel: string };
	'anomaly.group': { cls: string; items: { day: string; fans: number }[] };
	'anomaly.askLedger': { several: boolean };
	'anomaly.none': Record<string, never>;
	'anomaly.noneNet': Record<string, never>;
	'anomaly.noSeries': Record<string, never>;
	'anomaly.tooShort': Record<string, never>;
	'anomaly.netNote': { partly: boolean };
	'dilution.er': { er: number; adj: number };
	'dilution.share': { s: R };
	'dilution.signatureYes': Record<string, never>;
	'dilution.signatureNo': Record<string, never>;
	'dilution.none': Record<string, never>;
	'cost.channel': {
		channel: string;
		amount: number;
		currency: string;
		retained: R | null;
	};
	'cost.mixed': { channel: string; amounts: { currency: string; amount: number }[] };
	'cost.note': Record<string, never>;
	'cost.noValue': Record<string, never>;
	'cost.roi': { channel: string; roiPct: number };
	'caveat.ranges': Record<string, never>;
	'caveat.bought': Record<string, never>;
	'caveat.value': Record<string, never>;
	/** a calendar event carries both languages; a user's own event, its text */
	'caveat.event': { day: string; description: string | { en: string; fr: string } };
	'caveat.notConverged': Record<string, never>;
	'caveat.currencies': { currencies: string[] };
	/** Model B's fit: refits left out, days left out or imputed */
	'caveat.refits': { failed: number; total: number };
	'caveat.excludedDays': { days: number };
	'caveat.imputedDays': { days: number };
	/** a platform clean-up (reconciliation gap) taken out of the survivors: fans, days */
	'caveat.cleanup': { fans: number; days: number };
	/** how a channel's fans were counted (one code per known method; `raw` keeps unknown text) */
	source: { code: string; raw?: string };
	/** why a channel's survival cannot be estimated */
	reason: { code: string; raw?: string; values?: string[] };
	/** Model D gave no numbers */
	'reach.refused': { reason: Message };
	/** one piece of evidence about a spike */
	signal: { code: string; values: string[]; raw: string };
	/** the refusal of a ledger entry's currency */
	'currency-invalid': { value: string; suggestion: string | null };
}
export type Code = keyof Params;

export function msg<K extends Code>(code: K, params: Params[K]): Message {
	return { code, params: params as Message['params'] };
}
