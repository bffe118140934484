import { serveShare } from '$lib/server/share-http';
import { store } from '$lib/server/store';
import type { RequestHandler } from './$types';

/**
 * A read-only share link: the one report it names, or the same plain 404 for anything else
 * (every path under /s/ lands here, so none reaches the app's own pages without a session).
 */
export const GET: RequestHandler = async ({ params, url, request, getClientAddress }) =>
	serveShare(await store(), params.token, {
		method: request.method,
		format: url.searchParams.get('format'),
		address: getClientAddress(),
		headers: request.headers
	});
