import type { Importer } from '../types.ts';
import { youtubeChartData } from './chart-data.ts';
import { youtubeTableData } from './table-data.ts';
import { youtubeTotals } from './totals.ts';
import { youtubeTrafficChart, youtubeTrafficTable } from './traffic.ts';

/** YouTube Studio exports (Totals, Table data, Chart data, by video or by traffic source). */
export const youtubeImporters: readonly Importer[] = [
	youtubeTotals,
	youtubeTableData,
	youtubeChartData,
	youtubeTrafficChart,
	youtubeTrafficTable
];
