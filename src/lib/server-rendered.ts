/**
 * Data that only the server renders. SvelteKit serialises every load's data for the browser's
 * hydration even on a route with `csr = false`, where no script will read it: devalue walks it
 * value by value and its strings character by character (on the demo's campaigns view, 12 ms of
 * each request, for nothing sent). `serverRendered(isDataRequest, data)` marks a load's result;
 * the `transport` hook (src/hooks.ts) then writes a one-character marker in its place, while the
 * server's components receive the data itself. For routes with `csr = false` only (the analysis
 * views). A data request (`__data.json`: a client-side navigation from a page that runs script,
 * such as the home page's links) is the browser asking for the data to render the view itself:
 * it is never marked, and gets all of it. A browser handed the marker fails loudly.
 */
const KEY = Symbol.for('sablier.serverRendered');
const registry = globalThis as { [KEY]?: WeakSet<object> };
// one set per process, even if this module were loaded twice (hooks and routes share it)
const marked = (registry[KEY] ??= new WeakSet<object>());

export function serverRendered<T extends object>(isDataRequest: boolean, data: T): T {
	if (!isDataRequest) marked.add(data);
	return data;
}

export function isServerRendered(value: unknown): boolean {
	return typeof value === 'object' && value !== null && marked.has(value);
}
