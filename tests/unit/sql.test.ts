import { describe, expect, it } from 'vitest';
import { ident, join, keyword, sql } from '../../src/lib/sql.ts';

describe('sql tag', () => {
	it('turns every interpolation into a numbered parameter, nested fragments included', () => {
		const where = sql`slug = ${"x'; DROP TABLE pages; --"} AND day >= ${'2020-01-01'}`;
		const q = sql`SELECT * FROM pages WHERE id = ${3} AND ${where} LIMIT ${10}`;
		expect(q.text).toBe('SELECT * FROM pages WHERE id = $1 AND slug = $2 AND day >= $3 LIMIT $4');
		expect(q.values).toEqual([3, "x'; DROP TABLE pages; --", '2020-01-01', 10]);
	});
	it('joins fragments and quotes allowed identifiers only', () => {
		const q = sql`SELECT ${join([ident('a', ['a', 'b']), ident('b', ['a', 'b'])])} FROM t WHERE x = ${1}`;
		expect(q.text).toBe('SELECT "a", "b" FROM t WHERE x = $1');
		expect(() => ident('c; DROP', ['a'])).toThrow(/not allowed/);
		expect(() => keyword('DATE); --', ['DATE'])).toThrow(/not allowed/);
		expect(() => sql`${NaN}`.text).toThrow(/non-finite/);
	});
});
