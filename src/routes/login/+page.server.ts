import { fail, redirect } from '@sveltejs/kit';
import { securityText } from '$lib/i18n/security';
import { resolveDbPath } from '$lib/server/db/index';
import { checkLogin } from '$lib/server/security/users';
import {
	clearFailures,
	createSession,
	dropSession,
	lockedFor,
	logAccess,
	loginRequired,
	recordFailure,
	SESSION_COOKIE,
	SESSION_HOURS
} from '$lib/server/security/sessions';
import type { Actions, PageServerLoad } from './$types';

/** Where to go after signing in: a path of this site only (never another origin). */
const safeNext = (next: string | null) =>
	next && next.startsWith('/') && !next.startsWith('//') && !next.includes('\\') ? next : '/';

export const load: PageServerLoad = ({ locals, url }) => ({
	required: loginRequired(),
	user: locals.user ?? null,
	next: safeNext(url.searchParams.get('next'))
});

export const actions: Actions = {
	signin: async ({ request, cookies, getClientAddress, locals, url }) => {
		const s = securityText(locals.lang);
		const form = await request.formData().catch(() => new FormData());
		const name = String(form.get('user') ?? '').trim();
		const password = String(form.get('password') ?? '');
		const next = safeNext(String(form.get('next') ?? '/'));
		const address = getClientAddress();
		const keys = [`ip:${address}`, `user:${name.toLowerCase()}`];
		const dbPath = resolveDbPath();
		const wait = lockedFor(keys);
		if (wait) {
			await logAccess(dbPath, { event: 'login-refused', reason: 'rate', user: name, address });
			return fail(429, { user: name, next, error: s.loginLocked(wait) });
		}
		const user = name && password ? await checkLogin(dbPath, name, password) : null;
		if (!user) {
			recordFailure(keys);
			await logAccess(dbPath, { event: 'login-failed', user: name, address });
			return fail(401, { user: name, next, error: s.loginFailed });
		}
		clearFailures(keys);
		cookies.set(SESSION_COOKIE, createSession(user), {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			maxAge: SESSION_HOURS * 3600
		});
		await logAccess(dbPath, { event: 'login', user, address });
		redirect(303, next);
	},
	logout: async ({ cookies, locals, getClientAddress }) => {
		dropSession(cookies.get(SESSION_COOKIE));
		cookies.delete(SESSION_COOKIE, { path: '/' });
		if (locals.user)
			await logAccess(resolveDbPath(), {
				event: 'logout',
				user: locals.user,
				address: getClientAddress()
			});
		redirect(303, '/login');
	}
};
