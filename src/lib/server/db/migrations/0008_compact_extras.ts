/**
 * 0008: extras stored once and compactly. Until now each non-blank unmapped cell was a row, twice
 * (per import and resolved): 31 rows per tweet of an X export, twice, the bulk of a store. Now each
 * record of an import keeps its extras as one list of {metric, value, n} (`import_daily_extras`,
 * `import_post_extras`); the four long tables become views of the same names and columns, so what
 * reads them (tests, the lake export) is unchanged:
 * - `import_*_extra`: the lists unnested, each value trimmed as JavaScript trims (DuckDB's reader
 *   stores cells as written) and blank ones left out; `num` is `n` when an importer read the number its own
 *   way (`1 204` → 1204; NaN: no number), else read from the text as most importers do
 *   ({@link looseNum}: a plain decimal or exponent number, else NULL), so `n` is mostly NULL;
 * - `page_daily_extra`, `post_extra`: for each key and metric, the value of the highest-ranked
 *   import that has it (imports.rank_key), as load.ts resolved them.
 * Existing rows are converted; the resolved tables are dropped (the views recompute them).
 */
/** cells.ts `looseNumber` in SQL, over the text `v` */
export const looseNum = (v: string) =>
	`CASE WHEN regexp_full_match(trim(${v}), '[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?')
		AND isfinite(TRY_CAST(trim(${v}) AS DOUBLE)) THEN TRY_CAST(trim(${v}) AS DOUBLE) END`;
/** `n` for an extra whose importer read `num`: NULL when the text reads so anyway, NaN for none */
export const ownNum = (value: string, num: string) =>
	`CASE WHEN ${num} IS NOT DISTINCT FROM (${looseNum(value)}) THEN NULL WHEN ${num} IS NULL THEN 'NaN'::DOUBLE ELSE ${num} END`;
const num = `CASE WHEN isnan(e.n) THEN NULL ELSE coalesce(e.n, ${looseNum('value')}) END`;
/** what JavaScript's trim removes, and the same as an RE2 class body */
const W =
	'\\s\\x{0b}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}';
const WS =
	' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * The long extras of `<src>s` (`where`: a condition on its rows, applied before unnesting), and the
 * resolved ones. load.ts reads them for the keys a file touches, with a `where`: the views would
 * compute every page's extras before filtering them. Builders of this migration's views: frozen.
 */
export const longExtras = (src: string, key: string, where = 'true') =>
	`SELECT import_id, page_id, ${key}, e.metric AS metric, value, ${num} AS num
	FROM (SELECT import_id, page_id, ${key}, e,
			CASE WHEN regexp_matches(e.value, '^[${W}]|[${W}]$') THEN trim(e.value, '${WS}') ELSE e.value END AS value
		FROM (SELECT import_id, page_id, ${key}, unnest(extras) AS e FROM ${src}s WHERE ${where}))
	WHERE value <> ''`;
export const resolvedExtras = (src: string, key: string, where = 'true') =>
	`SELECT page_id, ${key}, metric, w.value AS value, w.num AS num FROM (
		SELECT x.page_id, x.${key}, x.metric, arg_max({'value': x.value, 'num': x.num}, i.rank_key) AS w
		FROM (${longExtras(src, key, where)}) x JOIN imports i ON i.id = x.import_id
		GROUP BY x.page_id, x.${key}, x.metric)`;

const kind = (src: string, resolved: string, key: string, keyType: string) => `
CREATE TABLE ${src}s (
	import_id INTEGER NOT NULL,
	page_id INTEGER NOT NULL,
	${key} ${keyType} NOT NULL,
	extras STRUCT(metric VARCHAR, value VARCHAR, n DOUBLE)[] NOT NULL
);
INSERT INTO ${src}s
	SELECT import_id, page_id, ${key},
		list({'metric': metric, 'value': value, 'n': ${ownNum('value', 'num')}} ORDER BY metric)
	FROM ${src} GROUP BY import_id, page_id, ${key};
DROP TABLE ${src};
DROP TABLE ${resolved};
CREATE VIEW ${src} AS ${longExtras(src, key)};
CREATE VIEW ${resolved} AS ${resolvedExtras(src, key)};
`;

export const sql = [
	kind('import_daily_extra', 'page_daily_extra', 'day', 'DATE'),
	kind('import_post_extra', 'post_extra', 'post_id', 'VARCHAR')
].join('');
