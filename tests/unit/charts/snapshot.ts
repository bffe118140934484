import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '__snapshots__');

/** Numbers rounded to two decimals, so a float's last digit cannot break a snapshot. */
export function normalise(svg: string): string {
	return svg
		.replace(/\d+\.\d{3,}/g, (n) => String(Number(Number(n).toFixed(2))))
		.replace(/></g, '>\n<');
}

/**
 * The Observable Plot way: one file per chart under __snapshots__. A missing file is written;
 * a different rendering writes `<name>.changed.svg` next to it and fails, so the change can be
 * looked at, then accepted by renaming it (or deleting the old file).
 */
export function expectSvgSnapshot(name: string, svg: string): void {
	mkdirSync(DIR, { recursive: true });
	const file = join(DIR, `${name}.svg`);
	const actual = normalise(svg) + '\n';
	if (!existsSync(file)) {
		writeFileSync(file, actual);
		expect(existsSync(file)).toBe(true);
		return;
	}
	const expected = readFileSync(file, 'utf8');
	if (expected !== actual) writeFileSync(join(DIR, `${name}.changed.svg`), actual);
	expect(actual === expected, `${name}.svg changed: see ${name}.changed.svg`).toBe(true);
}
