import { error, fail } from '@sveltejs/kit';
import { fansFlowChart, fansTotalChart } from '$lib/components/charts/fans-chart';
import { calendarFor } from '$lib/server/page-events';
import { dict } from '$lib/i18n';
import { getFansSeries } from '$lib/server/daily';
import { getPage } from '$lib/server/pages';
import { renderPlot } from '$lib/server/render-plot';
import { store } from '$lib/server/store';
import { deleteImport, listImports } from '$lib/server/imports';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await store();
	const page = await getPage(db, params.slug);
	if (!page) error(404, dict(locals.lang).errorNotFound);
	const rows = await getFansSeries(db, page.id);
	const t = dict(locals.lang);
	const events =
		page.firstDay && page.lastDay ? await calendarFor(db, page, page.firstDay, page.lastDay) : [];
	const breaks = events.map((e) => ({ day: e.day, label: locals.lang === 'fr' ? e.fr : e.en }));
	return {
		page,
		rows,
		breaks,
		imports: await listImports(db, page.slug),
		fansSvg: rows.length ? renderPlot(fansTotalChart(rows, t, breaks), t.pageFans) : null,
		flowSvg: rows.length ? renderPlot(fansFlowChart(rows, t, breaks), t.pageFlows) : null
	};
};

export const actions: Actions = {
	/** Removes exactly what one import of this page brought in; older overlapping values come back. */
	deleteImport: async ({ request, params }) => {
		const db = await store();
		const id = Number((await request.formData()).get('id'));
		const mine = (await listImports(db, params.slug)).some(
			(i) => i.id === id && i.status !== 'deleted'
		);
		if (!mine || !(await deleteImport(db, id))) return fail(404, { deleted: null });
		return { deleted: id };
	}
};
