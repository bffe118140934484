import { DAILY_METRICS, POST_METRICS } from '../../canonical.ts';

/** Column types of a kind's tables, used to stage, copy and resolve its rows. */
export type ColType = 'BIGINT' | 'VARCHAR' | 'BOOLEAN' | 'TIMESTAMP';

export interface KindTables {
	/** resolved table and its extras */
	table: string;
	extra: string;
	/**
	 * per-import rows: `held`, every import's rows (a table, or for posts a view); `src`, the table
	 * load.ts writes and resolves from (for posts, only the rows of posts two imports or more hold:
	 * a post only one import holds is stored once, in `posts`, with that import's id; migration
	 * 0010). Extras: one text per record (`import_*_extra` the long views).
	 */
	held: string;
	src: string;
	srcExtra: string;
	/** true when a key only one import holds lives only in the resolved table (its `import_id` set) */
	sole: boolean;
	key: string;
	keyType: 'DATE' | 'VARCHAR';
	columns: readonly { name: string; type: ColType }[];
}

export const KIND_TABLES: Record<'daily' | 'posts', KindTables> = {
	daily: {
		table: 'page_daily',
		extra: 'page_daily_extra',
		held: 'import_daily',
		src: 'import_daily',
		srcExtra: 'import_daily_extras',
		sole: false,
		key: 'day',
		keyType: 'DATE',
		columns: DAILY_METRICS.map((name) => ({ name, type: 'BIGINT' as const }))
	},
	posts: {
		table: 'posts',
		extra: 'post_extra',
		held: 'import_posts',
		src: 'import_post_rows',
		srcExtra: 'import_post_extras',
		sole: true,
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
