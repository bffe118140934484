import type * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import { ImportError } from './types.ts';
import { maxRows } from './index.ts';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An old binary Excel file (.xls, "CDFV2": what LinkedIn's Export button gives). */
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

/** Most cells one workbook may hold (every sheet together), checked from each sheet's range before its cells are read. */
export const MAX_WORKBOOK_CELLS = 20_000_000;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * One cell as text. A cell Excel stores as a date (a serial number under a date format) becomes
 * `YYYY-MM-DD` (with ` HH:MM:SS` when it has a time), computed from the serial itself, so no time
 * zone moves it; other numbers their plain digits; text as written; errors blank.
 */
function cellText(SSF: typeof XLSX.SSF, cell: XLSX.CellObject | undefined): string {
	if (!cell || cell.v === undefined || cell.v === null || cell.t === 'e' || cell.t === 'z')
		return '';
	if (cell.t === 'n' && cell.z !== undefined && SSF.is_date(cell.z)) {
		const d = SSF.parse_date_code(cell.v as number);
		if (d) {
			const day = `${d.y}-${pad(d.m)}-${pad(d.d)}`;
			return d.H || d.M || d.S ? `${day} ${pad(d.H)}:${pad(d.M)}:${pad(Math.floor(d.S))}` : day;
		}
	}
	if (cell.t === 'd' && cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
	if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
	return String(cell.v);
}

/**
 * Each sheet of an .xlsx or an old binary .xls as its own CSV (UTF-8), named `<book>/<sheet>`, so
 * the ordinary importers recognise it by its header. One reader (SheetJS) for both formats; dates
 * stored as Excel dates become `YYYY-MM-DD`; formulas give their cached result; empty sheets are
 * skipped. Rows past SABLIER_MAX_ROWS are never read (the sheet is refused), and a workbook whose
 * sheets span more than {@link MAX_WORKBOOK_CELLS} cells is refused before any cell becomes text;
 * the zip limits were checked before (`checkWorkbookLimits`).
 */
export async function workbookSheets(
	name: string,
	bytes: Uint8Array
): Promise<{ name: string; bytes: Uint8Array }[]> {
	// SheetJS is loaded when a workbook comes (~11 MB that a CSV import never needs)
	const { read, SSF, utils } = await import('@e965/xlsx');
	let wb: XLSX.WorkBook;
	try {
		// rows past the row limit are never read: a sheet of millions of rows stays bounded
		wb = read(bytes, {
			type: 'array',
			cellDates: false,
			cellNF: true,
			dense: true,
			sheetRows: maxRows() + 3
		});
	} catch (e) {
		throw new ImportError(
			`the workbook could not be opened (${(e as Error).message}): is it cut short?`
		);
	}
	let cells = 0;
	for (const sheetName of wb.SheetNames) {
		const ref = wb.Sheets[sheetName]?.['!ref'];
		if (!ref) continue;
		const r = utils.decode_range(ref);
		cells += (r.e.r - r.s.r + 1) * (r.e.c - r.s.c + 1);
		if (r.e.r + 1 >= maxRows() + 3)
			throw new ImportError(
				`the file has more than ${maxRows()} rows, the limit set by SABLIER_MAX_ROWS`
			);
	}
	if (cells > MAX_WORKBOOK_CELLS)
		throw new ImportError(
			`the workbook holds ${cells} cells, over the limit of ${MAX_WORKBOOK_CELLS}: export a shorter period`
		);
	const out: { name: string; bytes: Uint8Array }[] = [];
	for (const sheetName of wb.SheetNames) {
		const ws = wb.Sheets[sheetName];
		const ref = ws?.['!ref'];
		if (!ref) continue;
		const range = utils.decode_range(ref);
		const dense = (ws as unknown as { '!data'?: (XLSX.CellObject | undefined)[][] })['!data'];
		const rows: string[][] = [];
		for (let r = range.s.r; r <= range.e.r; r++) {
			const cellsOfRow: string[] = [];
			for (let c = 0; c <= range.e.c; c++) cellsOfRow.push(cellText(SSF, dense?.[r]?.[c]));
			if (cellsOfRow.some((v) => v.trim() !== '')) rows.push(cellsOfRow);
		}
		if (!rows.length) continue;
		out.push({
			name: `${name}/${sheetName}`,
			bytes: new TextEncoder().encode(Papa.unparse(rows, { newline: '\n' }) + '\n')
		});
	}
	return out;
}
