import { describe, expect, it } from 'vitest';
import { loadDemo, DEMO_TARGET } from '../../../src/lib/server/demo.ts';
import { generateDemo } from '../../../src/lib/demo/generate.ts';
import { createTestDb } from '../../helpers/db.ts';

describe('the demo workspace', () => {
	it('loads the generated bakery through the import path with the generator’s exact numbers', async () => {
		const db = await createTestDb();
		const [r] = await loadDemo(db);
		const { days, truth } = generateDemo();
		expect(r.rows).toEqual({
			read: days.length,
			inserted: days.length,
			updated: 0,
			unchanged: 0,
			rejected: 0
		});
		const [s] = await db.query(`SELECT count(*)::INTEGER AS n, sum(fans_added)::INTEGER AS added,
			sum(fans_removed)::INTEGER AS removed, arg_max(fans_total, day) AS last, sum(fans_added_paid)::INTEGER AS paid
			FROM page_daily d JOIN pages p ON p.id = d.page_id WHERE p.slug = '${DEMO_TARGET.page}'`);
		expect(s).toEqual({
			n: truth.days,
			added: days.reduce((a, d) => a + d.fansAdded, 0),
			removed: days.reduce((a, d) => a + d.fansRemoved, 0),
			last: truth.finalFansTotal,
			paid: days.reduce((a, d) => a + d.fansAddedPaid, 0)
		});
		const ledger = await db.query(
			"SELECT channel, strftime(start_day, '%Y-%m-%d') AS start, cost, promised_qty FROM campaigns ORDER BY id"
		);
		expect(ledger).toEqual(
			truth.ledger.map((e) => ({
				channel: e.channel,
				start: e.start,
				cost: e.cost,
				promised_qty: e.promisedQty
			}))
		);
		await loadDemo(db);
		expect((await db.query('SELECT id FROM campaigns')).length).toBe(truth.ledger.length);
		const [ws] = await db.query(
			'SELECT w.slug FROM workspaces w JOIN pages p ON p.workspace_id = w.id'
		);
		expect(ws).toEqual({ slug: 'demo' });
	});
});
