import { DAILY_COLUMNS, POST_COLUMNS } from '../../../canonical.ts';

/**
 * The generic CSV templates: a header with the canonical column names, then one example row.
 * Any column may be left out except the key (`day` or `post_id`); empty cells mean unknown.
 */
export function templateCsv(kind: 'daily' | 'posts'): string {
	if (kind === 'daily') {
		const example: Record<string, string> = {
			day: '2024-03-01',
			fans_total: '1520',
			fans_added: '12',
			fans_removed: '3',
			reach_organic: '840',
			engaged_users: '41'
		};
		return (
			[DAILY_COLUMNS.join(','), DAILY_COLUMNS.map((c) => example[c] ?? '').join(',')].join('\n') +
			'\n'
		);
	}
	const example: Record<string, string> = {
		post_id: 'post-1',
		published_at: '2024-03-01 09:30:00',
		type: 'photo',
		is_paid: 'false',
		message: '"New croissants, fresh this morning"',
		reach_organic: '620',
		reactions: '35',
		comments: '4',
		shares: '2'
	};
	return (
		[POST_COLUMNS.join(','), POST_COLUMNS.map((c) => example[c] ?? '').join(',')].join('\n') + '\n'
	);
}
