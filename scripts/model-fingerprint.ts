/**
 * `npx tsx scripts/model-fingerprint.ts OUT.json`: every model output a change must leave alone,
 * in one file — the demo page's analysis (report model and series; en and fr with 200 bootstrap
 * replicates, 50 replicates with seed 7, none) and the report of each synthetic page kind (two
 * seeds each, 100 replicates). Run it before and after a change and compare the files byte for
 * byte (`cmp`); if they differ, the models' outputs changed: bump ANALYSIS_VERSION
 * (src/lib/server/analysis.ts) and say why. Timings go to stderr.
 */
import { writeFileSync } from 'node:fs';
import { runAnalysis } from '../src/lib/report/analysis-job.ts';
import { createMemoryDb } from '../src/lib/server/db/index.ts';
import { loadDemo } from '../src/lib/server/demo.ts';
import { defaultPeriod, pageReportInputs } from '../src/lib/server/report.ts';
import { getPage } from '../src/lib/server/pages.ts';
import { PAGE_KINDS, syntheticPage } from '../tests/helpers/synthetic/pages.ts';
import { syntheticReport } from '../tests/helpers/synthetic/page-report.ts';

const outFile = process.argv[2];
if (!outFile) throw new Error('usage: npx tsx scripts/model-fingerprint.ts OUT.json');
const out: Record<string, unknown> = {};
const took = (label: string, t: number) =>
	console.error(`${label}: ${(performance.now() - t).toFixed(0)} ms`);

const db = await createMemoryDb();
await loadDemo(db);
const page = await getPage(db, 'demo-bakery');
if (!page?.firstDay || !page.lastDay) throw new Error('the demo page did not load');
const input = await pageReportInputs(db, page.slug, defaultPeriod(page.firstDay, page.lastDay));
if (!input) throw new Error('no report inputs for the demo page');
for (const [lang, reps, seed] of [
	['en', 200, 1],
	['fr', 200, 1],
	['en', 50, 7],
	['en', 0, 1]
] as const) {
	const t = performance.now();
	out[`demo-${lang}-${reps}-${seed}`] = runAnalysis(input, { lang, reps, seed });
	took(`demo ${lang} ${reps} reps, seed ${seed}`, t);
}
for (const kind of PAGE_KINDS)
	for (const seed of [1, 2]) {
		const t = performance.now();
		out[`synthetic-${kind}-${seed}`] = await syntheticReport(db, syntheticPage(kind, seed), 100);
		took(`${kind} seed ${seed}`, t);
	}
db.close();
writeFileSync(outFile, JSON.stringify(out, null, 1));
