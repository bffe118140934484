import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const boundary = {
	patterns: [
		{
			group: ['$app/*', '$env/*', '$lib/server/*', '**/server/**'],
			message: 'analytics and report stay framework-free'
		},
		{
			group: ['svelte', 'svelte/*', '@duckdb/*'],
			message: 'analytics and report stay framework-free'
		}
	]
};

export default ts.config(
	{
		ignores: [
			'build/',
			'.cli/',
			'.svelte-kit/',
			'node_modules/',
			'data/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/consistent-type-imports': 'error',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/lib/analytics/**', 'src/lib/report/**'],
		rules: { 'no-restricted-imports': ['error', boundary] }
	}
);
