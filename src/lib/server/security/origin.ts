/**
 * Cross-site requests: a state-changing request (anything but GET, HEAD, OPTIONS) is served only
 * when its Origin header names this very server (or a trusted origin). An absent Origin is
 * refused too: every browser sends one on such requests, and other clients (the CLI) carry a token
 * and are checked elsewhere. `null` (sandboxed frames, file: pages, some redirects) is refused.
 */

export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function originAllowed(
	method: string,
	origin: string | null,
	own: string,
	trusted: readonly string[] = []
): boolean {
	if (SAFE_METHODS.has(method.toUpperCase())) return true;
	if (!origin || origin === 'null') return false;
	return origin === own || trusted.includes(origin);
}

/** Trusted origins besides the server's own: ORIGIN (behind a proxy). */
export function trustedOrigins(): string[] {
	return process.env.ORIGIN ? [process.env.ORIGIN.replace(/\/$/, '')] : [];
}
