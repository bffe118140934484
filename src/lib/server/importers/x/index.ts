import type { Importer } from '../types.ts';
import { xAccountContent, xAccountOverview } from './account.ts';
import { xDaily } from './daily.ts';
import { xTweets } from './tweets.ts';

/** X/Twitter analytics exports (per-tweet and daily; since 2024, account overview and content). */
export const xImporters: readonly Importer[] = [xTweets, xDaily, xAccountOverview, xAccountContent];
