import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * The report's PDF, printed by Chromium (playwright-core driving the system Chromium, the one e2e
 * uses; CHROMIUM_PATH overrides /usr/bin/chromium). The page is loaded with JavaScript disabled
 * and every network request refused, so the PDF holds only what the self-contained HTML holds.
 * `shared` keeps one browser per process (the server's: warm PDFs); `once` launches and closes.
 */
export class ChromiumMissingError extends Error {
	constructor(readonly path: string) {
		super(`Chromium not found at ${path}`);
	}
}

export const chromiumPath = () => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

async function launch(): Promise<Browser> {
	const path = chromiumPath();
	if (!existsSync(path)) throw new ChromiumMissingError(path);
	return chromium.launch({ executablePath: path, args: ARGS, headless: true, timeout: 60_000 });
}

/** A print that takes longer than this is abandoned with an error, never left hanging. */
const PRINT_TIMEOUT_MS = 120_000;

async function print(browser: Browser, html: string): Promise<Buffer> {
	const context = await browser.newContext({ javaScriptEnabled: false });
	let timer: ReturnType<typeof setTimeout> | undefined;
	let onGone = () => {};
	try {
		await context.route('**/*', (route) => route.abort());
		const page = await context.newPage();
		const job = (async () => {
			await page.setContent(html, { waitUntil: 'load' });
			return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
		})();
		const late = new Promise<never>((_, fail) => {
			timer = setTimeout(
				() => fail(new Error(`Chromium did not print within ${PRINT_TIMEOUT_MS / 1000} s`)),
				PRINT_TIMEOUT_MS
			);
			// a browser that dies (killed, out of memory) fails the print at once
			onGone = () => fail(new Error('Chromium stopped while printing'));
			browser.once('disconnected', onGone);
		});
		return await Promise.race([job, late]);
	} finally {
		clearTimeout(timer);
		browser.off('disconnected', onGone);
		// closing a context whose browser is gone must not hang the caller either
		await Promise.race([
			context.close().catch(() => undefined),
			new Promise((done) => setTimeout(done, 5_000).unref())
		]);
	}
}

/** Launches Chromium, prints, closes it (the CLI). */
export async function htmlToPdfOnce(html: string): Promise<Buffer> {
	const browser = await launch();
	try {
		return await print(browser, html);
	} finally {
		await browser.close();
	}
}

let shared: Promise<Browser> | null = null;

/** Prints with a browser kept for the life of the process (the server), relaunched if it died. */
export async function htmlToPdf(html: string): Promise<Buffer> {
	if (!shared) {
		shared = launch();
		shared.then(
			(b) => b.on('disconnected', () => (shared = null)),
			() => (shared = null)
		);
	}
	return print(await shared, html);
}

export async function closePdfBrowser(): Promise<void> {
	const b = shared;
	shared = null;
	if (b) await (await b).close().catch(() => undefined);
}
