/**
 * 0009: read-only share links. A link names one thing, in one language: a page's report or one of
 * its dashboard views (page_id set; `what`), or a workspace's report (workspace_id set). The store keeps only the SHA-256 of the
 * link's token, so a copied store file yields no live link. No REFERENCES clause (see 0005): a
 * page's links go with it through the `page_id` column (src/lib/server/workspaces.ts reads the
 * catalogue), a workspace's with the workspace. Each view counts here and is logged in the access
 * log beside the store.
 */
export const sql = /* sql */ `
CREATE SEQUENCE share_link_id_seq START 1;
CREATE TABLE share_links (
	id INTEGER PRIMARY KEY DEFAULT nextval('share_link_id_seq'),
	token_sha256 VARCHAR NOT NULL UNIQUE,
	page_id INTEGER,
	workspace_id INTEGER,
	what VARCHAR NOT NULL
		CHECK (what IN ('report', 'overview', 'channels', 'campaigns', 'spikes', 'engagement', 'costs')),
	lang VARCHAR NOT NULL CHECK (lang IN ('en', 'fr')),
	label VARCHAR,
	created_at TIMESTAMP NOT NULL,
	expires_at TIMESTAMP NOT NULL,
	revoked_at TIMESTAMP,
	views INTEGER NOT NULL DEFAULT 0,
	last_viewed_at TIMESTAMP,
	CHECK ((page_id IS NULL) <> (workspace_id IS NULL)),
	CHECK (workspace_id IS NULL OR what = 'report'),
	CHECK (expires_at > created_at)
);
`;
