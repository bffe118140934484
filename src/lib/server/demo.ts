import type { Db } from './db/index.ts';
import { generateDemo } from '../demo/generate.ts';
import { importFiles } from './import-files.ts';
import type { FileResult } from './importers/types.ts';
import { addCampaign, listCampaigns } from './campaigns.ts';
import { getPage } from './pages.ts';

export const DEMO_TARGET = {
	page: 'demo-bakery',
	workspace: 'demo',
	name: 'Fournil des Lilas (demo)'
} as const;

/**
 * Creates the demo workspace: three years of a bakery's page, generated from a fixed seed,
 * written as a Facebook Page Insights export and loaded through the same import path as any file;
 * its ledger (bought pack, like exchange, ads, community-management hours) is recorded too.
 */
export async function loadDemo(db: Db): Promise<FileResult[]> {
	const { pageCsv, truth } = generateDemo();
	const results = await importFiles(db, DEMO_TARGET, [
		{
			name: 'Facebook Insights Data Export - Fournil des Lilas (demo).csv',
			bytes: new TextEncoder().encode(pageCsv)
		}
	]);
	if (results.some((r) => r.error)) return results;
	const page = await getPage(db, DEMO_TARGET.page);
	if (page && (await listCampaigns(db, page.id)).length === 0)
		for (const e of truth.ledger)
			await addCampaign(db, page.id, {
				channel: e.channel,
				label: e.label,
				vendor: null,
				start: e.start,
				end: e.end,
				cost: e.cost,
				currency: e.currency,
				hours: e.hours,
				hourly_rate: e.hourlyRate,
				promised_qty: e.promisedQty,
				notes: null
			});
	return results;
}
