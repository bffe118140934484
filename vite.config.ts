import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		// tests/slow: statistical acceptance over many seeds (SABLIER_SEEDS sizes them; the default fits CI)
		include: [
			'tests/unit/**/*.test.ts',
			'tests/acceptance/**/*.test.ts',
			'tests/slow/**/*.test.ts'
		],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 60_000,
		expect: { requireAssertions: true }
	}
});
