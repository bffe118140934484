import type { Importer } from '../types.ts';
import { metaAudience } from './audience.ts';
import { metaDailyFacebook, metaDailyInstagram } from './daily-metric.ts';
import { metaFacebookPosts } from './facebook-posts.ts';
import { metaInstagramPosts } from './instagram-posts.ts';

/**
 * Meta Business Suite exports (per-metric daily files, Facebook and Instagram post exports). Their
 * headers never overlap: the daily files start with the `sep=` / metric-name preamble, the post
 * exports differ by `Page ID` vs `Account ID`.
 */
export const metaImporters: readonly Importer[] = [
	metaDailyFacebook,
	metaDailyInstagram,
	metaFacebookPosts,
	metaInstagramPosts,
	metaAudience
];
