#!/usr/bin/env node
// `npm test`: lint, type check, unit tests, production build, quick benchmark, end-to-end tests,
// in that order.
// Every step runs even when an earlier one failed, so the summary is complete; the exit code is
// non-zero when any step failed. The last line is always `N passed, N failed[, N skipped]`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const results = join(root, 'test-results');
const unitReport = join(results, 'unit.json');
const e2eReport = join(results, 'e2e.json');
mkdirSync(results, { recursive: true });
for (const f of [unitReport, e2eReport]) rmSync(f, { force: true });

/** Runs one command with inherited stdio; returns its exit code (1 when it could not start). */
function run(cmd, args, env = {}) {
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (r.error) console.error(`test-all: could not run ${cmd}: ${r.error.message}`);
	return r.status ?? 1;
}

function banner(text) {
	console.log(`\n=== ${text} ===`);
}

function chromiumReady() {
	const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	// the report's e2e test reads its PDF back with pdftotext (poppler-utils)
	const pdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
	if (existsSync(path) && pdftotext) return true;
	if (process.env.CHROMIUM_PATH && !existsSync(path)) {
		console.error(`test-all: CHROMIUM_PATH=${path} does not exist.`);
		return false;
	}
	if (process.getuid?.() !== 0) {
		console.error(
			'test-all: /usr/bin/chromium or pdftotext is missing. Install them (apt-get install chromium ' +
				'fonts-liberation poppler-utils) or set CHROMIUM_PATH; `npx playwright install` is not used.'
		);
		return false;
	}
	console.log('test-all: installing chromium and poppler-utils with apt-get…');
	run('sh', [
		'-c',
		'apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium fonts-liberation poppler-utils'
	]);
	return existsSync(path);
}

function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return null;
	}
}

const steps = [
	{ name: 'lint', run: () => run('npm', ['run', 'lint']) },
	{ name: 'check', run: () => run('npm', ['run', 'check']) },
	{
		name: 'unit',
		run: () =>
			run(
				'npx',
				['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${unitReport}`],
				{ TZ: 'America/Los_Angeles' }
			)
	},
	{ name: 'build', run: () => run('npm', ['run', 'build']) },
	// a small version of every benchmark measure, so that `npm run bench` cannot rot: it fails
	// only when a measure throws (no timing assertion)
	{ name: 'bench', run: () => run('npm', ['run', 'bench', '--', '--quick']) },
	{ name: 'e2e', run: () => (chromiumReady() ? run('npx', ['playwright', 'test']) : 1) }
];

const codes = {};
for (const step of steps) {
	banner(step.name);
	codes[step.name] = step.run();
	if (codes[step.name] !== 0)
		console.error(`test-all: ${step.name} failed (exit ${codes[step.name]})`);
}

let passed = 0;
let failed = 0;
let skipped = 0;

const unit = readJson(unitReport);
const unitFailed = unit?.numFailedTests ?? 0;
if (unit) {
	passed += unit.numPassedTests ?? 0;
	failed += unitFailed;
	skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
}
// A red run without a failed test (a suite that did not load, no report) still counts as one.
if (codes.unit !== 0 && unitFailed === 0) failed += 1;

const e2e = readJson(e2eReport)?.stats;
const e2eFailed = e2e?.unexpected ?? 0;
if (e2e) {
	passed += (e2e.expected ?? 0) + (e2e.flaky ?? 0);
	failed += e2eFailed;
	skipped += e2e.skipped ?? 0;
}
if (codes.e2e !== 0 && e2eFailed === 0) failed += 1;

for (const name of ['lint', 'check', 'build', 'bench']) if (codes[name] !== 0) failed += 1;

banner('summary');
for (const step of steps) console.log(`${codes[step.name] === 0 ? 'ok  ' : 'FAIL'} ${step.name}`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exitCode = Object.values(codes).some((c) => c !== 0) ? 1 : 0;
