import { REPORT_WORDS, type ReportWords } from '../../i18n/report.ts';
import { day, money, sig2, type Lang } from '../format.ts';
import type { Report, ReportChannel, ReportEffect } from '../schema.ts';
import { WORDS } from '../words.ts';
import { buildScenario, type Scenario } from './scenario.ts';
import { signalText } from './signals.ts';
import type {
	Block,
	Cell,
	Change,
	DocSection,
	DocumentInput,
	PeriodFacts,
	ReportDocument,
	Tile
} from './types.ts';

/**
 * The report model → the document (issue 10): every number the reader sees, already written in
 * the reader's language, in the order of the printed pages. Pure and deterministic: the HTML
 * renderer only lays it out. The narrative is placed as the report model gives it.
 */
export function toDocument(input: DocumentInput): ReportDocument {
	const { report: r, branding, notes } = input;
	const lang = r.lang;
	const t = REPORT_WORDS[lang];
	const narrative = narrativeBySection(r);
	const scenario = buildScenario(r);
	const section = (id: DocSection['id'], blocks: Block[], breakBefore = false): DocSection => ({
		id,
		title: t.sections[id],
		narrative: narrative.get(id) ?? [],
		blocks,
		breakBefore
	});
	const sections: DocSection[] = [
		section('channels', channelBlocks(r, t, lang), true),
		section('campaigns', campaignBlocks(r, t, lang, input.currency)),
		section('anomalies', anomalyBlocks(r, t, lang), false),
		section('dilution', dilutionBlocks(r, t, lang)),
		section('costs', costBlocks(r, t, lang, input.currency)),
		section('scenario', scenarioBlocks(r, scenario, t, lang, input.currency), true),
		section('recommend', [
			{
				kind: 'authored',
				text: notes?.recommendations?.trim() || null,
				empty: t.recommendEmpty,
				by: notes?.author?.trim() ? t.recommendBy(notes.author.trim()) : t.recommendByYou
			}
		]),
		section('method', methodBlocks(input, t, lang), true)
	];
	const leftover = narrative.get('narrative');
	if (leftover?.length) sections.splice(0, 0, section('narrative', [], true));
	const period = t.coverPeriod(dayOf(r.period.from, lang), dayOf(r.period.to, lang));
	return {
		lang,
		title: t.docTitle,
		cover: {
			pageName: r.page.name,
			platform: r.page.platform,
			period,
			author: notes?.author?.trim() || null,
			client: notes?.client?.trim() || null,
			consultancy: branding.consultancy,
			issued: t.coverDate(dayOf(input.issued, lang)),
			// an empty "what we recommend" is left out of what is printed or sent
			contents: [
				t.summaryTitle,
				...sections.filter((x) => !isEmptyAuthored(x)).map((x) => x.title)
			],
			contentsTitle: t.coverContents,
			labels: { for: t.coverFor, by: t.coverPreparedBy, firm: t.coverBy }
		},
		summary: {
			title: t.summaryTitle,
			headline: r.narrative.headline,
			tiles: tiles(input, t, lang),
			projection: projectionLine(scenario, t, lang, input.currency),
			note: t.summaryRanges
		},
		sections,
		scenario,
		running: {
			header: `${r.page.name} · ${period}`,
			footer: branding.footer,
			madeWith: branding.hideMadeWith ? null : t.footerMadeWith
		}
	};
}

/** A section holding only the CM's text, which they have not written yet. */
export const isEmptyAuthored = (s: DocSection) =>
	s.blocks.length > 0 && s.blocks.every((b) => b.kind === 'authored' && !b.text);

/** The narrative's sections matched to ours by their title; any other goes to a section of its own. */
function narrativeBySection(r: Report): Map<DocSection['id'], string[]> {
	const titles = (WORDS[r.lang] as { sections?: Record<string, string> }).sections ?? {};
	const out = new Map<DocSection['id'], string[]>();
	const ids = ['channels', 'campaigns', 'anomalies', 'dilution', 'costs'] as const;
	for (const s of r.narrative.sections) {
		const id = ids.find((k) => titles[k] === s.title) ?? 'narrative';
		out.set(id, [...(out.get(id) ?? []), ...s.paragraphs]);
	}
	return out;
}

