#!/usr/bin/env node
// The `sablier` command. CommonJS on purpose (bin/package.json): it runs before Node loads any ES
// module, which is the last moment libuv's thread pool can be sized (loading an ES module already
// starts the pool, at 4 threads). Every DuckDB query holds one pool thread while it runs: the
// store's reader connections (SABLIER_DB_READERS, 4 by default), its writer, and file reads and
// writes (uploads, static files) all need one, or they wait. A UV_THREADPOOL_SIZE the user set wins.
'use strict';
const readers = Number(process.env.SABLIER_DB_READERS);
const wanted = 4 + (Number.isInteger(readers) && readers >= 1 && readers <= 32 ? readers : 4);
if (!process.env.UV_THREADPOOL_SIZE) process.env.UV_THREADPOOL_SIZE = String(wanted);
// A one-shot command runs its code once, cold: V8's eager optimisation (TurboFan compiles on
// background threads, which on one core compete with the work itself) costs more than it saves
// there. A larger interrupt budget optimises only what is really hot (`sablier report` of the
// demo on one core: about −0.1 s). The server, long-running, keeps V8's defaults.
if (process.argv[2] !== 'serve')
	require('node:v8').setFlagsFromString('--interrupt-budget=1000000');
// bin/run.mjs: the command itself
import('./run.mjs').catch((e) => {
	console.error(e);
	process.exitCode = 1;
});
