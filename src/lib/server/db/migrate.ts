import type { Tx } from './index.ts';
import { migrations } from './migrations/index.ts';
import { sql } from '../../sql.ts';

/** Applies pending migrations in order, each in its own transaction, recording them in `_migrations`. */
export async function migrate(tx: Tx): Promise<string[]> {
	await tx.exec(
		'CREATE TABLE IF NOT EXISTS _migrations (id VARCHAR PRIMARY KEY, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)'
	);
	const done = new Set(
		(await tx.query<{ id: string }>('SELECT id FROM _migrations')).map((r) => r.id)
	);
	const applied: string[] = [];
	for (const m of migrations) {
		if (done.has(m.id)) continue;
		await tx.exec('BEGIN TRANSACTION');
		try {
			await tx.exec(m.sql);
			await tx.exec(sql`INSERT INTO _migrations (id) VALUES (${m.id})`);
			await tx.exec('COMMIT');
		} catch (e) {
			await tx.exec('ROLLBACK');
			throw new Error(`migration ${m.id} failed: ${(e as Error).message}`, { cause: e });
		}
		applied.push(m.id);
	}
	return applied;
}
