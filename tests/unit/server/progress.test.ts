import { describe, expect, it } from 'vitest';
import { progressLine } from '../../../src/cli/progress.ts';
import { cliText } from '../../../src/cli/text.ts';

const steps = [
	{ file: 'a.csv', phase: 'check', done: 0, total: 200 },
	{ file: 'a.csv', phase: 'check', done: 1, total: 200 },
	{ file: 'a.csv', phase: 'check', done: 100, total: 200 },
	{ file: 'a.csv', phase: 'read', done: 150, total: 200 },
	{ file: 'a.csv', phase: 'save', done: 200, total: 200 }
] as const;

describe('CLI progress line', () => {
	it('on a terminal: rewritten in place when the percentage or phase changes, cleared at the end', () => {
		const out: string[] = [];
		const line = progressLine({ isTTY: true, write: (s) => out.push(s) }, cliText('en'));
		for (const s of steps) line.update(s);
		line.done();
		expect(out).toEqual([
			'\r\x1b[Ka.csv: checking 0%',
			'\r\x1b[Ka.csv: checking 50%',
			'\r\x1b[Ka.csv: reading 75%',
			'\r\x1b[Ka.csv: saving 100%',
			'\r\x1b[K'
		]);
	});

	it('in French, and never when stderr is not a terminal', () => {
		const out: string[] = [];
		const fr = progressLine({ isTTY: true, write: (s) => out.push(s) }, cliText('fr'));
		fr.update(steps[3]);
		expect(out).toEqual(['\r\x1b[Ka.csv: lecture 75%']);
		const piped: string[] = [];
		const line = progressLine({ isTTY: false, write: (s) => piped.push(s) }, cliText('en'));
		for (const s of steps) line.update(s);
		line.done();
		expect(piped).toEqual([]);
	});
});
