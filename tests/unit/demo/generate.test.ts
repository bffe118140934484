import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { DEMO_CHANNELS, DEMO_TRUTH, generateDemo } from '../../../src/lib/demo/generate';
import type { DemoDay } from '../../../src/lib/demo/generate';
import { toFacebookDate } from '../../../src/lib/demo/facebook-csv';

const demo = generateDemo();
const { truth, days, pageCsv } = demo;
const at = (iso: string): number => days.findIndex((d) => d.day === iso);
const median = (xs: number[]): number => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** Values of `pick` over the 14 days either side of [i0, i1], excluding [i0, i1]. */
const around = (i0: number, i1: number, pick: (d: DemoDay) => number): number[] =>
	days.filter((_, i) => (i >= i0 - 14 && i < i0) || (i > i1 && i <= i1 + 14)).map(pick);
const NUMERIC_KEYS = Object.keys(days[0]).filter(
	(k) => typeof days[0][k as keyof DemoDay] === 'number'
);

describe('generateDemo: determinism and shape', () => {
	it('same seed gives an identical CSV, another seed a different one', () => {
		expect(generateDemo().pageCsv).toBe(pageCsv);
		expect(generateDemo({ seed: DEMO_TRUTH.seed }).pageCsv).toBe(pageCsv);
		expect(generateDemo({ seed: 7 }).pageCsv).not.toBe(pageCsv);
	});

	it('covers 1096 contiguous days from 2022-01-01 to 2024-12-31', () => {
		expect(days).toHaveLength(1096);
		expect(truth.days).toBe(1096);
		expect(days[0].day).toBe('2022-01-01');
		expect(days.at(-1)?.day).toBe('2024-12-31');
		expect(truth.end).toBe('2024-12-31');
		for (let i = 1; i < days.length; i++) {
			const gap =
				Date.parse(`${days[i].day}T00:00:00Z`) - Date.parse(`${days[i - 1].day}T00:00:00Z`);
			expect(gap, days[i].day).toBe(86_400_000);
		}
	});

	it('honours start and days options and rejects bad ones', () => {
		const short = generateDemo({ start: '2021-06-01', days: 30 });
		expect(short.days).toHaveLength(30);
		expect(short.days[29].day).toBe('2021-06-30');
		expect(short.truth.cleanup).toBeNull();
		expect(() => generateDemo({ start: '2022-02-30' })).toThrow(RangeError);
		expect(() => generateDemo({ days: 0 })).toThrow(RangeError);
	});
});

