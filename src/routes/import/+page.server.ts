import { fail } from '@sveltejs/kit';
import { dict } from '$lib/i18n';
import { importFiles, maxBytes } from '$lib/server/import-files';
import { mb } from '$lib/server/importers/source';
import { securityText } from '$lib/i18n/security';
import { BadUpload, receiveForm, TooLarge, type ReceivedForm } from '$lib/server/pending';
import { readHeader } from '$lib/server/importers/index';
import { getPage, listPageNames, slugSchema } from '$lib/server/pages';
import { listWorkspaces } from '$lib/server/workspaces';
import { resolveTarget, targetFields } from './target.server';
import { dropPending, readPending } from '$lib/server/pending';
import { pendingForToken } from './pending.server';
import { lastDayOption } from './last-day';
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
		// the files are streamed to disk as they arrive, their size checked while reading
		let received: ReceivedForm;
		try {
			received = await receiveForm(request, maxBytes());
		} catch (e) {
			const s = securityText(locals.lang);
			const asSent = targetFields(() => null);
			if (e instanceof TooLarge)
				return fail(413, { ...asSent, error: s.tooLarge(mb(maxBytes())), field: 'files' });
			if (e instanceof BadUpload) {
				const type = request.headers.get('content-type') ?? '';
				return fail(/^multipart\/form-data/i.test(type) ? 400 : 415, {
					...asSent,
					error: s.uploadType(type.split(';')[0]),
					field: 'files'
				});
			}
			throw e;
		}
		const { form, files } = received;
		const drop = () => Promise.all(files.map((f) => dropPending(f.token)));
		const fields = targetFields((k) => form.get(k));
		const db = await store();
		const resolved = await resolveTarget(db, fields, t);
		if (!resolved.ok) {
			await drop();
			return fail(400, { ...fields, error: resolved.error, field: resolved.field });
		}
		if (!files.length) return fail(400, { ...fields, error: t.importNoFiles, field: 'files' });
		const { target } = resolved;
		let results;
		try {
			results = await importFiles(db, target, files, lastDayOption(form.get('last_day')));
		} catch (e) {
			await drop();
			throw e;
		}
		// files that need a column mapping stay waiting under their token; the others are removed
		const pending: Pending[] = [];
		for (const f of files) {
			const r = results.find((x) => x.file === f.name);
			const waiting = r ? await pendingForToken(db, r, f.token) : null;
			if (waiting && !pending.some((p) => p.file === f.name)) pending.push(waiting);
			else await dropPending(f.token);
		}
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
