import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { dict } from '$lib/i18n';
import { importFiles } from '$lib/server/import-files';
import { readHeader } from '$lib/server/importers/index';
import { listPages, slugSchema } from '$lib/server/pages';
import { dropPending, readPending } from '$lib/server/pending';
import { pendingFor } from './pending.server';
import { lastDayOption } from './last-day';
import { store } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';
import { MAPPABLE, type Pending } from './mapping';

export const load: PageServerLoad = async () => ({
	pages: (await listPages(await store())).map((p) => ({ slug: p.slug, name: p.name }))
});

const formSchema = z.object({
	page: slugSchema,
	name: z.string().trim().max(200).optional(),
	files: z.array(z.instanceof(File)).min(1)
});

export const actions: Actions = {
	upload: async ({ request, locals }) => {
		const t = dict(locals.lang);
		const form = await request.formData();
		const files = form
			.getAll('files')
			.filter((f): f is File => f instanceof File && f.size + f.name.length > 0);
		const input = {
			page: String(form.get('page') ?? ''),
			name: String(form.get('name') ?? '') || undefined,
			files
		};
		const parsed = formSchema.safeParse(input);
		if (!parsed.success) {
			const field = String(parsed.error.issues[0].path[0]);
			return fail(400, {
				page: input.page,
				name: input.name ?? '',
				error: field === 'files' ? t.importNoFiles : t.importBadPage,
				field
			});
		}
		const inputs = await Promise.all(
			files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))
		);
		const db = await store();
		const results = await importFiles(db, parsed.data, inputs, lastDayOption(form.get('last_day')));
		const pending = await pendingFor(db, results, inputs);
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
