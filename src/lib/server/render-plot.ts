import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** Renders Plot options to an SVG (or figure) string on the server: charts read without JavaScript. */
export function renderPlot(options: Plot.PlotOptions, ariaLabel: string): string {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	const node = Plot.plot({ ...options, ariaLabel, document: document as unknown as Document });
	return (node as unknown as { outerHTML: string }).outerHTML;
}
