import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
export const config = {
	compilerOptions: {
		runes: true
	},
	kit: {
		adapter: adapter(),
		csrf: { trustedOrigins: [] }
	}
};

export default config;
