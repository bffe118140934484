import { error } from '@sveltejs/kit';
import { fansFlowChart, fansTotalChart } from '$lib/components/charts/fans-chart';
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
	return {
		page,
		rows,
		fansSvg: rows.length ? renderPlot(fansTotalChart(rows, t), t.pageFans) : null,
		flowSvg: rows.length ? renderPlot(fansFlowChart(rows, t), t.pageFlows) : null
	};
};
