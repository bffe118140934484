import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { pickLang } from '$lib/i18n';
import { store } from '$lib/server/store';

export const init: ServerInit = async () => {
	await store();
};

export const handle: Handle = async ({ event, resolve }) => {
	const asked = event.url.searchParams.get('lang');
	if (asked === 'en' || asked === 'fr')
		event.cookies.set('lang', asked, {
			path: '/',
			httpOnly: false,
			sameSite: 'lax',
			maxAge: 31536000
		});
	const lang = pickLang(
		asked ?? event.cookies.get('lang'),
		event.request.headers.get('accept-language')
	);
	event.locals.lang = lang;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%sablier.lang%', lang) });
};

/** Unexpected errors: the stack goes to the server log with an id; the browser gets plain words. */
export const handleError: HandleServerError = ({ error, event, status }) => {
	const errorId = crypto.randomUUID().slice(0, 8);
	if (status !== 404)
		console.error(`[${errorId}] ${event.request.method} ${event.url.pathname}`, error);
	return { message: status === 404 ? 'Not found' : 'Internal error', errorId };
};
