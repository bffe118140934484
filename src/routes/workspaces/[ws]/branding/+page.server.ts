import { error, fail } from '@sveltejs/kit';
import { dict } from '$lib/i18n';
import { checkLogo } from '$lib/report/document/logo';
import { brandingSchema, getBranding, saveBranding, workspaceId } from '$lib/server/report-store';
import { store } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';

async function workspaceOr404(slug: string, lang: 'en' | 'fr') {
	const db = await store();
	const ws = await workspaceId(db, slug);
	if (!ws) error(404, dict(lang).errorNotFound);
	return { db, ws };
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db, ws } = await workspaceOr404(params.ws, locals.lang);
	const b = await getBranding(db, ws.id);
	return { workspace: ws, branding: b };
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const { db, ws } = await workspaceOr404(params.ws, locals.lang);
		const form = await request.formData();
		const values = {
			consultancy: String(form.get('consultancy') ?? ''),
			footer: String(form.get('footer') ?? ''),
			primary: String(form.get('primary') ?? ''),
			accent: String(form.get('accent') ?? ''),
			hideMadeWith: form.get('hideMadeWith') === 'on'
		};
		const errors: Record<string, string> = {};
		const parsed = brandingSchema.safeParse(values);
		if (!parsed.success)
			for (const i of parsed.error.issues) errors[String(i.path[0])] ??= i.message;
		let logo: Parameters<typeof saveBranding>[3] = undefined;
		const file = form.get('logo');
		if (form.get('removeLogo') === 'on') logo = null;
		else if (file instanceof File && file.size > 0) {
			const checked = checkLogo(new Uint8Array(await file.arrayBuffer()), file.type, file.name);
			if (checked.ok) logo = { type: checked.type, bytes: checked.bytes };
			else errors.logo = checked.error;
		}
		if (!parsed.success || Object.keys(errors).length)
			return fail(400, { values, errors, saved: false });
		await saveBranding(db, ws.id, parsed.data, logo);
		return { values, errors: {}, saved: true };
	}
};