describe('generateDemo: accounting invariants', () => {
	it('has only non-negative integers', () => {
		for (const d of days) {
			for (const k of NUMERIC_KEYS) {
				const v = d[k as keyof DemoDay] as number;
				expect(Number.isInteger(v) && v >= 0, `${d.day} ${k}=${v}`).toBe(true);
			}
			for (const c of DEMO_CHANNELS) {
				expect(d.addsByChannel[c]).toBeGreaterThanOrEqual(0);
				expect(d.removedByChannel[c]).toBeGreaterThanOrEqual(0);
			}
		}
	});

	it('fansTotal[t] = fansTotal[t-1] + added - removed, minus N on the clean-up day only', () => {
		const cleanup = truth.cleanup;
		expect(cleanup).not.toBeNull();
		if (!cleanup) return;
		expect(cleanup.day).toBe(DEMO_TRUTH.cleanup.day);
		expect(days[cleanup.index].day).toBe(cleanup.day);
		expect(cleanup.removed).toBeGreaterThan(100);
		expect(cleanup.byChannel.bought).toBeGreaterThan(cleanup.removed / 2);
		let prev: number = DEMO_TRUTH.startFans;
		days.forEach((d, i) => {
			const drop = prev + d.fansAdded - d.fansRemoved - d.fansTotal;
			expect(drop, d.day).toBe(i === cleanup.index ? cleanup.removed : 0);
			prev = d.fansTotal;
		});
		expect(truth.finalFansTotal).toBe(days.at(-1)?.fansTotal);
	});

	it('adds split exactly into paid/unpaid, channels and like sources; reach adds up', () => {
		for (const d of days) {
			const byChannel = DEMO_CHANNELS.reduce((s, c) => s + d.addsByChannel[c], 0);
			const removed = DEMO_CHANNELS.reduce((s, c) => s + d.removedByChannel[c], 0);
			const sources = d.likeSources.pageProfile + d.likeSources.search + d.likeSources.ads;
			expect([d.fansAddedPaid + d.fansAddedUnpaid, byChannel, sources], d.day).toEqual(
				Array(3).fill(d.fansAdded)
			);
			expect(d.fansAddedPaid).toBe(d.addsByChannel.ads);
			expect(removed).toBe(d.fansRemoved);
			expect(d.reachTotal).toBe(d.reachOrganic + d.reachPaid + d.reachViral);
			expect(d.impressionsTotal).toBeGreaterThanOrEqual(d.impressionsOrganic + d.impressionsPaid);
			expect(d.impressionsPaid).toBeGreaterThanOrEqual(d.reachPaid);
		}
	});

	it('per-channel survivors = initial + acquired - removed - purged', () => {
		let total = 0;
		for (const c of DEMO_CHANNELS) {
			const t = truth.channels[c];
			const acquired = days.reduce((s, d) => s + d.addsByChannel[c], 0);
			const removed = days.reduce((s, d) => s + d.removedByChannel[c], 0);
			expect([t.acquired, t.removed]).toEqual([acquired, removed]);
			expect(t.purged).toBe(truth.cleanup?.byChannel[c]);
			expect(t.survivors, c).toBe(t.initial + acquired - removed - t.purged);
			expect(t.survivors).toBeGreaterThanOrEqual(0);
			expect(t.survival[365]).toBeCloseTo(Math.exp(-DEMO_TRUTH.hazards[c] * 365), 12);
			total += t.survivors;
		}
		expect(truth.channels.organic.initial).toBe(850);
		expect(truth.channels.bought.acquired).toBe(2000);
		expect(total).toBe(truth.finalFansTotal);
	});

	it('realised unfollow rates match each channel hazard (within 15%)', () => {
		for (const c of DEMO_CHANNELS) {
			let alive = truth.channels[c].initial;
			let exposure = 0;
			days.forEach((d, i) => {
				exposure += alive;
				alive += d.addsByChannel[c] - d.removedByChannel[c];
				if (i === truth.cleanup?.index) alive -= truth.cleanup.byChannel[c];
			});
			expect(alive).toBe(truth.channels[c].survivors);
			const rate = truth.channels[c].removed / exposure;
			expect(rate / (1 - Math.exp(-DEMO_TRUTH.hazards[c])), c).toBeGreaterThan(0.85);
			expect(rate / (1 - Math.exp(-DEMO_TRUTH.hazards[c])), c).toBeLessThan(1.15);
		}
	});
});

describe('generateDemo: channel signatures', () => {
	it('the bought pack spikes fansAdded without lifting reach or engagement', () => {
		const [i0, i1] = DEMO_TRUTH.bought.delivery.map((d) => at(d.day));
		const addsMedian = median(around(i0, i1, (d) => d.fansAdded));
		const reach = around(i0, i1, (d) => d.reachTotal);
		const engaged = around(i0, i1, (d) => d.engagedUsers);
		for (const i of [i0, i1]) {
			expect(days[i].fansAdded).toBeGreaterThan(50 * addsMedian);
			expect(days[i].reachTotal).toBeLessThanOrEqual(Math.max(...reach));
			expect(days[i].reachTotal).toBeGreaterThanOrEqual(Math.min(...reach));
			expect(days[i].engagedUsers).toBeLessThanOrEqual(Math.max(...engaged));
			expect(days[i].reachPaid).toBe(0);
		}
		const rate = (a: number, b: number): number =>
			days.slice(a, b).reduce((s, d) => s + d.engagedUsers / d.fansTotal, 0) / (b - a);
		expect(rate(i1 + 1, i1 + 31)).toBeLessThan(0.6 * rate(i0 - 30, i0));
	});

	it('ads days have a paid share of reach >= 0.5 and paid adds; other days none', () => {
		for (const d of days) {
			const inAds = d.day >= DEMO_TRUTH.ads.start && d.day <= DEMO_TRUTH.ads.end;
			if (inAds) {
				expect(d.reachPaid / d.reachTotal, d.day).toBeGreaterThanOrEqual(0.5);
				expect(d.fansAddedPaid).toBeGreaterThan(0);
			} else {
				expect([d.reachPaid, d.impressionsPaid, d.fansAddedPaid], d.day).toEqual([0, 0, 0]);
			}
		}
	});

	it('viral days multiply reach and organic adds; exchange month adds ~40/day', () => {
		for (const v of DEMO_TRUTH.viral.days) {
			const i = at(v.day);
			const ratio = days[i].reachTotal / median(around(i, i + 2, (d) => d.reachTotal));
			expect(ratio, v.day).toBeGreaterThan(0.6 * v.reachMultiplier);
			expect(days[i].addsByChannel.organic).toBeGreaterThan(
				3 * median(around(i, i + 2, (d) => d.addsByChannel.organic))
			);
		}
		const exchange = days.filter((d) => d.addsByChannel.exchange > 0);
		expect(exchange[0].day).toBe(DEMO_TRUTH.exchange.start);
		const mean = exchange.reduce((s, d) => s + d.addsByChannel.exchange, 0) / exchange.length;
		expect(mean).toBeGreaterThan(34);
		expect(mean).toBeLessThan(46);
	});
});