// ---------- numbers as written ----------

const locale = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** An exact count, grouped the reader's way. */
export function count(n: number, lang: Lang): string {
	return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 0 }).format(Math.round(n));
}

/** A number of people, as said aloud: whole, two significant figures ("about 2,000", "17", "0"). */
export function people(n: number, lang: Lang): string {
	if (!Number.isFinite(n)) return '–';
	const r = Math.round(n);
	if (Math.abs(r) < 100) return count(r, lang);
	return sig2(r, lang);
}

/** A day as the reader writes it ("1er janvier 2024" in French). */
export function dayOf(iso: string, lang: Lang): string {
	const d = day(iso, lang);
	return lang === 'fr' ? d.replace(/^1 /, '1er ') : d;
}

/** A share with the precision it deserves: 0 decimals from 10 %, 1 below, "< 0.1 %" under that. */
export function share(x: number, lang: Lang): string {
	const f = (d: number, v: number) =>
		new Intl.NumberFormat(locale(lang), {
			style: 'percent',
			maximumFractionDigits: d,
			minimumFractionDigits: d
		}).format(v);
	if (x > 0 && x < 0.001) return `< ${f(1, 0.001)}`;
	return Math.abs(x) < 0.1 && x !== 0 ? f(1, x) : f(0, x);
}

/** A relative change, signed: "+12 %", "−3 %". */
export function signedChange(rel: number, lang: Lang): string {
	const s = new Intl.NumberFormat(locale(lang), {
		style: 'percent',
		maximumFractionDigits: Math.abs(rel) < 0.1 ? 1 : 0,
		minimumFractionDigits: Math.abs(rel) < 0.1 ? 1 : 0,
		signDisplay: 'exceptZero'
	}).format(rel);
	return s.replace('-', '−');
}

const rangeOf = (
	t: ReportWords,
	lo: number | null | undefined,
	hi: number | null | undefined,
	f: (n: number) => string
) => (lo == null || hi == null ? null : t.tileRange(f(lo), f(hi)));

const cellRange = (
	v: { estimate: number | null; low: number | null; high: number | null } | null | undefined,
	f: (n: number) => string
): Cell => {
	if (!v || v.estimate === null) return { text: '–', num: true, muted: true };
	if (v.low === null || v.high === null) return { text: f(v.estimate), num: true };
	return { text: f(v.estimate), sub: `${f(v.low)} – ${f(v.high)}`, num: true };
};

// ---------- the summary tiles ----------

const COVERAGE = 0.9;

/** Relative change of a daily average between two periods, or why there is none. */
export function compare(
	cur: { value: number | null; known: number; days: number },
	cmp: { value: number | null; known: number; days: number } | null,
	t: ReportWords,
	lang: Lang
): Change {
	if (
		!cmp ||
		cmp.value === null ||
		cur.value === null ||
		cmp.known < COVERAGE * cmp.days ||
		cur.known < COVERAGE * cur.days ||
		cmp.value === 0
	)
		return { kind: 'noData', text: t.changeNoData };
	const rel = cur.value / cmp.value - 1;
	return {
		kind: 'change',
		rel,
		text: Math.abs(rel) < 0.0005 ? t.changeFlat : signedChange(rel, lang)
	};
}

const perDay = (f: PeriodFacts, v: number | null, known: number) =>
	v === null || known === 0 ? null : v / known;

