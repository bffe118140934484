import { describe, expect, it } from 'vitest';
import { readHeader } from '../../../src/lib/server/importers/index.ts';
import { fromBytes, inspect } from '../../../src/lib/server/importers/source.ts';

describe('a waiting file’s header', () => {
	it('is decoded with the whole file’s encoding, even when its front is cut inside a character', async () => {
		const text = 'Jour;Portée;Abonnés\n' + '2024-01-02;12 024;5\n'.repeat(50);
		const bytes = new TextEncoder().encode(text);
		// cut the front inside the two bytes of the first "é"
		const cut = bytes.subarray(0, text.indexOf('é') + 1);
		expect(cut.at(-1)).toBe(0xc3);
		const { encoding } = await inspect(fromBytes('f.csv', bytes), Infinity);
		expect(encoding).toBe('utf-8');
		// guessed from the cut front alone, the bytes are not valid UTF-8: read as Windows-1252
		expect(readHeader(cut)).toEqual(['Jour', 'PortÃ']);
		expect(readHeader(cut, encoding)).toEqual(['Jour', 'Port']);
		expect(readHeader(bytes.subarray(0, 40), encoding)).toEqual(['Jour', 'Portée', 'Abonnés']);
	});

	it('Windows-1252 and UTF-16 files keep their own decoding', async () => {
		const cp = new Uint8Array([...new TextEncoder().encode('Jour;Port'), 0xe9, 0x65, 0x0a]);
		expect((await inspect(fromBytes('c.csv', cp), Infinity)).encoding).toBe('windows-1252');
		expect(readHeader(cp, 'windows-1252')).toEqual(['Jour', 'Portée']);
		const u16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('Date,Portée\n', 'utf16le')]);
		expect(readHeader(u16.subarray(0, 19), 'utf-16le')).toEqual(['Date', 'Por']);
	});
});
