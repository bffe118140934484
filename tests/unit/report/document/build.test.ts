import { describe, expect, it } from 'vitest';
import {
	compare,
	keptInorganic,
	people,
	share,
	toDocument
} from '../../../../src/lib/report/document/build.ts';
import { REPORT_WORDS } from '../../../../src/lib/i18n/report.ts';
import type { Block, Cell, Tile } from '../../../../src/lib/report/document/types.ts';
import { fixtureInput, fixtureReport } from './fixture.ts';

const text = (c: Cell) => (typeof c === 'string' ? c : c.sub ? `${c.text} [${c.sub}]` : c.text);
const tile = (tiles: Tile[], key: Tile['key']) => tiles.find((t) => t.key === key)!;
const tables = (blocks: Block[]) =>
	blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

describe('report model → document: the summary tiles', () => {
	const doc = toDocument(fixtureInput());
	const tiles = doc.summary.tiles;

	it('keeps the headline as the report model gives it, on the summary', () => {
		expect(doc.summary.headline).toBe(fixtureReport().narrative.headline);
	});

	it('shows six tiles, each with the model’s number and, when estimated, its range', () => {
		expect(tiles.map((t) => t.key)).toEqual([
			'fansEnd',
			'newFans',
			'organicKept',
			'boughtKept',
			'engagement',
			'costRetained'
		]);
		expect(tile(tiles, 'fansEnd')).toMatchObject({ value: '5,000', raw: 5000, range: null });
		expect(tile(tiles, 'newFans')).toMatchObject({ value: '300', raw: 300 });
		expect(tile(tiles, 'organicKept')).toMatchObject({
			value: '60%',
			raw: 0.6,
			range: 'likely 50% to 70%',
			estimated: true
		});
		// bought only: the exchange channel has no survival estimate, so nothing of it is added
		expect(tile(tiles, 'boughtKept')).toMatchObject({
			value: '12',
			raw: 12.4,
			range: 'likely 3 to 40',
			sub: 'of about 1,000 who came'
		});
		expect(tile(tiles, 'engagement')).toMatchObject({ value: '5.0%', raw: 0.05 });
		expect(tile(tiles, 'costRetained')).toMatchObject({
			value: '€3.33',
			range: 'likely €2.86 to €4.00'
		});
	});

	it('compares observed tiles with the previous period and a year earlier, by hand', () => {
		// fans at the end: 5,000 against 4,000 and 2,500
		expect(tile(tiles, 'fansEnd').changes.map((c) => c.change.text)).toEqual(['+25%', '+100%']);
		// new fans: 10 a day against 200 / 30 = 6.67 a day (+50 %); a year earlier only 26 of 30
		// days are known (< 90 %): not compared
		const nf = tile(tiles, 'newFans').changes;
		expect(nf[0].change).toMatchObject({ kind: 'change', text: '+50%' });
		expect((nf[0].change as { rel: number }).rel).toBeCloseTo(0.5, 10);
		expect(nf[1].change).toEqual({ kind: 'noData', text: 'no data to compare' });
		// engagement: 0.05 against 0.05 (no change) and 0.04 (+25 %)
		expect(tile(tiles, 'engagement').changes.map((c) => c.change.text)).toEqual([
			'no change',
			'+25%'
		]);
		// estimated tiles are never compared with a period they were not estimated on
		expect(tile(tiles, 'organicKept').changes).toEqual([
			{
				label: 'vs previous period',
				change: { kind: 'notCompared', text: 'estimated for this period only' }
			}
		]);
	});

	it('says when a year’s survival lies beyond the data', () => {
		expect(tile(tiles, 'organicKept').sub).toBeNull();
		const short = fixtureReport();
		short.channels[0] = { ...short.channels[0], horizonDays: 200 };
		const d = toDocument(fixtureInput({ report: short }));
		expect(tile(d.summary.tiles, 'organicKept').sub).toBe('extrapolated: the data covers 200 days');
	});

	it('does not compare when a period has no data, is under 90 % covered, or is zero', () => {
		const t = REPORT_WORDS.en;
		const cur = { value: 10, known: 30, days: 30 };
		expect(compare(cur, null, t, 'en').kind).toBe('noData');
		expect(compare(cur, { value: null, known: 0, days: 30 }, t, 'en').kind).toBe('noData');
		expect(compare(cur, { value: 5, known: 26, days: 30 }, t, 'en').kind).toBe('noData');
		expect(compare(cur, { value: 5, known: 27, days: 30 }, t, 'en')).toMatchObject({
			text: '+100%'
		});
		expect(compare({ value: 10, known: 26, days: 30 }, cur, t, 'en').kind).toBe('noData');
		expect(compare(cur, { value: 0, known: 30, days: 30 }, t, 'en').kind).toBe('noData');
		expect(compare({ value: 9.5, known: 30, days: 30 }, cur, t, 'en').text).toBe('−5.0%');
	});

	it('writes French as French: spaces before %, comma decimals, “1er”', () => {
		const fr = toDocument(fixtureInput({}, 'fr'));
		expect(tile(fr.summary.tiles, 'organicKept').range).toBe(
			'probablement de 50\u00a0% à 70\u00a0%'
		);
		expect(tile(fr.summary.tiles, 'costRetained').value).toBe('3,33\u00a0€');
		expect(fr.cover.period).toBe('Du 1er janvier 2024 au 30 janvier 2024');
		// how fans were counted: the model's English words, in French
		const how = (
			fr.sections.find((s) => s.id === 'channels')!.blocks[0] as { rows: Cell[][] }
		).rows.map((r) => r[2]);
		expect(how).toEqual([
			'nouveaux fans moins tout ce qui est attribué aux autres canaux',
			'excédent du pic',
			'excédent sur le rythme quotidien habituel'
		]);
	});

	it('sums bought and exchange survivors with their bounds, or leaves a bound open', () => {
		const ch = fixtureReport().channels;
		expect(keptInorganic(ch)).toEqual({ estimate: 12.4, low: 3, high: 40, acquired: 1000 });
		const open = ch.map((c) =>
			c.channel === 'exchange' ? { ...c, survivingFans: { estimate: 5, low: 1, high: null } } : c
		);
		expect(keptInorganic(open)).toEqual({ estimate: 17.4, low: 4, high: null, acquired: 1200 });
		expect(keptInorganic(ch.filter((c) => c.channel === 'organic'))).toBeNull();
	});

	it('rounds people and shares the way they are said', () => {
		expect(people(0.014, 'en')).toBe('0');
		expect(people(16.94, 'en')).toBe('17');
		expect(people(2002, 'en')).toBe('2,000');
		expect(share(0.00017, 'en')).toBe('< 0.1%');
		expect(share(0.0069, 'en')).toBe('0.7%');
		expect(share(0.813, 'en')).toBe('81%');
	});
});

