import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { pickLang } from '$lib/i18n';
import { securityText } from '$lib/i18n/security';
import { store } from '$lib/server/store';
import { addSecurityHeaders } from '$lib/server/security/headers';
import { hostAllowed, hostName } from '$lib/server/security/hosts';
import { originAllowed, trustedOrigins } from '$lib/server/security/origin';
import { loginRequired, SESSION_COOKIE, sessionUser } from '$lib/server/security/sessions';
import { isShareRequest } from '$lib/server/security/share-paths';

export const init: ServerInit = async () => {
	await store();
};

const refuse = (status: number, text: string) => {
	const response = new Response(text + '\n', {
		status,
		headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }
	});
	addSecurityHeaders(response.headers);
	return response;
};

export const handle: Handle = async ({ event, resolve }) => {
	const { request, url } = event;
	const asked = url.searchParams.get('lang');
	const lang = pickLang(asked ?? event.cookies.get('lang'), request.headers.get('accept-language'));
	const s = securityText(lang);
	// DNS rebinding: only the names this server is meant to be reached by
	const host = request.headers.get('host');
	if (!hostAllowed(host)) return refuse(421, s.hostRefused(hostName(host) ?? host ?? ''));
	// other sites get nothing: no CORS grant, and no state change without our own Origin
	const origin = request.headers.get('origin');
	const ours = !origin || origin === url.origin || trustedOrigins().includes(origin);
	if (request.method === 'OPTIONS') {
		if (!ours) return refuse(403, s.preflightRefused);
		const response = new Response(null, { status: 204, headers: { allow: 'GET, HEAD, POST' } });
		addSecurityHeaders(response.headers);
		return response;
	}
	if (!originAllowed(request.method, origin, url.origin, trustedOrigins()))
		return refuse(403, s.crossSite);

	if (asked === 'en' || asked === 'fr')
		event.cookies.set('lang', asked, {
			path: '/',
			httpOnly: false,
			sameSite: 'lax',
			maxAge: 31536000
		});
	event.locals.lang = lang;
	// served beyond this computer: every page but the sign-in page and share links needs a session
	if (loginRequired()) {
		const user = sessionUser(event.cookies.get(SESSION_COOKIE));
		if (user) event.locals.user = user;
		else if (url.pathname !== '/login' && !isShareRequest(request.method, url.pathname)) {
			if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(401, s.loginNeeded);
			const next = url.pathname + url.search;
			return new Response(null, {
				status: 303,
				headers: {
					location: `/login?next=${encodeURIComponent(next)}`,
					'cache-control': 'no-store'
				}
			});
		}
	}
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%sablier.lang%', lang)
	});
	try {
		addSecurityHeaders(response.headers);
	} catch {
		// immutable headers (a fetched response passed through): return it as is
	}
	return response;
};

/** Unexpected errors: the stack goes to the server log with an id; the browser gets plain words. */
export const handleError: HandleServerError = ({ error, event, status }) => {
	const errorId = crypto.randomUUID().slice(0, 8);
	if (status !== 404)
		console.error(
			// a share link's address is its secret: never in a log
			`[${errorId}] ${event.request.method} ${event.url.pathname.startsWith('/s/') ? '/s/…' : event.url.pathname}`,
			error
		);
	return { message: status === 404 ? 'Not found' : 'Internal error', errorId };
};
