import { countCell, dayLegacyFacebookCell } from './cells.ts';
import { hasHeaders, type Field, type LayoutSpec, mapKeyed } from './mapper.ts';
import type { Importer } from './types.ts';

/**
 * Legacy Facebook Page Insights export, page level (CSV, about 2012–2018): one row per day.
 * Row 1 = metric names, row 2 = their descriptions, data from row 3; `M/D/YYYY` dates. The 2018
 * exports write `YYYY-MM-DD`, start with a BOM and leave cells empty where the metric is 0: those
 * stay unknown (NULL), since the file does not write the 0. A file without the description row
 * (its row 2 already a day) is read from row 2.
 * Breakdown columns (`Daily Like Sources - search`, …) and every other metric are kept as extras.
 * Only the Daily metrics map to canonical columns; Weekly / 28 Days versions stay extras.
 */
const fields: Field[] = [
	{ target: 'day', headers: ['Date'], cell: dayLegacyFacebookCell },
	{ target: 'fans_total', headers: ['Lifetime Total Likes'], cell: countCell },
	{ target: 'fans_added', headers: ['Daily New Likes'], cell: countCell },
	{ target: 'fans_removed', headers: ['Daily Unlikes'], cell: countCell },
	{
		target: 'fans_added_paid',
		headers: ['Daily New likes by paid and non-paid - paid', 'Daily Paid Likes'],
		cell: countCell
	},
	{
		target: 'fans_added_unpaid',
		headers: [
			'Daily New likes by paid and non-paid - unpaid',
			'Daily Unpaid Likes',
			'Daily Organic Likes'
		],
		cell: countCell
	},
	{ target: 'reach_total', headers: ['Daily Total Reach'], cell: countCell },
	{ target: 'reach_organic', headers: ['Daily Organic Reach'], cell: countCell },
	{ target: 'reach_paid', headers: ['Daily Paid Reach'], cell: countCell },
	{ target: 'reach_viral', headers: ['Daily Viral Reach'], cell: countCell },
	{ target: 'impressions_total', headers: ['Daily Total Impressions'], cell: countCell },
	{ target: 'impressions_organic', headers: ['Daily Organic impressions'], cell: countCell },
	{ target: 'impressions_paid', headers: ['Daily Paid Impressions'], cell: countCell },
	{ target: 'engaged_users', headers: ['Daily Page Engaged Users'], cell: countCell },
	{ target: 'interactions', headers: ['Daily Page Stories'], cell: countCell },
	{ target: 'negative_feedback', headers: ['Daily Negative feedback'], cell: countCell },
	{
		target: 'page_views',
		headers: ['Daily Logged-in Page Views', 'Daily Total Page Views'],
		cell: countCell
	}
];

const spec = { headerRows: 2, key: 'day', fields } satisfies LayoutSpec;
const DAY = /^\s*(\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2})\s*$/;

export const facebookInsightsPage: Importer = {
	id: 'facebook-insights-page',
	label: 'Facebook Page Insights export (page level, daily)',
	platform: 'facebook',
	kind: 'daily',
	detect: (rows) =>
		(rows[0]?.[0] ?? '').trim() === 'Date' &&
		hasHeaders(rows, ['Lifetime Total Likes', 'Daily New Likes']),
	map: (rows) =>
		mapKeyed(rows, DAY.test(rows[1]?.[0] ?? '') ? { ...spec, headerRows: 1 } : spec, 'daily')
};
