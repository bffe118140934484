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
 *
 * Posts are stored once where one import alone holds them. Until now each post was written twice:
 * in `import_posts` (what its import said) and in `posts` (the resolved row that pages read), the
 * same values both times for every post no other import of the page holds: most of them. Now:
 * - `posts` gains `import_id`: the import whose row it is, when that import alone holds the post
 *   (the resolved row is then exactly its row); NULL when it was resolved from several imports;
 * - `import_post_rows` (the columns of `import_posts`) keeps the imports' own rows of the posts that
 *   two imports or more hold, from which load.ts resolves them;
 * - `import_posts` becomes a view of both, with the same columns and rows as the table it replaces.
 * Existing rows are moved: a post one import alone holds, whose resolved row equals that import's
 * row, keeps only its resolved row (with the import's id); every other row goes to
 * `import_post_rows`. Daily rows (one per day: small) keep both tables as they are.
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

const POST_COLUMNS = [
	['published_at', 'TIMESTAMP'],
	['type', 'VARCHAR'],
	['is_paid', 'BOOLEAN'],
	['message', 'VARCHAR'],
	['permalink', 'VARCHAR'],
	['reach_total', 'BIGINT'],
	['reach_organic', 'BIGINT'],
	['reach_paid', 'BIGINT'],
	['impressions_total', 'BIGINT'],
	['engaged_users', 'BIGINT'],
	['reactions', 'BIGINT'],
	['comments', 'BIGINT'],
	['shares', 'BIGINT'],
	['clicks', 'BIGINT'],
	['video_views', 'BIGINT']
];
const postCols = POST_COLUMNS.map(([c]) => c).join(', ');

const posts = `
ALTER TABLE posts ADD COLUMN import_id INTEGER;
CREATE TABLE import_post_rows (
	import_id INTEGER NOT NULL,
	page_id INTEGER NOT NULL,
	post_id VARCHAR NOT NULL,
	${POST_COLUMNS.map(([c, t]) => `${c} ${t}`).join(', ')}
);
CREATE TEMP TABLE _m0010_alone AS
	SELECT i.import_id, i.page_id, i.post_id
	FROM import_posts i
	JOIN (SELECT page_id, post_id FROM import_posts GROUP BY page_id, post_id HAVING count(*) = 1) one
		ON one.page_id = i.page_id AND one.post_id = i.post_id
	JOIN posts p ON p.page_id = i.page_id AND p.post_id = i.post_id
	WHERE ${POST_COLUMNS.map(([c]) => `p.${c} IS NOT DISTINCT FROM i.${c}`).join(' AND ')};
UPDATE posts SET import_id = a.import_id FROM _m0010_alone a
	WHERE posts.page_id = a.page_id AND posts.post_id = a.post_id;
INSERT INTO import_post_rows SELECT i.import_id, i.page_id, i.post_id, ${POST_COLUMNS.map(([c]) => `i.${c}`).join(', ')}
	FROM import_posts i
	WHERE NOT EXISTS (SELECT 1 FROM _m0010_alone a
		WHERE a.import_id = i.import_id AND a.page_id = i.page_id AND a.post_id = i.post_id);
DROP TABLE _m0010_alone;
DROP TABLE import_posts;
CREATE VIEW import_posts AS
	SELECT import_id, page_id, post_id, ${postCols} FROM import_post_rows
	UNION ALL
	SELECT import_id, page_id, post_id, ${postCols} FROM posts WHERE import_id IS NOT NULL;
`;

export const sql = `${kind('import_daily_extra', 'page_daily_extra', 'day', 'DATE')}
${kind('import_post_extra', 'post_extra', 'post_id', 'VARCHAR')}
${posts}`;
