import { templateCsv } from '../lib/server/importers/generic/template.ts';
import type { ParsedArgs } from './main.ts';

/** `sablier template [daily|posts]`: prints the generic CSV template. */
export async function runTemplate({ positionals }: ParsedArgs): Promise<number> {
	const kind = positionals[0] ?? 'daily';
	if (kind !== 'daily' && kind !== 'posts')
		throw new Error('usage: sablier template [daily|posts]');
	process.stdout.write(templateCsv(kind));
	return 0;
}
