/** Pages per result page on the home page and a workspace's page. */
export const PAGE_SIZE = 50;

/** The result page asked for in `?p=`, 1 when absent or not a whole number ≥ 1. */
export function pageOf(url: URL): number {
	const p = Number(url.searchParams.get('p'));
	return Number.isInteger(p) && p >= 1 && p <= 1_000_000 ? p : 1;
}

/** The URL of result page `p`, the search kept (a confirmation such as `?done=` is not). */
export function pageHref(url: URL, p: number): string {
	const params = new URLSearchParams(url.searchParams);
	params.delete('done');
	params.delete('name');
	if (p === 1) params.delete('p');
	else params.set('p', String(p));
	const s = params.toString();
	return `${url.pathname}${s ? `?${s}` : ''}`;
}
