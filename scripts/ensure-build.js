#!/usr/bin/env node
// `npm start` runs this first: builds the app (npm run build) when build/index.js is missing or
// older than any source that goes into it; otherwise does nothing. Prints one line saying which.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'build', 'index.js');
const inputs = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

/** The first file under `path` modified after `since` (ms), or null. */
function newerThan(path, since) {
	if (!existsSync(path)) return null;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs > since ? path : null;
	for (const name of readdirSync(path)) {
		const found = newerThan(join(path, name), since);
		if (found) return found;
	}
	return null;
}

let reason = null;
if (!existsSync(entry)) reason = 'build/index.js is missing';
else {
	const built = statSync(entry).mtimeMs;
	for (const input of inputs) {
		const found = newerThan(join(root, input), built);
		if (found) {
			reason = `${relative(root, found)} is newer than build/index.js`;
			break;
		}
	}
}

if (!reason) {
	console.log('ensure-build: build/ is up to date, not rebuilding');
} else {
	console.log(`ensure-build: building, ${reason}`);
	const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
	if (r.error) console.error(`ensure-build: could not run npm: ${r.error.message}`);
	process.exitCode = r.status ?? 1;
}
