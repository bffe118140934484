import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** The workspaces are listed on the home page. */
export const load: PageServerLoad = () => redirect(308, '/');
