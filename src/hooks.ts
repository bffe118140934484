import type { Transport } from '@sveltejs/kit';
import { isServerRendered } from '$lib/server-rendered';

/** Custom types across the server/browser boundary: data rendered on the server only is not sent. */
export const transport: Transport = {
	ServerRendered: {
		encode: (value) => isServerRendered(value) && 1,
		decode: () => {
			throw new Error('server-rendered data reached the browser: its route must set csr = false');
		}
	}
};
