// The analysis worker thread: runs the report model off the request path, so a page being
// computed never blocks the server. Plain JavaScript that loads the TypeScript sources through
// tsx (a runtime dependency, as for the CLI). One job at a time; the parent queues.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runAnalysis } = await import('../report/analysis-job.ts');

parentPort.on('message', ({ id, input, options }) => {
	const started = performance.now();
	try {
		const result = runAnalysis(input, options);
		parentPort.postMessage({ id, result, ms: Math.round(performance.now() - started) });
	} catch (e) {
		parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
	}
});
parentPort.postMessage({ ready: true });
