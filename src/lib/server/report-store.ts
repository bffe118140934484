import { z } from 'zod';
import { sql } from '../sql.ts';
import type { Db } from './db/index.ts';
import { logoDataUri } from '../report/document/logo.ts';
import { DEFAULT_BRANDING, type Branding, type ReportNotes } from '../report/document/types.ts';

/** What a CM writes for a report, and a workspace's branding (migration 0007). Bound parameters only. */
export type NotesScope = 'page' | 'workspace';

export const NOTES_MAX = 8000;

export const notesSchema = z.object({
	author: z
		.string()
		.trim()
		.max(200)
		.transform((s) => s || null),
	client: z
		.string()
		.trim()
		.max(200)
		.transform((s) => s || null),
	recommendations: z
		.string()
		.max(NOTES_MAX)
		.transform((s) => s.replace(/\r\n?/g, '\n').trim() || null)
});

export async function getNotes(
	db: Db,
	scope: NotesScope,
	ownerId: number
): Promise<ReportNotes | null> {
	const [row] = await db.query<ReportNotes>(
		sql`SELECT author, client, recommendations FROM report_notes WHERE scope = ${scope} AND owner_id = ${ownerId}`
	);
	return row ?? null;
}

export async function saveNotes(
	db: Db,
	scope: NotesScope,
	ownerId: number,
	notes: ReportNotes
): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.exec(sql`DELETE FROM report_notes WHERE scope = ${scope} AND owner_id = ${ownerId}`);
		await tx.exec(sql`INSERT INTO report_notes (scope, owner_id, author, client, recommendations)
			VALUES (${scope}, ${ownerId}, ${notes.author}, ${notes.client}, ${notes.recommendations})`);
	});
}

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'color');

export const brandingSchema = z.object({
	consultancy: z
		.string()
		.trim()
		.max(120, 'tooLong')
		.transform((s) => s || null),
	footer: z
		.string()
		.trim()
		.max(200, 'tooLong')
		.transform((s) => s || null),
	primary: colour,
	accent: colour,
	hideMadeWith: z.boolean()
});
export type BrandingInput = z.infer<typeof brandingSchema>;

export interface StoredBranding extends Branding {
	logoType: string | null;
}

export async function workspaceId(
	db: Db,
	slug: string
): Promise<{ id: number; slug: string; name: string } | null> {
	const [w] = await db.query<{ id: number; slug: string; name: string }>(
		sql`SELECT id, slug, name FROM workspaces WHERE slug = ${slug}`
	);
	return w ?? null;
}

export async function getBranding(db: Db, wsId: number | null): Promise<StoredBranding> {
	if (wsId === null) return { ...DEFAULT_BRANDING, logoType: null };
	const [row] = await db.query<{
		consultancy: string | null;
		footer: string | null;
		primary_colour: string;
		accent_colour: string;
		hide_made_with: boolean;
		logo_type: string | null;
		logo_base64: string | null;
	}>(sql`SELECT * FROM workspace_branding WHERE workspace_id = ${wsId}`);
	if (!row) return { ...DEFAULT_BRANDING, logoType: null };
	return {
		consultancy: row.consultancy,
		footer: row.footer,
		primary: row.primary_colour,
		accent: row.accent_colour,
		hideMadeWith: row.hide_made_with,
		logo: row.logo_type && row.logo_base64 ? logoDataUri(row.logo_type, row.logo_base64) : null,
		logoType: row.logo_type
	};
}

/** Saves the branding; `logo` undefined keeps the stored one, null removes it. */
export async function saveBranding(
	db: Db,
	wsId: number,
	b: BrandingInput,
	logo?: { type: 'image/png' | 'image/svg+xml'; bytes: Uint8Array } | null
): Promise<void> {
	await db.transaction(async (tx) => {
		const [old] = await tx.query<{ logo_type: string | null; logo_base64: string | null }>(
			sql`SELECT logo_type, logo_base64 FROM workspace_branding WHERE workspace_id = ${wsId}`
		);
		const type = logo === undefined ? (old?.logo_type ?? null) : (logo?.type ?? null);
		const data =
			logo === undefined
				? (old?.logo_base64 ?? null)
				: logo
					? Buffer.from(logo.bytes).toString('base64')
					: null;
		await tx.exec(sql`DELETE FROM workspace_branding WHERE workspace_id = ${wsId}`);
		await tx.exec(sql`INSERT INTO workspace_branding
			(workspace_id, consultancy, footer, primary_colour, accent_colour, hide_made_with, logo_type, logo_base64)
			VALUES (${wsId}, ${b.consultancy}, ${b.footer}, ${b.primary}, ${b.accent}, ${b.hideMadeWith}, ${type}, ${data})`);
	});
}
