import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { dict } from '$lib/i18n';
import { importFiles } from '$lib/server/import-files';
import { listPages, slugSchema } from '$lib/server/pages';
import { store } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	pages: (await listPages(await store())).map((p) => ({ slug: p.slug, name: p.name }))
});

const formSchema = z.object({
	page: slugSchema,
	name: z.string().trim().max(200).optional(),
	files: z.array(z.instanceof(File)).min(1)
});

export const actions: Actions = {
	default: async ({ request, locals }) => {
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
		const results = await importFiles(await store(), parsed.data, inputs);
		const status = results.some((r) => r.error) ? 400 : 200;
		const body = { page: parsed.data.page, name: input.name ?? '', results };
		return status === 200 ? body : fail(400, body);
	}
};
