import type { Importer } from '../types.ts';
import { linkedinContentMetrics } from './content-metrics.ts';
import { linkedinContentPosts } from './content-posts.ts';
import { linkedinFollowerDemographics, linkedinFollowers } from './followers.ts';

/**
 * LinkedIn Page exports (followers and content workbooks, read sheet by sheet: `workbook.ts` turns
 * each sheet into its own CSV). Each sheet is recognised by its header, never by the sheet's or the
 * file's name; the headers never overlap (the content sheets' header may sit below a notice row).
 */
export const linkedinImporters: readonly Importer[] = [
	linkedinFollowers,
	linkedinFollowerDemographics,
	linkedinContentMetrics,
	linkedinContentPosts
];
