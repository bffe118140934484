import Papa from 'papaparse';

/**
 * Parses delimited text into rows of raw strings (no typing: cells are validated by the importer).
 * The delimiter is guessed among `,` `;` and tab. Blank lines are dropped.
 */
export function parseTable(text: string): {
	rows: string[][];
	delimiter: string;
	errors: string[];
} {
	const result = Papa.parse<string[]>(text, {
		delimitersToGuess: [',', ';', '\t'],
		skipEmptyLines: 'greedy',
		dynamicTyping: false
	});
	const errors = result.errors
		.filter((e) => e.code !== 'UndetectableDelimiter')
		.map((e) => (e.row !== undefined ? `row ${e.row + 1}: ${e.message}` : e.message));
	return { rows: result.data, delimiter: result.meta.delimiter, errors };
}

/** Makes repeated header names unique: the second `X` becomes `X [2]`, and so on. */
export function uniqueNames(header: readonly string[]): string[] {
	const seen = new Map<string, number>();
	return header.map((raw) => {
		const name = raw.trim();
		const n = (seen.get(name) ?? 0) + 1;
		seen.set(name, n);
		return n === 1 ? name : `${name} [${n}]`;
	});
}
