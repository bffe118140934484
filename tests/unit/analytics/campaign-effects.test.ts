import { describe, expect, it } from 'vitest';
import {
	campaignEffects,
	episodes,
	excessByDay,
	isEvent
} from '../../../src/lib/analytics/campaign-effects.ts';
import { concerns, PLATFORM_EVENTS } from '../../../src/lib/analytics/platform-events.ts';
import type { DailyPoint, LedgerEntry } from '../../../src/lib/analytics/types.ts';
import { addDays } from '../../helpers/synthetic/series.ts';

const entry = (id: string, channel: LedgerEntry['channel'], start: string, end: string) =>
	({
		id,
		channel,
		label: id,
		start,
		end,
		cost: 100,
		hours: null,
		hourlyRate: null,
		promisedQty: null
	}) satisfies LedgerEntry;

/** 400 days from 2023-06-01: 20 new fans/day and 500 engaged/day exactly, + `lift` on given days. */
function page(lift: (day: string) => number): DailyPoint[] {
	return Array.from({ length: 400 }, (_, i) => {
		const day = addDays('2023-06-01', i);
		return {
			day,
			fans_total: null,
			fans_added: 20 + lift(day),
			fans_removed: null,
			fans_added_paid: null,
			reach_total: null,
			reach_organic: 5000 + 10 * (i % 7),
			reach_paid: null,
			reach_viral: null,
			engaged_users: 500,
			posts_published: null
		};
	});
}

describe('episodes: contiguous or overlapping entries of one channel are one campaign', () => {
	const ads = [
		entry('a1', 'ads', '2024-01-01', '2024-01-31'),
		entry('a2', 'ads', '2024-02-01', '2024-02-29'),
		entry('a3', 'ads', '2024-03-01', '2024-03-31'),
		entry('x', 'exchange', '2024-02-10', '2024-02-20'),
		entry('a4', 'ads', '2024-05-01', '2024-05-10')
	];
	it('merges touching days of one channel only', () => {
		const eps = episodes(ads);
		expect(eps.map((e) => [e.channel, e.start, e.end, e.entries.map((x) => x.id)])).toEqual([
			['ads', '2024-01-01', '2024-03-31', ['a1', 'a2', 'a3']],
			['exchange', '2024-02-10', '2024-02-20', ['x']],
			['ads', '2024-05-01', '2024-05-10', ['a4']]
		]);
	});
	it('an episode longer than 92 days is ongoing: none of its entries is an event', () => {
		const four = [...ads, entry('a0', 'ads', '2023-12-01', '2023-12-31')];
		expect(ads.filter(isEvent).map((e) => e.id)).toEqual(['a1', 'a2', 'a3', 'x', 'a4']);
		expect(four.filter(isEvent).map((e) => e.id)).toEqual(['x', 'a4']);
		// alone, an entry's own span decides
		expect(isEvent(ads[0])).toBe(true);
	});
});

describe('campaignEffects: what blocks and what is modelled', () => {
	const exchange = entry('x', 'exchange', '2024-03-01', '2024-03-10');
	// +30 new fans/day on the exchange's days: truth 300
	const lifted = page((d) => (d >= exchange.start && d <= exchange.end ? 30 : 0));
	const fans = (r: ReturnType<typeof campaignEffects>) => r.fansAdded.effect;

	it('the 2024-03-14 engaged-users deprecation blocks engaged users only', () => {
		const events = PLATFORM_EVENTS.filter((e) => e.day === '2024-03-14');
		expect(concerns(events[0], 'engaged_users')).toBe(true);
		expect(concerns(events[0], 'fans_added')).toBe(false);
		const r = campaignEffects(exchange, lifted, [exchange], events);
		expect(r.engagedUsers.reason).toBe('blocked-overlap');
		expect(fans(r)?.estimate).toBeCloseTo(300, 6);
		expect(r.reachOrganic.reason).toBeNull();
		// a user's own event has no metric list: it concerns every outcome
		const own = [{ ...events[0], metrics: undefined, custom: true }];
		expect(campaignEffects(exchange, lifted, [exchange], own).fansAdded.reason).toBe(
			'blocked-overlap'
		);
	});

	it('an earlier campaign in the pre window is an intervention, not a refusal', () => {
		const pack = entry('b', 'bought', '2024-01-05', '2024-01-06');
		const both = page(
			(d) =>
				(d >= exchange.start && d <= exchange.end ? 30 : 0) +
				(d >= pack.start && d <= pack.end ? 900 : 0)
		);
		const r = campaignEffects(exchange, both, [pack, exchange], []);
		expect(r.fansAdded.reason).toBeNull();
		expect(fans(r)?.estimate).toBeCloseTo(300, 6);
		// the pack itself (post window to 5 Feb) sees its own 2 × 900
		expect(fans(campaignEffects(pack, both, [pack, exchange], []))?.estimate).toBeCloseTo(1800, 6);
		// an exchange starting inside the pack's post window refuses the pack's estimate
		const soon = { ...exchange, start: '2024-01-25', end: '2024-02-03' };
		expect(campaignEffects(pack, both, [pack, soon], []).fansAdded.reason).toBe('blocked-overlap');
	});

	it('three monthly entries: estimated once, each carries its days’ share, excess by day sums to it', () => {
		const months = [
			entry('m1', 'ads', '2024-03-01', '2024-03-31'),
			entry('m2', 'ads', '2024-04-01', '2024-04-30'),
			entry('m3', 'ads', '2024-05-01', '2024-05-31')
		];
		const days = page((d) => (d >= '2024-03-01' && d <= '2024-05-31' ? 10 : 0));
		const rs = months.map((m) => campaignEffects(m, days, months, []));
		const effects = rs.map((r) => fans(r)!);
		expect(effects.map((e) => e.episode?.share)).toEqual([31 / 92, 30 / 92, 31 / 92]);
		// truth 10 × 92 = 920, split by days
		expect(effects.reduce((a, e) => a + e.estimate, 0)).toBeCloseTo(920, 6);
		expect(effects[1].estimate).toBeCloseTo(300, 6);
		expect(effects[0].episode).toMatchObject({ start: '2024-03-01', end: '2024-05-31' });
		const m = excessByDay(rs[1].fansAdded, months[1], days);
		expect(m.size).toBe(30);
		expect([...m.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(300, 6);
	});
});
