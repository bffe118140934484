import { hostname, networkInterfaces } from 'node:os';

/**
 * DNS rebinding: a web page the user visits can make its own name (evil.example) point at
 * 127.0.0.1 and then talk to this server through the browser, as a same-origin page. The browser
 * still sends `Host: evil.example`, so the server answers only the names it is meant to be reached
 * by: the loopback names, the names in SABLIER_ALLOWED_HOSTS (comma-separated), ORIGIN's host, and,
 * when it listens beyond this computer, the machine's own name and addresses.
 */

const LOOPBACK = ['localhost', '127.0.0.1', '::1'];

/** Is `host` (an address or name the server listens on) this computer only? */
export function isLoopback(host: string): boolean {
	const h = host.replace(/^\[|\]$/g, '').toLowerCase();
	return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/** The host name in a Host header, lower-cased, without port or IPv6 brackets; null when malformed. */
export function hostName(header: string | null | undefined): string | null {
	if (!header) return null;
	const h = header.trim().toLowerCase();
	const m = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(h) ?? /^([a-z0-9.-]+)(?::\d{1,5})?$/.exec(h);
	if (!m) return null;
	return m[1].replace(/\.$/, '');
}

export interface HostEnv {
	/** the address `sablier serve` listens on (SABLIER_BIND_HOST) */
	bind?: string;
	/** SABLIER_ALLOWED_HOSTS */
	allowed?: string;
	/** ORIGIN (behind a proxy) */
	origin?: string;
}

/** Every host name the server answers, for the given environment. */
export function allowedHosts(env: HostEnv): Set<string> {
	const out = new Set(LOOPBACK);
	for (const name of (env.allowed ?? '').split(',')) {
		const h = hostName(name.trim());
		if (h) out.add(h);
	}
	if (env.origin) {
		try {
			out.add(new URL(env.origin).hostname.replace(/^\[|\]$/g, '').toLowerCase());
		} catch {
			// an invalid ORIGIN is adapter-node's to report
		}
	}
	const bind = env.bind?.replace(/^\[|\]$/g, '').toLowerCase();
	if (bind && !isLoopback(bind)) {
		if (bind !== '0.0.0.0' && bind !== '::') out.add(bind);
		else {
			const name = hostname().toLowerCase();
			out.add(name);
			out.add(`${name}.local`);
			for (const list of Object.values(networkInterfaces()))
				for (const a of list ?? []) out.add(a.address.toLowerCase().replace(/%.*$/, ''));
		}
	}
	return out;
}

let cached: { key: string; hosts: Set<string> } | null = null;

/** The allowed hosts for this process's environment (recomputed when it changes). */
export function processAllowedHosts(): Set<string> {
	const env = {
		bind: process.env.SABLIER_BIND_HOST,
		allowed: process.env.SABLIER_ALLOWED_HOSTS,
		origin: process.env.ORIGIN
	};
	const key = JSON.stringify(env);
	if (cached?.key !== key) cached = { key, hosts: allowedHosts(env) };
	return cached.hosts;
}

/** Should a request carrying this Host header be answered? */
export function hostAllowed(header: string | null | undefined, hosts = processAllowedHosts()) {
	const h = hostName(header);
	return h !== null && hosts.has(h);
}
