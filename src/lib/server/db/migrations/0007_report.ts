/**
 * 0007: what the evangelisation report keeps besides the numbers. report_notes: the author, client
 * and "what we recommend / what we need" a CM writes for a page's or a workspace's report (one
 * row per report, scope 'page' or 'workspace', owner = the page's or workspace's id).
 * workspace_branding: a consultancy's look for a workspace's reports; the logo is stored already
 * sanitised (PNG bytes as sent, SVG rewritten through an allowlist).
 */
export const sql = /* sql */ `
CREATE TABLE report_notes (
	scope VARCHAR NOT NULL CHECK (scope IN ('page', 'workspace')),
	owner_id INTEGER NOT NULL,
	author VARCHAR,
	client VARCHAR,
	recommendations VARCHAR,
	updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
	PRIMARY KEY (scope, owner_id)
);

CREATE TABLE workspace_branding (
	workspace_id INTEGER PRIMARY KEY,
	consultancy VARCHAR,
	footer VARCHAR,
	primary_colour VARCHAR NOT NULL,
	accent_colour VARCHAR NOT NULL,
	hide_made_with BOOLEAN NOT NULL DEFAULT false,
	logo_type VARCHAR CHECK (logo_type IN ('image/png', 'image/svg+xml')),
	logo_base64 VARCHAR,
	updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
`;
