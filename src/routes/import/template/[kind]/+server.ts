import { error } from '@sveltejs/kit';
import { templateCsv } from '$lib/server/importers/generic/template';
import type { RequestHandler } from './$types';

/** The generic CSV template, as a download. */
export const GET: RequestHandler = ({ params }) => {
	if (params.kind !== 'daily' && params.kind !== 'posts') error(404, 'Not found');
	return new Response(templateCsv(params.kind), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="sablier-template-${params.kind}.csv"`
		}
	});
};
