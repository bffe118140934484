import type { Db } from './db/index.ts';
import { sql } from '../sql.ts';
import { importCampaignsCsv } from './campaigns.ts';
import { decode } from './importers/decode.ts';
import { parseTable } from './importers/table.ts';
import { detectDecimalSeparator, parseLocaleNumber } from './importers/locale.ts';
import { isLegacyXls, isWorkbook, workbookSheets } from './importers/workbook.ts';
import type { ImportIssue } from './importers/types.ts';

/** What importing a ledger file did. */
export interface LedgerImport {
	/** `ledger` (Sablier's CSV) or `meta-ads-manager` */
	format: 'ledger' | 'meta-ads-manager';
	added: number;
	/** entries already there with the same cost (a file imported again) */
	unchanged: number;
	/** entries already there whose spend changed (a later export of the same period) */
	updated: number;
	rejected: number;
	issues: ImportIssue[];
}

/** The vendor Ads Manager entries are recorded under (with the ad's own name as label). */
export const ADS_VENDOR = 'Meta Ads Manager';

const norm = (h: string) =>
	h.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’']/g, ' ').trim().toLowerCase();

/** Column names of Ads Manager exports, English and French. */
const COLUMNS = {
	start: ['reporting starts', 'debut des rapports'],
	end: ['reporting ends', 'fin des rapports'],
	ad: ['ad name', 'nom de la publicite'],
	adSet: ['ad set name', 'nom de l ensemble de publicites'],
	campaign: ['campaign name', 'nom de la campagne'],
	adId: ['ad id', 'identifiant de la publicite']
} as const;
const AMOUNT = /^(?:amount spent|montant depense)\s*\(([a-z]{3})\)$/;

interface Layout {
	at: Record<keyof typeof COLUMNS, number>;
	amount: number;
	currency: string;
}

