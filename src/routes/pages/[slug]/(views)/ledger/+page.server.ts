import { error, fail } from '@sveltejs/kit';
import { dict } from '$lib/i18n';
import {
	addCampaign,
	CAMPAIGN_CSV_HEADER,
	campaignInputSchema,
	deleteCampaign,
	listCampaigns,
	updateCampaign
} from '$lib/server/campaigns';
import { ledgerTotals } from '$lib/report/ledger-totals';
import { getPage } from '$lib/server/pages';
import { importLedgerFile } from '$lib/server/ads-manager';
import { store } from '$lib/server/store';
import { serverRendered } from '$lib/server-rendered';
import type { Actions, PageServerLoad } from './$types';

async function pageOr404(slug: string, lang: 'en' | 'fr') {
	const db = await store();
	const page = await getPage(db, slug);
	if (!page) error(404, dict(lang).errorNotFound);
	return { db, page };
}

const PREFILL = ['channel', 'label', 'start', 'end', 'promised_qty'] as const;

export const load: PageServerLoad = async ({ isDataRequest, params, locals, url }) => {
	const { db, page } = await pageOr404(params.slug, locals.lang);
	const campaigns = await listCampaigns(db, page.id);
	const editId = Number(url.searchParams.get('edit'));
	const editing = campaigns.find((c) => c.id === editId) ?? null;
	// "was this you?" on a spike: the form opens with its channel, days and excess
	const prefill = Object.fromEntries(
		PREFILL.flatMap((k) => {
			const v = url.searchParams.get(k);
			return v ? [[k, v.slice(0, 200)]] : [];
		})
	);
	return serverRendered(isDataRequest, {
		page,
		campaigns,
		totals: ledgerTotals(campaigns),
		editing,
		prefill: Object.keys(prefill).length ? prefill : null
	});
};

function readEntry(form: FormData) {
	const values = Object.fromEntries(CAMPAIGN_CSV_HEADER.map((f) => [f, String(form.get(f) ?? '')]));
	const parsed = campaignInputSchema.safeParse(values);
	const errors: Record<string, string> = {};
	if (!parsed.success) for (const i of parsed.error.issues) errors[String(i.path[0])] ??= i.message;
	return { values, parsed, errors };
}

export const actions: Actions = {
	add: async ({ request, params, locals }) => {
		const { db, page } = await pageOr404(params.slug, locals.lang);
		const form = await request.formData();
		const values = Object.fromEntries(
			CAMPAIGN_CSV_HEADER.map((f) => [f, String(form.get(f) ?? '')])
		);
		const parsed = campaignInputSchema.safeParse(values);
		if (!parsed.success) {
			const errors: Record<string, string> = {};
			for (const i of parsed.error.issues) errors[String(i.path[0])] ??= i.message;
			return fail(400, { action: 'add' as const, values, errors });
		}
		await addCampaign(db, page.id, parsed.data);
		return { action: 'add' as const, added: true };
	},
	update: async ({ request, params, locals }) => {
		const { db, page } = await pageOr404(params.slug, locals.lang);
		const form = await request.formData();
		const id = Number(form.get('id'));
		const { values, parsed, errors } = readEntry(form);
		if (!parsed.success) return fail(400, { action: 'update' as const, id, values, errors });
		if (!Number.isInteger(id) || !(await updateCampaign(db, id, page.id, parsed.data)))
			return fail(404, { action: 'update' as const });
		return { action: 'update' as const, updated: id };
	},
	delete: async ({ request, params, locals }) => {
		const { db, page } = await pageOr404(params.slug, locals.lang);
		const id = Number((await request.formData()).get('id'));
		if (!Number.isInteger(id) || !(await deleteCampaign(db, id, page.id)))
			return fail(404, { action: 'delete' as const });
		return { action: 'delete' as const, deleted: id };
	},
	import: async ({ request, params, locals }) => {
		const { db, page } = await pageOr404(params.slug, locals.lang);
		const file = (await request.formData()).get('file');
		if (!(file instanceof File) || file.size === 0)
			return fail(400, { action: 'import' as const, message: dict(locals.lang).importNoFiles });
		try {
			// Sablier's ledger CSV, or a Meta Ads Manager export (.csv, .xlsx, .xls)
			const bytes = new Uint8Array(await file.arrayBuffer());
			const result = await importLedgerFile(db, page.id, file.name, bytes);
			return { action: 'import' as const, result };
		} catch (e) {
			return fail(400, { action: 'import' as const, message: (e as Error).message });
		}
	}
};
