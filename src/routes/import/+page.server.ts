import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { dict } from '$lib/i18n';
import { importFiles, maxBytes } from '$lib/server/import-files';
import { mb } from '$lib/server/importers/source';
import { securityText } from '$lib/i18n/security';
import { BadUpload, receiveForm, TooLarge, type ReceivedForm } from '$lib/server/pending';
import { readHeader } from '$lib/server/importers/index';
import { listPages, slugSchema } from '$lib/server/pages';
import { dropPending, readPending } from '$lib/server/pending';
import { pendingForToken } from './pending.server';
import { store } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';
import { MAPPABLE, type Pending } from './mapping';

export const load: PageServerLoad = async () => ({
	pages: (await listPages(await store())).map((p) => ({ slug: p.slug, name: p.name }))
});

const formSchema = z.object({
	page: slugSchema,
	name: z.string().trim().max(200).optional(),
	files: z.array(z.object({ name: z.string(), path: z.string() })).min(1)
});

export const actions: Actions = {
	upload: async ({ request, locals }) => {
		const t = dict(locals.lang);
		// the files are streamed to disk as they arrive, their size checked while reading
		let received: ReceivedForm;
		try {
			received = await receiveForm(request, maxBytes());
		} catch (e) {
			const s = securityText(locals.lang);
			if (e instanceof TooLarge)
				return fail(413, { page: '', name: '', error: s.tooLarge(mb(maxBytes())), field: 'files' });
			if (e instanceof BadUpload) {
				const type = request.headers.get('content-type') ?? '';
				return fail(/^multipart\/form-data/i.test(type) ? 400 : 415, {
					page: '',
					name: '',
					error: s.uploadType(type.split(';')[0]),
					field: 'files'
				});
			}
			throw e;
		}
		const { form, files } = received;
		const drop = () => Promise.all(files.map((f) => dropPending(f.token)));
		const input = {
			page: String(form.get('page') ?? ''),
			name: String(form.get('name') ?? '') || undefined,
			files
		};
		const parsed = formSchema.safeParse(input);
		if (!parsed.success) {
			const field = String(parsed.error.issues[0].path[0]);
			await drop();
			return fail(400, {
				page: input.page,
				name: input.name ?? '',
				error: field === 'files' ? t.importNoFiles : t.importBadPage,
				field
			});
		}
		const db = await store();
		let results;
		try {
			results = await importFiles(db, parsed.data, files);
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
		const body = { page: parsed.data.page, name: input.name ?? '', results, pending };
		return results.some((r) => r.error) ? fail(400, body) : body;
	},
	map: async ({ request }) => {
		const form = await request.formData();
		const token = String(form.get('token') ?? '');
		const page = slugSchema.safeParse(String(form.get('page') ?? ''));
		const name = String(form.get('name') ?? '') || undefined;
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
		const results = await importFiles(await store(), { page: page.data, name }, [file], {
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
		const body = { page: page.data, name: name ?? '', results, pending };
		return r.error ? fail(400, body) : body;
	}
};
