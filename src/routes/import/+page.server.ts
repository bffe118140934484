import { fail } from '@sveltejs/kit';
import { dict } from '$lib/i18n';
import { importFiles } from '$lib/server/import-files';
import { readHeader } from '$lib/server/importers/index';
import { getPage, listPageNames, slugSchema } from '$lib/server/pages';
import { listWorkspaces } from '$lib/server/workspaces';
import { resolveTarget, targetFields } from './target.server';
import { dropPending, readPending } from '$lib/server/pending';
import { pendingFor } from './pending.server';
import { store } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';
import { MAPPABLE, type Pending } from './mapping';

export const load: PageServerLoad = async ({ url }) => {
	const db = await store();
	const [pages, workspaces] = await Promise.all([listPageNames(db), listWorkspaces(db)]);
	return {
		pages,
		workspaces: workspaces.map((w) => ({ slug: w.slug, name: w.name })),
		// a link from a page or a workspace says where the files go; nothing is chosen otherwise
		askedPage: pages.some((p) => p.slug === url.searchParams.get('page'))
			? url.searchParams.get('page')
			: null,
		askedWorkspace: workspaces.some((w) => w.slug === url.searchParams.get('workspace'))
			? url.searchParams.get('workspace')
			: null
	};
};

export const actions: Actions = {
	upload: async ({ request, locals }) => {
		const t = dict(locals.lang);
		const form = await request.formData();
		const files = form
			.getAll('files')
			.filter((f): f is File => f instanceof File && f.size + f.name.length > 0);
		const fields = targetFields((k) => form.get(k));
		const db = await store();
		const resolved = await resolveTarget(db, fields, t);
		if (!resolved.ok) return fail(400, { ...fields, error: resolved.error, field: resolved.field });
		if (!files.length) return fail(400, { ...fields, error: t.importNoFiles, field: 'files' });
		const inputs = await Promise.all(
			files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))
		);
		const { target } = resolved;
		const results = await importFiles(db, target, inputs);
		const pending = await pendingFor(db, results, inputs);
		const body = {
			...fields,
			// once the page exists, the form offers it (a second submit must not make another page)
			target: (await getPage(db, target.page)) ? ('existing' as const) : fields.target,
			page: target.page,
			name: target.name ?? '',
			workspace: target.workspace ?? '',
			results,
			pending
		};
		return results.some((r) => r.error) ? fail(400, body) : body;
	},
	map: async ({ request }) => {
		const form = await request.formData();
		const token = String(form.get('token') ?? '');
		const page = slugSchema.safeParse(String(form.get('page') ?? ''));
		const name = String(form.get('name') ?? '') || undefined;
		const workspace = slugSchema.safeParse(String(form.get('workspace') ?? ''));
		const file = await readPending(token);
		if (!file || !page.success)
			return fail(400, {
				page: String(form.get('page') ?? ''),
				name: name ?? '',
				results: [],
				pending: [],
				expired: true
			});
		const mapping: Record<string, string> = {};
		for (const c of MAPPABLE) {
			const h = String(form.get(`map_${c}`) ?? '');
			if (h) mapping[c] = h;
		}
		const dateFormat = String(form.get('date_format') ?? '') || undefined;
		const target = { page: page.data, name, workspace: workspace.data };
		const results = await importFiles(await store(), target, [file], {
			mapping,
			...(dateFormat ? { dateFormat } : {})
		});
		const r = results[0];
		const again = r.error && (r.hint === 'date-format' || !mapping.day);
		if (!again) await dropPending(token);
		const pending: Pending[] = again
			? [
					{
						token,
						file: file.name,
						columns: readHeader(file.bytes) ?? [],
						mapping,
						askDateFormat: r.hint === 'date-format'
					}
				]
			: [];
		const body = {
			page: page.data,
			name: name ?? '',
			workspace: workspace.data ?? '',
			results,
			pending
		};
		return r.error ? fail(400, body) : body;
	}
};
