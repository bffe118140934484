import type { DemoDay } from './truth';

/** One column of the legacy Page Insights page-level export. */
export interface PageCsvColumn {
	name: string;
	description: string;
	value: (d: DemoDay) => string | number;
}

const REACH_VIRAL =
	"Daily: The number of people who saw your Page or one of its posts from a story shared by a friend. These stories include liking your Page, posting to your Page's timeline, liking, commenting on or sharing one of your Page posts, answering a question you posted, responding to one of your events, mentioning your Page, tagging your Page in a photo or checking in at your location. (Unique Users)";
const PAID_UNPAID =
	'Daily: The number of new people who have liked your Page broken down by paid and non-paid. (Unique Users)';
const LIKE_SOURCES =
	'Daily: The number of times people liked your Page, broken down by the most common places where people can like your Page. (Total Count)';

/** Columns in export order: row 1 holds `name`, row 2 `description`. */
export const PAGE_CSV_COLUMNS: readonly PageCsvColumn[] = [
	{ name: 'Date', description: '', value: (d) => toFacebookDate(d.day) },
	{
		name: 'Lifetime Total Likes',
		description: 'Lifetime: The total number of people who have liked your Page. (Unique Users)',
		value: (d) => d.fansTotal
	},
	{
		name: 'Daily New Likes',
		description: 'Daily: The number of new people who have liked your Page (Unique Users)',
		value: (d) => d.fansAdded
	},
	{
		name: 'Daily Unlikes',
		description: 'Daily: The number of Unlikes of your Page (Unique Users)',
		value: (d) => d.fansRemoved
	},
	{
		name: 'Daily Page Engaged Users',
		description:
			'Daily: The number of people who engaged with your Page. Engagement includes any click or story created. (Unique Users)',
		value: (d) => d.engagedUsers
	},
	{
		name: 'Daily New likes by paid and non-paid - paid',
		description: PAID_UNPAID,
		value: (d) => d.fansAddedPaid
	},
	{
		name: 'Daily New likes by paid and non-paid - unpaid',
		description: PAID_UNPAID,
		value: (d) => d.fansAddedUnpaid
	},
	{
		name: 'Daily Total Reach',
		description:
			'Daily: The number of people who had any content from your Page or about your Page enter their screen. This includes posts, check-ins, ads, social information from people who interact with your Page and more. (Unique Users)',
		value: (d) => d.reachTotal
	},
	{
		name: 'Daily Organic Reach',
		description:
			"Daily: The number of people who visited your Page, or saw your Page or one of its posts in News Feed or ticker. These can be people who have liked your Page and people who haven't. (Unique Users)",
		value: (d) => d.reachOrganic
	},
	{
		name: 'Daily Paid Reach',
		description:
			'Daily: The number of people who saw a sponsored story or ad pointing to your Page. (Unique Users)',
		value: (d) => d.reachPaid
	},
	{ name: 'Daily Viral Reach', description: REACH_VIRAL, value: (d) => d.reachViral },
	{
		name: 'Daily Total Impressions',
		description:
			'Daily: The number of impressions seen of any content associated with your Page. (Total Count)',
		value: (d) => d.impressionsTotal
	},
	{
		name: 'Daily Organic impressions',
		description:
			"Daily: The number of times your posts were seen in News Feed or ticker or on visits to your Page. These impressions can be by people who have liked your Page and people who haven't. (Total Count)",
		value: (d) => d.impressionsOrganic
	},
	{
		name: 'Daily Paid Impressions',
		description:
			'Daily: The number of impressions of a Sponsored Story or an Ad pointing to your Page. (Total Count)',
		value: (d) => d.impressionsPaid
	},
	{
		name: 'Daily Negative feedback',
		description:
			'Daily: The number of times people have given negative feedback to your Page. (Total Count)',
		value: (d) => d.negativeFeedback
	},
	{
		name: 'Daily Logged-in Page Views',
		description: 'Daily: Page views from users logged into Facebook (Total Count)',
		value: (d) => d.pageViews
	},
	{
		name: 'Daily Like Sources - page_profile',
		description: LIKE_SOURCES,
		value: (d) => d.likeSources.pageProfile
	},
	{
		name: 'Daily Like Sources - search',
		description: LIKE_SOURCES,
		value: (d) => d.likeSources.search
	},
	{ name: 'Daily Like Sources - ads', description: LIKE_SOURCES, value: (d) => d.likeSources.ads }
];

/**
 * Format an ISO day the way legacy exports do.
 * @param iso 'YYYY-MM-DD'
 * @returns 'M/D/YYYY' without leading zeros, e.g. '1/1/2022'
 */
export function toFacebookDate(iso: string): string {
	const [y, m, d] = iso.split('-');
	return `${Number(m)}/${Number(d)}/${y}`;
}

/**
 * Encode one CSV field, quoting only when it holds a comma, a double quote or a line break.
 * @param value text, or a count that must be an integer
 */
export function csvField(value: string | number): string {
	if (typeof value === 'number') {
		if (!Number.isInteger(value)) throw new TypeError(`Non-integer CSV value: ${value}`);
		return String(value);
	}
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Write days as a legacy Facebook Page Insights page-level export: metric names, descriptions,
 * then one row per day (counts are people/day or impressions/day). CRLF, no BOM, final CRLF.
 */
export function toPageCsv(days: readonly DemoDay[]): string {
	const rows = [
		PAGE_CSV_COLUMNS.map((c) => csvField(c.name)),
		PAGE_CSV_COLUMNS.map((c) => csvField(c.description)),
		...days.map((d) => PAGE_CSV_COLUMNS.map((c) => csvField(c.value(d))))
	];
	return rows.map((r) => r.join(',')).join('\r\n') + '\r\n';
}
