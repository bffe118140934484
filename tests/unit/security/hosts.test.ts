import { describe, expect, it } from 'vitest';
import {
	allowedHosts,
	hostAllowed,
	hostName,
	isLoopback
} from '../../../src/lib/server/security/hosts';
import { originAllowed } from '../../../src/lib/server/security/origin';

describe('Host header parsing', () => {
	it.each([
		['localhost:3000', 'localhost'],
		['LOCALHOST', 'localhost'],
		['127.0.0.1:80', '127.0.0.1'],
		['[::1]:3000', '::1'],
		['[::1]', '::1'],
		['example.org.', 'example.org'],
		['', null],
		[null, null],
		['evil.example:3000:1', null],
		['a b', null],
		['[::1', null],
		['user@localhost', null]
	])('%s → %s', (header, name) => expect(hostName(header)).toBe(name));
});

describe('allowed hosts', () => {
	const loop = allowedHosts({ bind: '127.0.0.1' });
	it('loopback names only by default', () => {
		expect([...loop].sort()).toEqual(['127.0.0.1', '::1', 'localhost']);
		expect(hostAllowed('localhost:4000', loop)).toBe(true);
		expect(hostAllowed('[::1]:4000', loop)).toBe(true);
		expect(hostAllowed('evil.example:4000', loop)).toBe(false);
		expect(hostAllowed('localhost.evil.example', loop)).toBe(false);
		expect(hostAllowed('127.0.0.2', loop)).toBe(false);
	});
	it('adds configured names, ORIGIN’s host and a specific bind address', () => {
		const hosts = allowedHosts({
			bind: '192.168.1.20',
			allowed: 'sablier.agency.lan, Reports.Example.ORG:443,,',
			origin: 'https://dash.example.com'
		});
		for (const h of [
			'sablier.agency.lan',
			'reports.example.org',
			'dash.example.com',
			'192.168.1.20'
		])
			expect(hosts.has(h), h).toBe(true);
		expect(hosts.has('evil.example')).toBe(false);
	});
	it('bound to every interface: the machine’s own addresses, never any name', () => {
		const hosts = allowedHosts({ bind: '0.0.0.0' });
		expect(hosts.has('127.0.0.1')).toBe(true);
		expect(hosts.has('evil.example')).toBe(false);
	});
	it('loopback addresses', () => {
		expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'].every(isLoopback)).toBe(true);
		expect(['0.0.0.0', '::', '192.168.1.2', 'example.org'].some(isLoopback)).toBe(false);
	});
});

describe('origin rule', () => {
	const own = 'http://127.0.0.1:3000';
	it('safe methods pass whatever their origin', () => {
		for (const m of ['GET', 'HEAD', 'OPTIONS'])
			expect(originAllowed(m, 'http://evil.example', own)).toBe(true);
	});
	it('a state change needs our own origin (or a trusted one): foreign, null and absent are refused', () => {
		for (const m of ['POST', 'PUT', 'PATCH', 'DELETE']) {
			expect(originAllowed(m, own, own)).toBe(true);
			expect(originAllowed(m, 'http://evil.example', own)).toBe(false);
			expect(originAllowed(m, 'null', own)).toBe(false);
			expect(originAllowed(m, null, own)).toBe(false);
			expect(originAllowed(m, 'http://127.0.0.1:3001', own)).toBe(false);
			expect(originAllowed(m, 'https://dash.example', own, ['https://dash.example'])).toBe(true);
		}
	});
});
