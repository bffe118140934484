import { getDb, resolveDbPath, type Db } from './db/index.ts';

/** The app's store: SABLIER_DB, else data/sablier.duckdb. Opened and migrated once per process. */
export function store(): Promise<Db> {
	return getDb(resolveDbPath());
}
