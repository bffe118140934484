import Papa from 'papaparse';

/**
 * Parses delimited text into rows of raw strings (no typing: cells are validated by the importer).
 * The delimiter is guessed among `,` `;` and tab unless given. Blank lines are dropped. Error rows
 * are numbered from `firstRow` (1 for a whole file; more for a later piece of one).
 */
export function parseTable(
	text: string,
	given: { delimiter?: string; firstRow?: number } = {}
): {
	rows: string[][];
	delimiter: string;
	errors: string[];
} {
	const first = given.firstRow ?? 1;
	const result = Papa.parse<string[]>(text, {
		...(given.delimiter ? { delimiter: given.delimiter } : { delimitersToGuess: [',', ';', '\t'] }),
		skipEmptyLines: 'greedy',
		dynamicTyping: false
	});
	const errors = result.errors
		.filter((e) => e.code !== 'UndetectableDelimiter')
		.map((e) => (e.row !== undefined ? `row ${e.row + first}: ${e.message}` : e.message));
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
