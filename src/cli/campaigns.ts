import { translateMessage } from '../lib/i18n/messages.ts';
import { readFile } from 'node:fs/promises';
import { getDb, resolveDbPath, type Db } from '../lib/server/db/index.ts';
import {
	addCampaign,
	campaignInputSchema,
	deleteCampaign,
	listCampaigns
} from '../lib/server/campaigns.ts';
import { getPage } from '../lib/server/pages.ts';
import { importLedgerFile } from '../lib/server/ads-manager.ts';
import type { ParsedArgs } from './main.ts';
import { cliText, type CliText } from './text.ts';

type Values = ParsedArgs['values'];
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** `sablier campaigns add|list|delete|import`: the ledger of what was bought or done. */
export async function runCampaigns({ values, positionals }: ParsedArgs): Promise<number> {
	const t = cliText(str(values.lang));
	const [action, ...rest] = positionals;
	const db = await getDb(resolveDbPath(str(values.db)));
	try {
		if (action === 'add') return await add(db, values, t);
		if (action === 'list') return await list(db, values, t);
		if (action === 'delete') return await remove(db, rest[0], t);
		if (action === 'import') return await importCsv(db, values, rest, t);
		throw new Error(t.campaignsUsage);
	} finally {
		db.close();
	}
}

async function pageId(db: Db, values: Values, t: CliText): Promise<number> {
	const slug = str(values.page);
	if (!slug) throw new Error(t.needPage);
	const page = await getPage(db, slug);
	if (!page) throw new Error(t.pageNotFound(slug));
	return page.id;
}

async function add(db: Db, values: Values, t: CliText): Promise<number> {
	const id = await pageId(db, values, t);
	const parsed = campaignInputSchema.safeParse({
		channel: str(values.channel),
		label: str(values.label),
		vendor: str(values.vendor),
		start: str(values.start),
		end: str(values.end) ?? str(values.start),
		cost: str(values.cost),
		currency: str(values.currency),
		hours: str(values.hours),
		hourly_rate: str(values['hourly-rate']),
		promised_qty: str(values.promised),
		notes: str(values.notes)
	});
	if (!parsed.success) {
		const lines = parsed.error.issues.map(
			(i) => `  --${String(i.path[0]).replace('_', '-')}: ${translateMessage(i.message, t.lang)}`
		);
		process.stderr.write(`${t.campaignInvalid}\n${lines.join('\n')}\n`);
		return 1;
	}
	const newId = await addCampaign(db, id, parsed.data);
	process.stdout.write(
		values.json ? JSON.stringify({ id: newId }) + '\n' : t.campaignAdded(newId) + '\n'
	);
	return 0;
}

async function list(db: Db, values: Values, t: CliText): Promise<number> {
	const rows = await listCampaigns(db, await pageId(db, values, t));
	if (values.json) {
		process.stdout.write(JSON.stringify({ campaigns: rows }) + '\n');
		return 0;
	}
	if (!rows.length) process.stdout.write(t.noCampaigns + '\n');
	for (const c of rows) {
		const money = c.cost === null ? '' : ` · ${c.cost} ${c.currency ?? ''}`.trimEnd();
		const time = c.hours === null ? '' : ` · ${c.hours} h`;
		const promised = c.promised_qty === null ? '' : ` · ${t.promised} ${c.promised_qty}`;
		process.stdout.write(
			`#${c.id}  ${c.start}..${c.end}  ${c.channel}  ${c.label ?? ''}${money}${time}${promised}\n`
		);
	}
	return 0;
}

async function remove(db: Db, raw: string | undefined, t: CliText): Promise<number> {
	const id = Number(raw);
	if (!raw || !Number.isInteger(id)) throw new Error(t.campaignsUsage);
	if (!(await deleteCampaign(db, id))) throw new Error(t.campaignNotFound(id));
	process.stdout.write(t.campaignDeleted(id) + '\n');
	return 0;
}

async function importCsv(db: Db, values: Values, files: string[], t: CliText): Promise<number> {
	const id = await pageId(db, values, t);
	if (files.length !== 1) throw new Error(t.campaignsUsage);
	// Sablier's ledger CSV, or a Meta Ads Manager export (.csv, .xlsx, .xls)
	const result = await importLedgerFile(db, id, files[0], await readFile(files[0]));
	if (values.json) process.stdout.write(JSON.stringify(result) + '\n');
	else {
		process.stdout.write(t.campaignsImported(result.added, result.rejected) + '\n');
		if (result.unchanged + result.updated)
			process.stdout.write(t.campaignsAlready(result.unchanged, result.updated) + '\n');
		for (const i of result.issues)
			process.stdout.write(
				`  - ${t.row} ${i.row}, ${t.column} "${i.column}": ${translateMessage(i.message, t.lang)}\n`
			);
	}
	return 0;
}
