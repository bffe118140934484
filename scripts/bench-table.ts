/**
 * The benchmark's summary: one line per measure of issue 11's table, printed at the end of
 * `npm run bench` as "measure: ours X, reference Y, ratio Z (target T)". Numbers only: nothing
 * here passes or fails (a measure that throws fails the run).
 */
export interface Row {
	measure: string;
	ours: string;
	reference?: string;
	ratio?: number;
	target: string;
}

const rows: Row[] = [];

export const quick = process.argv.includes('--quick');

export function record(row: Row): void {
	rows.push(row);
}

/** The median of `reps` timed calls, in ms. */
export async function median(fn: () => Promise<unknown>, reps = 3): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < reps; i++) {
		const t = performance.now();
		await fn();
		times.push(performance.now() - t);
	}
	return middle(times);
}

export function middle(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
export const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function printTable(): void {
	console.log(
		`\n=== benchmark summary${quick ? ' (--quick: small sizes, not the targets’ scale)' : ''} ===`
	);
	for (const r of rows)
		console.log(
			`${r.measure}: ours ${r.ours}, reference ${r.reference ?? '—'}, ratio ${
				r.ratio === undefined || !Number.isFinite(r.ratio) ? '—' : `${r.ratio.toFixed(2)}×`
			} (target ${r.target})`
		);
}
