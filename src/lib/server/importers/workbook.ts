import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import { ImportError } from './types.ts';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An old binary Excel file (.xls, "CDFV2"): no well-kept library here reads it. */
export function isLegacyXls(bytes: Uint8Array): boolean {
	return OLE.every((b, i) => bytes[i] === b);
}

/** A zip holding `xl/workbook.xml`: an .xlsx workbook. */
export function isWorkbook(bytes: Uint8Array): boolean {
	if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return false;
	try {
		let found = false;
		unzipSync(bytes, {
			filter: (f) => {
				if (f.name === 'xl/workbook.xml') found = true;
				return false;
			}
		});
		return found;
	} catch {
		return false;
	}
}

function cellText(v: ExcelJS.CellValue): string {
	if (v === null || v === undefined) return '';
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	if (typeof v === 'object') {
		if ('richText' in v) return v.richText.map((r) => r.text).join('');
		if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
		if ('text' in v) return String(v.text);
		if ('error' in v) return '';
	}
	return String(v);
}

/**
 * Each sheet of an .xlsx as its own CSV (UTF-8), named `<book>/<sheet>`, so the ordinary importers
 * recognise it by its header. Dates stored as Excel dates become `YYYY-MM-DD`; formulas give their
 * cached result; empty sheets are skipped.
 */
export async function workbookSheets(
	name: string,
	bytes: Uint8Array
): Promise<{ name: string; bytes: Uint8Array }[]> {
	const wb = new ExcelJS.Workbook();
	try {
		await wb.xlsx.load(bytes as unknown as ArrayBuffer);
	} catch (e) {
		throw new ImportError(
			`the workbook could not be opened (${(e as Error).message}): is it cut short?`
		);
	}
	const out: { name: string; bytes: Uint8Array }[] = [];
	for (const ws of wb.worksheets) {
		const rows: string[][] = [];
		const width = ws.columnCount;
		ws.eachRow({ includeEmpty: false }, (row) => {
			const cells: string[] = [];
			for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
			rows.push(cells);
		});
		if (!rows.length) continue;
		out.push({
			name: `${name}/${ws.name}`,
			bytes: new TextEncoder().encode(Papa.unparse(rows) + '\n')
		});
	}
	return out;
}
