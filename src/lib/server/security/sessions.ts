import { createHash, randomBytes } from 'node:crypto';
import { appendFile } from 'node:fs/promises';

/**
 * Sign-in sessions, in the server's memory (a restart signs everyone out): the browser holds a
 * random 256-bit token in an HttpOnly cookie; the server keeps only its SHA-256.
 */
export const SESSION_COOKIE = 'sablier_session';
export const SESSION_HOURS = 12;

const sessions = new Map<string, { user: string; expires: number }>();
const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export function createSession(user: string, now = Date.now()): string {
	const token = randomBytes(32).toString('base64url');
	sessions.set(digest(token), { user, expires: now + SESSION_HOURS * 3_600_000 });
	return token;
}

export function sessionUser(token: string | undefined, now = Date.now()): string | null {
	if (!token) return null;
	const s = sessions.get(digest(token));
	if (!s) return null;
	if (s.expires <= now) {
		sessions.delete(digest(token));
		return null;
	}
	return s.user;
}

export function dropSession(token: string | undefined): void {
	if (token) sessions.delete(digest(token));
}

/**
 * Failed sign-ins are limited per client address and per user name: after MAX_FAILURES within
 * WINDOW_MS, further attempts are refused until the window has passed (even a right password).
 */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;
const failures = new Map<string, number[]>();

/** Minutes left before `keys` may try again; 0 when they may. */
export function lockedFor(keys: string[], now = Date.now()): number {
	let until = 0;
	for (const k of keys) {
		const recent = (failures.get(k) ?? []).filter((t) => now - t < WINDOW_MS);
		failures.set(k, recent);
		if (recent.length >= MAX_FAILURES) until = Math.max(until, recent[0] + WINDOW_MS);
	}
	return until ? Math.ceil((until - now) / 60_000) : 0;
}

export function recordFailure(keys: string[], now = Date.now()): void {
	for (const k of keys) failures.set(k, [...(failures.get(k) ?? []), now]);
}

export function clearFailures(keys: string[]): void {
	for (const k of keys) failures.delete(k);
}

/** Is a sign-in required? (`sablier serve` beyond this computer, or SABLIER_REQUIRE_LOGIN=1) */
export function loginRequired(): boolean {
	return process.env.SABLIER_AUTH === 'required' || process.env.SABLIER_REQUIRE_LOGIN === '1';
}

/**
 * The access log beside the store (`<store>.access.log`, mode 0600, one JSON object a line):
 * sign-ins (success or failure, user, address), sign-outs, share-link views. Also on stderr.
 */
export async function logAccess(dbPath: string, event: Record<string, unknown>): Promise<void> {
	const line = JSON.stringify({ at: new Date().toISOString(), ...event });
	process.stderr.write(`access: ${line}\n`);
	await appendFile(`${dbPath}.access.log`, line + '\n', { mode: 0o600 }).catch((e) =>
		process.stderr.write(`access log not written: ${(e as Error).message}\n`)
	);
}
