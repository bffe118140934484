#!/usr/bin/env node
// Bundles the command line (src/cli/main.ts) into .cli/bin/main.js with esbuild, so `sablier`
// starts without compiling TypeScript (tsx took ~1.1 s at every start; the bundle loads in ~0.3 s).
// Runs from `prepare` (so after every `npm ci`); bin/sablier.js uses the bundle only while it is
// newer than every file under src/, and falls back to tsx otherwise, so an edited source is never
// run stale. Packages stay external (DuckDB is a native module). Split: each command's code and
// the packages only it imports (the browser driver, the spreadsheet reader, the chart renderer)
// sit in their own chunks beside main.js (same folder: modules find the project from their own
// path, e.g. serve.ts its build/), loaded when that command runs.
// DuckDB's API is CommonJS (some hundred files re-exported from one index): imported from an ES
// module, Node first parses every one of them for its export names (~110 ms at every start);
// `require`d, it does not. So the bundle requires it (through a `require` made by createRequire).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Packages matching `filter` are loaded with `require`, not `import` (see above). */
const requiredPackages = (filter) => ({
	name: 'required-packages',
	setup(b) {
		b.onResolve({ filter }, (args) =>
			args.kind === 'require-call'
				? { path: args.path, external: true }
				: { path: args.path, namespace: 'required-package' }
		);
		b.onLoad({ filter: /.*/, namespace: 'required-package' }, (args) => ({
			contents: `module.exports = require(${JSON.stringify(args.path)});`,
			resolveDir: root
		}));
	}
});
/**
 * Packages matching `filter` are bundled (their modules become part of the chunks) rather than
 * loaded by Node at run time: zod is some forty ES modules, ~50 ms to resolve, read and link at
 * every start, and holds no state the web handler (build/, its own copy) shares with the CLI.
 */
const bundledPackages = (filter) => ({
	name: 'bundled-packages',
	setup(b) {
		// resolved as Node resolves an `import` of it (the package's ES modules)
		b.onResolve({ filter }, (args) => ({ path: fileURLToPath(import.meta.resolve(args.path)) }));
	}
});
try {
	rmSync(join(root, '.cli'), { recursive: true, force: true });
	await build({
		entryPoints: [join(root, 'src/cli/main.ts')],
		outdir: join(root, '.cli/bin'),
		entryNames: '[name]',
		chunkNames: '[name]-[hash]',
		splitting: true,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
		logLevel: 'warning',
		banner: {
			js: "import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);"
		},
		plugins: [requiredPackages(/^@duckdb\/node-api$/), bundledPackages(/^zod(\/.*)?$/)]
	});
} catch (e) {
	// Not fatal: the CLI still runs through tsx.
	console.error(`build-cli: ${e instanceof Error ? e.message : e}; sablier will run through tsx`);
}
