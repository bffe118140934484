/** 0002: events the user adds to a page's calendar (a relaunch, a TV appearance…), beside the shipped platform events. */
export const sql = /* sql */ `
CREATE SEQUENCE page_event_id_seq START 1;
CREATE TABLE page_events (
	id INTEGER PRIMARY KEY DEFAULT nextval('page_event_id_seq'),
	page_id INTEGER NOT NULL REFERENCES pages (id),
	day DATE NOT NULL,
	end_day DATE NOT NULL,
	description VARCHAR NOT NULL,
	created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
	CHECK (end_day >= day)
);
`;
