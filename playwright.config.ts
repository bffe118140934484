import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// E2E_PORT lets several checkouts run their e2e suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const HOST = '127.0.0.1';
const baseURL = `http://${HOST}:${PORT}`;

/**
 * A fresh DuckDB file for every run, so the server starts from an empty store (and loads the
 * demo). Playwright evaluates this file in the runner and in each worker; only the runner starts
 * the web server, and a worker's own (different) path is never created.
 */
function freshDbPath(): string {
	const path = join(tmpdir(), `sablier-e2e-${process.pid}-${Date.now()}.duckdb`);
	const remove = () => {
		for (const f of [path, `${path}.wal`]) rmSync(f, { force: true });
	};
	remove();
	process.on('exit', remove); // the runner exits after it has stopped the web server
	return path;
}

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	// Not test-results/ itself: Playwright empties its outputDir, which would delete unit.json.
	outputDir: 'test-results/e2e-artifacts',
	workers: 1,
	fullyParallel: false,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL,
		locale: 'en-US',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--disable-quic',
				'--no-first-run'
			]
		}
	},
	webServer: {
		command: `node bin/sablier.js serve --port ${PORT} --host ${HOST} --db "${freshDbPath()}"`,
		url: baseURL,
		reuseExistingServer: false,
		timeout: 120_000
	}
});
