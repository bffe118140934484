import { translateMessage } from '../lib/i18n/messages.ts';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { runCampaigns } from './campaigns.ts';
import { runEvents } from './events.ts';
import { runImport } from './import.ts';
import { runImports } from './imports.ts';
import { runPages } from './pages.ts';
import { runReport } from './report.ts';
import { runTemplate } from './template.ts';
import { runExport } from './export.ts';
import { runDemo, runServe } from './serve.ts';
import { cliText } from './text.ts';

type Command = (args: ParsedArgs) => Promise<number>;
export type ParsedArgs = {
	values: Record<string, string | boolean | undefined>;
	positionals: string[];
};

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
			'date-format': { type: 'string' }
		},
		run: runImport
	},
	pages: { options: common, run: runPages },
	template: { options: common, run: runTemplate },
	imports: { options: { ...common, page: { type: 'string' } }, run: runImports },
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
		run: runExport
	},
	demo: { options: common, run: runDemo },
	events: {
		options: {
			...common,
			page: { type: 'string' },
			day: { type: 'string' },
			end: { type: 'string' },
			description: { type: 'string' }
		},
		run: runEvents
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
		run: runReport
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
		run: runCampaigns
	},
	serve: {
		options: { ...common, port: { type: 'string' }, host: { type: 'string' } },
		run: runServe
	}
};

/** Entry point of the `sablier` command; returns the exit code (0 ok, 1 usage or failure, 2 unreadable files). */
export async function main(argv: string[]): Promise<number> {
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
	try {
		return await command.run(args);
	} catch (e) {
		process.stderr.write(`sablier ${name}: ${translateMessage((e as Error).message, t.lang)}\n`);
		return 1;
	}
}

function langOf(argv: string[]): string {
	const i = argv.indexOf('--lang');
	return (i >= 0 ? argv[i + 1] : undefined) ?? process.env.SABLIER_LANG ?? process.env.LANG ?? 'en';
}
