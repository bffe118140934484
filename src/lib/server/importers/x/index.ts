import type { Importer } from '../types.ts';
import { xDaily } from './daily.ts';
import { xTweets } from './tweets.ts';

/** X/Twitter analytics exports (per-tweet and daily). */
export const xImporters: readonly Importer[] = [xTweets, xDaily];
