import { esc } from '$lib/report/document/escape';

type Rows = readonly (readonly (string | number)[])[];

const written = new WeakMap<Rows, Map<string, string>>();

/**
 * A data table's rows as HTML: a `<tr>` each, its first cell a row header, the cells of `numeric`
 * columns marked `num`, every text escaped. Written once per rows array (and numeric columns): the
 * views keep their tables' rows with their cached analysis, so later requests reuse the markup.
 * One string instead of a renderer piece per row and cell: a three-year weekly table was a quarter
 * of what each overview request allocated, and the young-generation collections it caused were the
 * page's slowest requests (docs/architecture.md, "A page at the cost of its SQL").
 */
export function tableRows(rows: Rows, numeric: readonly number[] = []): string {
	const key = numeric.join(',');
	let byColumns = written.get(rows);
	const kept = byColumns?.get(key);
	if (kept !== undefined) return kept;
	const html = rows
		.map(
			(r) =>
				`<tr>${r
					.map((cell, i) =>
						i === 0
							? `<th scope="row">${esc(String(cell))}</th>`
							: `<td${numeric.includes(i) ? ' class="num"' : ''}>${esc(String(cell))}</td>`
					)
					.join('')}</tr>`
		)
		.join('');
	if (!byColumns) written.set(rows, (byColumns = new Map()));
	byColumns.set(key, html);
	return html;
}
