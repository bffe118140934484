import { sql as m0001 } from './0001_store.ts';

/** Numbered migrations, applied in order on open and recorded in `_migrations`. Never edit one that shipped. */
export const migrations: readonly { id: string; sql: string }[] = [
	{ id: '0001_store', sql: m0001 }
];
