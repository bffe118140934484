/**
 * 0004: the four extras tables lose their primary and foreign keys. They hold one row per non-blank
 * cell (tens of millions for a large post export), and keeping an index on them made a 1 M-row
 * import several times slower and several GB larger in memory. Their uniqueness is kept by
 * construction: header names are made unique per file, a key appears once per import (duplicates are
 * collapsed or refused), and the resolved tables are rebuilt per key from the import tables.
 */
const table = (name: string, owner: string, key: string) => `
CREATE TABLE ${name}_0004 (
	${owner} INTEGER NOT NULL,
	${name.startsWith('import_') ? 'page_id INTEGER NOT NULL,\n\t' : ''}${key} NOT NULL,
	metric VARCHAR NOT NULL,
	value VARCHAR NOT NULL,
	num DOUBLE
);
INSERT INTO ${name}_0004 SELECT * FROM ${name};
DROP TABLE ${name};
ALTER TABLE ${name}_0004 RENAME TO ${name};
`;

export const sql = [
	table('import_daily_extra', 'import_id', 'day DATE'),
	table('import_post_extra', 'import_id', 'post_id VARCHAR'),
	table('page_daily_extra', 'page_id', 'day DATE'),
	table('post_extra', 'page_id', 'post_id VARCHAR')
].join('');
