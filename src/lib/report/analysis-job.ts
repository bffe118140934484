import { buildReportAndFit, type ReportInputs, type ReportOptions } from './build-report.ts';
import type { Report } from './schema.ts';
import { viewSeries, type ViewSeries } from './series.ts';

/** What the dashboard reads for one page, period and set of options: the report and its series. */
export interface Analysis {
	report: Report;
	series: ViewSeries;
}

/** The whole computation behind the views, pure: run in a worker thread by the server. */
export function runAnalysis(input: ReportInputs, options: ReportOptions): Analysis {
	const built = buildReportAndFit(input, options);
	return { report: built.report, series: viewSeries(input, built) };
}
