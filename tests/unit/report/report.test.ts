import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_TRUTH, generateDemo } from '../../../src/lib/demo/generate.ts';
import { loadDemo } from '../../../src/lib/server/demo.ts';
import { importFiles } from '../../../src/lib/server/import-files.ts';
import { pageReport } from '../../../src/lib/server/report.ts';
import { reportSchema } from '../../../src/lib/report/schema.ts';
import { createTestDb } from '../../helpers/db.ts';
import { render } from '../../../src/lib/report/messages/catalogue.ts';
import type { Report } from '../../../src/lib/report/schema.ts';
import { ENGLISH, forbiddenAt, levelOf, sentences } from './words-checks.ts';

/**
 * The words of a built report: every message obeys its evidence level, no sentence is repeated
 * within a section, French has no English word outside quoted user labels and page texts.
 */
function checkWords(r: Report) {
	const ctx = { lang: r.lang, currency: r.currency ?? 'EUR' };
	const messages = [
		r.narrative.headlineMessage!,
		...r.narrative.sections.flatMap((s) => s.messages!.flat()),
		...r.caveatMessages!
	];
	for (const m of messages)
		for (const re of forbiddenAt(levelOf(m), r.lang))
			expect(render(m, ctx), m.code).not.toMatch(re);
	for (const s of r.narrative.sections) {
		const all = s.paragraphs.flatMap(sentences);
		expect(new Set(all).size, s.title).toBe(all.length);
	}
	if (r.lang === 'fr') {
		const events = new Set(r.platformEvents.map((e) => e.description));
		const texts = [
			r.narrative.headline,
			...r.narrative.sections.flatMap((s) => [s.title, ...s.paragraphs]),
			...r.caveats.filter((c) => ![...events].some((e) => c.startsWith(e))),
			...r.channels.flatMap((c) => [c.source ?? '', c.reason ?? '']),
			...r.anomalies.flatMap((a) => a.signals.filter((x) => !x.startsWith('déclaré')))
		];
		for (const t of texts) expect(t.replace(/«[^»]*»/g, '')).not.toMatch(ENGLISH);
	}
	const text = [r.narrative.headline, ...r.narrative.sections.flatMap((s) => s.paragraphs)].join(
		' '
	);
	expect(text).not.toMatch(/\?\)|(between|entre) \?|(and|et) \?/);
	expect(text).not.toMatch(/(about|environ) 0 (are|sont)/);
}

const FORBIDDEN = /\bcaus|thanks to|because of|\bprove|grâce à|à cause de|a causé|prouv/i;

