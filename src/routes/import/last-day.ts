/** The TikTok last day from the form or the stream's query, when it is a real calendar day. */
export function lastDayOption(v: unknown): { lastDay?: string } {
	const s = typeof v === 'string' ? v.trim() : '';
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return {};
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s) ? { lastDay: s } : {};
}
