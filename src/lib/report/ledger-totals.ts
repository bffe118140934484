/** One ledger entry as the ledger view lists it (the store's columns). */
export interface LedgerRow {
	channel: string;
	cost: number | null;
	currency: string | null;
	hours: number | null;
	hourly_rate: number | null;
}

export interface LedgerTotal {
	channel: string;
	/** the entries' currency; null when none was given */
	currency: string | null;
	entries: number;
	cash: number | null;
	hours: number | null;
	/** hours × hourly rate, over the entries that have both */
	valuedHours: number | null;
	/** hours recorded without a rate (not valued) */
	unvaluedHours: number;
}

/** Totals per channel AND currency (amounts in different currencies are never added up). */
export function ledgerTotals(rows: readonly LedgerRow[]): LedgerTotal[] {
	const out = new Map<string, LedgerTotal>();
	const add = (a: number | null, b: number | null) => (b === null ? a : (a ?? 0) + b);
	for (const r of rows) {
		const key = `${r.channel}|${r.currency ?? ''}`;
		const t = out.get(key) ?? {
			channel: r.channel,
			currency: r.currency,
			entries: 0,
			cash: null,
			hours: null,
			valuedHours: null,
			unvaluedHours: 0
		};
		t.entries++;
		t.cash = add(t.cash, r.cost);
		t.hours = add(t.hours, r.hours);
		if (r.hours !== null && r.hourly_rate !== null)
			t.valuedHours = add(t.valuedHours, r.hours * r.hourly_rate);
		else if (r.hours !== null) t.unvaluedHours += r.hours;
		out.set(key, t);
	}
	return [...out.values()].sort(
		(a, b) =>
			a.channel.localeCompare(b.channel) || (a.currency ?? '').localeCompare(b.currency ?? '')
	);
}