function tiles(input: DocumentInput, t: ReportWords, lang: Lang): Tile[] {
	const { report: r, facts } = input;
	const { current: cur, previous, lastYear } = facts;
	const out: Tile[] = [];
	const observedChanges = (pick: (f: PeriodFacts) => { value: number | null; known: number }) => [
		{
			label: t.vsPrevious,
			change: compare(
				{ ...pick(cur), days: cur.days },
				previous && { ...pick(previous), days: previous.days },
				t,
				lang
			)
		},
		{
			label: t.vsLastYear,
			change: compare(
				{ ...pick(cur), days: cur.days },
				lastYear && { ...pick(lastYear), days: lastYear.days },
				t,
				lang
			)
		}
	];
	const notCompared = [
		{ label: t.vsPrevious, change: { kind: 'notCompared' as const, text: t.changeNotCompared } }
	];
	if (cur.fansEnd !== null)
		out.push({
			key: 'fansEnd',
			label: t.tiles.fansEnd,
			value: count(cur.fansEnd, lang),
			raw: cur.fansEnd,
			range: null,
			sub: null,
			estimated: false,
			// a point value: compared with the same point, known or not (1 "day" out of 1)
			changes: observedChanges((f) => ({
				value: f.fansEnd,
				known: f.fansEnd === null ? 0 : f.days
			}))
		});
	if (cur.newFans !== null)
		out.push({
			key: 'newFans',
			label: t.tiles.newFans,
			value: count(cur.newFans, lang),
			raw: cur.newFans,
			range: null,
			sub: null,
			estimated: false,
			changes: observedChanges((f) => ({
				value: perDay(f, f.newFans, f.newFansKnown),
				known: f.newFansKnown
			}))
		});
	const organic = r.channels.find((c) => c.channel === 'organic');
	const o365 = organic?.survival?.d365;
	if (o365?.estimate != null)
		out.push({
			key: 'organicKept',
			label: t.tiles.organicKept,
			value: share(o365.estimate, lang),
			raw: o365.estimate,
			range: rangeOf(t, o365.low, o365.high, (n) => share(n, lang)),
			sub:
				organic!.horizonDays !== null && organic!.horizonDays < 365
					? t.tiles.extrapolated(count(organic!.horizonDays, lang))
					: null,
			estimated: true,
			changes: notCompared
		});
	const kept = keptInorganic(r.channels);
	if (kept)
		out.push({
			key: 'boughtKept',
			label: t.tiles.boughtKept,
			value: people(kept.estimate, lang),
			raw: kept.estimate,
			range: rangeOf(t, kept.low, kept.high, (n) => people(n, lang)),
			sub: t.tiles.boughtKeptOf(people(kept.acquired, lang)),
			estimated: true,
			changes: notCompared
		});
	if (cur.erFans !== null)
		out.push({
			key: 'engagement',
			label: t.tiles.engagement,
			value: share(cur.erFans, lang),
			raw: cur.erFans,
			range: null,
			sub: null,
			estimated: false,
			changes: observedChanges((f) => ({ value: f.erFans, known: f.erKnown }))
		});
	const m12 = organic?.costPerRetainedFan.m12;
	if (m12?.estimate != null && out.length < 6) {
		const f = (n: number) => money(n, input.currency, lang);
		out.push({
			key: 'costRetained',
			label: t.tiles.costRetained,
			value: f(m12.estimate),
			raw: m12.estimate,
			range: rangeOf(t, m12.low, m12.high, f),
			sub: null,
			estimated: true,
			changes: notCompared
		});
	}
	return out;
}

/** Surviving fans of bought and exchange channels, summed with their bounds (null if one is unbounded). */
export function keptInorganic(channels: readonly ReportChannel[]) {
	const cs = channels.filter(
		(c) => (c.channel === 'bought' || c.channel === 'exchange') && c.survivingFans?.estimate != null
	);
	if (!cs.length) return null;
	const sum = (k: 'estimate' | 'low' | 'high') =>
		cs.every((c) => c.survivingFans![k] != null)
			? cs.reduce((a, c) => a + (c.survivingFans![k] as number), 0)
			: null;
	return {
		estimate: sum('estimate')!,
		low: sum('low'),
		high: sum('high'),
		acquired: cs.reduce((a, c) => a + (c.fansAcquired.estimate ?? 0), 0)
	};
}

// ---------- sections ----------

const channelName = (lang: Lang, c: string) => {
	const n = (WORDS[lang] as { channel?: Record<string, string> }).channel?.[c] ?? c;
	return n.charAt(0).toUpperCase() + n.slice(1);
};

/** The model's English words for how fans were counted, in the reader's language when known. */
const sourceText = (t: ReportWords, src: string | null) =>
	(src ?? '')
		.split('; ')
		.map((x) => t.sources[x] ?? x)
		.join(' ; ')
		.replace(/ ; /g, t === REPORT_WORDS.fr ? ' ; ' : '; ');

