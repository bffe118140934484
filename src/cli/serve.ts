import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getDb, resolveDbPath } from '../lib/server/db/index.ts';
import { loadDemo, DEMO_TARGET } from '../lib/server/demo.ts';
import { storeIsEmpty } from '../lib/server/pages.ts';
import type { ParsedArgs } from './main.ts';
import { cliText } from './text.ts';

/** `sablier demo`: loads the demo workspace through the ordinary import path. */
export async function runDemo({ values }: ParsedArgs): Promise<number> {
	const t = cliText(values.lang as string | undefined);
	const db = await getDb(resolveDbPath(values.db as string | undefined));
	const [result] = await loadDemo(db);
	db.close();
	if (result.error) throw new Error(result.error);
	process.stdout.write(t.demoLoaded(DEMO_TARGET.page) + '\n');
	return 0;
}

/**
 * `sablier serve`: the dashboard (the adapter-node build). Listens on 127.0.0.1:3000 unless
 * --host/--port or HOST/PORT say otherwise; loads the demo when the store is empty.
 */
export async function runServe({ values }: ParsedArgs): Promise<number> {
	const t = cliText(values.lang as string | undefined);
	const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
	const entry = join(root, 'build', 'index.js');
	if (!existsSync(entry)) throw new Error(t.noBuild);
	const dbPath = resolveDbPath(values.db as string | undefined);
	process.env.SABLIER_DB = dbPath;
	process.env.HOST = (values.host as string | undefined) ?? process.env.HOST ?? '127.0.0.1';
	process.env.PORT = (values.port as string | undefined) ?? process.env.PORT ?? '3000';
	process.env.BODY_SIZE_LIMIT ??= '512M';
	const db = await getDb(dbPath);
	if (await storeIsEmpty(db)) {
		process.stderr.write(t.emptyStoreDemo + '\n');
		const [result] = await loadDemo(db);
		if (result.error) process.stderr.write(result.error + '\n');
	}
	await import(pathToFileURL(entry).href);
	process.stderr.write(t.listening(`http://${process.env.HOST}:${process.env.PORT}`) + '\n');
	return await new Promise<number>(() => undefined);
}
