/**
 * A moment's calendar day on this machine's clock and zone ('YYYY-MM-DD'). The server runs on the
 * CM's own machine: a report issued at 00:30 in Paris is dated that day, not the day before as
 * UTC's date (`toISOString()`) would have it, nor tomorrow after 16:00 in Los Angeles.
 */
export function localDay(at: Date = new Date()): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}`;
}
