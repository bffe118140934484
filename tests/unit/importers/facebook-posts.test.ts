import { describe, expect, it } from 'vitest';
import { createTestDb, importFixtures, rowsOf } from '../../helpers/db.ts';

describe('legacy Facebook post-level and video exports', () => {
	it('merges a video row into the post it describes (the later export wins shared columns), keeps texts raw, derives is_paid', async () => {
		const db = await createTestDb();
		const results = await importFixtures(
			db,
			'p',
			'facebook/posts-basic.csv',
			'facebook/video-basic.csv'
		);
		expect(results.map((r) => [r.format, r.rows])).toEqual([
			['facebook-insights-posts', { read: 2, inserted: 2, updated: 0, unchanged: 0, rejected: 0 }],
			['facebook-insights-posts', { read: 2, inserted: 1, updated: 1, unchanged: 0, rejected: 0 }]
		]);
		const posts = await rowsOf(db, 'posts', 'p');
		expect(posts).toEqual([
			{
				post_id: '111_1',
				published_at: '2015-01-02T07:30:00',
				type: 'Video',
				is_paid: false,
				message: 'Fresh croissants, "warm" & <b>tasty</b>\nsecond line',
				permalink: 'https://www.facebook.com/x/videos/1',
				reach_total: 120,
				reach_organic: 120,
				reach_paid: 0,
				impressions_total: 300,
				engaged_users: 15,
				reactions: 10,
				comments: 2,
				shares: 1,
				clicks: 20,
				video_views: 80
			},
			{
				post_id: '111_2',
				published_at: '2015-01-04T18:05:09',
				type: 'Link',
				is_paid: true,
				message: 'Boosted post',
				permalink: 'https://www.facebook.com/x/posts/2',
				reach_total: 900,
				reach_organic: 300,
				reach_paid: 600,
				impressions_total: 1500,
				engaged_users: 40,
				reactions: 30,
				comments: null,
				shares: null,
				clicks: 55,
				video_views: null
			},
			{
				post_id: '111_3',
				published_at: '2015-01-05T12:00:00',
				type: 'Video',
				is_paid: null,
				message: 'Behind the oven',
				permalink: 'https://www.facebook.com/x/videos/3',
				reach_total: null,
				reach_organic: null,
				reach_paid: null,
				impressions_total: 50,
				engaged_users: null,
				reactions: null,
				comments: null,
				shares: null,
				clicks: null,
				video_views: 12
			}
		]);
		const [unique] = await db.query(
			"SELECT value FROM post_extra WHERE post_id = '111_1' AND metric = 'Lifetime Unique Video Views'"
		);
		expect(unique).toEqual({ value: '60' });
	});

	it('reads the UCI layout: `;`, Paid 0/1 with unknown kept NULL, stable synthetic ids', async () => {
		const db = await createTestDb();
		const [r] = await importFixtures(db, 'u', 'facebook/uci-small.csv');
		expect(r.rows).toEqual({ read: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0 });
		const posts = await db.query<{
			post_id: string;
			is_paid: boolean | null;
			shares: number | null;
		}>('SELECT post_id, is_paid, shares, reactions, published_at FROM posts ORDER BY post_id');
		const [{ sha }] = await db.query<{ sha: string }>('SELECT sha256 AS sha FROM imports');
		const id = (row: number) => `uci-${sha.slice(0, 12)}-${row}`;
		expect(posts).toEqual([
			{ post_id: id(2), is_paid: false, shares: 17, reactions: 79, published_at: null },
			{ post_id: id(3), is_paid: true, shares: 29, reactions: 130, published_at: null },
			{ post_id: id(4), is_paid: null, shares: null, reactions: 66, published_at: null }
		]);
		const [again] = await importFixtures(db, 'u', 'facebook/uci-small.csv');
		expect(again.rows.unchanged).toBe(3);
	});
});
