import { fail } from '@sveltejs/kit';
import { CHANNEL_COLOURS } from '$lib/components/charts/common';
import { rangeChart } from '$lib/components/charts/range-chart';
import { dict } from '$lib/i18n';
import { costRows } from '$lib/report/costs';
import {
	memoChart,
	pageOr404,
	renderBoth,
	setPageValues,
	viewContext
} from '$lib/server/analysis-page';
import { listCampaigns } from '$lib/server/campaigns';
import { serverRendered } from '$lib/server-rendered';
import type { LedgerEntry } from '$lib/analytics/types';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ isDataRequest, locals, url, parent }) => {
	const ctx = await viewContext((await parent()).page, url, locals.lang);
	const base = { values: ctx.values };
	if (ctx.state?.status !== 'ready')
		return serverRendered(isDataRequest, {
			...base,
			ready: null,
			failed: ctx.state?.status === 'failed' ? ctx.state.message : null
		});
	const { report } = ctx.state.analysis;
	const v = dict(locals.lang).views;
	const campaigns = await listCampaigns(ctx.db, ctx.page.id);
	const currency = campaigns.find((c) => c.currency)?.currency ?? 'EUR';
	const ledger: LedgerEntry[] = campaigns.map((c) => ({
		id: String(c.id),
		channel: c.channel,
		label: c.label,
		start: c.start,
		end: c.end,
		cost: c.cost,
		hours: c.hours,
		hourlyRate: c.hourly_rate,
		promisedQty: c.promised_qty
	}));
	const rows = costRows(report, ledger);
	const ranged = rows.filter((r) => r.perRetained12?.estimate != null);
	// the ledger's currency is in the key: the chart's axis names it
	const chart = memoChart(ctx.state.analysis, `costs|${locals.lang}|${currency}`, () =>
		ranged.length
			? renderBoth(
					(w) =>
						rangeChart(
							ranged.map((r) => ({
								label: v.channelNames[r.channel] ?? r.channel,
								estimate: r.perRetained12!.estimate as number,
								low: r.perRetained12!.low,
								high: r.perRetained12!.high,
								colour: CHANNEL_COLOURS[r.channel]
							})),
							{ locale: v.locale, valueAxis: v.costAxis(currency) },
							w
						),
					v.costChart
				)
			: null
	);
	return serverRendered(isDataRequest, {
		...base,
		failed: null,
		ready: {
			computedAt: ctx.state.computedAt,
			tookMs: ctx.state.tookMs,
			rows,
			chart,
			currency,
			currencies: [...new Set(campaigns.map((c) => c.currency).filter(Boolean))],
			roi: report.roi
		}
	});
};

/** "12,5" or "12.5" → 12.5; empty → null; anything else or negative → NaN. */
function number(v: FormDataEntryValue | null): number | null {
	const s = String(v ?? '').trim();
	if (!s) return null;
	const n = Number(s.replace(/\s/g, '').replace(',', '.'));
	return Number.isFinite(n) && n >= 0 ? n : NaN;
}

export const actions: Actions = {
	/** The value of an engaged person / a conversion for this page (ROI appears only with one). */
	value: async ({ request, params, locals }) => {
		const { db, page } = await pageOr404(params.slug, locals.lang);
		const form = await request.formData();
		if (form.get('clear')) {
			await setPageValues(db, page.id, null);
			return { saved: true };
		}
		const engaged = number(form.get('valuePerEngaged'));
		const conversion = number(form.get('valuePerConversion'));
		const rate = number(form.get('discountRate'));
		const values = {
			valuePerEngaged: String(form.get('valuePerEngaged') ?? ''),
			valuePerConversion: String(form.get('valuePerConversion') ?? ''),
			discountRate: String(form.get('discountRate') ?? '')
		};
		if (
			[engaged, conversion, rate].some((n) => Number.isNaN(n)) ||
			(engaged === null && conversion === null) ||
			(rate !== null && rate > 100)
		)
			return fail(400, { bad: true, values });
		const campaigns = await listCampaigns(db, page.id);
		await setPageValues(db, page.id, {
			valuePerEngaged: engaged,
			valuePerConversion: conversion,
			discountRate: (rate ?? 10) / 100,
			currency: campaigns.find((c) => c.currency)?.currency ?? 'EUR'
		});
		return { saved: true };
	}
};
