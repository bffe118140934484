/**
 * 0005: pages can move between workspaces, and a page or a workspace can be deleted in one
 * transaction. DuckDB runs an UPDATE of an indexed column (a foreign key is indexed) as a delete and
 * an insert, which the foreign keys pointing at `pages` refuse; and it refuses to delete a parent row
 * in the transaction that deleted its children. So the tables below are rebuilt without their
 * REFERENCES clauses (primary and unique keys kept, every row kept, columns in the same order), as
 * 0004 did for the extras. The code keeps the links whole: pages are created only in an existing
 * workspace (src/lib/server/pages.ts) and removed with everything that names them
 * (src/lib/server/workspaces.ts).
 */
const tables: [name: string, ddl: string][] = [
	[
		'pages',
		`id INTEGER PRIMARY KEY DEFAULT nextval('page_id_seq'),
	workspace_id INTEGER NOT NULL,
	slug VARCHAR NOT NULL UNIQUE,
	name VARCHAR NOT NULL,
	platform VARCHAR NOT NULL,
	created_at TIMESTAMP NOT NULL DEFAULT current_timestamp`
	],
	[
		'imports',
		`id INTEGER PRIMARY KEY DEFAULT nextval('import_id_seq'),
	page_id INTEGER NOT NULL,
	file_name VARCHAR NOT NULL,
	sha256 VARCHAR NOT NULL,
	format VARCHAR NOT NULL,
	kind VARCHAR NOT NULL,
	encoding VARCHAR,
	first_day DATE,
	last_day DATE,
	rank_key VARCHAR NOT NULL,
	rows_read INTEGER NOT NULL,
	rows_inserted INTEGER NOT NULL,
	rows_updated INTEGER NOT NULL,
	rows_unchanged INTEGER NOT NULL,
	rows_rejected INTEGER NOT NULL,
	status VARCHAR NOT NULL,
	imported_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
	UNIQUE (page_id, sha256)`
	],
	[
		'import_columns',
		`import_id INTEGER NOT NULL,
	position INTEGER NOT NULL,
	name VARCHAR NOT NULL,
	description VARCHAR,
	target VARCHAR,
	PRIMARY KEY (import_id, position)`
	],
	[
		'import_daily',
		`import_id INTEGER NOT NULL,
	page_id INTEGER NOT NULL,
	day DATE NOT NULL,
	fans_total BIGINT, fans_net BIGINT, fans_added BIGINT, fans_removed BIGINT,
	fans_added_paid BIGINT, fans_added_unpaid BIGINT,
	reach_total BIGINT, reach_organic BIGINT, reach_paid BIGINT, reach_viral BIGINT,
	impressions_total BIGINT, impressions_organic BIGINT, impressions_paid BIGINT,
	engaged_users BIGINT, interactions BIGINT, negative_feedback BIGINT, page_views BIGINT,
	posts_published BIGINT,
	PRIMARY KEY (import_id, day)`
	],
	[
		'import_posts',
		`import_id INTEGER NOT NULL,
	page_id INTEGER NOT NULL,
	post_id VARCHAR NOT NULL,
	published_at TIMESTAMP, type VARCHAR, is_paid BOOLEAN, message VARCHAR, permalink VARCHAR,
	reach_total BIGINT, reach_organic BIGINT, reach_paid BIGINT, impressions_total BIGINT,
	engaged_users BIGINT, reactions BIGINT, comments BIGINT, shares BIGINT, clicks BIGINT,
	video_views BIGINT,
	PRIMARY KEY (import_id, post_id)`
	],
	[
		'page_daily',
		`page_id INTEGER NOT NULL,
	day DATE NOT NULL,
	fans_total BIGINT, fans_net BIGINT, fans_added BIGINT, fans_removed BIGINT,
	fans_added_paid BIGINT, fans_added_unpaid BIGINT,
	reach_total BIGINT, reach_organic BIGINT, reach_paid BIGINT, reach_viral BIGINT,
	impressions_total BIGINT, impressions_organic BIGINT, impressions_paid BIGINT,
	engaged_users BIGINT, interactions BIGINT, negative_feedback BIGINT, page_views BIGINT,
	posts_published BIGINT,
	PRIMARY KEY (page_id, day)`
	],
	[
		'posts',
		`page_id INTEGER NOT NULL,
	post_id VARCHAR NOT NULL,
	published_at TIMESTAMP, type VARCHAR, is_paid BOOLEAN, message VARCHAR, permalink VARCHAR,
	reach_total BIGINT, reach_organic BIGINT, reach_paid BIGINT, impressions_total BIGINT,
	engaged_users BIGINT, reactions BIGINT, comments BIGINT, shares BIGINT, clicks BIGINT,
	video_views BIGINT,
	PRIMARY KEY (page_id, post_id)`
	],
	[
		'campaigns',
		`id INTEGER PRIMARY KEY DEFAULT nextval('campaign_id_seq'),
	page_id INTEGER NOT NULL,
	channel VARCHAR NOT NULL CHECK (channel IN ('bought', 'exchange', 'ads', 'contest', 'organic_work', 'other')),
	label VARCHAR,
	vendor VARCHAR,
	start_day DATE NOT NULL,
	end_day DATE NOT NULL,
	cost DOUBLE,
	currency VARCHAR,
	hours DOUBLE,
	hourly_rate DOUBLE,
	promised_qty BIGINT,
	notes VARCHAR,
	created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
	CHECK (end_day >= start_day)`
	],
	[
		'page_events',
		`id INTEGER PRIMARY KEY DEFAULT nextval('page_event_id_seq'),
	page_id INTEGER NOT NULL,
	day DATE NOT NULL,
	end_day DATE NOT NULL,
	description VARCHAR NOT NULL,
	created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
	CHECK (end_day >= day)`
	]
];

const copy = tables.map(([t]) => `CREATE TEMP TABLE _m0005_${t} AS SELECT * FROM ${t};`);
// children before their parents
const drop = [...tables].reverse().map(([t]) => `DROP TABLE ${t};`);
const create = tables.map(
	([t, ddl]) => `CREATE TABLE ${t} (\n\t${ddl}\n);
INSERT INTO ${t} SELECT * FROM _m0005_${t};
DROP TABLE _m0005_${t};`
);

export const sql = [...copy, ...drop, ...create].join('\n');
