import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_TRUTH } from '../../../src/lib/demo/generate.ts';
import type { Db } from '../../../src/lib/server/db/index.ts';
import { loadDemo } from '../../../src/lib/server/demo.ts';
import {
	addCampaign,
	campaignInputSchema,
	importCampaignsCsv,
	listCampaigns
} from '../../../src/lib/server/campaigns.ts';
import { getPage } from '../../../src/lib/server/pages.ts';
import { pageReport } from '../../../src/lib/server/report.ts';
import { sql } from '../../../src/lib/sql.ts';
import { currencyIssue, currencyIssueText } from '../../../src/lib/report/messages/currency.ts';
import { translateMessage } from '../../../src/lib/i18n/messages.ts';
import { createTestDb, FIXTURES, importFixtures, storeChecksum } from '../../helpers/db.ts';

let current: Db;
vi.mock('$lib/server/store', () => ({ store: async () => current }));

const EN_EUROS = '“euros” is not an ISO 4217 currency code: write EUR.';
const FR_EUROS = '« euros » n’est pas un code de devise ISO 4217 : écrivez EUR.';

describe('currencies are ISO 4217 codes, from Intl’s own list', () => {
	it('accepts codes in any case and refuses names and symbols with the fix', () => {
		expect(currencyIssue('EUR')).toBeNull();
		expect(currencyIssue('usd')).toBeNull();
		expect(currencyIssue('euros')).toEqual({
			code: 'currency-invalid',
			value: 'euros',
			suggestion: 'EUR'
		});
		expect(currencyIssue('€')?.suggestion).toBe('EUR');
		expect(currencyIssue('livres sterling')?.suggestion).toBe('GBP');
		expect(currencyIssue('XYZ')).toEqual({
			code: 'currency-invalid',
			value: 'XYZ',
			suggestion: null
		});
		const ok = campaignInputSchema.parse({
			channel: 'ads',
			start: '2024-01-01',
			end: '2024-01-02',
			currency: 'chf'
		});
		expect(ok.currency).toBe('CHF');
		const bad = campaignInputSchema.safeParse({
			channel: 'ads',
			start: '2024-01-01',
			end: '2024-01-02',
			currency: 'euros'
		});
		expect(bad.success).toBe(false);
		const issue = bad.error!.issues[0];
		expect(issue.path).toEqual(['currency']);
		// English in the issue, with its code and parameters; French where it is shown
		expect(issue.message).toBe(EN_EUROS);
		expect((issue as { params?: unknown }).params).toEqual({
			code: 'currency-invalid',
			value: 'euros',
			suggestion: 'EUR'
		});
		expect(translateMessage(issue.message, 'fr')).toBe(FR_EUROS);
		expect(currencyIssueText(currencyIssue('euros')!, 'fr')).toBe(FR_EUROS);
		const unknown = campaignInputSchema.safeParse({
			channel: 'ads',
			start: '2024-01-01',
			end: '2024-01-02',
			currency: 'XYZ'
		});
		expect(translateMessage(unknown.error!.issues[0].message, 'fr')).toBe(
			'« XYZ » n’est pas un code de devise ISO 4217 : écrivez le code à trois lettres (EUR, USD, GBP…).'
		);
	});
});

describe('every ledger entry point refuses a bad currency and changes nothing', () => {
	beforeEach(async () => {
		current = await createTestDb();
		await importFixtures(current, 'p', 'facebook/page-basic-cp1252.csv');
	});

	it('the ledger CSV: the row is rejected with its number, column and the fix', async () => {
		const before = await storeChecksum(current);
		const csv =
			'channel,label,vendor,start,end,cost,currency,hours,hourly_rate,promised_qty,notes\n' +
			'ads,Boost,Meta,2024-06-01,2024-06-10,30,euros,,,,\n';
		const r = await importCampaignsCsv(current, 1, csv);
		expect(r).toEqual({
			added: 0,
			rejected: 1,
			issues: [{ row: 2, column: 'currency', message: EN_EUROS }]
		});
		// the ledger page and the CLI show issues through translateMessage
		expect(translateMessage(r.issues[0].message, 'fr')).toBe(FR_EUROS);
		expect(await storeChecksum(current)).toEqual(before);
	});

	it('the ledger form: the field says why, with the fix', async () => {
		// the ledger route, wherever the views put it under /pages/[slug]
		const route = ['ledger', '(views)/ledger']
			.map((d) =>
				join(import.meta.dirname, '../../../src/routes/pages/[slug]', d, '+page.server.ts')
			)
			.find((f) => existsSync(f))!;
		const { actions } = (await import(/* @vite-ignore */ route)) as {
			actions: Record<string, (event: never) => unknown>;
		};
		const before = await storeChecksum(current);
		const form = new FormData();
		for (const [k, v] of Object.entries({
			channel: 'ads',
			start: '2024-06-01',
			end: '2024-06-10',
			cost: '30',
			currency: 'euros'
		}))
			form.set(k, v);
		const call = (lang: 'en' | 'fr') =>
			actions.add({
				request: new Request('http://127.0.0.1/pages/p/ledger?/add', {
					method: 'POST',
					body: form
				}),
				params: { slug: 'p' },
				locals: { lang }
			} as never) as Promise<{ status: number; data: { errors: Record<string, string> } }>;
		const r = await call('fr');
		expect(r.status).toBe(400);
		expect(r.data.errors).toEqual({ currency: EN_EUROS });
		// the page shows each error through translateMessage, in its language
		expect(translateMessage(r.data.errors.currency, 'fr')).toBe(FR_EUROS);
		expect(await storeChecksum(current)).toEqual(before);
	});
});

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'sablier.js');
async function sablier(...args: string[]) {
	try {
		const { stdout, stderr } = await run('node', [BIN, ...args], {
			env: { ...process.env, LANG: 'en' }
		});
		return { code: 0, stdout, stderr };
	} catch (e) {
		return e as { code: number; stdout: string; stderr: string };
	}
}

