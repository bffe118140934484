import type { Progress } from '../lib/server/import-files.ts';
import type { CliText } from './text.ts';

/** Where the progress line is written: the CLI's stderr, or a test's stand-in. */
export interface LineStream {
	isTTY?: boolean;
	write(text: string): unknown;
}

/**
 * A progress line for `sablier import`, rewritten in place (`\r`) on a terminal, e.g.
 * `posts.csv: reading 42%`. It is written only when the stream is a terminal, so logs and pipes
 * stay clean, and only when the percentage or phase changes.
 */
export function progressLine(stream: LineStream, t: CliText) {
	let last = '';
	return {
		update(p: Progress) {
			if (!stream.isTTY) return;
			const pct = p.total > 0 ? Math.floor((100 * p.done) / p.total) : 0;
			const line = `${p.file}: ${t.phases[p.phase]} ${pct}%`;
			if (line === last) return;
			last = line;
			stream.write(`\r\x1b[K${line}`);
		},
		done() {
			if (stream.isTTY && last) stream.write('\r\x1b[K');
			last = '';
		}
	};
}
