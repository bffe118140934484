import type { z } from 'zod';
import { sql, type Sql } from '../../sql.ts';
import { countCell, signedCell, textCell } from './cells.ts';
import { isoDayCell, promotedFlagCell, rawTextCell, tweetIdCell, xTimeCell } from './x/cells.ts';

/**
 * The SQL twins of the zod cells, for layouts DuckDB reads itself (sql-read.ts): each gives, from
 * the raw cell text, the typed value and the reason it is invalid, with the same rules and the same
 * messages as its zod schema (the importer tests hold both paths to one contract). A cell is parsed
 * in `steps`, each a column computed from the one before (the first from the raw text `c`), so that
 * DuckDB computes each piece once; `value` and `error` read the last step `p` (and `c`).
 */
export interface SqlCell {
	type: 'BIGINT' | 'VARCHAR' | 'BOOLEAN' | 'TIMESTAMP' | 'DATE';
	steps: ((p: Sql, c: Sql) => Sql)[];
	/** the typed value: NULL when blank (unknown) or invalid */
	value(p: Sql, c: Sql): Sql;
	/** the reason the cell is invalid, NULL when it is valid (blank included) */
	error(p: Sql, c: Sql): Sql;
}

/** What JavaScript's String.prototype.trim removes (ASCII and Unicode spaces, line ends, BOM). */
const WS =
	' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
/** The same characters as an RE2 class body. */
const W =
	'\\s\\x{0b}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}';

/**
 * SQL text from this module's own constants (regular expressions DuckDB must see as literals to
 * compile them once): never from a file's content, which only ever reaches SQL as a parameter.
 */
const constant = (text: string): Sql => sql(Object.assign([text], { raw: [text] }));
/** An RE2 pattern as an SQL literal; `~` stands for the class of JavaScript's trim characters. */
const re = (pattern: string): Sql => constant(`'${pattern.replaceAll('~', `[${W}]`)}'`);

/** The text as JavaScript's trim leaves it (computed only where needed: trimming costs). */
export const trimmed = (c: Sql): Sql => sql`trim(${c}, ${WS})`;
/** The same, cheaper for cells that rarely have spaces around them. */
export const trimmedIfNeeded = (c: Sql): Sql =>
	sql`(CASE WHEN regexp_matches(${c}, ${re('^~|~$')}) THEN ${trimmed(c)} ELSE ${c} END)`;
/** True when the text is empty once trimmed. */
export const isBlank = (c: Sql): Sql =>
	sql`(CASE WHEN ${c} = '' THEN true ELSE regexp_full_match(${c}, ${re('~*')}) END)`;

/** A cell as quoted in a message: at most 40 characters (cells.ts `clip`). */
export const clip = (s: Sql): Sql =>
	sql`(CASE WHEN length(${s}) > 40 THEN left(${s}, 40) || '…' ELSE ${s} END)`;
const quoted = (prefix: string, s: Sql): Sql => sql`(${prefix} || '"' || ${clip(s)} || '"')`;

const MAX_SAFE = sql`9007199254740991::HUGEINT`;

/**
 * countCell / signedCell: whole numbers, `2633.0` read as 2633, `12 024` (digits grouped by
 * spaces, as French Excel writes them) as 12024, `-` and blank unknown. Spaces around are allowed
 * by the patterns themselves, so that no cell is trimmed unless it is invalid.
 */
