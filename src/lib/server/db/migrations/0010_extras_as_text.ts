/**
 * 0010: each record's extras as one text. Since 0008 a record kept its extra texts as a list
 * (`vals VARCHAR[]`); DuckDB writes a list of texts element by element (31 texts per tweet of an X
 * export), which made that list the costliest part of a large import: 5.2 s of CPU, and 57 MB, for
 * a million tweets, against 1.9 s and 42 MB for the same texts as one JSON array per record
 * (`["12","0",null,…]`, NULL where the cell was blank, in the order of `import_extra_names.names`).
 * `vals` of `import_daily_extras` and `import_post_extras` becomes that text; `nums` is unchanged.
 * Existing lists are converted (`to_json`, which the importers use too, so an old store and a new
 * one hold the same bytes); the views `import_*_extra`, `page_daily_extra` and `post_extra` are
 * made again over the texts, with the same columns and rows as 0008's.
 */
import { looseNum } from './0008_compact_extras.ts';

const num = `CASE WHEN isnan(n) THEN NULL ELSE coalesce(n, ${looseNum('value')}) END`;
/** what JavaScript's trim removes, and the same as an RE2 class body */
const W =
	'\\s\\x{0b}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}';
const WS =
	' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** a record's extras text back as its list of texts */
export const valsList = (v: string) => `from_json(${v}, '["VARCHAR"]')`;

/**
 * The long extras of `<src>s` (`where`: a condition on its rows, applied before unnesting), and the
 * resolved ones: 0008's builders over the texts. load.ts reads them for the keys a file touches.
 * Builders of this migration's views: frozen (a later change of them is a new migration).
 */
export const longExtras = (src: string, key: string, where = 'true') =>
	`SELECT import_id, page_id, ${key}, metric, value, ${num} AS num
	FROM (SELECT import_id, page_id, ${key}, metric, n,
			CASE WHEN regexp_matches(raw, '^[${W}]|[${W}]$') THEN trim(raw, '${WS}') ELSE raw END AS value
		FROM (SELECT x.import_id, x.page_id, x.${key}, unnest(k.names) AS metric,
				unnest(${valsList('x.vals')}) AS raw, unnest(x.nums) AS n
			FROM (SELECT * FROM ${src}s WHERE ${where}) x JOIN import_extra_names k USING (import_id))
		WHERE raw IS NOT NULL)
	WHERE value <> ''`;
export const resolvedExtras = (src: string, key: string, where = 'true') =>
	`SELECT page_id, ${key}, metric, w.value AS value, w.num AS num FROM (
		SELECT x.page_id, x.${key}, x.metric, arg_max({'value': x.value, 'num': x.num}, i.rank_key) AS w
		FROM (${longExtras(src, key, where)}) x JOIN imports i ON i.id = x.import_id
		GROUP BY x.page_id, x.${key}, x.metric)`;

const kind = (src: string, resolved: string, key: string, keyType: string) => `
DROP VIEW ${resolved};
DROP VIEW ${src};
CREATE TABLE ${src}s_0010 (
	import_id INTEGER NOT NULL,
	page_id INTEGER NOT NULL,
	${key} ${keyType} NOT NULL,
	vals VARCHAR NOT NULL,
	nums DOUBLE[]
);
INSERT INTO ${src}s_0010 SELECT import_id, page_id, ${key}, to_json(vals)::VARCHAR, nums FROM ${src}s;
DROP TABLE ${src}s;
ALTER TABLE ${src}s_0010 RENAME TO ${src}s;
CREATE VIEW ${src} AS ${longExtras(src, key)};
CREATE VIEW ${resolved} AS ${resolvedExtras(src, key)};
`;

export const sql = `${kind('import_daily_extra', 'page_daily_extra', 'day', 'DATE')}
${kind('import_post_extra', 'post_extra', 'post_id', 'VARCHAR')}`;
