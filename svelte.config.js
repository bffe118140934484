import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
export const config = {
	compilerOptions: {
		runes: true
	},
	kit: {
		adapter: adapter(),
		csrf: { trustedOrigins: [] },
		// Content-Security-Policy on every page: scripts only from this server, the hydration script
		// by nonce; styles may be inline (Svelte's and Observable Plot's SVG <style>), never scripts.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
