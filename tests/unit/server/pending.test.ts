import { existsSync, utimesSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	dropPending,
	pendingPath,
	readPending,
	savePending
} from '../../../src/lib/server/pending.ts';

describe('files waiting for a column mapping', () => {
	it('are kept under a random token, read back, dropped; a day-old file is swept', async () => {
		const token = await savePending('x.csv', new TextEncoder().encode('a,b\n'));
		expect(await readPending(token)).toEqual({ name: 'x.csv', bytes: expect.any(Buffer) });
		expect(await readPending('../../etc/passwd')).toBeNull();
		const old = await savePending('old.csv', new Uint8Array([1]));
		const path = pendingPath(old)!;
		const twoDaysAgo = (Date.now() - 2 * 86_400_000) / 1000;
		utimesSync(path, twoDaysAgo, twoDaysAgo);
		await savePending('new.csv', new Uint8Array([2]));
		expect(existsSync(path)).toBe(false);
		await dropPending(token);
		expect(await readPending(token)).toBeNull();
	});
});
