import type { Importer } from '../types.ts';

/** YouTube Studio exports (Totals, Table data, Chart data). */
export const youtubeImporters: readonly Importer[] = [];
