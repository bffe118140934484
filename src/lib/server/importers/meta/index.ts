import type { Importer } from '../types.ts';

/** Meta Business Suite exports (per-metric daily files, Facebook and Instagram post exports). */
export const metaImporters: readonly Importer[] = [];
