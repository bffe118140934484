import type { Db } from './db/index.ts';
import { generateDemo } from '../demo/generate.ts';
import { importFiles } from './import-files.ts';
import type { FileResult } from './importers/types.ts';

export const DEMO_TARGET = {
	page: 'demo-bakery',
	workspace: 'demo',
	name: 'Fournil des Lilas (demo)'
} as const;

/**
 * Creates the demo workspace: three years of a bakery's page, generated from a fixed seed,
 * written as a Facebook Page Insights export and loaded through the same import path as any file.
 */
export async function loadDemo(db: Db): Promise<FileResult[]> {
	const { pageCsv } = generateDemo();
	return importFiles(db, DEMO_TARGET, [
		{
			name: 'Facebook Insights Data Export - Fournil des Lilas (demo).csv',
			bytes: new TextEncoder().encode(pageCsv)
		}
	]);
}