function layoutOf(header: readonly string[]): Layout | null {
	const names = header.map(norm);
	const find = (aliases: readonly string[]) => names.findIndex((n) => aliases.includes(n));
	const at = Object.fromEntries(
		Object.entries(COLUMNS).map(([k, aliases]) => [k, find(aliases)])
	) as Layout['at'];
	const amount = names.findIndex((n) => AMOUNT.test(n));
	if (at.start < 0 || at.end < 0 || amount < 0) return null;
	if (at.ad < 0 && at.adSet < 0 && at.campaign < 0) return null;
	return { at, amount, currency: AMOUNT.exec(names[amount])![1].toUpperCase() };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Imports a ledger file into a page: Sablier's own ledger CSV, or a Meta Ads Manager export
 * (`.csv`, `.xlsx` or `.xls`: `Reporting starts, Reporting ends, … Ad name, … Amount spent (UAH)`).
 * Each Ads Manager row becomes an `ads` entry: its reporting days, its spend as the cost, the
 * currency named in the amount's header, the ad's name as the label (else the ad set's or the
 * campaign's), `Meta Ads Manager` as the vendor and the campaign, ad set and ad id in the notes.
 * The first row when it names no ad, ad set nor campaign is the export's totals: not an entry (an
 * issue says so when it is not the sum of the rows). Rows without spend are left out. Importing the
 * same export again adds nothing: an entry with the same vendor, label, notes and days is kept
 * (its cost updated when a later export says otherwise). One transaction.
 */
export async function importLedgerFile(
	db: Db,
	pageId: number,
	name: string,
	bytes: Uint8Array
): Promise<LedgerImport> {
	let text: string;
	if (isWorkbook(bytes) || isLegacyXls(bytes)) {
		const [first] = await workbookSheets(name, bytes);
		text = first ? new TextDecoder().decode(first.bytes) : '';
	} else text = decode(bytes).text;
	const { rows: data } = parseTable(text.replace(/^\uFEFF/, ''));
	const layout = layoutOf(data[0] ?? []);
	if (!layout) {
		const r = await importCampaignsCsv(db, pageId, text);
		return { format: 'ledger', ...r, unchanged: 0, updated: 0 };
	}
	return importAds(db, pageId, data, layout);
}

async function importAds(
	db: Db,
	pageId: number,
	rows: string[][],
	{ at, amount, currency }: Layout
): Promise<LedgerImport> {
	const cell = (r: string[], i: number) => (i >= 0 ? (r[i] ?? '').trim() : '');
	const body = rows.slice(1);
	const decimal = detectDecimalSeparator(body.map((r) => cell(r, amount)));
	const issues: ImportIssue[] = [];
	const entries: {
		row: number;
		label: string;
		notes: string;
		start: string;
		end: string;
		cost: number;
	}[] = [];
	let totals: { row: number; cost: number } | null = null;
	let rejected = 0;
	body.forEach((r, i) => {
		const row = i + 2;
		const label = cell(r, at.ad) || cell(r, at.adSet) || cell(r, at.campaign);
		const spent = parseLocaleNumber(cell(r, amount), decimal);
		const cost = typeof spent === 'number' ? spent : null;
		const reject = (column: string, message: string) => {
			issues.push({ row, column, message });
			rejected++;
		};
		if (!label && i === 0) {
			if (cost !== null) totals = { row, cost };
			return;
		}
		const start = cell(r, at.start);
		const end = cell(r, at.end);
		if (!label) return reject(rows[0][at.ad] ?? 'Ad name', 'no ad, ad set nor campaign name');
		if (!ISO.test(start)) return reject(rows[0][at.start], `not a day (YYYY-MM-DD): "${start}"`);
		if (!ISO.test(end) || end < start)
			return reject(rows[0][at.end], `not a day on or after the start: "${end}"`);
		if (spent !== null && typeof spent === 'object') return reject(rows[0][amount], spent.error);
		if (cost === null || cost < 0)
			return reject(rows[0][amount], `not an amount: "${cell(r, amount)}"`);
		if (cost === 0) {
			issues.push({ row, column: rows[0][amount], message: 'no spend: not an entry' });
			return;
		}
		const notes = [
			cell(r, at.campaign) && `Campaign: ${cell(r, at.campaign)}`,
			cell(r, at.adSet) && `Ad set: ${cell(r, at.adSet)}`,
			cell(r, at.adId) && `Ad ID: ${cell(r, at.adId)}`
		]
			.filter(Boolean)
			.join(' · ');
		entries.push({ row, label, notes, start, end, cost });
	});
	const t = totals as { row: number; cost: number } | null;
	if (t) {
		const sum = entries.reduce((a, e) => a + e.cost, 0);
		if (Math.abs(sum - t.cost) > 0.005 * Math.max(1, t.cost) && rejected === 0)
			issues.push({
				row: t.row,
				column: rows[0][amount],
				message: `the totals row says ${t.cost} ${currency}, the rows add up to ${Math.round(sum * 100) / 100}`
			});
	}
	let added = 0;
	let updated = 0;
	let unchanged = 0;
	await db.transaction(async (tx) => {
		for (const e of entries) {
			const [had] = await tx.query<{ id: number; cost: number | null; currency: string | null }>(
				sql`SELECT id, cost, currency FROM campaigns WHERE page_id = ${pageId} AND channel = 'ads'
				AND vendor = ${ADS_VENDOR} AND label = ${e.label} AND coalesce(notes, '') = ${e.notes}
				AND start_day = CAST(${e.start} AS DATE) AND end_day = CAST(${e.end} AS DATE)`
			);
			if (had && had.cost === e.cost && had.currency === currency) unchanged++;
			else if (had) {
				await tx.exec(
					sql`UPDATE campaigns SET cost = ${e.cost}, currency = ${currency} WHERE id = ${had.id}`
				);
				updated++;
			} else {
				await tx.exec(sql`INSERT INTO campaigns (page_id, channel, label, vendor, start_day, end_day, cost, currency, notes)
					VALUES (${pageId}, 'ads', ${e.label}, ${ADS_VENDOR}, CAST(${e.start} AS DATE), CAST(${e.end} AS DATE),
					${e.cost}, ${currency}, ${e.notes || null})`);
				added++;
			}
		}
	});
	issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
	return { format: 'meta-ads-manager', added, updated, unchanged, rejected, issues };
}
