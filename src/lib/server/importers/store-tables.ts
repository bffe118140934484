import { DAILY_METRICS, POST_METRICS } from '../../canonical.ts';

/** Column types of a kind's tables, used to stage, copy and resolve its rows. */
export type ColType = 'BIGINT' | 'VARCHAR' | 'BOOLEAN' | 'TIMESTAMP';

export interface KindTables {
	/** resolved table and its extras */
	table: string;
	extra: string;
	/** per-import source tables (extras: one list per record, `import_*_extra` the long views) */
	src: string;
	srcExtra: string;
	key: string;
	keyType: 'DATE' | 'VARCHAR';
	columns: readonly { name: string; type: ColType }[];
}

export const KIND_TABLES: Record<'daily' | 'posts', KindTables> = {
	daily: {
		table: 'page_daily',
		extra: 'page_daily_extra',
		src: 'import_daily',
		srcExtra: 'import_daily_extras',
		key: 'day',
		keyType: 'DATE',
		columns: DAILY_METRICS.map((name) => ({ name, type: 'BIGINT' as const }))
	},
	posts: {
		table: 'posts',
		extra: 'post_extra',
		src: 'import_posts',
		srcExtra: 'import_post_extras',
		key: 'post_id',
		keyType: 'VARCHAR',
		columns: [
			{ name: 'published_at', type: 'TIMESTAMP' },
			{ name: 'type', type: 'VARCHAR' },
			{ name: 'is_paid', type: 'BOOLEAN' },
			{ name: 'message', type: 'VARCHAR' },
			{ name: 'permalink', type: 'VARCHAR' },
			...POST_METRICS.map((name) => ({ name, type: 'BIGINT' as const }))
		]
	}
};