describe('the CLI refuses a bad currency', () => {
	it('campaigns add --currency euros: exit 1, the fix in both languages, nothing recorded', async () => {
		const db = join(mkdtempSync(join(tmpdir(), 'sablier-currency-')), 'store.duckdb');
		const page = join(FIXTURES, 'facebook', 'page-basic-cp1252.csv');
		expect((await sablier('import', '--db', db, '--page', 'p', page)).code).toBe(0);
		const add = ['campaigns', 'add', '--db', db, '--page', 'p', '--channel', 'ads'];
		const entry = ['--start', '2024-06-01', '--cost', '30', '--currency', 'euros'];
		const en = await sablier(...add, ...entry);
		expect(en.code).toBe(1);
		expect(en.stderr).toContain(`--currency: ${EN_EUROS}`);
		const fr = await sablier(...add, ...entry, '--lang', 'fr');
		expect(fr.code).toBe(1);
		expect(fr.stderr).toContain(`--currency: ${FR_EUROS}`);
		const list = await sablier('campaigns', 'list', '--db', db, '--page', 'p', '--json');
		expect(JSON.parse(list.stdout)).toEqual({ campaigns: [] });
		// the fixed command is accepted
		expect((await sablier(...add, ...entry.slice(0, -1), 'EUR')).code).toBe(0);
	});
});

describe('the report sums costs per currency, never across', () => {
	it('keeps two currencies of one channel apart, and ignores a bad code outside the period', async () => {
		const db = await createTestDb();
		await loadDemo(db);
		const page = (await getPage(db, DEMO_TRUTH.page.slug))!;
		const ads = (await listCampaigns(db, page.id)).filter((c) => c.channel === 'ads');
		const eur = ads.reduce((a, c) => a + (c.cost ?? 0) + (c.hours ?? 0) * (c.hourly_rate ?? 0), 0);
		await addCampaign(
			db,
			page.id,
			campaignInputSchema.parse({
				channel: 'ads',
				label: 'US boost',
				start: '2024-02-01',
				end: '2024-02-29',
				cost: '200',
				currency: 'usd'
			})
		);
		// a code stored before validation existed, on an entry before the period
		await db.exec(sql`INSERT INTO campaigns (page_id, channel, label, start_day, end_day, cost, currency)
			VALUES (${page.id}, 'contest', 'old', CAST('2019-01-01' AS DATE), CAST('2019-01-02' AS DATE), 10, 'EUROS')`);
		for (const lang of ['en', 'fr'] as const) {
			const r = (await pageReport(db, DEMO_TRUTH.page.slug, { lang, reps: 0 }))!;
			expect(r.currency).toBe('EUR');
			const channel = r.channels.find((c) => c.channel === 'ads')!;
			expect(channel.cost).toBeNull();
			expect(channel.costByCurrency!.USD).toBeCloseTo(200, 9);
			expect(channel.costByCurrency!.EUR).toBeCloseTo(eur, 9);
			expect(channel.costPerRetainedFan).toEqual({ m6: null, m12: null });
			const costs = r.narrative.sections.find((s) => s.id === 'costs')!.paragraphs.join(' ');
			expect(costs.replace(/[\u202f\u00a0]/g, ' ')).toContain(
				lang === 'en'
					? `Ads cost €${eur.toLocaleString('en-GB')} and US$200;`
					: `La publicité a coûté ${eur.toLocaleString('fr-FR').replace(/[\u202f\u00a0]/g, ' ')} € et 200 $US ;`
			);
			expect(r.caveats.join(' ')).toMatch(/EUR (and|et en) USD/);
			// the other channels keep a single cost
			expect(r.channels.find((c) => c.channel === 'bought')!.cost).toBeGreaterThan(0);
		}
	});
	it('a code that Intl does not know, inside the period, is written as it is and never fails', async () => {
		const db = await createTestDb();
		await loadDemo(db);
		const page = (await getPage(db, DEMO_TRUTH.page.slug))!;
		await db.exec(sql`UPDATE campaigns SET currency = 'EUROS' WHERE page_id = ${page.id}`);
		const r = (await pageReport(db, DEMO_TRUTH.page.slug, { lang: 'en', reps: 0 }))!;
		expect(r.currency).toBe('EUROS');
		expect(r.narrative.sections.find((s) => s.id === 'costs')!.paragraphs[0]).toMatch(
			/^Community work cost [\d,]+ EUROS/
		);
	});
});
