import type { Importer } from '../types.ts';

/** LinkedIn page exports (followers and content workbooks, read sheet by sheet). */
export const linkedinImporters: readonly Importer[] = [];
