/**
 * Known platform events: days when a platform changed what its numbers mean or purged accounts.
 * Shown as breaks on every chart, repeated in the text, and used by Model A's overlap rule (an
 * estimate whose windows contain one is refused). Sources are analytics.md §0.1 and §9.
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
		source: 'Brian Boland, Facebook, June 2014 [S28]'
	}),
	one({
		day: '2015-03-12',
		platform: 'facebook',
		kind: 'cleanup',
		en: 'Facebook removes memorialised and deactivated accounts from like counts',
		fr: 'Facebook retire des compteurs de J’aime les comptes commémoratifs et désactivés',
		source: 'Facebook for Business, “Making Page Likes More Meaningful”, 5 Mar 2015 [S30]'
	}),
	one({
		day: '2018-01-11',
		platform: 'facebook',
		kind: 'algorithm',
		en: 'News Feed change favouring friends and family over Pages',
		fr: 'Changement du fil d’actualité en faveur des amis et de la famille plutôt que des Pages',
		source: 'Adweek, January 2018 [S29]'
	}),
	one({
		day: '2024-03-14',
		platform: 'facebook',
		kind: 'metric',
		en: 'Page engaged users (page_engaged_users) deprecated',
		fr: 'Indicateur « utilisateurs engagés » (page_engaged_users) supprimé',
		source: 'Meta for Developers, Page Insights deprecations [S40]'
	}),
	one({
		day: '2025-06-15',
		platform: 'facebook',
		kind: 'metric',
		en: 'Unique reach metrics deprecated, replaced by “views” (a different definition)',
		fr: 'Indicateurs de portée unique supprimés, remplacés par les « vues » (autre définition)',
		source: 'Meta for Developers, Page Insights deprecations [S40]'
	}),
	one({
		day: '2025-11-15',
		platform: 'facebook',
		kind: 'metric',
		en: 'Page likes (page_fans) replaced by follows (page_follows): not the same series',
		fr: 'Les J’aime de la Page (page_fans) remplacés par les abonnements (page_follows) : pas la même série',
		source: 'Meta for Developers, Page Insights deprecations [S40]'
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
