import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';

/**
 * The accounts that may sign in when Sablier is served beyond this computer: a JSON file beside
 * the store (`<store>.users.json`, mode 0600) holding, per user, a scrypt hash of the password
 * (never the password). Managed with `sablier users add|list|remove`; read at each sign-in.
 */

export const usersPath = (dbPath: string) => `${dbPath}.users.json`;

const userSchema = z.object({
	name: z.string().regex(/^[\p{L}\p{N}._@-]{1,64}$/u),
	hash: z.string().startsWith('scrypt$'),
	created: z.string()
});
const fileSchema = z.object({ users: z.array(userSchema) });
export type User = z.infer<typeof userSchema>;

export const USER_NAME = userSchema.shape.name;

const PARAMS = { N: 1 << 15, r: 8, p: 1, maxmem: 128 * 1024 * 1024 };

function derive(password: string, salt: Buffer, o: ScryptOptions, len = 32): Promise<Buffer> {
	return new Promise((ok, fail) =>
		scrypt(password.normalize('NFC'), salt, len, o, (e, key) => (e ? fail(e) : ok(key)))
	);
}

/** `scrypt$N$r$p$salt$hash` (base64url), with a fresh 16-byte salt. */
export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(16);
	const key = await derive(password, salt, PARAMS);
	return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const [kind, n, r, p, salt, hash] = stored.split('$');
	if (kind !== 'scrypt' || !hash) return false;
	const want = Buffer.from(hash, 'base64url');
	const key = await derive(
		password,
		Buffer.from(salt, 'base64url'),
		{
			N: Number(n),
			r: Number(r),
			p: Number(p),
			maxmem: PARAMS.maxmem
		},
		want.length
	);
	return timingSafeEqual(key, want);
}

export async function readUsers(dbPath: string): Promise<User[]> {
	let text: string;
	try {
		text = await readFile(usersPath(dbPath), 'utf8');
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw e;
	}
	return fileSchema.parse(JSON.parse(text)).users;
}

async function writeUsers(dbPath: string, users: User[]): Promise<void> {
	const file = usersPath(dbPath);
	const tmp = `${file}.${process.pid}.tmp`;
	await writeFile(tmp, JSON.stringify({ users }, null, '\t') + '\n', { mode: 0o600 });
	await rename(tmp, file);
}

/** Adds a user, or sets a new password for an existing one. */
export async function setUser(dbPath: string, name: string, password: string): Promise<void> {
	USER_NAME.parse(name);
	if (password.length < 10) throw new Error('the password must have at least 10 characters');
	const users = (await readUsers(dbPath)).filter((u) => u.name !== name);
	users.push({ name, hash: await hashPassword(password), created: new Date().toISOString() });
	await writeUsers(dbPath, users);
}

export async function removeUser(dbPath: string, name: string): Promise<boolean> {
	const users = await readUsers(dbPath);
	const kept = users.filter((u) => u.name !== name);
	if (kept.length === users.length) return false;
	await writeUsers(dbPath, kept);
	return true;
}

/** The user whose password this is; a hash is computed even for an unknown name (same timing). */
export async function checkLogin(dbPath: string, name: string, password: string) {
	const users = await readUsers(dbPath);
	const user = users.find((u) => u.name === name);
	const ok = await verifyPassword(password, user?.hash ?? DUMMY);
	return user && ok ? user.name : null;
}

const DUMMY = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
