/** The columns a user can map in the browser (daily files; the CLI's --map takes any canonical column). */
export const MAPPABLE = [
	'day',
	'fans_total',
	'fans_added',
	'fans_removed',
	'fans_net',
	'reach_total',
	'reach_organic',
	'reach_paid',
	'impressions_total',
	'engaged_users',
	'interactions',
	'page_views',
	'posts_published'
] as const;

export interface Pending {
	token: string;
	file: string;
	columns: string[];
	mapping?: Record<string, string>;
	askDateFormat?: boolean;
}

/** Date orders the user may pick when a file's dates are ambiguous. */
export const DATE_CHOICES = ['DD/MM/YYYY', 'MM/DD/YYYY', 'DD/MM/YY', 'MM/DD/YY'] as const;
