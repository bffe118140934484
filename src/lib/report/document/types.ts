import type { Lang } from '../format.ts';
import type { Report } from '../schema.ts';
import type { Scenario } from './scenario.ts';

/** Observed facts of one period, gathered with SQL by the server (never modelled). */
export interface PeriodFacts {
	from: string;
	to: string;
	/** calendar days in [from, to] */
	days: number;
	/** last known fans_total at most 7 days before `to` */
	fansEnd: number | null;
	/** days with a fan count */
	fansKnown: number;
	/** Σ fans_added over the days where it is known, and how many such days */
	newFans: number | null;
	newFansKnown: number;
	/** mean of engaged_users / fans_total over the days where both are known (M6), and how many */
	erFans: number | null;
	erKnown: number;
}

/** What the CM writes for one report (migration 0007), shown as theirs. */
export interface ReportNotes {
	author: string | null;
	client: string | null;
	recommendations: string | null;
}

export interface Branding {
	consultancy: string | null;
	footer: string | null;
	primary: string;
	accent: string;
	hideMadeWith: boolean;
	/** a data: URI of the sanitised logo (image/png or image/svg+xml), or null */
	logo: string | null;
}

export const DEFAULT_BRANDING: Branding = {
	consultancy: null,
	footer: null,
	primary: '#1c1917',
	accent: '#b45309',
	hideMadeWith: false,
	logo: null
};

export interface DocumentInput {
	report: Report;
	currency: string;
	/** ISO day the document is issued */
	issued: string;
	facts: { current: PeriodFacts; previous: PeriodFacts | null; lastYear: PeriodFacts | null };
	notes: ReportNotes | null;
	branding: Branding;
}

export type Change =
	{ kind: 'change'; rel: number; text: string } | { kind: 'noData' | 'notCompared'; text: string };

export interface Tile {
	key: 'fansEnd' | 'newFans' | 'organicKept' | 'boughtKept' | 'engagement' | 'costRetained';
	label: string;
	/** the number shown, as written */
	value: string;
	/** the model's number behind `value` (unrounded) */
	raw: number;
	range: string | null;
	sub: string | null;
	estimated: boolean;
	changes: { label: string; change: Change }[];
}

export type Cell = string | { text: string; sub?: string; num?: boolean; muted?: boolean };

export type Block =
	| { kind: 'paragraphs'; items: string[] }
	| { kind: 'note'; text: string }
	| { kind: 'table'; caption: string | null; head: Cell[]; rows: Cell[][] }
	/** a chart by key: 'survival', 'stacked', 'scenario' or 'campaign:<id>' (drawn when the renderer has it) */
	| { kind: 'chart'; chart: string; title: string; caption: string }
	| { kind: 'subhead'; text: string }
	| { kind: 'definitions'; items: [string, string][] }
	| { kind: 'authored'; text: string | null; empty: string; by: string };

export interface DocSection {
	id:
		| 'channels'
		| 'campaigns'
		| 'anomalies'
		| 'dilution'
		| 'costs'
		| 'scenario'
		| 'recommend'
		| 'method'
		| 'narrative';
	title: string;
	/** the narrative's paragraphs for this section, as the report model gives them */
	narrative: string[];
	blocks: Block[];
	/** start this section on a new sheet */
	breakBefore: boolean;
}

export interface ReportDocument {
	lang: Lang;
	title: string;
	cover: {
		pageName: string;
		platform: string;
		period: string;
		author: string | null;
		client: string | null;
		consultancy: string | null;
		issued: string;
		contents: string[];
		contentsTitle: string;
		labels: { for: string; by: string; firm: string };
	};
	summary: {
		title: string;
		headline: string;
		tiles: Tile[];
		projection: string | null;
		note: string;
	};
	sections: DocSection[];
	scenario: Scenario;
	/** running header/footer text */
	running: { header: string; footer: string | null; madeWith: string | null };
}