function channelBlocks(r: Report, t: ReportWords, lang: Lang): Block[] {
	const pctF = (n: number) => share(n, lang);
	const rows: Cell[][] = r.channels.map((c) => {
		const name = channelName(lang, c.channel);
		const acquired: Cell = {
			text: c.fansAcquired.estimate === null ? '–' : count(c.fansAcquired.estimate, lang),
			num: true
		};
		if (!c.identifiable)
			return [
				name,
				acquired,
				sourceText(t, c.source),
				{ text: t.notIdentifiable(c.reason ?? ''), muted: true },
				'',
				'',
				'',
				''
			];
		const h = c.halfLifeDays;
		const half: Cell =
			h?.estimate == null
				? { text: '–', num: true, muted: true }
				: c.horizonDays !== null && h.estimate > c.horizonDays
					? { text: t.beyondData(count(c.horizonDays, lang)), num: true }
					: cellRange(h, (n) => count(n, lang));
		return [
			name,
			acquired,
			sourceText(t, c.source),
			cellRange(c.survival?.d30, pctF),
			cellRange(c.survival?.d180, pctF),
			cellRange(c.survival?.d365, pctF),
			half,
			cellRange(c.survivingFans, (n) => count(n, lang))
		];
	});
	const blocks: Block[] = [
		{
			kind: 'table',
			caption: null,
			head: [
				t.colChannel,
				{ text: t.colAcquired, num: true },
				t.colHow,
				{ text: t.col30, num: true },
				{ text: t.col180, num: true },
				{ text: t.col365, num: true },
				{ text: `${t.colHalfLife} (${t.days('').trim()})`, num: true },
				{ text: t.colStill, num: true }
			],
			rows
		}
	];
	if (r.channels.some((c) => c.identifiable && c.survival))
		blocks.push({
			kind: 'chart',
			chart: 'survival',
			title: t.chartSurvival,
			caption: t.chartSurvivalCaption
		});
	blocks.push({
		kind: 'chart',
		chart: 'stacked',
		title: t.chartStacked,
		caption: t.chartStackedCaption
	});
	return blocks;
}

const OUTCOMES = ['fansAdded', 'engagedUsers', 'reachOrganic'] as const;

function effectCell(e: ReportEffect, lang: Lang): Cell {
	if (!('evidenceLevel' in e)) return { text: '–', muted: true };
	return cellRange(e, (n) => sig2(n, lang).replace(/^-/, '−'));
}

