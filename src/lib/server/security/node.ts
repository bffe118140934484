import type { IncomingMessage, ServerResponse } from 'node:http';
import { pickLang } from '../../i18n/index.ts';
import { securityText } from '../../i18n/security.ts';
import { FALLBACK_CSP, SECURITY_HEADERS } from './headers.ts';
import { hostAllowed, hostName } from './hosts.ts';

/**
 * The first thing `sablier serve` does with every request, static files included (they are served
 * before SvelteKit's hooks run): refuse an unknown Host (DNS rebinding) with 421, and set the
 * security headers. Returns false when the request was answered here.
 */
export function guardNode(req: IncomingMessage, res: ServerResponse): boolean {
	for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
	const host = req.headers.host;
	if (hostAllowed(host)) return true;
	const s = securityText(pickLang(null, req.headers['accept-language']));
	res.writeHead(421, {
		'content-type': 'text/plain; charset=utf-8',
		'cache-control': 'no-store',
		'content-security-policy': FALLBACK_CSP
	});
	res.end(s.hostRefused(hostName(host) ?? host ?? '') + '\n');
	return false;
}
