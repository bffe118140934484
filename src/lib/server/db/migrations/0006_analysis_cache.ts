/**
 * 0006: the analysis cache (one report model and its series per page, options and versions of the
 * data and the ledger; see docs/architecture.md) and the value a page's user gives to an engaged
 * person or a conversion (ROI only appears with it). No foreign keys: deleting a page must not
 * depend on these rows, and a stale row is never read (its versions no longer match).
 */
export const sql = /* sql */ `
CREATE TABLE analysis_cache (
	page_id INTEGER NOT NULL,
	cache_key VARCHAR NOT NULL,
	data_version VARCHAR NOT NULL,
	ledger_version VARCHAR NOT NULL,
	options VARCHAR NOT NULL,
	computed_at TIMESTAMP NOT NULL,
	took_ms INTEGER NOT NULL,
	report VARCHAR NOT NULL,
	series VARCHAR NOT NULL,
	PRIMARY KEY (page_id, cache_key)
);

CREATE TABLE page_values (
	page_id INTEGER PRIMARY KEY,
	value_per_engaged DOUBLE,
	value_per_conversion DOUBLE,
	discount_rate DOUBLE NOT NULL,
	currency VARCHAR,
	updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
`;
