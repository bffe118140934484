/**
 * The analytics core describes a channel's counting method, why survival cannot be estimated and
 * the evidence about a spike in English text. These functions turn that text into codes and
 * parameters the catalogue renders in both languages. Text they do not recognise keeps its code
 * 'raw': English shows it as it is, French says that the detail is only available in English
 * (never an English phrase inside a French sentence). Pure.
 */
import { msg, type Message } from './types.ts';

const SOURCES: Record<string, string> = {
	'spike excess': 'spike-excess',
	'promised quantity': 'promised',
	'paid new fans in the export': 'paid-adds',
	'excess over the usual daily pace': 'usual-pace',
	'excess over the previous trend': 'trend-excess',
	'spikes nobody declared': 'undeclared',
	'new fans minus everything attributed to other channels': 'organic-rest',
	'excess over the usual daily pace before the entry': 'usual-pace',
	'no detectable effect': 'none-detectable'
};

/** Model B's method codes, when the channel carries them (`sourceCodes`). */
const METHOD_CODES: Record<string, string> = {
	paid_new_fans: 'paid-adds',
	spike_excess: 'spike-excess',
	trend_excess: 'trend-excess',
	pace_excess: 'usual-pace',
	remainder: 'organic-rest'
};

/** "spike excess; promised quantity" → two source messages; method codes win when given. */
export function sourceMessages(text: string | null, codes?: readonly string[]): Message[] {
	if (codes?.length)
		return codes.map((c) =>
			msg('source', METHOD_CODES[c] ? { code: METHOD_CODES[c] } : { code: 'raw', raw: c })
		);
	if (!text) return [];
	return text
		.split('; ')
		.map((t) => t.trim())
		.filter(Boolean)
		.map((t) => msg('source', SOURCES[t] ? { code: SOURCES[t] } : { code: 'raw', raw: t }));
}

const REASONS: [RegExp, string][] = [
	[/^no day with known removals/, 'no-removals-at-risk'],
	[/^daily removals are missing/, 'no-removals'],
	[/^too few /, 'too-few']
];

export function reasonMessage(text: string | null): Message | null {
	if (!text) return null;
	const hit = REASONS.find(([re]) => re.test(text));
	return msg('reason', hit ? { code: hit[1] } : { code: 'raw', raw: text });
}

/** Why Model D (the split of new fans by source of reach) gave no numbers. */
const REACH_REASONS: [string, RegExp][] = [
	['reach-unknown', /^no reach by source is known/],
	['reach-few-days', /^(\d+) usable days \((\d+) dropped\), needs (\d+)/],
	['reach-no-df', /^no residual degrees of freedom \((\d+) days\)/]
];

export function reachReasonMessage(text: string): Message {
	for (const [code, re] of REACH_REASONS) {
		const m = re.exec(text);
		if (m) return msg('reason', { code, values: m.slice(1) });
	}
	return msg('reason', { code: 'raw', raw: text });
}

/** Each known signal of spikes-classify.ts: its code and the pattern of its values. */
const SIGNALS: [string, RegExp][] = [
	['conversion', /^new fans per 1,000 reach (\S+) vs usual (\S+) \(robust z (\S+)\)/],
	['no-lift', /^no engagement lift: engaged users (\S+) vs usual (\S+) \(robust z (\S+)\)/],
	['round-size', /^round size: excess of (\S+) fans is within (\S+) of a (\S+) pack/],
	['no-posting', /^no posting: 0 posts published from (\S+) to (\S+)/],
	[
		'purge',
		/^purge step: fans_total fell (\S+) more than unfollows explain on (\S+) \((\S+) days after\)/
	],
	['declared', /^declared in the ledger: (.*) \((\w+), (\S+) to (\S+)\)$/],
	['ads', /^explained by ads: paid share of reach (\S+)/],
	[
		'reach',
		/^explained by reach \(viral or featured\): engaged users robust z (\S+) with new fans per 1,000 reach robust z (\S+)/
	],
	[
		'churn',
		/^post-spike churn: (\S+) unfollows above the usual pace in the (\S+) days after = (\S+) of the excess vs (\S+) for organic fans/
	],
	['net-only', /^net-only: /]
];

export function signalMessage(text: string): Message {
	for (const [code, re] of SIGNALS) {
		const m = re.exec(text);
		if (m) return msg('signal', { code, values: m.slice(1), raw: text });
	}
	return msg('signal', { code: 'raw', values: [], raw: text });
}
