import type { Importer } from '../types.ts';
import { youtubeChartData } from './chart-data.ts';
import { youtubeTableData } from './table-data.ts';
import { youtubeTotals } from './totals.ts';

/** YouTube Studio exports (Totals, Table data, Chart data); their headers never overlap. */
export const youtubeImporters: readonly Importer[] = [
	youtubeTotals,
	youtubeTableData,
	youtubeChartData
];
