import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
export const config = {
	compilerOptions: {
		runes: true
	},
	kit: {
		adapter: adapter({ envPrefix: 'SABLIER_' }),
		csrf: { trustedOrigins: [] }
	}
};

export default config;
