import { z } from 'zod';
import { clip, isoDay } from '../cells.ts';
import { ImportError, type ImportIssue } from '../types.ts';

/**
 * TikTok Studio writes days without a year (`February 28`, in the account's language: `8 de marzo`,
 * `28 février`, `8. März`). The cell keeps the month and day as `--MM-DD` (ISO 8601's form for a
 * day without a year); {@link placeYears} gives each its year from the export's last day.
 */
const MONTHS: readonly string[] = [
	'january jan enero ene janvier janv janeiro januar gennaio gen',
	'february feb febrero fevrier fevr fev fevereiro februar febbraio',
	'march mar marzo mars marco marz',
	'april apr abril abr avril avr aprile',
	'may mayo mai maio maggio mag',
	'june jun junio juin junho juni giugno giu',
	'july jul julio juillet juil julho juli luglio lug',
	'august aug agosto ago aout august',
	'september sep sept septiembre septembre setembro set settembre',
	'october oct octubre octobre outubro out oktober ottobre ott okt',
	'november nov noviembre novembre novembro',
	'december dec diciembre dic decembre dezembro dez dezember dicembre'
];
const MONTH = new Map(MONTHS.flatMap((names, i) => names.split(' ').map((n) => [n, i + 1])));

/** `February 28` / `28 February` / `8 de marzo` / `8. März` → `--MM-DD`; null when not that shape. */
export function monthDay(raw: string): string | null {
	const words = raw
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[.,]/g, ' ')
		.split(/\s+/)
		.filter((w) => w !== '' && w !== 'de' && w !== 'del');
	if (words.length !== 2) return null;
	const [a, b] = words;
	const [d, m] = /^\d{1,2}$/.test(a) ? [+a, MONTH.get(b)] : [+b, MONTH.get(a)];
	if (!m || !Number.isInteger(d) || d < 1 || d > 31) return null;
	// checked against a leap year: February 29 exists in some year
	if (!isoDay(2024, m, d)) return null;
	return `--${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A required day without a year (`--MM-DD`). */
export const monthDayCell = z.string().transform((s, ctx): string => {
	const md = monthDay(s.trim());
	if (!md) {
		ctx.addIssue({ code: 'custom', message: `not a day (month and day): "${clip(s.trim())}"` });
		return z.NEVER;
	}
	return md;
});

/** An optional one (a video's `Post time`). */
export const monthDayOptionalCell = z.string().transform((s, ctx): string | null => {
	if (s.trim() === '') return null;
	const md = monthDay(s.trim());
	if (!md) {
		ctx.addIssue({ code: 'custom', message: `not a day (month and day): "${clip(s.trim())}"` });
		return z.NEVER;
	}
	return md;
});

export const NEED_LAST_DAY =
	'TikTok writes its days without a year ("February 28"): say the last day of the export (--last-day YYYY-MM-DD on the command line, "last day of the export" in the browser), usually the day before you downloaded it';

/**
 * The day a `--MM-DD` is, for an export whose last day is `lastDay`: the latest such day on or
 * before it, within the 365 days that end on it (an export covers at most a year). Null for a
 * February 29 that falls outside them.
 */
export function withYear(md: string, lastDay: string): string | null {
	const y = +lastDay.slice(0, 4);
	const [m, d] = [+md.slice(2, 4), +md.slice(5, 7)];
	const first = new Date(Date.parse(`${lastDay}T00:00:00Z`) - 365 * 86_400_000)
		.toISOString()
		.slice(0, 10);
	for (const year of [y, y - 1]) {
		const iso = isoDay(year, m, d);
		if (iso && iso <= lastDay) return iso >= first ? iso : null;
	}
	return null;
}

/**
 * Gives years to the days of a whole file, in its row order. The days must follow each other in one
 * direction once placed: a wrong last day would put some of them in the wrong year, so the file is
 * refused with the fix rather than stored a year off.
 */
export function placeYears<T extends { row: number; key: string }>(
	records: T[],
	lastDay: string | undefined,
	issues: ImportIssue[],
	column: string
): T[] {
	if (!lastDay) throw new ImportError(NEED_LAST_DAY, [], undefined, 'last-day');
	const kept: T[] = [];
	for (const r of records) {
		const iso = withYear(r.key, lastDay);
		if (!iso)
			issues.push({ row: r.row, column, message: `no such day in the year before ${lastDay}` });
		else kept.push({ ...r, key: iso });
	}
	const up = kept.every((r, i) => i === 0 || r.key >= kept[i - 1].key);
	const down = kept.every((r, i) => i === 0 || r.key <= kept[i - 1].key);
	if (!up && !down) {
		const last = kept.reduce((a, r) => (r.row > a.row ? r : a), kept[0]);
		throw new ImportError(
			`with --last-day ${lastDay} the days of the file do not follow each other (row ${last.row} would be ${last.key}): give the day of the export's last row as the last day`,
			[],
			undefined,
			'last-day'
		);
	}
	return kept;
}
