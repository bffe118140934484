import type { Importer } from '../types.ts';
import {
	tiktokContent,
	tiktokFollowerHistory,
	tiktokLeftOut,
	tiktokOverview,
	tiktokViewers
} from './studio.ts';
import { tiktokWeb } from './web.ts';

/** TikTok Studio's download (Overview, FollowerHistory, Viewers, Content, demographics) and the web export. */
export const tiktokImporters: readonly Importer[] = [
	tiktokOverview,
	tiktokFollowerHistory,
	tiktokViewers,
	tiktokContent,
	tiktokWeb,
	...tiktokLeftOut
];
