/** 0001: the store. Canonical columns must match src/lib/canonical.ts column for column. */
export const sql = /* sql */ `
CREATE SEQUENCE workspace_id_seq START 1;
CREATE SEQUENCE page_id_seq START 1;
CREATE SEQUENCE import_id_seq START 1;
CREATE SEQUENCE campaign_id_seq START 1;

CREATE TABLE workspaces (
	id INTEGER PRIMARY KEY DEFAULT nextval('workspace_id_seq'),
	slug VARCHAR NOT NULL UNIQUE,
	name VARCHAR NOT NULL,
	created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

CREATE TABLE pages (
	id INTEGER PRIMARY KEY DEFAULT nextval('page_id_seq'),
	workspace_id INTEGER NOT NULL REFERENCES workspaces (id),
	slug VARCHAR NOT NULL UNIQUE,
	name VARCHAR NOT NULL,
	platform VARCHAR NOT NULL,
	created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- One row per file loaded into a page. rank_key orders imports when two disagree on a value:
-- the export whose data ends later wins, ties broken by sha256 (see README, "Overlapping exports").
CREATE TABLE imports (
	id INTEGER PRIMARY KEY DEFAULT nextval('import_id_seq'),
	page_id INTEGER NOT NULL REFERENCES pages (id),
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
	UNIQUE (page_id, sha256)
);

-- Every column of every imported file: its name, its row-2 description when the export has one,
-- and the canonical column it fed (NULL: kept in the *_extra tables under its own name).
CREATE TABLE import_columns (
	import_id INTEGER NOT NULL REFERENCES imports (id),
	position INTEGER NOT NULL,
	name VARCHAR NOT NULL,
	description VARCHAR,
	target VARCHAR,
	PRIMARY KEY (import_id, position)
);

-- What each import said, kept whole: the resolved tables below are derived from these.
CREATE TABLE import_daily (
	import_id INTEGER NOT NULL REFERENCES imports (id),
	page_id INTEGER NOT NULL,
	day DATE NOT NULL,
	fans_total BIGINT, fans_net BIGINT, fans_added BIGINT, fans_removed BIGINT,
	fans_added_paid BIGINT, fans_added_unpaid BIGINT,
	reach_total BIGINT, reach_organic BIGINT, reach_paid BIGINT, reach_viral BIGINT,
	impressions_total BIGINT, impressions_organic BIGINT, impressions_paid BIGINT,
	engaged_users BIGINT, interactions BIGINT, negative_feedback BIGINT, page_views BIGINT,
	posts_published BIGINT,
	PRIMARY KEY (import_id, day)
);

CREATE TABLE import_daily_extra (
	import_id INTEGER NOT NULL REFERENCES imports (id),
	page_id INTEGER NOT NULL,
	day DATE NOT NULL,
	metric VARCHAR NOT NULL,
	value VARCHAR NOT NULL,
	num DOUBLE,
	PRIMARY KEY (import_id, day, metric)
);

CREATE TABLE import_posts (
	import_id INTEGER NOT NULL REFERENCES imports (id),
	page_id INTEGER NOT NULL,
	post_id VARCHAR NOT NULL,
	published_at TIMESTAMP, type VARCHAR, is_paid BOOLEAN, message VARCHAR, permalink VARCHAR,
	reach_total BIGINT, reach_organic BIGINT, reach_paid BIGINT, impressions_total BIGINT,
	engaged_users BIGINT, reactions BIGINT, comments BIGINT, shares BIGINT, clicks BIGINT,
	video_views BIGINT,
	PRIMARY KEY (import_id, post_id)
);

CREATE TABLE import_post_extra (
	import_id INTEGER NOT NULL REFERENCES imports (id),
	page_id INTEGER NOT NULL,
	post_id VARCHAR NOT NULL,
	metric VARCHAR NOT NULL,
	value VARCHAR NOT NULL,
	num DOUBLE,
	PRIMARY KEY (import_id, post_id, metric)
);

-- The resolved store: one row per page and day / page and post, each value from the
-- highest-ranked import that has it. Analytics read these.
CREATE TABLE page_daily (
	page_id INTEGER NOT NULL REFERENCES pages (id),
	day DATE NOT NULL,
	fans_total BIGINT, fans_net BIGINT, fans_added BIGINT, fans_removed BIGINT,
	fans_added_paid BIGINT, fans_added_unpaid BIGINT,
	reach_total BIGINT, reach_organic BIGINT, reach_paid BIGINT, reach_viral BIGINT,
	impressions_total BIGINT, impressions_organic BIGINT, impressions_paid BIGINT,
	engaged_users BIGINT, interactions BIGINT, negative_feedback BIGINT, page_views BIGINT,
	posts_published BIGINT,
	PRIMARY KEY (page_id, day)
);

CREATE TABLE page_daily_extra (
	page_id INTEGER NOT NULL REFERENCES pages (id),
	day DATE NOT NULL,
	metric VARCHAR NOT NULL,
	value VARCHAR NOT NULL,
	num DOUBLE,
	PRIMARY KEY (page_id, day, metric)
);

CREATE TABLE posts (
	page_id INTEGER NOT NULL REFERENCES pages (id),
	post_id VARCHAR NOT NULL,
	published_at TIMESTAMP, type VARCHAR, is_paid BOOLEAN, message VARCHAR, permalink VARCHAR,
	reach_total BIGINT, reach_organic BIGINT, reach_paid BIGINT, impressions_total BIGINT,
	engaged_users BIGINT, reactions BIGINT, comments BIGINT, shares BIGINT, clicks BIGINT,
	video_views BIGINT,
	PRIMARY KEY (page_id, post_id)
);

CREATE TABLE post_extra (
	page_id INTEGER NOT NULL REFERENCES pages (id),
	post_id VARCHAR NOT NULL,
	metric VARCHAR NOT NULL,
	value VARCHAR NOT NULL,
	num DOUBLE,
	PRIMARY KEY (page_id, post_id, metric)
);

-- The ledger: what was bought or done, with its costs. Filled by the campaigns feature.
CREATE TABLE campaigns (
	id INTEGER PRIMARY KEY DEFAULT nextval('campaign_id_seq'),
	page_id INTEGER NOT NULL REFERENCES pages (id),
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
	CHECK (end_day >= start_day)
);
`;
