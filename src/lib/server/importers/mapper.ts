import { z } from 'zod';
import { looseNumber } from './cells.ts';
import { uniqueNames } from './table.ts';
import type { ColumnInfo, Extra, ImportIssue, Mapped } from './types.ts';

/** One canonical target fed by the first present header among `headers` (matched case-insensitively). */
export interface Field {
	target: string;
	headers: readonly string[];
	cell: z.ZodType<unknown, string>;
}

export interface LayoutSpec {
	/** rows before the data: 1 = header only; 2 = header + a description row (legacy Facebook) */
	headerRows: 1 | 2;
	/** the record key's target (day or post_id); a row without a valid key is rejected */
	key: string | null;
	fields: readonly Field[];
	/**
	 * A row with fewer fields than the header: 'reject' (default) or 'pad' — the export leaves
	 * trailing empty cells out (Meta's post exports), so the missing cells are blanks (unknown).
	 */
	shortRows?: 'reject' | 'pad';
	/** the reason given when a row has no key (default: "required value is missing") */
	missingKey?: string;
	/** cells that mean "unknown" in this layout beyond blanks (TikTok's `NAN`, `--`) */
	unknown?: readonly string[];
	/**
	 * cells that mark a whole row as unknown (TikTok's `undefined`, before the account existed): every
	 * cell of such a row but the key is read as blank, so the day is listed with nothing known
	 */
	unknownRow?: readonly string[];
	/** targets derived as the sum of other source columns (any blank → NULL, never a partial sum) */
	sums?: readonly { target: string; of: readonly string[] }[];
}

export interface MappedRow {
	row: number;
	values: Record<string, unknown>;
	extras: Extra[];
}

/** Header + description rows → the columns, each with the canonical target it feeds (if any). */
export function mapColumns(rows: readonly string[][], spec: LayoutSpec): ColumnInfo[] {
	const names = uniqueNames(rows[0] ?? []);
	const lower = names.map((n) => n.toLowerCase());
	const targets = new Map<number, string>();
	for (const f of spec.fields) {
		for (const h of f.headers) {
			const pos = lower.indexOf(h.toLowerCase());
			if (pos >= 0 && !targets.has(pos)) {
				targets.set(pos, f.target);
				break;
			}
		}
	}
	const descriptions = spec.headerRows === 2 ? (rows[1] ?? []) : [];
	return names.map((name, position) => ({
		position,
		name,
		description: descriptions[position]?.trim() || null,
		target: targets.get(position) ?? null
	}));
}

/**
 * Validates every data row against the spec with zod. A row is rejected whole when its key or any
 * mapped cell is invalid, or when its field count differs from the header's; each problem is an
 * issue naming the row and the source column. Unmapped non-blank cells become extras.
 */
export function mapRows(
	rows: readonly string[][],
	spec: LayoutSpec,
	columns: ColumnInfo[]
): { rows: MappedRow[]; issues: ImportIssue[]; read: number } {
	const byTarget = new Map(columns.filter((c) => c.target).map((c) => [c.target as string, c]));
	const shape: Record<string, z.ZodType<unknown, string>> = {};
	for (const f of spec.fields) if (byTarget.has(f.target)) shape[f.target] = f.cell;
	const schema = z.object(shape);
	const extraCols = columns.filter((c) => !c.target);
	const out: MappedRow[] = [];
	const issues: ImportIssue[] = [];
	const unknown = new Set((spec.unknown ?? []).map((u) => u.toLowerCase()));
	const unknownRow = new Set((spec.unknownRow ?? []).map((u) => u.toLowerCase()));
	const keyAt = spec.key ? (byTarget.get(spec.key)?.position ?? -1) : -1;
	const lowerNames = columns.map((c) => c.name.toLowerCase());
	const sums = (spec.sums ?? []).map((d) => ({
		target: d.target,
		at: d.of.map((h) => lowerNames.indexOf(h.toLowerCase()))
	}));
	for (let i = spec.headerRows; i < rows.length; i++) {
		let cells = rows[i];
		const row = i + 1;
		if (spec.shortRows === 'pad' && cells.length < columns.length)
			cells = [...cells, ...Array<string>(columns.length - cells.length).fill('')];
		if (unknown.size) cells = cells.map((c) => (unknown.has(c.trim().toLowerCase()) ? '' : c));
		if (unknownRow.size && cells.some((c) => unknownRow.has(c.trim().toLowerCase())))
			cells = cells.map((c, i) => (i === keyAt ? c : ''));
		if (cells.length !== columns.length) {
			issues.push({
				row,
				column: null,
				message: `row has ${cells.length} fields, the header has ${columns.length}`
			});
			continue;
		}
		const input: Record<string, string> = {};
		for (const [target, c] of byTarget) input[target] = cells[c.position];
		const parsed = schema.safeParse(input);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const target = String(issue.path[0]);
				issues.push({ row, column: byTarget.get(target)?.name ?? target, message: issue.message });
			}
			continue;
		}
		const values = parsed.data as Record<string, unknown>;
		for (const d of sums) {
			if (d.at.some((a) => a < 0)) continue;
			const parts = d.at.map((a) => looseNumber(cells[a]));
			values[d.target] = parts.some((n) => n === null) ? null : parts.reduce((x, y) => x! + y!, 0);
		}
		if (spec.key && (values[spec.key] === null || values[spec.key] === undefined)) {
			issues.push({
				row,
				column: byTarget.get(spec.key)?.name ?? spec.key,
				message: spec.missingKey ?? 'required value is missing'
			});
			continue;
		}
		const extras: Extra[] = [];
		for (const c of extraCols) {
			const value = cells[c.position].trim();
			if (value !== '') extras.push({ metric: c.name, value, num: looseNumber(value) });
		}
		out.push({ row, values, extras });
	}
	return { rows: out, issues, read: rows.length - spec.headerRows };
}

export function hasHeaders(rows: readonly string[][], required: readonly string[]): boolean {
	const header = new Set((rows[0] ?? []).map((h) => h.trim().toLowerCase()));
	return required.every((h) => header.has(h.toLowerCase()));
}

/**
 * The common `map` of a keyed layout: columns, validated rows, each record keyed by the spec's key
 * (day or post_id) and the key removed from its values. `finish` may derive values (e.g. is_paid).
 */
export function mapKeyed(
	rows: readonly string[][],
	spec: LayoutSpec & { key: string },
	kind: 'daily' | 'posts',
	finish: (values: Record<string, unknown>) => Record<string, unknown> = (v) => v
): Mapped {
	const columns = mapColumns(rows, spec);
	const { rows: mapped, issues, read } = mapRows(rows, spec, columns);
	const records = mapped.map(({ row, values, extras }) => {
		const { [spec.key]: key, ...rest } = values;
		return { row, key: key as string, values: finish(rest), extras };
	});
	return { kind, columns, records, issues, read } as Mapped;
}
