import { writeFile } from 'node:fs/promises';
import { getDb, resolveDbPath } from '../lib/server/db/index.ts';
import { pageReport } from '../lib/server/report.ts';
import type { ParsedArgs } from './main.ts';
import { cliText } from './text.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function num(values: ParsedArgs['values'], name: string, min = 0): number | null {
	const raw = str(values[name]);
	if (raw === undefined) return null;
	const n = Number(raw.replace(',', '.'));
	if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min}`);
	return n;
}

/** `sablier report --page <slug> --format json`: the report model (schemaVersion 1). */
export async function runReport({ values }: ParsedArgs): Promise<number> {
	const t = cliText(str(values.lang));
	const slug = str(values.page);
	if (!slug) throw new Error(t.needPage);
	const format = str(values.format) ?? 'json';
	if (format !== 'json')
		throw new Error('format must be json (the printable report comes with the report view)');
	for (const o of ['from', 'to'] as const) {
		const v = str(values[o]);
		if (v !== undefined && (!DAY.test(v) || isNaN(Date.parse(v))))
			throw new Error(t.badDay(`--${o}`));
	}
	const vEngaged = num(values, 'value-per-engaged-user');
	const vConversion = num(values, 'value-per-conversion');
	const rate = num(values, 'discount-rate') ?? 0.1;
	const reps = num(values, 'reps') ?? 200;
	const seed = num(values, 'seed') ?? 1;
	const lang = str(values.lang)?.startsWith('fr') ? 'fr' : 'en';
	const db = await getDb(resolveDbPath(str(values.db)));
	try {
		const report = await pageReport(db, slug, {
			lang,
			from: str(values.from),
			to: str(values.to),
			reps: Math.round(reps),
			seed: Math.round(seed),
			value:
				vEngaged === null && vConversion === null
					? null
					: { valuePerEngagedUser: vEngaged, valuePerConversion: vConversion, discountRate: rate }
		});
		if (!report) throw new Error(t.pageNotFound(slug));
		const text = JSON.stringify(report, null, 2) + '\n';
		const out = str(values.out);
		if (out) await writeFile(out, text);
		else process.stdout.write(text);
		return 0;
	} finally {
		db.close();
	}
}
