import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Files uploaded in the browser that need a column mapping before they can be imported: kept in a
 * private temp folder under a random token until the user maps them (or a day passes), so the
 * mapping step works without JavaScript and without uploading the file again.
 */
const DIR = join(tmpdir(), 'sablier-pending');
const TOKEN = /^[0-9a-f-]{36}$/;

const DAY_MS = 86_400_000;

/** Files left waiting for more than a day are removed (the user went away). */
async function sweep(now: number): Promise<void> {
	for (const f of await readdir(DIR).catch(() => [] as string[])) {
		const path = join(DIR, f);
		const s = await stat(path).catch(() => null);
		if (s && now - s.mtimeMs > DAY_MS) await rm(path, { force: true });
	}
}

export async function savePending(name: string, bytes: Uint8Array): Promise<string> {
	await mkdir(DIR, { recursive: true, mode: 0o700 });
	await sweep(Date.now());
	const token = randomUUID();
	await writeFile(join(DIR, token), bytes, { mode: 0o600 });
	await writeFile(join(DIR, `${token}.name`), name, { mode: 0o600 });
	return token;
}

export async function readPending(
	token: string
): Promise<{ name: string; bytes: Uint8Array } | null> {
	if (!TOKEN.test(token)) return null;
	try {
		const [bytes, name] = await Promise.all([
			readFile(join(DIR, token)),
			readFile(join(DIR, `${token}.name`), 'utf8')
		]);
		return { name, bytes };
	} catch {
		return null;
	}
}

export async function dropPending(token: string): Promise<void> {
	if (!TOKEN.test(token)) return;
	await Promise.all([
		rm(join(DIR, token), { force: true }),
		rm(join(DIR, `${token}.name`), { force: true })
	]);
}
