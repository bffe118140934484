/**
 * Headers set on every response (pages, endpoints, static files, refusals). The page's
 * Content-Security-Policy comes from SvelteKit (kit.csp in svelte.config.js, with nonces);
 * responses without one (endpoints, files, refusals) get FALLBACK_CSP, which allows nothing to run.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'referrer-policy': 'same-origin',
	'cross-origin-opener-policy': 'same-origin',
	'cross-origin-resource-policy': 'same-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()'
};

export const FALLBACK_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/** Adds the security headers to a response's (mutable) headers, keeping a CSP already there. */
export function addSecurityHeaders(headers: Headers): void {
	for (const [k, v] of Object.entries(SECURITY_HEADERS))
		// a share link's stricter `no-referrer` stays (its address is the secret)
		if (!(k === 'referrer-policy' && headers.get(k) === 'no-referrer')) headers.set(k, v);
	if (!headers.has('content-security-policy')) headers.set('content-security-policy', FALLBACK_CSP);
}