function campaignBlocks(r: Report, t: ReportWords, lang: Lang, currency: string): Block[] {
	if (!r.campaigns.length) return [{ kind: 'note', text: t.noCampaigns }];
	const label = (c: Report['campaigns'][number]) => c.label ?? channelName(lang, c.channel);
	const assessed = r.campaigns.filter((c) => OUTCOMES.some((o) => 'evidenceLevel' in c.effects[o]));
	const unassessed = r.campaigns.filter((c) => !assessed.includes(c));
	const blocks: Block[] = [];
	if (assessed.length) {
		const rows: Cell[][] = [];
		for (const c of assessed)
			OUTCOMES.forEach((o, i) => {
				const e = c.effects[o];
				rows.push([
					i === 0 ? label(c) : '',
					i === 0 ? `${dayOf(c.start, lang)} – ${dayOf(c.end, lang)}` : '',
					i === 0 && c.cost !== null ? { text: money(c.cost, currency, lang), num: true } : '',
					t.outcomes[o],
					effectCell(e, lang),
					'evidenceLevel' in e
						? t.evidence[
								e.low !== null && e.high !== null && e.low <= 0 && e.high >= 0 ? 0 : e.evidenceLevel
							]
						: { text: reasonText(e.reason, lang), muted: true }
				]);
			});
		blocks.push({
			kind: 'table',
			caption: null,
			head: [
				t.colCampaign,
				t.colDates,
				{ text: t.colCost, num: true },
				t.colOutcome,
				{ text: t.colEffect, num: true },
				t.colEvidence
			],
			rows
		});
		for (const c of assessed)
			if ('evidenceLevel' in c.effects.fansAdded)
				blocks.push({
					kind: 'chart',
					chart: `campaign:${c.id}`,
					title: t.chartCampaign(label(c)),
					caption: t.chartCampaignCaption
				});
	}
	const withCohort = r.campaigns.filter((c) => c.cohort);
	if (withCohort.length) {
		blocks.push({ kind: 'subhead', text: t.cohortTitle });
		blocks.push({ kind: 'paragraphs', items: [t.cohortIntro] });
		blocks.push({
			kind: 'table',
			caption: null,
			head: [t.colCampaign, t.colHow, { text: t.colBrought, num: true }, t.colAttribution],
			rows: withCohort.map((c) => {
				const k = c.cohort!;
				const notes = cohortSharing(c, r.campaigns, lang);
				return [
					label(c),
					k.method ? (t.cohortMethods[k.method] ?? k.method) : '–',
					!k.detectable || k.fans.estimate === null
						? { text: t.cohortReasons[k.reason ?? ''] ?? '–', muted: true }
						: Math.round(k.fans.low ?? NaN) === Math.round(k.fans.high ?? NaN)
							? { text: count(k.fans.estimate, lang), num: true }
							: cellRange(k.fans, (n) => count(n, lang)),
					notes.length ? notes.join(lang === 'fr' ? '\u00a0; ' : '; ') : { text: '–', muted: true }
				];
			})
		});
	}
	if (unassessed.length) {
		const byReason = new Map<string, string[]>();
		for (const c of unassessed) {
			const e = c.effects.fansAdded;
			const why = 'reason' in e ? e.reason : '';
			byReason.set(why, [...(byReason.get(why) ?? []), label(c)]);
		}
		blocks.push({ kind: 'subhead', text: t.unassessedTitle });
		blocks.push({
			kind: 'paragraphs',
			items: [...byReason].map(([why, labels]) =>
				t.unassessed(labels.map((l) => quote(l, lang)).join(', '), reasonText(why, lang))
			)
		});
	}
	return blocks;
}

/**
 * What an entry's cohort shares with other entries, in words: the fans counted for another entry
 * (`countedElsewhere`) and those from days split with one (`sharedWith`), the entries by name.
 * The report's campaign table and the dashboard's campaigns view say it the same way.
 */
export function cohortSharing(
	c: Report['campaigns'][number],
	campaigns: Report['campaigns'],
	lang: Lang
): string[] {
	const t = REPORT_WORDS[lang];
	const k = c.cohort;
	if (!k) return [];
	const byId = new Map(campaigns.map((x) => [x.id, x]));
	const names = (xs: { id: string }[]) =>
		xs
			.map((x) => {
				const o = byId.get(x.id);
				return quote(o ? (o.label ?? channelName(lang, o.channel)) : x.id, lang);
			})
			.join(', ');
	const fans = (xs: { fans: number }[]) =>
		people(
			xs.reduce((a, x) => a + x.fans, 0),
			lang
		);
	return [
		k.countedElsewhere.length
			? t.countedElsewhere(fans(k.countedElsewhere), names(k.countedElsewhere))
			: null,
		k.sharedWith.length ? t.sharedWith(fans(k.sharedWith), names(k.sharedWith)) : null
	].filter((x) => x !== null);
}

const quote = (s: string, lang: Lang) => (lang === 'fr' ? `« ${s} »` : `“${s}”`);

function reasonText(reason: string, lang: Lang): string {
	return (WORDS[lang] as { reasons?: Record<string, string> }).reasons?.[reason] ?? reason;
}

function anomalyBlocks(r: Report, t: ReportWords, lang: Lang): Block[] {
	const undeclared = r.anomalies.filter((a) => a.class !== 'declared');
	const declared = r.anomalies.length - undeclared.length;
	const classes = (WORDS[lang] as { classes?: Record<string, string> }).classes ?? {};
	const blocks: Block[] = [];
	if (!undeclared.length) blocks.push({ kind: 'note', text: t.noSpikes });
	else
		blocks.push({
			kind: 'table',
			caption: null,
			head: [t.colSpike, { text: t.colExcess, num: true }, t.colClass, t.colSignals],
			rows: undeclared.map((a) => [
				a.start === a.end
					? dayOf(a.start, lang)
					: `${dayOf(a.start, lang)} – ${dayOf(a.end, lang)}`,
				{ text: count(a.excessFans, lang), num: true },
				classes[a.class] ?? a.class,
				a.signals.map((x) => signalText(x, lang)).join(' · ')
			])
		});
	if (declared) blocks.push({ kind: 'note', text: t.declaredSpikes(declared) });
	return blocks;
}

