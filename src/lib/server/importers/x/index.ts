import type { Importer } from '../types.ts';

/** X/Twitter analytics exports (per-tweet and daily). */
export const xImporters: readonly Importer[] = [];
