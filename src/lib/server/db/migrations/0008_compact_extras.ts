/**
 * 0008: extras stored once and compactly. Until now each non-blank unmapped cell was a row, twice
 * (per import and resolved): 31 rows per tweet of an X export, twice, the bulk of a store. Now an
 * import names its extra columns once (`import_extra_names.names`), and each of its records keeps
 * its extras as one list of texts in that order (`import_daily_extras.vals`,
 * `import_post_extras.vals`; NULL where the cell was blank), like the columns of a table. The four
 * long tables become views of the same names and columns, so what reads them (tests, the lake
 * export, deletes) is unchanged:
 * - `import_*_extra`: the lists unnested beside their names, each value trimmed as JavaScript trims
 *   (DuckDB's reader keeps cells as written) and blank ones left out; `num` is read from the text as
 *   most importers read it ({@link looseNum}: a plain decimal or exponent number, else NULL), unless
 *   the importer read it its own way (`1 204` → 1204): then `nums` holds it (NaN: no number);
 * - `page_daily_extra`, `post_extra`: for each key and metric, the value of the highest-ranked
 *   import that has it (imports.rank_key), as load.ts resolved them.
 * Existing rows are converted; the resolved tables are dropped (the views recompute them).
 * `import_daily`, `import_posts` and `posts` lose their primary keys, as the extras did in 0004: the
 * indexes on (…, post_id) made a third of a large store and a good part of its import time (DuckDB
 * scans by zone maps; an index on a compound key serves no page query), and the rows are unique by
 * construction: a key appears once per import (load.ts refuses or collapses repeats) and the
 * resolved rows of a key are deleted before they are written again. `page_daily` (one row a day)
 * keeps its key.
 */

/** cells.ts `looseNumber` in SQL, over the text `v` */
export const looseNum = (v: string) =>
	`CASE WHEN regexp_full_match(trim(${v}), '[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?')
		AND isfinite(TRY_CAST(trim(${v}) AS DOUBLE)) THEN TRY_CAST(trim(${v}) AS DOUBLE) END`;
/** the `nums` entry of an extra whose importer read `num`: NULL when the text reads so anyway, NaN for none */
export const ownNum = (value: string, num: string) =>
	`CASE WHEN ${num} IS NOT DISTINCT FROM (${looseNum(value)}) THEN NULL WHEN ${num} IS NULL THEN 'NaN'::DOUBLE ELSE ${num} END`;
const num = `CASE WHEN isnan(n) THEN NULL ELSE coalesce(n, ${looseNum('value')}) END`;
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
	`SELECT import_id, page_id, ${key}, metric, value, ${num} AS num
	FROM (SELECT import_id, page_id, ${key}, metric, n,
			CASE WHEN regexp_matches(raw, '^[${W}]|[${W}]$') THEN trim(raw, '${WS}') ELSE raw END AS value
		FROM (SELECT x.import_id, x.page_id, x.${key}, unnest(k.names) AS metric, unnest(x.vals) AS raw,
				unnest(x.nums) AS n
			FROM (SELECT * FROM ${src}s WHERE ${where}) x JOIN import_extra_names k USING (import_id))
		WHERE raw IS NOT NULL)
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
	vals VARCHAR[] NOT NULL,
	nums DOUBLE[]
);
INSERT INTO ${src}s
	SELECT r.import_id, r.page_id, r.${key}, list(e.value ORDER BY k.pos),
		CASE WHEN bool_or(e.n IS NOT NULL) THEN list(e.n ORDER BY k.pos) END
	FROM (SELECT DISTINCT import_id, page_id, ${key} FROM ${src}) r
	JOIN (SELECT import_id, unnest(names) AS metric, generate_subscripts(names, 1) AS pos
		FROM import_extra_names) k USING (import_id)
	LEFT JOIN (SELECT import_id, ${key}, metric, value, ${ownNum('value', 'num')} AS n FROM ${src}) e
		ON e.import_id = r.import_id AND e.${key} = r.${key} AND e.metric = k.metric
	GROUP BY r.import_id, r.page_id, r.${key};
DROP TABLE ${src};
DROP TABLE ${resolved};
CREATE VIEW ${src} AS ${longExtras(src, key)};
CREATE VIEW ${resolved} AS ${resolvedExtras(src, key)};
`;

const withoutKey = (name: string, columns: string) => `
CREATE TABLE ${name}_0008 (${columns});
INSERT INTO ${name}_0008 SELECT * FROM ${name};
DROP TABLE ${name};
ALTER TABLE ${name}_0008 RENAME TO ${name};
`;

export const sql = `${withoutKey(
	'import_daily',
	`import_id INTEGER NOT NULL, page_id INTEGER NOT NULL, day DATE NOT NULL,
	fans_total BIGINT, fans_net BIGINT, fans_added BIGINT, fans_removed BIGINT,
	fans_added_paid BIGINT, fans_added_unpaid BIGINT,
	reach_total BIGINT, reach_organic BIGINT, reach_paid BIGINT, reach_viral BIGINT,
	impressions_total BIGINT, impressions_organic BIGINT, impressions_paid BIGINT,
	engaged_users BIGINT, interactions BIGINT, negative_feedback BIGINT, page_views BIGINT,
	posts_published BIGINT`
)}${withoutKey(
	'import_posts',
	`import_id INTEGER NOT NULL, page_id INTEGER NOT NULL, post_id VARCHAR NOT NULL,
	published_at TIMESTAMP, type VARCHAR, is_paid BOOLEAN, message VARCHAR, permalink VARCHAR,
	reach_total BIGINT, reach_organic BIGINT, reach_paid BIGINT, impressions_total BIGINT,
	engaged_users BIGINT, reactions BIGINT, comments BIGINT, shares BIGINT, clicks BIGINT,
	video_views BIGINT`
)}${withoutKey(
	'posts',
	`page_id INTEGER NOT NULL, post_id VARCHAR NOT NULL,
	published_at TIMESTAMP, type VARCHAR, is_paid BOOLEAN, message VARCHAR, permalink VARCHAR,
	reach_total BIGINT, reach_organic BIGINT, reach_paid BIGINT, impressions_total BIGINT,
	engaged_users BIGINT, reactions BIGINT, comments BIGINT, shares BIGINT, clicks BIGINT,
	video_views BIGINT`
)}
CREATE TABLE import_extra_names (import_id INTEGER NOT NULL, names VARCHAR[] NOT NULL);
INSERT INTO import_extra_names
	SELECT import_id, list_sort(list(DISTINCT metric)) FROM (
		SELECT import_id, metric FROM import_daily_extra
		UNION ALL SELECT import_id, metric FROM import_post_extra)
	GROUP BY import_id;
${kind('import_daily_extra', 'page_daily_extra', 'day', 'DATE')}
${kind('import_post_extra', 'post_extra', 'post_id', 'VARCHAR')}`;