describe('the report model on the demo page', () => {
	it('answers every question with ranges, against the generator’s known truth', async () => {
		const db = await createTestDb();
		await loadDemo(db);
		// 200 replicates, the product's default: with 60, a 5th/95th percentile moves by several
		// per cent from one seed (or one refit's path) to another, and these single-page checks of
		// 90 % ranges would test that noise (the ads' truth, 447, sits near their upper end)
		const r = await pageReport(db, DEMO_TRUTH.page.slug, { lang: 'en', reps: 200, seed: 7 });
		expect(r).not.toBeNull();
		const report = reportSchema.parse(r);
		expect(report.period).toEqual({ from: '2022-01-01', to: '2024-12-31' });
		expect(report.channels.map((c) => c.channel).sort()).toEqual([
			'ads',
			'bought',
			'exchange',
			'organic'
		]);
		const bought = report.channels.find((c) => c.channel === 'bought')!;
		const trueHalfLife = Math.log(2) / DEMO_TRUTH.hazards.bought;
		expect(Math.abs(bought.halfLifeDays!.estimate! - trueHalfLife) / trueHalfLife).toBeLessThan(
			0.15
		);
		expect(bought.halfLifeDays!.low!).toBeLessThanOrEqual(bought.halfLifeDays!.estimate!);
		// the like exchange: its true size and its true survivors today lie in their ranges (issue 12:
		// not "1.2 survivors (0–33)" where the generator kept 46); its S(365) within 30 % of the
		// truth (a smooth cohort is weakly identified, and the 2023 platform cleanup removes fans
		// silently, which the model cannot see: its estimate is 0.29 against 0.23); organic within
		// 20 % (fans present before the first day are at risk too)
		const truth = generateDemo().truth.channels;
		const exchange = report.channels.find((c) => c.channel === 'exchange')!;
		const covers = (r: { low: number | null; high: number | null } | null, x: number) =>
			r !== null && r.low !== null && r.high !== null && r.low <= x && x <= r.high;
		expect(covers(exchange.fansAcquired, truth.exchange.acquired)).toBe(true);
		expect(covers(exchange.survivingFans, truth.exchange.survivors)).toBe(true);
		const trueS365 = Math.exp(-DEMO_TRUTH.hazards.exchange * 365);
		expect(Math.abs(exchange.survival!.d365!.estimate! / trueS365 - 1)).toBeLessThan(0.3);
		// the ads: counted from the export's paid new fans; their survivors today in range
		const ads = report.channels.find((c) => c.channel === 'ads')!;
		expect(ads.fansAcquired.estimate).toBe(truth.ads.acquired);
		expect(covers(ads.survivingFans, truth.ads.survivors)).toBe(true);
		// the bought pack: its size comes from the data (the spike) and agrees with the promise
		expect(report.ledgerChecks).toEqual([
			expect.objectContaining({ channel: 'bought', promised: 2000, status: 'consistent' })
		]);
		// the main fit converges; a refit that does not is left out of the ranges and counted (with
		// Model A's seasonal effects feeding the cohorts, 2 of the 60 do not on this seed)
		expect(report.survivalModel!.converged).toBe(true);
		expect(report.survivalModel!.refitsNotConverged).toBeLessThanOrEqual(
			0.05 * report.survivalModel!.refits
		);
		const organic = report.channels.find((c) => c.channel === 'organic')!;
		// issue 12: the 2023 platform clean-up (fans_total drops, fans_removed does not count it) is
		// taken out of the survivors, shared over the channels; organic's then covers the truth
		// (6,956, 6,714–7,179 against 6,669 before) and the caveats say so, with its size
		expect(covers(organic.survivingFans, truth.organic.survivors)).toBe(true);
		expect(report.survivalModel!.cleanupFans).toBe(generateDemo().truth.cleanup!.removed);
		expect(report.survivalModel!.cleanupDays).toBe(1);
		expect(report.caveats).toContain(
			'On one day, the fan total fell by about 150 more than the unfollows explain (fans the platform removed, in a clean-up for instance); those fans were taken out of the fans still following, from every channel in proportion to its fans.'
		);
		const trueOrganic = Math.log(2) / DEMO_TRUTH.hazards.organic;
		expect(Math.abs(organic.halfLifeDays!.estimate! - trueOrganic) / trueOrganic).toBeLessThan(0.2);
		// Model D: the fans associated with paid reach bracket the ads' true acquisitions
		const d = report.reachAttribution as {
			attributedFans: Record<string, { low: number; high: number }>;
			evidenceLevel: number;
		};
		const trueAds = truth.ads.acquired;
		expect(d.evidenceLevel).toBe(1);
		expect(d.attributedFans.paid.low).toBeLessThanOrEqual(trueAds);
		expect(d.attributedFans.paid.high).toBeGreaterThanOrEqual(trueAds);
		// costs from the ledger: cash + hours × rate
		const entry = (ch: string) => DEMO_TRUTH.ledger.filter((e) => e.channel === ch);
		const cost = (ch: string) => entry(ch).reduce((a, e) => a + e.cost + e.hours * e.hourlyRate, 0);
		expect(bought.cost).toBeCloseTo(cost('bought'), 6);
		expect(report.channels.find((c) => c.channel === 'organic')!.cost).toBeCloseTo(
			cost('organic_work'),
			6
		);
		expect(report.channels.find((c) => c.channel === 'ads')!.cost).toBeCloseTo(cost('ads'), 6);
		// the bought pack is found and matched to its ledger entry; every viral day is explained by reach
		const pack = report.anomalies.find((a) => a.start === entry('bought')[0].start)!;
		expect(pack.class).toBe('declared');
		expect(report.campaigns.find((c) => c.id === pack.campaignId)?.channel).toBe('bought');
		for (const v of DEMO_TRUTH.viral.days)
			expect(report.anomalies.find((a) => a.start <= v.day && a.end >= v.day)?.class).toBe(
				'explained_reach'
			);
		// the pack's effect on new fans is level 2 and contains its size; engagement did not move
		const packEffect = report.campaigns.find((c) => c.channel === 'bought')!.effects;
		expect('evidenceLevel' in packEffect.fansAdded && packEffect.fansAdded.evidenceLevel).toBe(2);
		const added = packEffect.fansAdded as { low: number; high: number };
		expect(added.low <= 2000 && 2000 <= added.high).toBe(true);
		const eng = packEffect.engagedUsers as { low: number; high: number };
		expect(eng.low < 0 && eng.high > 0).toBe(true);
		// the pack did not touch organic reach (the generator's truth); the July→August seasonal
		// drop once read as "fell about 3,700" at level 2 (issue 12): now the range contains 0
		const reach = packEffect.reachOrganic as { low: number; high: number; evidenceLevel: number };
		expect(reach.low < 0 && reach.high > 0).toBe(true);
		expect(reach.evidenceLevel).toBe(0);
		// the exchange's and the ads run's new fans: ranges contain what the generator added; the
		// three monthly ads entries are one episode, each carrying its share (truth: as above)
		const sum = (ch: string, k: 'low' | 'high') =>
			report.campaigns
				.filter((c) => c.channel === ch)
				.reduce((a, c) => a + (c.effects.fansAdded as { low: number; high: number })[k], 0);
		for (const ch of ['exchange', 'ads'] as const) {
			expect(sum(ch, 'low')).toBeLessThanOrEqual(truth[ch].acquired);
			expect(sum(ch, 'high')).toBeGreaterThanOrEqual(truth[ch].acquired);
		}
		const adsRuns = report.campaigns.filter((c) => c.channel === 'ads');
		expect(adsRuns.map((c) => (c.effects.fansAdded as { episode?: unknown }).episode)).toEqual(
			adsRuns.map(() => expect.objectContaining({ start: '2023-04-01', end: '2023-06-30' }))
		);
		expect(
			adsRuns.every((c) => (c.effects.fansAdded as { method?: string }).method === 'seasonal')
		).toBe(true);
		// words: no causal verb anywhere, both languages; the bought caveat is there
		const text = [
			report.narrative.headline,
			...report.narrative.sections.flatMap((s) => s.paragraphs)
		].join(' ');
		expect(text).not.toMatch(FORBIDDEN);
		expect(report.caveats.join(' ')).toMatch(/Purchased and exchanged likes/);
		expect(report.roi.valueInputs).toBeNull();
		expect(report.roi.byChannel.every((x) => x.roiPct === null)).toBe(true);
		const fr = await pageReport(db, DEMO_TRUTH.page.slug, { lang: 'fr', reps: 20, seed: 7 });
		expect(fr!.narrative.sections[0].title).toBe('D’où viennent les fans, et qui est resté');
		expect(
			[fr!.narrative.headline, ...fr!.narrative.sections.flatMap((s) => s.paragraphs)].join(' ')
		).not.toMatch(FORBIDDEN);
		checkWords(report);
		checkWords(fr!);
		// the bottom line first: bought fans against organic fans, a year on
		expect(report.narrative.headline).toMatch(
			/^Of about 2,000 bought fans, almost none are still following after a year \(likely between \d+% and \d+%\); of about [\d,]+ organic fans, about \d in \d are still following after a year/
		);
		expect(fr!.narrative.headline).toMatch(
			/^Sur environ 2\u202f000 fans achetés, presque aucun ne suit encore la page après un an/
		);
	});

	it('is deterministic for a seed', async () => {
		const db = await createTestDb();
		await loadDemo(db);
		const a = await pageReport(db, DEMO_TRUTH.page.slug, { lang: 'en', reps: 20, seed: 3 });
		const b = await pageReport(db, DEMO_TRUTH.page.slug, { lang: 'en', reps: 20, seed: 3 });
		expect(JSON.stringify(a)).toBe(JSON.stringify(b));
	});
});

