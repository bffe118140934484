import { translateMessage } from '../lib/i18n/messages.ts';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { cliText } from './text.ts';
import { resolveDbPath } from '../lib/server/db/index.ts';
import { securityText } from '../lib/i18n/security.ts';
import { findServer, remoteArgv, runRemote } from './remote.ts';

type Command = (args: ParsedArgs) => Promise<number>;
export type ParsedArgs = {
	values: Record<string, string | boolean | undefined>;
	positionals: string[];
};

/**
 * A command's module is loaded only when it runs: `sablier report --format json` never loads the
 * spreadsheet reader, the chart renderer or the browser driver (start-up is part of every command).
 */
const lazy =
	<K extends string>(load: () => Promise<Record<K, Command>>, name: K): Command =>
	async (args) =>
		(await load())[name](args);

const common = {
	db: { type: 'string' },
	json: { type: 'boolean' },
	help: { type: 'boolean', short: 'h' },
	lang: { type: 'string' }
} as const;

const commands: Record<string, { options: ParseArgsConfig['options']; run: Command }> = {
	import: {
		options: {
			...common,
			page: { type: 'string' },
			workspace: { type: 'string' },
			name: { type: 'string' },
			map: { type: 'string' },
			'date-format': { type: 'string' },
			platform: { type: 'string' },
			'last-day': { type: 'string' }
		},
		run: lazy(() => import('./import.ts'), 'runImport')
	},
	pages: { options: common, run: lazy(() => import('./pages.ts'), 'runPages') },
	template: { options: common, run: lazy(() => import('./template.ts'), 'runTemplate') },
	imports: {
		options: { ...common, page: { type: 'string' } },
		run: lazy(() => import('./imports.ts'), 'runImports')
	},
	export: {
		options: {
			...common,
			page: { type: 'string' },
			from: { type: 'string' },
			to: { type: 'string' },
			format: { type: 'string' },
			out: { type: 'string' },
			workspace: { type: 'string' }
		},
		run: lazy(() => import('./export.ts'), 'runExport')
	},
	demo: { options: common, run: lazy(() => import('./serve.ts'), 'runDemo') },
	events: {
		options: {
			...common,
			page: { type: 'string' },
			day: { type: 'string' },
			end: { type: 'string' },
			description: { type: 'string' }
		},
		run: lazy(() => import('./events.ts'), 'runEvents')
	},
	report: {
		options: {
			...common,
			all: { type: 'boolean' },
			page: { type: 'string' },
			workspace: { type: 'string' },
			format: { type: 'string' },
			from: { type: 'string' },
			to: { type: 'string' },
			out: { type: 'string' },
			'value-per-engaged-user': { type: 'string' },
			'value-per-conversion': { type: 'string' },
			'discount-rate': { type: 'string' },
			reps: { type: 'string' },
			seed: { type: 'string' }
		},
		run: lazy(() => import('./report.ts'), 'runReport')
	},
	campaigns: {
		options: {
			...common,
			page: { type: 'string' },
			channel: { type: 'string' },
			start: { type: 'string' },
			end: { type: 'string' },
			cost: { type: 'string' },
			currency: { type: 'string' },
			hours: { type: 'string' },
			'hourly-rate': { type: 'string' },
			promised: { type: 'string' },
			label: { type: 'string' },
			vendor: { type: 'string' },
			notes: { type: 'string' }
		},
		run: lazy(() => import('./campaigns.ts'), 'runCampaigns')
	},
	serve: {
		options: { ...common, port: { type: 'string' }, host: { type: 'string' } },
		run: lazy(() => import('./serve.ts'), 'runServe')
	},
	users: { options: common, run: lazy(() => import('./users.ts'), 'runUsers') },
	backup: {
		options: { ...common, out: { type: 'string' } },
		run: lazy(() => import('./backup.ts'), 'runBackup')
	},
	restore: { options: common, run: lazy(() => import('./backup.ts'), 'runRestore') }
};

/** Commands that never go through a running server. */
const LOCAL = new Set(['serve', 'template', 'users']);

/**
 * Entry point of the `sablier` command; returns the exit code (0 ok, 1 usage or failure, 2
 * unreadable files). While a Sablier server holds the store, a command runs inside that server
 * (src/cli/remote.ts); `direct` is how the server runs it.
 */
export async function main(argv: string[], { direct = false } = {}): Promise<number> {
	const [name, ...rest] = argv;
	const t = cliText(langOf(argv));
	if (!name || name === 'help' || name === '--help' || name === '-h') {
		process.stdout.write(t.usage);
		return name ? 0 : 1;
	}
	const command = commands[name];
	if (!command) {
		process.stderr.write(t.unknownCommand(name) + '\n' + t.usage);
		return 1;
	}
	let args: ParsedArgs;
	try {
		args = parseArgs({
			args: rest,
			options: command.options,
			allowPositionals: true,
			strict: true
		}) as ParsedArgs;
	} catch (e) {
		process.stderr.write(`sablier ${name}: ${translateMessage((e as Error).message, t.lang)}\n`);
		return 1;
	}
	if (args.values.help) {
		process.stdout.write(t.usage);
		return 0;
	}
	const s = securityText(t.lang);
	const dbPath = resolveDbPath(args.values.db as string | undefined);
	try {
		if (!direct && !LOCAL.has(name)) {
			const server = findServer(dbPath);
			if (server === 'unreadable') throw new Error(s.serverOtherUser(dbPath));
			if (server && name === 'restore') throw new Error(s.stopServerFirst(server.url));
			if (server) {
				const code = await runRemote(server, remoteArgv(name, args, dbPath));
				if (code !== null) return code;
			}
		}
		return await command.run(args);
	} catch (e) {
		const message = (e as Error).message;
		// DuckDB's own words about a store another process holds are not for a CM
		const lock = /Could not set lock on file[\s\S]*?\(PID (\d+)\)/.exec(message);
		const shown = lock ? s.storeBusy(dbPath, lock[1]) : translateMessage(message, t.lang);
		process.stderr.write(`sablier ${name}: ${shown}\n`);
		return 1;
	}
}

function langOf(argv: string[]): string {
	const i = argv.indexOf('--lang');
	return (i >= 0 ? argv[i + 1] : undefined) ?? process.env.SABLIER_LANG ?? process.env.LANG ?? 'en';
}
