import { sql as m0001 } from './0001_store.ts';
import { sql as m0002 } from './0002_page_events.ts';
import { sql as m0003 } from './0003_column_mappings.ts';
import { sql as m0004 } from './0004_extras_without_keys.ts';
import { sql as m0005 } from './0005_pages_movable.ts';
import { sql as m0006 } from './0006_analysis_cache.ts';
import { sql as m0007 } from './0007_report.ts';
import { sql as m0008 } from './0008_compact_extras.ts';
import { sql as m0009 } from './0009_share_links.ts';
import { sql as m0010 } from './0010_extras_as_text.ts';

/** Numbered migrations, applied in order on open and recorded in `_migrations`. Never edit one that shipped. */
export const migrations: readonly { id: string; sql: string }[] = [
	{ id: '0001_store', sql: m0001 },
	{ id: '0002_page_events', sql: m0002 },
	{ id: '0003_column_mappings', sql: m0003 },
	{ id: '0004_extras_without_keys', sql: m0004 },
	{ id: '0005_pages_movable', sql: m0005 },
	{ id: '0006_analysis_cache', sql: m0006 },
	{ id: '0007_report', sql: m0007 },
	{ id: '0008_compact_extras', sql: m0008 },
	{ id: '0009_share_links', sql: m0009 },
	{ id: '0010_extras_as_text', sql: m0010 }
];
