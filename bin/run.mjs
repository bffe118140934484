// The `sablier` command, started by bin/sablier.js. Runs the bundle that `npm ci` built
// (scripts/build-cli.js, through the `prepare` script) when it is newer than every source;
// otherwise the TypeScript sources directly through tsx, so the CLI works right after `npm ci`
// and never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// A one-shot command runs its code once, cold: V8's eager optimisation (TurboFan compiles on
// background threads, which on one core compete with the work itself) costs more than it saves
// there. A larger interrupt budget optimises only what is really hot (`sablier report` of the
// demo on one core: about −0.1 s). The server, long-running, keeps V8's defaults.
if (process.argv[2] !== 'serve') setFlagsFromString('--interrupt-budget=1000000');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, '.cli', 'bin', 'main.js');

/** True when some file under `dir` was modified after `since` (ms). */
function changedSince(dir, since) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory() ? changedSince(path, since) : statSync(path).mtimeMs > since)
			return true;
	}
	return false;
}

const fresh =
	process.env.SABLIER_CLI_TSX !== '1' &&
	existsSync(bundle) &&
	!changedSince(join(root, 'src'), statSync(bundle).mtimeMs);

let main;
if (fresh) ({ main } = await import(pathToFileURL(bundle).href));
else {
	const { register } = await import('tsx/esm/api');
	register();
	({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
