import type { Importer } from '../types.ts';
import { genericMapped } from './mapped.ts';
import { genericDaily, genericPosts } from './template-importer.ts';

/** Sablier's own CSV templates; usable for a page of any platform. */
export const genericImporters: readonly Importer[] = [genericDaily, genericPosts, genericMapped];
