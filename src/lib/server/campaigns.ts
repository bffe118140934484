import Papa from 'papaparse';
import { z } from 'zod';
import { CHANNELS } from '../analytics/types.ts';
import type { Db, Tx } from './db/index.ts';
import { sql } from '../sql.ts';
import type { ImportIssue } from './importers/types.ts';
import { currencyIssue, currencyIssueText } from '../report/messages/currency.ts';

const day = z.iso.date({ message: 'a day written YYYY-MM-DD' });
const optionalNumber = (what: string) =>
	z
		.union([z.number(), z.string()])
		.optional()
		.transform((v, ctx): number | null => {
			if (v === undefined || (typeof v === 'string' && v.trim() === '')) return null;
			const n = typeof v === 'number' ? v : Number(v.trim().replace(',', '.'));
			if (!Number.isFinite(n) || n < 0) {
				ctx.addIssue({ code: 'custom', message: `${what} must be a number ≥ 0` });
				return z.NEVER;
			}
			return n;
		});
const optionalText = z
	.string()
	.optional()
	.transform((v) => (v === undefined || v.trim() === '' ? null : v.trim()));

/** One ledger entry as the user types it (browser form, CLI flags or a CSV row). */
export const campaignInputSchema = z
	.object({
		channel: z.enum(CHANNELS, { message: `one of ${CHANNELS.join(', ')}` }),
		label: optionalText,
		vendor: optionalText,
		start: day,
		end: day,
		cost: optionalNumber('cost'),
		currency: optionalText.transform((c, ctx): string | null => {
			const issue = c === null ? null : currencyIssue(c);
			if (issue) {
				ctx.addIssue({ code: 'custom', message: currencyIssueText(issue, 'en'), params: issue });
				return z.NEVER;
			}
			return c?.toUpperCase() ?? null;
		}),
		hours: optionalNumber('hours'),
		hourly_rate: optionalNumber('hourly rate'),
		promised_qty: optionalNumber('promised quantity').refine(
			(n) => n === null || Number.isInteger(n),
			{
				message: 'promised quantity must be a whole number'
			}
		),
		notes: optionalText
	})
	.refine((c) => c.end >= c.start, { message: 'the end is before the start', path: ['end'] });

export type CampaignInput = z.input<typeof campaignInputSchema>;
export type Campaign = z.output<typeof campaignInputSchema> & { id: number };

/** The exact header of a ledger CSV. */
export const CAMPAIGN_CSV_HEADER = [
	'channel',
	'label',
	'vendor',
	'start',
	'end',
	'cost',
	'currency',
	'hours',
	'hourly_rate',
	'promised_qty',
	'notes'
] as const;

async function insert(tx: Tx | Db, pageId: number, c: z.output<typeof campaignInputSchema>) {
	const [row] = await tx.query<{ id: number }>(sql`INSERT INTO campaigns
		(page_id, channel, label, vendor, start_day, end_day, cost, currency, hours, hourly_rate, promised_qty, notes)
		VALUES (${pageId}, ${c.channel}, ${c.label}, ${c.vendor}, CAST(${c.start} AS DATE), CAST(${c.end} AS DATE),
			${c.cost}, ${c.currency}, ${c.hours}, ${c.hourly_rate}, ${c.promised_qty}, ${c.notes})
		RETURNING id`);
	return row.id;
}

export async function addCampaign(db: Db, pageId: number, c: z.output<typeof campaignInputSchema>) {
	return db.transaction((tx) => insert(tx, pageId, c));
}

/** The page's ledger, by start day. */
export async function listCampaigns(db: Db, pageId: number): Promise<Campaign[]> {
	return db.query<Campaign>(sql`SELECT id, channel, label, vendor, strftime(start_day, '%Y-%m-%d') AS start,
		strftime(end_day, '%Y-%m-%d') AS "end", cost, currency, hours, hourly_rate, promised_qty, notes
		FROM campaigns WHERE page_id = ${pageId} ORDER BY start_day, id`);
}

/** Replaces one entry's fields; true when it existed and belonged to the page. */
export async function updateCampaign(
	db: Db,
	id: number,
	pageId: number,
	c: z.output<typeof campaignInputSchema>
): Promise<boolean> {
	return db.transaction(async (tx) => {
		const found = await tx.query(
			sql`SELECT id FROM campaigns WHERE id = ${id} AND page_id = ${pageId}`
		);
		if (!found.length) return false;
		await tx.exec(sql`UPDATE campaigns SET channel = ${c.channel}, label = ${c.label},
			vendor = ${c.vendor}, start_day = CAST(${c.start} AS DATE), end_day = CAST(${c.end} AS DATE),
			cost = ${c.cost}, currency = ${c.currency}, hours = ${c.hours}, hourly_rate = ${c.hourly_rate},
			promised_qty = ${c.promised_qty}, notes = ${c.notes} WHERE id = ${id}`);
		return true;
	});
}

/** Deletes one entry; true when it existed (and belonged to the page, when one is given). */
export async function deleteCampaign(db: Db, id: number, pageId?: number): Promise<boolean> {
	return db.transaction(async (tx) => {
		const scope = pageId === undefined ? sql`` : sql` AND page_id = ${pageId}`;
		const found = await tx.query(sql`SELECT id FROM campaigns WHERE id = ${id}${scope}`);
		if (!found.length) return false;
		await tx.exec(sql`DELETE FROM campaigns WHERE id = ${id}`);
		return true;
	});
}

/**
 * Imports a ledger CSV with exactly CAMPAIGN_CSV_HEADER. Bad rows are rejected with their row
 * number (header = row 1), the rest are kept, all in one transaction.
 */
export async function importCampaignsCsv(
	db: Db,
	pageId: number,
	text: string
): Promise<{ added: number; rejected: number; issues: ImportIssue[] }> {
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
	const [header = [], ...rows] = parsed.data;
	if (header.map((h) => h.trim()).join(',') !== CAMPAIGN_CSV_HEADER.join(','))
		throw new Error(
			`the ledger CSV must have exactly this header: ${CAMPAIGN_CSV_HEADER.join(',')}`
		);
	const issues: ImportIssue[] = [];
	const valid: z.output<typeof campaignInputSchema>[] = [];
	rows.forEach((cells, i) => {
		const row = i + 2;
		const input = Object.fromEntries(CAMPAIGN_CSV_HEADER.map((h, k) => [h, cells[k] ?? '']));
		const r = campaignInputSchema.safeParse(input);
		if (r.success) valid.push(r.data);
		else
			for (const issue of r.error.issues)
				issues.push({ row, column: String(issue.path[0] ?? ''), message: issue.message });
	});
	await db.transaction(async (tx) => {
		for (const c of valid) await insert(tx, pageId, c);
	});
	return { added: valid.length, rejected: rows.length - valid.length, issues };
}
