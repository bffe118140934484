import { describe, expect, it } from 'vitest';
import { pageHref, pageOf } from '../../../src/lib/workspaces/paging.ts';

describe('result pages', () => {
	it('reads ?p= as a whole number ≥ 1, else 1', () => {
		const p = (q: string) => pageOf(new URL(`http://x/${q}`));
		expect([
			p(''),
			p('?p=3'),
			p('?p=0'),
			p('?p=-2'),
			p('?p=2.5'),
			p('?p=abc'),
			p('?p=1e9')
		]).toEqual([1, 3, 1, 1, 1, 1, 1]);
	});

	it('links to another result page, keeping the search', () => {
		const url = new URL('http://x/workspaces/acme?q=caf%C3%A9&p=3');
		expect(pageHref(url, 4)).toBe('/workspaces/acme?q=caf%C3%A9&p=4');
		expect(pageHref(url, 1)).toBe('/workspaces/acme?q=caf%C3%A9');
		expect(pageHref(new URL('http://x/?p=2'), 1)).toBe('/');
		expect(pageHref(new URL('http://x/?done=deleted&name=Acme'), 2)).toBe('/?p=2');
	});
});
