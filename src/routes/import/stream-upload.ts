import type { FileResult } from '$lib/server/importers/types';
import type { Pending } from './mapping';

export type Phase = 'upload' | 'check' | 'read' | 'save';

export interface Streamed {
	/** the page the file went to (a new page's address, settled by the server) */
	page?: string;
	results: FileResult[];
	pending: Pending[];
	error?: string;
}

/**
 * Sends one file as the raw body of `POST import/stream` and follows its NDJSON answer: the upload's
 * own progress first (XHR upload events), then the server's check / read / save progress.
 * Resolves with the results (or an error message); never rejects.
 */
export function streamUpload(
	url: string,
	file: File,
	onProgress: (phase: Phase, pct: number | null) => void,
	networkError: string
): Promise<Streamed> {
	return new Promise((resolve) => {
		const xhr = new XMLHttpRequest();
		let seen = 0;
		let final: Streamed | null = null;
		const read = () => {
			const text = xhr.responseText;
			for (let nl = text.indexOf('\n', seen); nl >= 0; nl = text.indexOf('\n', seen)) {
				const msg = JSON.parse(text.slice(seen, nl));
				seen = nl + 1;
				if (msg.progress) onProgress(msg.progress.phase, msg.progress.pct);
				else if (msg.error) final = { results: [], pending: [], error: msg.error };
				else if (msg.results)
					final = { page: msg.page, results: msg.results, pending: msg.pending ?? [] };
			}
		};
		xhr.open('POST', url);
		xhr.setRequestHeader('content-type', 'application/octet-stream');
		xhr.upload.onprogress = (e) =>
			onProgress('upload', e.lengthComputable ? Math.floor((100 * e.loaded) / e.total) : null);
		xhr.onprogress = read;
		xhr.onload = () => {
			read();
			resolve(final ?? { results: [], pending: [], error: networkError });
		};
		xhr.onerror = () => resolve({ results: [], pending: [], error: networkError });
		xhr.send(file);
	});
}