describe('report model → document: the sections', () => {
	const doc = toDocument(fixtureInput());
	const section = (id: string) => doc.sections.find((s) => s.id === id)!;

	it('orders the sections as the printed report, with the narrative placed where it belongs', () => {
		expect(doc.sections.map((s) => s.id)).toEqual([
			'narrative',
			'channels',
			'campaigns',
			'anomalies',
			'dilution',
			'costs',
			'scenario',
			'recommend',
			'method'
		]);
		expect(section('channels').narrative).toEqual(['Channels paragraph.']);
		expect(section('campaigns').narrative).toEqual(['Campaigns paragraph.']);
		// a section the narrative adds that the document does not know is kept, not dropped
		expect(section('narrative').narrative).toEqual(['Extra paragraph.']);
		// "what we recommend" is listed once the CM has written it
		expect(doc.cover.contents).toEqual([
			'The bottom line',
			...doc.sections.filter((s) => s.id !== 'recommend').map((s) => s.title)
		]);
		const written = toDocument(
			fixtureInput({ notes: { author: null, client: null, recommendations: 'Go.' } })
		);
		expect(written.cover.contents).toContain('What we recommend / what we need');
	});

	it('lists each channel with its survival ranges, and says why one cannot be estimated', () => {
		const [t] = tables(section('channels').blocks);
		expect(t.rows.map((r) => r.map(text))).toEqual([
			[
				'Organic growth',
				'500',
				'new fans minus everything attributed to other channels',
				'90% [85% – 95%]',
				'70% [60% – 80%]',
				'60% [50% – 70%]',
				'more than 400 days (beyond the data)',
				'300 [250 – 350]'
			],
			[
				'Bought fans',
				'1,000',
				'spike excess',
				'50% [40% – 60%]',
				'5.0% [4.0% – 6.0%]',
				'1.0% [0.5% – 2.0%]',
				'30 [25 – 35]',
				'12 [3 – 40]'
			],
			[
				'Like exchanges',
				'200',
				'excess over the usual daily pace',
				'cannot be estimated: too few days after it',
				'',
				'',
				'',
				''
			]
		]);
		expect(
			section('channels').blocks.some((b) => b.kind === 'chart' && b.chart === 'survival')
		).toBe(true);
	});

	it('shows assessed campaigns outcome by outcome with words for their evidence, and groups the rest', () => {
		const blocks = section('campaigns').blocks;
		const [t] = tables(blocks);
		expect(t.rows.map((r) => r.map(text))).toEqual([
			[
				'Pack 1000',
				'5 January 2024 – 5 January 2024',
				'€10',
				'New fans',
				'990 [900 – 1,100]',
				'consistent with an effect, if nothing else changed'
			],
			['', '', '', 'Engaged people', '−10 [−40 – 25]', 'descriptive only (we cannot tell)'],
			[
				'',
				'',
				'',
				'Organic reach',
				'−300 [−500 – −100]',
				'association (similar swings happen without a campaign)'
			]
		]);
		const para = blocks.findLast((b) => b.kind === 'paragraphs') as { items: string[] };
		expect(para.items).toEqual([
			'“Ads 2”, “Ads 3”: another campaign or a platform change falls in the same weeks.',
			'“Contest”: the data stops too soon after the end.'
		]);
	});

	it('says how many fans each entry brought, how they were counted, and which days it shared', () => {
		const blocks = section('campaigns').blocks;
		expect(blocks).toContainEqual({
			kind: 'subhead',
			text: 'The fans each entry brought, as the data shows them'
		});
		const cohorts = tables(blocks)[1];
		expect(cohorts.head.map(text)).toEqual([
			'Campaign',
			'How they were counted',
			'Fans it brought',
			'Shared days'
		]);
		expect(cohorts.rows.map((r) => r.map(text))).toEqual([
			// a range rounded to whole fans; an exact count from the export has none
			['Pack 1000', 'excess of the matching spike', '980 [950 – 1,011]', '–'],
			[
				'Ads 2',
				'paid new fans in the export',
				'300',
				'120 of its arrivals counted for “Pack 1000”; 40 from days shared with “Ads 3”, split between them'
			],
			['Ads 3', '–', 'no arrivals beyond the usual pace', '–']
		]);
		// the contest has no cohort: it is not listed
		expect(cohorts.rows).toHaveLength(3);
	});

	it('says the same in French', () => {
		const fr = toDocument(fixtureInput({}, 'fr'));
		const blocks = fr.sections.find((s) => s.id === 'campaigns')!.blocks;
		const cohorts = tables(blocks)[1];
		expect(cohorts.rows.map((r) => r.map(text))[1]).toEqual([
			'Ads 2',
			'nouveaux fans payants de l’export',
			'300',
			'120 de ses arrivées comptées pour « Pack 1000 »\u00a0; 40 venus de jours partagés avec « Ads 3 », répartis entre elles'
		]);
	});

	it('lists only the spikes nobody declared, and counts the declared ones', () => {
		const blocks = section('anomalies').blocks;
		expect(tables(blocks)[0].rows.map((r) => r.map(text))).toEqual([
			[
				'20 January 2024 – 21 January 2024',
				'240',
				expect.stringMatching(/inorganic/),
				'round size · no engagement lift'
			]
		]);
		expect(blocks).toContainEqual({
			kind: 'note',
			text: 'One other spike matches a campaign declared in the ledger and is counted with it.'
		});
	});

	it('labels both engagement definitions, with the dilution measures beside them', () => {
		const rows = tables(section('dilution').blocks)[0].rows.map((r) => [text(r[0]), text(r[2])]);
		expect(rows).toEqual([
			['Engaged people per fan (per day, averaged over the period)', '5.0%'],
			['Engaged people per person reached organically', '4.0%'],
			['Share of today’s fans from bought, exchanged or undeclared channels', '2.5% [0.6% – 8.0%]'],
			['The same, counting only fans from organic work, ads and contests', '5.1%'],
			['Dilution signature', 'present']
		]);
	});

	it('shows no ROI without a value given, and the ROI table when one is', () => {
		const costs = section('costs').blocks;
		expect(costs.some((b) => b.kind === 'note' && b.text.startsWith('To see a return (ROI'))).toBe(
			true
		);
		expect(tables(costs)[0].rows.map((r) => r.map(text))[0]).toEqual([
			'Organic growth',
			'€1,000',
			'€2.00',
			'€2.86 [€2.50 – €3.33]',
			'€3.33 [€2.86 – €4.00]'
		]);
		const withValue = fixtureReport();
		withValue.roi = {
			valueInputs: { valuePerEngagedUser: 0.5, valuePerConversion: null, discountRate: 0.1 },
			byChannel: [
				{ channel: 'organic', cost: 1000, roiPct: 40, npv36: 350, paybackMonths: 14 },
				{ channel: 'bought', cost: 10, roiPct: null, npv36: null, paybackMonths: null }
			]
		};
		const d2 = toDocument(fixtureInput({ report: withValue }));
		const roi = tables(d2.sections.find((s) => s.id === 'costs')!.blocks)[1];
		expect(roi.rows.map((r) => r.map(text))).toEqual([
			['Organic growth', '+40%', '€350', '14 months'],
			['Bought fans', 'not measurable', 'not measurable', 'not measurable']
		]);
	});

	it('shows the CM’s text as theirs, or an invitation to write it', () => {
		const empty = section('recommend').blocks[0];
		expect(empty).toMatchObject({ kind: 'authored', text: null });
		const d2 = toDocument(
			fixtureInput({ notes: { author: 'Léa', client: 'ACME', recommendations: ' Stop buying. ' } })
		);
		expect(d2.sections.find((s) => s.id === 'recommend')!.blocks[0]).toEqual({
			kind: 'authored',
			text: 'Stop buying.',
			empty: expect.any(String),
			by: 'Written by Léa, not computed by Sablier.'
		});
		expect(d2.cover).toMatchObject({ author: 'Léa', client: 'ACME' });
	});

	it('lists the period’s platform events, data gaps and the page’s caveats in the method', () => {
		const d2 = toDocument(
			fixtureInput({
				facts: {
					...fixtureInput().facts,
					current: { ...fixtureInput().facts.current, fansKnown: 27 }
				}
			})
		);
		const m = d2.sections.find((s) => s.id === 'method')!.blocks;
		const all = m.flatMap((b) =>
			'items' in b ? b.items.map(String) : 'text' in b ? [b.text] : []
		);
		expect(all).toContain('15 January 2024 — A platform change');
		expect(all).toContain('3 of 30 days have no fan count.');
		expect(all).toContain('Ranges are 90 % intervals.');
	});
});
