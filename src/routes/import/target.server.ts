import type { Dict } from '$lib/i18n';
import type { Db } from '$lib/server/db/index';
import { getPage, slugSchema, type PageTarget } from '$lib/server/pages';
import { getWorkspace, nameSchema, newPageSlug } from '$lib/server/workspaces';

/** The import form's page choice, as sent (form fields, or the streamed upload's query). */
export interface TargetFields {
	target: 'existing' | 'new';
	page: string;
	name: string;
	workspace: string;
	slug: string;
}

export function targetFields(get: (key: string) => unknown): TargetFields {
	const s = (k: string) => String(get(k) ?? '').trim();
	// no page chosen but a new one named (the radio left as it was, without JavaScript): a new page
	const asNew = s('target') === 'new' || (!s('page') && !!s('name'));
	return {
		target: asNew ? 'new' : 'existing',
		page: s('page'),
		name: s('name'),
		workspace: s('workspace') || 'default',
		slug: s('slug')
	};
}

export type Resolved =
	| { ok: true; target: PageTarget & { page: string } }
	| { ok: false; error: string; field: 'page' | 'name' | 'slug' | 'workspace' };

/**
 * Which page the files go to: an existing page (it must exist), or a new one in a chosen workspace,
 * its address made from its name unless one is asked (then it must be free). The built-in
 * workspace `default` is created on demand; any other must exist.
 */
export async function resolveTarget(db: Db, f: TargetFields, t: Dict): Promise<Resolved> {
	if (f.target === 'existing') {
		if (!f.page) return { ok: false, error: t.ws.errChoosePage, field: 'page' };
		const page = slugSchema.safeParse(f.page);
		if (!page.success || !(await getPage(db, page.data)))
			return { ok: false, error: t.ws.errNoSuchPage, field: 'page' };
		return { ok: true, target: { page: page.data } };
	}
	const name = nameSchema.safeParse(f.name);
	if (!name.success) return { ok: false, error: t.ws.errNewName, field: 'name' };
	if (f.workspace !== 'default' && !(await getWorkspace(db, f.workspace)))
		return { ok: false, error: t.ws.errNoWorkspace, field: 'workspace' };
	if (f.slug) {
		const asked = slugSchema.safeParse(f.slug);
		if (!asked.success) return { ok: false, error: t.importBadPage, field: 'slug' };
		if (await getPage(db, asked.data))
			return { ok: false, error: t.ws.errSlugTaken, field: 'slug' };
	}
	const page = await newPageSlug(db, name.data, f.slug || undefined);
	return { ok: true, target: { page, workspace: f.workspace, name: name.data } };
}