const FB = join(
	import.meta.dirname,
	'..',
	'..',
	'..',
	'..',
	'shared',
	'data',
	'real',
	'facebook-page-insights'
);

describe.skipIf(!existsSync(FB))('the report on the real organic Facebook page', () => {
	it('builds with no campaign: organic fans, undeclared spikes as their own cohort, none likely inorganic', async () => {
		const db = await createTestDb();
		const names = readdirSync(FB).filter((n) => n.endsWith('.csv') && !n.includes('('));
		await importFiles(
			db,
			{ page: 'vic' },
			names.map((name) => ({ name, bytes: readFileSync(join(FB, name)) }))
		);
		const r = (await pageReport(db, 'vic', { lang: 'en', reps: 20 }))!;
		expect(r.campaigns).toEqual([]);
		expect(r.channels[0].channel).toBe('organic');
		expect(r.channels.slice(1).every((c) => c.channel === 'undeclared')).toBe(true);
		expect(r.anomalies.some((a) => a.class === 'likely_inorganic')).toBe(false);
		expect(r.caveats.join(' ')).toMatch(/2015/);
		checkWords(r);
		checkWords((await pageReport(db, 'vic', { lang: 'fr', reps: 20 }))!);
	});
});

describe('the survival fit on the demo', () => {
	it('reaches the likelihood maximum, with no caveat about an unsettled model', async () => {
		const db = await createTestDb();
		await loadDemo(db);
		const r = (await pageReport(db, DEMO_TRUTH.page.slug, { lang: 'en', reps: 0 }))!;
		expect(r.caveats.some((c) => c.startsWith('The survival model did not fully settle'))).toBe(
			false
		);
	});
});
