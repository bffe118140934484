import { createInterface } from 'node:readline';
import { resolveDbPath } from '../lib/server/db/index.ts';
import { securityText } from '../lib/i18n/security.ts';
import { readUsers, removeUser, setUser, usersPath } from '../lib/server/security/users.ts';
import type { ParsedArgs } from './main.ts';

/** Reads one line from stdin; on a terminal, without echoing it. */
function readSecret(prompt: string): Promise<string> {
	const tty = process.stdin.isTTY;
	const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: !!tty });
	if (tty) {
		process.stderr.write(prompt);
		(rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
	}
	return new Promise((ok) => {
		let done = false;
		rl.once('line', (line) => {
			done = true;
			rl.close();
			if (tty) process.stderr.write('\n');
			ok(line);
		});
		rl.once('close', () => (done ? undefined : ok('')));
	});
}

/**
 * `sablier users add <name>` (password asked twice on a terminal, else one line read from
 * stdin), `users list`, `users remove <name>`: the accounts that may sign in when the dashboard is
 * served beyond this computer. A file beside the store; the running server reads it at each sign-in.
 */
export async function runUsers({ values, positionals }: ParsedArgs): Promise<number> {
	const s = securityText((values.lang as string | undefined) ?? process.env.LANG);
	const dbPath = resolveDbPath(values.db as string | undefined);
	const [action, name] = positionals;
	if (action === 'list') {
		const users = await readUsers(dbPath);
		if (values.json)
			process.stdout.write(
				JSON.stringify(users.map((u) => ({ name: u.name, created: u.created }))) + '\n'
			);
		else
			process.stdout.write(
				(users.length ? users.map((u) => `${u.name}\t${u.created}`).join('\n') : s.noUsers) + '\n'
			);
		return 0;
	}
	if (action === 'remove' && name) {
		const removed = await removeUser(dbPath, name);
		process.stderr.write((removed ? s.userRemoved(name) : s.userNotFound(name)) + '\n');
		return removed ? 0 : 1;
	}
	if (action === 'add' && name) {
		const password = await readSecret(s.passwordPrompt);
		if (process.stdin.isTTY && (await readSecret(s.passwordAgain)) !== password)
			throw new Error(s.passwordsDiffer);
		await setUser(dbPath, name, password);
		process.stderr.write(s.userSaved(name, usersPath(dbPath)) + '\n');
		return 0;
	}
	throw new Error(s.usersUsage);
}