describe('generateDemo: legacy Page Insights CSV', () => {
	const parsed = Papa.parse<string[]>(pageCsv, { skipEmptyLines: true });
	const rows = parsed.data;

	it('is CRLF, BOM-free, newline-terminated, 2 + days rows of 19 columns', () => {
		expect(parsed.errors).toEqual([]);
		expect(pageCsv.charCodeAt(0)).not.toBe(0xfeff);
		expect(pageCsv.endsWith('\r\n')).toBe(true);
		expect(pageCsv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
		expect(pageCsv.split('\r\n')).toHaveLength(2 + days.length + 1);
		expect(rows).toHaveLength(2 + days.length);
		for (const r of rows) expect(r).toHaveLength(19);
	});

	it('has the exact header, descriptions and date format', () => {
		expect(pageCsv.slice(0, pageCsv.indexOf('\r\n'))).toBe(
			'Date,Lifetime Total Likes,Daily New Likes,Daily Unlikes,Daily Page Engaged Users,Daily New likes by paid and non-paid - paid,Daily New likes by paid and non-paid - unpaid,Daily Total Reach,Daily Organic Reach,Daily Paid Reach,Daily Viral Reach,Daily Total Impressions,Daily Organic impressions,Daily Paid Impressions,Daily Negative feedback,Daily Logged-in Page Views,Daily Like Sources - page_profile,Daily Like Sources - search,Daily Like Sources - ads'
		);
		expect(rows[1][0]).toBe('');
		expect(rows[1][1]).toBe(
			'Lifetime: The total number of people who have liked your Page. (Unique Users)'
		);
		expect(rows[1][10]).toContain("your Page's timeline, liking,");
		expect(rows[2][0]).toBe('1/1/2022');
		expect(toFacebookDate('2023-10-09')).toBe('10/9/2023');
		for (const r of rows.slice(2)) {
			expect(r[0]).toMatch(/^[1-9]\d?\/[1-9]\d?\/\d{4}$/);
			for (const v of r.slice(1)) expect(v).toMatch(/^(0|[1-9]\d*)$/);
		}
	});

	it('round-trips values against days', () => {
		const header = rows[0];
		const col = (name: string): number => header.indexOf(name);
		for (const i of [0, at('2022-07-20'), truth.cleanup?.index ?? 1, at('2023-05-15'), 1095]) {
			const r = rows[2 + i];
			const d = days[i];
			expect(r[0]).toBe(toFacebookDate(d.day));
			expect(Number(r[col('Lifetime Total Likes')])).toBe(d.fansTotal);
			expect(Number(r[col('Daily New Likes')])).toBe(d.fansAdded);
			expect(Number(r[col('Daily Unlikes')])).toBe(d.fansRemoved);
			expect(Number(r[col('Daily Paid Reach')])).toBe(d.reachPaid);
			expect(Number(r[col('Daily Page Engaged Users')])).toBe(d.engagedUsers);
			expect(Number(r[col('Daily Like Sources - ads')])).toBe(d.likeSources.ads);
		}
	});
});