function dilutionBlocks(r: Report, t: ReportWords, lang: Lang): Block[] {
	const d = r.dilution;
	const dd = t.dilutionDefs;
	const v = (x: number | null | undefined): Cell =>
		x == null ? { text: dd.unknown, muted: true } : { text: share(x, lang), num: true };
	const rows: Cell[][] = [
		[dd.erFans, dd.erFansDef, v(d.erFans)],
		[dd.errOrganic, dd.errOrganicDef, v(d.errOrganic)],
		[dd.share, dd.shareDef, cellRange(d.inorganicShare, (n) => share(n, lang))],
		[dd.erFansAdjusted, dd.erFansAdjustedDef, v(d.erFansAdjusted)],
		[
			dd.signature,
			dd.signatureDef,
			d.signature === null ? { text: dd.unknown, muted: true } : d.signature ? dd.yes : dd.no
		]
	];
	return [
		{
			kind: 'table',
			caption: null,
			head: ['', t.colDefinition, { text: t.colValue, num: true }],
			rows
		}
	];
}

function costBlocks(r: Report, t: ReportWords, lang: Lang, currency: string): Block[] {
	const m = (n: number) => money(n, currency, lang);
	const rows: Cell[][] = r.channels
		.filter((c) => c.cost !== null)
		.map((c) => [
			channelName(lang, c.channel),
			{ text: m(c.cost!), num: true },
			c.fansAcquired.estimate && c.cost
				? { text: m(c.cost / c.fansAcquired.estimate), num: true }
				: { text: '–', num: true, muted: true },
			cellRange(c.costPerRetainedFan.m6, m),
			cellRange(c.costPerRetainedFan.m12, m)
		]);
	const blocks: Block[] = [];
	if (rows.length)
		blocks.push({
			kind: 'table',
			caption: t.costsNote,
			head: [
				t.colChannel,
				{ text: t.colCost, num: true },
				{ text: t.colPerFan, num: true },
				{ text: t.colPerRetained6, num: true },
				{ text: t.colPerRetained12, num: true }
			],
			rows
		});
	const roi = r.roi;
	if (!roi.valueInputs) blocks.push({ kind: 'note', text: t.noRoi });
	else {
		const nm: Cell = { text: t.notMeasurable, muted: true };
		blocks.push({
			kind: 'table',
			caption: t.roiNote(share(roi.valueInputs.discountRate, lang)),
			head: [
				t.colChannel,
				{ text: t.colRoi, num: true },
				{ text: t.colNpv, num: true },
				{ text: t.colPayback, num: true }
			],
			rows: roi.byChannel.map((x) => [
				channelName(lang, x.channel),
				x.roiPct === null ? nm : { text: signedChange(x.roiPct / 100, lang), num: true },
				x.npv36 === null ? nm : { text: m(x.npv36), num: true },
				x.paybackMonths === null ? nm : { text: t.months(count(x.paybackMonths, lang)), num: true }
			])
		});
	}
	return blocks;
}

const likely = (lang: Lang, a: string, b: string) =>
	(WORDS[lang] as { range?: (a: string, b: string) => string }).range?.(a, b) ?? `${a} – ${b}`;

