/** 0003: column mappings the user confirmed, remembered for files with the same header. */
export const sql = /* sql */ `
CREATE TABLE column_mappings (
	header_key VARCHAR PRIMARY KEY,
	header VARCHAR NOT NULL,
	mapping VARCHAR NOT NULL,
	date_format VARCHAR,
	saved_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
`;
