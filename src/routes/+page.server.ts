import { listPages } from '$lib/server/pages';
import { store } from '$lib/server/store';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ pages: await listPages(await store()) });
