/**
 * Known platform events: days when a platform changed what its numbers mean or purged accounts.
 * Shown as breaks on every chart, repeated in the text, and used by Model A, but only for the
 * metrics an event concerns (`metrics`; absent = every metric, as for the user's own events):
 * one in an estimate's post window refuses it, one before is modelled as an intervention.
 * Sources are analytics.md §0.1 and §9.
 * `kind`: 'cleanup' = counts purged without unlikes; 'algorithm' = distribution changed;
 * 'metric' = a metric deprecated or redefined (a structural break in its series).
 */
export interface PlatformEvent {
	day: string;
	/** last day the event affects (inclusive); same as `day` for a one-day event */
	end: string;
	platform: 'facebook' | 'instagram' | 'x' | 'linkedin' | 'youtube' | 'any';
	kind: 'cleanup' | 'algorithm' | 'metric';
	en: string;
	fr: string;
	source: string;
	/** true for events the user added */
	custom?: boolean;
	/** Canonical daily columns whose meaning or level the event changed; absent = all of them. */
	metrics?: readonly string[];
}

const REACH = ['reach_total', 'reach_organic', 'reach_paid', 'reach_viral'];
/** What a change of distribution moves: reach, what people do with it, and the fans it brings. */
const DISTRIBUTION = [
	...REACH,
	'impressions_total',
	'impressions_organic',
	'engaged_users',
	'interactions',
	'fans_added'
];

/** Does the event concern this canonical daily column? */
export function concerns(e: PlatformEvent, metric: string): boolean {
	return e.metrics === undefined || e.metrics.includes(metric);
}

const one = (e: Omit<PlatformEvent, 'end'> & { end?: string }): PlatformEvent => ({
	end: e.day,
	...e
});

export const PLATFORM_EVENTS: readonly PlatformEvent[] = [
	one({
		day: '2014-06-01',
		end: '2014-06-30',
		platform: 'facebook',
		kind: 'algorithm',
		en: 'Facebook explains the decline of organic reach (News Feed shows ~300 of ~1,500 candidate stories)',
		fr: 'Facebook explique la baisse de la portée organique (le fil montre ~300 des ~1 500 publications candidates)',
		source: 'Brian Boland, Facebook, June 2014 [S28]',
		metrics: DISTRIBUTION
	}),
	one({
		day: '2015-03-12',
		platform: 'facebook',
		kind: 'cleanup',
		en: 'Facebook removes memorialised and deactivated accounts from like counts',
		fr: 'Facebook retire des compteurs de J’aime les comptes commémoratifs et désactivés',
		source: 'Facebook for Business, “Making Page Likes More Meaningful”, 5 Mar 2015 [S30]',
		metrics: ['fans_total']
	}),
	one({
		day: '2018-01-11',
		platform: 'facebook',
		kind: 'algorithm',
		en: 'News Feed change favouring friends and family over Pages',
		fr: 'Changement du fil d’actualité en faveur des amis et de la famille plutôt que des Pages',
		source: 'Adweek, January 2018 [S29]',
		metrics: DISTRIBUTION
	}),
	one({
		day: '2024-03-14',
		platform: 'facebook',
		kind: 'metric',
		en: 'Page engaged users (page_engaged_users) deprecated',
		fr: 'Indicateur « utilisateurs engagés » (page_engaged_users) supprimé',
		source: 'Meta for Developers, Page Insights deprecations [S40]',
		metrics: ['engaged_users']
	}),
	one({
		day: '2025-06-15',
		platform: 'facebook',
		kind: 'metric',
		en: 'Unique reach metrics deprecated, replaced by “views” (a different definition)',
		fr: 'Indicateurs de portée unique supprimés, remplacés par les « vues » (autre définition)',
		source: 'Meta for Developers, Page Insights deprecations [S40]',
		metrics: REACH
	}),
	one({
		day: '2025-11-15',
		platform: 'facebook',
		kind: 'metric',
		en: 'Page likes (page_fans) replaced by follows (page_follows): not the same series',
		fr: 'Les J’aime de la Page (page_fans) remplacés par les abonnements (page_follows) : pas la même série',
		source: 'Meta for Developers, Page Insights deprecations [S40]',
		metrics: ['fans_total', 'fans_added', 'fans_removed', 'fans_net']
	})
];

/** Events of a platform (and platform-independent ones) that touch [from, to], both inclusive. */
export function eventsBetween(
	events: readonly PlatformEvent[],
	platform: string,
	from: string,
	to: string
): PlatformEvent[] {
	return events.filter(
		(e) => (e.platform === platform || e.platform === 'any') && e.day <= to && e.end >= from
	);
}