function wholeCell(signed: boolean): SqlCell {
	return {
		type: 'BIGINT',
		// the common case (`12`, `2633.0`) is settled by one pattern; the others only when it fails
		steps: [
			(_p, c) => sql`regexp_full_match(${c}, ${re('~*[+-]?[0-9]+([.]0+)?~*')})`,
			(w, c) => sql`{'w': ${w},
				'grouped': CASE WHEN ${w} THEN false
					ELSE regexp_full_match(${c}, ${re('~*[+-]?[0-9]{1,3}([ \\x{a0}\\x{202f}][0-9]{3})+~*')}) END,
				'blank': CASE WHEN ${w} THEN false ELSE ${isBlank(c)} OR regexp_full_match(${c}, ${re('~*-~*')}) END}`,
			(p, c) => sql`{'whole': ${p}.w OR ${p}.grouped, 'blank': ${p}.blank,
				'n': CASE WHEN ${p}.w THEN coalesce(TRY_CAST(split_part(${c}, '.', 1) AS HUGEINT),
						TRY_CAST(regexp_extract(${c}, ${re('[+-]?[0-9]+')}) AS HUGEINT))
					WHEN ${p}.grouped THEN TRY_CAST(regexp_replace(regexp_extract(${c}, ${re('[+-]?[0-9][0-9 \\x{a0}\\x{202f}]*[0-9]')}), ${re('[ \\x{a0}\\x{202f}]')}, '', 'g') AS HUGEINT) END}`
		],
		value: (p) =>
			sql`CASE WHEN ${p}.whole AND abs(${p}.n) <= ${MAX_SAFE}${signed ? sql`` : sql` AND ${p}.n >= 0`} THEN CAST(${p}.n AS BIGINT) END`,
		error: (p, c) => sql`CASE WHEN ${p}.blank THEN NULL
			WHEN NOT ${p}.whole THEN ${quoted('not a whole number: ', trimmed(c))}
			WHEN ${p}.n IS NULL OR abs(${p}.n) > ${MAX_SAFE} THEN ${quoted('number too large: ', sql`regexp_replace(${trimmed(c)}, ${re('[ \\x{a0}\\x{202f}]')}, '', 'g')`)}
			${signed ? sql`` : sql`WHEN ${p}.n < 0 THEN 'negative count: ' || CAST(${p}.n AS VARCHAR)`} END`
	};
}

const text = (keepSpaces: boolean): SqlCell => ({
	type: 'VARCHAR',
	steps: [(_p, c) => (keepSpaces ? isBlank(c) : trimmedIfNeeded(c))],
	value: (p, c) => (keepSpaces ? sql`CASE WHEN NOT ${p} THEN ${c} END` : sql`nullif(${p}, '')`),
	error: () => sql`NULL`
});

/** x/cells.ts `xTimeCell`: `2019-01-31 23:32 +0000` → the UTC timestamp; blank → NULL. */
const xTime: SqlCell = {
	type: 'TIMESTAMP',
	steps: [
		(_p, c) => sql`regexp_extract(${c},
			${re('^~*([0-9]{4})-([0-9]{2})-([0-9]{2})[ T]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?\\s*([+-])([0-9]{2}):?([0-9]{2})~*$')},
			['y', 'mo', 'd', 'h', 'mi', 's', 'sg', 'oh', 'om'])`,
		(m, c) => sql`{'blank': CASE WHEN ${m}.y <> '' THEN false ELSE ${isBlank(c)} END, 'm': ${m},
			'y': TRY_CAST(nullif(${m}.y, '') AS INTEGER),
			'day': strftime(TRY_STRPTIME(${m}.y || '-' || ${m}.mo || '-' || ${m}.d, '%Y-%m-%d'), '%Y-%m-%d')}`,
		(p) => sql`{'blank': ${p}.blank, 'm': ${p}.m, 'y': ${p}.y, 'day': ${p}.day,
			'ok': coalesce(${p}.y >= 100 AND ${p}.day IS NOT NULL AND TRY_CAST(${p}.m.h AS INTEGER) <= 23
				AND TRY_CAST(${p}.m.mi AS INTEGER) <= 59 AND coalesce(TRY_CAST(nullif(${p}.m.s, '') AS INTEGER), 0) <= 59
				AND TRY_CAST(${p}.m.oh AS INTEGER) <= 14 AND TRY_CAST(${p}.m.om AS INTEGER) <= 59, false)}`
	],
	value: (p) => sql`CASE WHEN ${p}.ok AND ${p}.y >= 2006 THEN
		make_timestamp(${p}.y, TRY_CAST(${p}.m.mo AS INTEGER), TRY_CAST(${p}.m.d AS INTEGER), TRY_CAST(${p}.m.h AS INTEGER), TRY_CAST(${p}.m.mi AS INTEGER),
			coalesce(TRY_CAST(nullif(${p}.m.s, '') AS DOUBLE), 0))
		- to_minutes((CASE ${p}.m.sg WHEN '-' THEN -1 ELSE 1 END) * (TRY_CAST(${p}.m.oh AS INTEGER) * 60 + TRY_CAST(${p}.m.om AS INTEGER))) END`,
	error: (p, c) => sql`CASE WHEN ${p}.blank THEN NULL
		WHEN NOT ${p}.ok THEN ${quoted('not a date and time (YYYY-MM-DD HH:MM +0000): ', c)}
		WHEN ${p}.y < 2006 THEN 'date before 2006: ' || ${p}.day END`
};

