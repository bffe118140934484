import { describe, expect, it } from 'vitest';
import { transport } from '../../../src/hooks.ts';
import { isServerRendered, serverRendered } from '../../../src/lib/server-rendered.ts';

const { encode, decode } = transport.ServerRendered;

describe('data rendered on the server only (the analysis views, csr = false)', () => {
	it('is handed to the components as it is, and encoded as a one-character marker', () => {
		const chart = { wide: '<svg>…</svg>'.repeat(1000), narrow: '<svg/>' };
		const data = serverRendered(false, { ready: { chart, rows: [['14 Mar 2024', '1,234']] } });
		expect(data.ready.chart).toBe(chart);
		expect(isServerRendered(data)).toBe(true);
		expect(encode(data)).toBe(1);
	});

	it('leaves every other value to SvelteKit as before (other pages keep their hydration data)', () => {
		expect(encode({ listing: [{ name: 'Fournil des Lilas' }], q: '' })).toBe(false);
		expect(encode(null)).toBe(false);
		expect(encode('text')).toBe(false);
		// only the object marked, not a copy of it, nor what it holds
		const inner = { a: 1 };
		const marked = serverRendered(false, { inner });
		expect(encode({ ...marked })).toBe(false);
		expect(encode(inner)).toBe(false);
	});

	it('is sent whole to a client-side navigation, which renders the view in the browser', () => {
		const data = serverRendered(true, { ready: { rows: [['14 Mar 2024', '1,234']] } });
		expect(isServerRendered(data)).toBe(false);
		expect(encode(data)).toBe(false);
	});

	it('fails loudly if a browser ever receives the marker (its route must not run client script)', () => {
		expect(() => decode(1)).toThrow(/csr = false/);
	});
});
