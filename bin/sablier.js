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
// bin/run.mjs: the command itself
import('./run.mjs').catch((e) => {
	console.error(e);
	process.exitCode = 1;
});