function scenarioBlocks(
	r: Report,
	s: Scenario,
	t: ReportWords,
	lang: Lang,
	currency: string
): Block[] {
	if ('reason' in s)
		return [{ kind: 'note', text: t.scenarioUnavailable(t.scenarioWhy[s.reason]) }];
	const chName =
		(WORDS[lang] as { channel?: Record<string, string> }).channel?.[s.bought.channel] ??
		s.bought.channel;
	const f = (n: number) => people(n, lang);
	const row = (name: string, st: typeof s.bought): Cell[] => [
		name,
		{ text: f(s.budget / st.costPerFan.estimate), num: true },
		...[12, 36].map((m): Cell => {
			const p = st.points[m];
			return { text: f(p.estimate), sub: `${f(p.low)} – ${f(p.high)}`, num: true };
		})
	];
	return [
		{ kind: 'paragraphs', items: [t.scenarioIntro(money(s.budget, currency, lang), chName)] },
		{ kind: 'chart', chart: 'scenario', title: t.chartScenario, caption: t.chartScenarioCaption },
		{
			kind: 'table',
			caption: null,
			head: [
				t.scenarioColStrategy,
				{ text: t.scenarioColStart, num: true },
				{ text: cap(t.scenarioAt(12)), num: true },
				{ text: cap(t.scenarioAt(36)), num: true }
			],
			rows: [row(channelName(lang, s.bought.channel), s.bought), row(t.scenarioOrganic, s.organic)]
		},
		{ kind: 'paragraphs', items: [engagementLine(r, s.bought.channel, t, lang)] },
		{
			kind: 'note',
			text: [t.scenarioProjection, t.scenarioAssumptionOrganic, t.scenarioEnvelope].join(' ')
		}
	];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What the page's own estimates say about engagement after its purchases (Model A, as gated). */
function engagementLine(r: Report, channel: string, t: ReportWords, lang: Lang): string {
	const c = r.campaigns
		.filter((c) => c.channel === channel && 'evidenceLevel' in c.effects.engagedUsers)
		.sort((a, b) => (b.cost ?? 0) - (a.cost ?? 0))[0];
	if (!c) return t.scenarioEngageUnknown;
	const e = c.effects.engagedUsers as Extract<ReportEffect, { evidenceLevel: number }>;
	const label = c.label ?? channelName(lang, c.channel);
	const n = (x: number | null) => (x === null ? '?' : sig2(x, lang).replace(/^-/, '−'));
	const rg = likely(lang, n(e.low), n(e.high));
	const zero = e.low === null || e.high === null || (e.low <= 0 && e.high >= 0);
	if (zero || e.evidenceLevel === 0 || e.estimate === null) return t.scenarioEngageNone(label, rg);
	return t.scenarioEngageMoved(label, sig2(Math.abs(e.estimate), lang), e.estimate > 0, rg);
}

/** The scenario's three-year line for the summary page. */
export function projectionLine(s: Scenario, t: ReportWords, lang: Lang, currency: string) {
	if ('reason' in s) return null;
	const b = s.bought.points[36];
	const o = s.organic.points[36];
	const name =
		(WORDS[lang] as { channel?: Record<string, string> }).channel?.[s.bought.channel] ??
		s.bought.channel;
	const clause = (n: number) => t.stillFollow(Math.round(n) < 1 ? null : people(n, lang));
	return t.summaryProjection(
		money(s.budget, currency, lang),
		name,
		clause(b.estimate),
		clause(o.estimate)
	);
}

function methodBlocks(input: DocumentInput, t: ReportWords, lang: Lang): Block[] {
	const r = input.report;
	const cur = input.facts.current;
	const missing = cur.days - cur.fansKnown;
	return [
		{ kind: 'subhead', text: t.methodDefinitions },
		{ kind: 'definitions', items: t.defs },
		{ kind: 'subhead', text: t.methodEvidence },
		{ kind: 'paragraphs', items: t.methodEvidenceText },
		{ kind: 'subhead', text: t.methodEvents },
		r.platformEvents.length
			? {
					kind: 'paragraphs',
					items: r.platformEvents.map((e) => `${dayOf(e.day, lang)} — ${e.description}`)
				}
			: { kind: 'note', text: t.methodNoEvents },
		{ kind: 'subhead', text: t.methodGaps },
		{
			kind: 'note',
			text:
				missing > 0 ? t.methodGapDays(count(missing, lang), count(cur.days, lang)) : t.methodNoGaps
		},
		{ kind: 'subhead', text: t.methodLimits },
		{ kind: 'paragraphs', items: t.methodLimitsText },
		{ kind: 'subhead', text: t.methodCaveats },
		{ kind: 'paragraphs', items: r.caveats }
	];
}
