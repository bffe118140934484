import { z } from 'zod';
import { dict } from '$lib/i18n';
import { translateMessage } from '$lib/i18n/messages';
import { importFiles, maxBytes, type Progress } from '$lib/server/import-files';
import { mb } from '$lib/server/importers/source';
import { dropPending, pendingPath, receivePending, TooLarge } from '$lib/server/pending';
import { store } from '$lib/server/store';
import { pendingForToken } from '../pending.server';
import { lastDayOption } from '../last-day';
import { resolveTarget, targetFields } from '../target.server';
import type { RequestHandler } from './$types';

const query = z.object({
	file: z
		.string()
		.trim()
		.min(1)
		.max(255)
		.transform((f) => f.split(/[\\/]/).pop() ?? f)
});

const line = (o: unknown) => new TextEncoder().encode(JSON.stringify(o) + '\n');
const refuse = (status: number, error: string) =>
	new Response(line({ error }), { status, headers: { 'content-type': 'application/x-ndjson' } });

/**
 * One file uploaded as the raw request body (the import page's script, which shows a progress
 * bar; without JavaScript the form posts to the `upload` action instead). The body is written to
 * disk as it arrives, then imported from there; the response is NDJSON: `{"progress": …}` lines
 * while the file is checked, read and saved, then one `{"results": …, "pending": …}` line.
 * Only `application/octet-stream` is accepted: a cross-site page cannot send that type without a
 * preflight this server never grants.
 */
export const POST: RequestHandler = async ({ request, url, locals }) => {
	const t = dict(locals.lang);
	if (request.headers.get('content-type') !== 'application/octet-stream')
		return refuse(415, 'application/octet-stream only');
	const params = query.safeParse({ file: url.searchParams.get('file') ?? '' });
	if (!params.success) return refuse(400, t.importNoFiles);
	const { file } = params.data;
	const db = await store();
	// the page choice, as the form sends it (a new page's address is settled here, and returned)
	const resolved = await resolveTarget(
		db,
		targetFields((k) => url.searchParams.get(k)),
		t
	);
	if (!resolved.ok) return refuse(400, resolved.error);
	const { target } = resolved;
	let token: string;
	try {
		// an empty file arrives without a body: it is imported as such (and refused as empty)
		const empty = new ReadableStream<Uint8Array>({ start: (c) => c.close() });
		token = await receivePending(file, request.body ?? empty, maxBytes());
	} catch (e) {
		if (!(e instanceof TooLarge)) throw e;
		const message = `the file is over the ${mb(maxBytes())} MB limit (SABLIER_MAX_FILE_MB)`;
		return refuse(413, translateMessage(message, locals.lang));
	}
	const body = new ReadableStream<Uint8Array>({
		async start(controller) {
			let shown = '';
			const onProgress = (p: Progress) => {
				const pct = Math.floor((100 * p.done) / Math.max(1, p.total));
				if (`${p.phase} ${pct}` === shown) return;
				shown = `${p.phase} ${pct}`;
				controller.enqueue(line({ progress: { phase: p.phase, pct } }));
			};
			try {
				const results = await importFiles(
					db,
					target,
					[{ name: file, path: pendingPath(token)! }],
					lastDayOption(url.searchParams.get('last_day')),
					onProgress
				);
				const waiting = results.length === 1 ? await pendingForToken(db, results[0], token) : null;
				if (!waiting) await dropPending(token);
				controller.enqueue(line({ page: target.page, results, pending: waiting ? [waiting] : [] }));
			} catch (e) {
				console.error(`streamed import of ${file} failed:`, e);
				await dropPending(token);
				const message =
					'the file could not be imported because of an internal error (details in the server log)';
				controller.enqueue(line({ error: translateMessage(message, locals.lang) }));
			} finally {
				controller.close();
			}
		}
	});
	return new Response(body, {
		headers: { 'content-type': 'application/x-ndjson', 'cache-control': 'no-store' }
	});
};