/** x/cells.ts `isoDayCell`: a required `YYYY-MM-DD`, from 2006. */
const isoDay: SqlCell = {
	type: 'DATE',
	steps: [
		(_p, c) => sql`regexp_extract(${c}, ${re('^~*([0-9]{4}-[0-9]{2}-[0-9]{2})~*$')}, 1)`,
		(t) => sql`CASE WHEN ${t} >= '0100' THEN TRY_STRPTIME(${t}, '%Y-%m-%d')::DATE END`
	],
	value: (day) => sql`CASE WHEN year(${day}) >= 2006 THEN ${day} END`,
	error: (day, c) => sql`CASE WHEN ${day} IS NULL THEN ${quoted('not a date (YYYY-MM-DD): ', c)}
		WHEN year(${day}) < 2006 THEN 'date before 2006: ' || strftime(${day}, '%Y-%m-%d') END`
};

/** x/cells.ts `tweetIdCell`: digits only, kept as text; blank → NULL. */
const tweetId: SqlCell = {
	type: 'VARCHAR',
	steps: [(_p, c) => sql`regexp_extract(${c}, ${re('^~*([0-9]{1,20})~*$')}, 1)`],
	value: (id) => sql`nullif(${id}, '')`,
	error: (id, c) => sql`CASE WHEN ${id} <> '' OR ${isBlank(c)} THEN NULL
		WHEN regexp_matches(${trimmed(c)}, ${re('(?i)e\\+?[0-9]+$')}) THEN ${quoted('not a tweet id: ', trimmed(c))} || ' (a spreadsheet rounded it; export the file again)'
		ELSE ${quoted('not a tweet id (digits only): ', trimmed(c))} END`
};

/** x/cells.ts `promotedFlagCell`: `-` and 0 → false, a count > 0 → true, blank → NULL. */
const promotedFlag: SqlCell = {
	type: 'BOOLEAN',
	steps: [
		(_p, c) => sql`regexp_full_match(${c}, ${re('~*[0-9]+([.]0+)?~*')})`,
		(count, c) => sql`{'count': ${count},
			'dash': CASE WHEN ${count} THEN false ELSE regexp_full_match(${c}, ${re('~*-~*')}) END,
			'positive': CASE WHEN ${count} THEN regexp_matches(${c}, ${re('^~*0*[1-9]')}) END,
			'blank': CASE WHEN ${count} THEN false ELSE ${isBlank(c)} END}`
	],
	value: (p) => sql`CASE WHEN ${p}.dash THEN false WHEN ${p}.count THEN ${p}.positive END`,
	error: (p, c) => sql`CASE WHEN ${p}.blank OR ${p}.dash OR ${p}.count THEN NULL
		ELSE ${quoted('not a count or "-": ', trimmed(c))} END`
};

const REGISTRY = new Map<z.ZodType<unknown, string>, SqlCell>([
	[countCell, wholeCell(false)],
	[signedCell, wholeCell(true)],
	[textCell, text(false)],
	[rawTextCell, text(true)],
	[xTimeCell, xTime],
	[isoDayCell, isoDay],
	[tweetIdCell, tweetId],
	[promotedFlagCell, promotedFlag]
]);

/** The SQL twin of a zod cell, or undefined when the cell has none (its layout is read in JavaScript). */
export const sqlCell = (cell: z.ZodType<unknown, string>): SqlCell | undefined =>
	REGISTRY.get(cell);
