import { error } from '@sveltejs/kit';
import { fansFlowChart, fansTotalChart } from '$lib/components/charts/fans-chart';
import { calendarFor } from '$lib/server/page-events';
import { dict } from '$lib/i18n';
import { getFansSeries } from '$lib/server/daily';
import { getPage } from '$lib/server/pages';
import { renderPlot } from '$lib/server/render-plot';
import { store } from '$lib/server/store';
import type { PageServerLoad } from './$types';

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
		fansSvg: rows.length ? renderPlot(fansTotalChart(rows, t, breaks), t.pageFans) : null,
		flowSvg: rows.length ? renderPlot(fansFlowChart(rows, t, breaks), t.pageFlows) : null
	};
};
