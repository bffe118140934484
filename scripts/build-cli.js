#!/usr/bin/env node
// Bundles the command line (src/cli/main.ts) into .cli/bin/main.js with esbuild, so `sablier`
// starts without compiling TypeScript (tsx took ~1.1 s at every start; the bundle loads in ~0.3 s).
// Runs from `prepare` (so after every `npm ci`); bin/sablier.js uses the bundle only while it is
// newer than every file under src/, and falls back to tsx otherwise, so an edited source is never
// run stale. Packages stay external (DuckDB is a native module).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
try {
	await build({
		entryPoints: [join(root, 'src/cli/main.ts')],
		outfile: join(root, '.cli/bin/main.js'),
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
		logLevel: 'warning'
	});
} catch (e) {
	// Not fatal: the CLI still runs through tsx.
	console.error(`build-cli: ${e instanceof Error ? e.message : e}; sablier will run through tsx`);
}
