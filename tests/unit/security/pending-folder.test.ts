import { chmodSync, mkdirSync, mkdtempSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	BadUpload,
	ensurePendingDir,
	receiveForm,
	TooLarge,
	UnsafeFolder
} from '../../../src/lib/server/pending.ts';

const base = () => mkdtempSync(join(tmpdir(), 'sablier-pending-test-'));

describe('the pending-upload folder', () => {
	it('is created 0700', async () => {
		const dir = join(base(), 'p');
		await ensurePendingDir(dir);
		expect(statSync(dir).mode & 0o777).toBe(0o700);
	});
	it('one already there and readable by others is made private', async () => {
		const dir = join(base(), 'p');
		mkdirSync(dir, { mode: 0o755 });
		chmodSync(dir, 0o755);
		await ensurePendingDir(dir);
		expect(statSync(dir).mode & 0o777).toBe(0o700);
	});
	it('a world- or group-writable one, or a link, is refused, not reused', async () => {
		for (const mode of [0o777, 0o1777, 0o770]) {
			const dir = join(base(), 'p');
			mkdirSync(dir);
			chmodSync(dir, mode);
			await expect(ensurePendingDir(dir)).rejects.toThrow(UnsafeFolder);
			expect(statSync(dir).mode & 0o7777).toBe(mode);
		}
		const target = base();
		const link = join(base(), 'link');
		symlinkSync(target, link);
		await expect(ensurePendingDir(link)).rejects.toThrow(UnsafeFolder);
	});
});

describe('a form upload read as it arrives', () => {
	const post = (type: string, body: string) =>
		new Request('http://localhost/import?/upload', {
			method: 'POST',
			headers: { 'content-type': type },
			body
		});
	const part = (name: string, value: string, file?: string) =>
		`--b\r\nContent-Disposition: form-data; name="${name}"${file ? `; filename="${file}"` : ''}\r\n\r\n${value}\r\n`;

	it('keeps the fields, writes each file to disk with its size, drops empty file inputs', async () => {
		const body =
			part('page', 'p') +
			part('files', 'a,b\n1,2\n', 'x.csv') +
			part('files', '', '') +
			'--b--\r\n';
		const { form, files } = await receiveForm(post('multipart/form-data; boundary=b', body), 1000);
		expect(form.get('page')).toBe('p');
		expect(files.map((f) => [f.name, f.size])).toEqual([['x.csv', 8]]);
		expect(statSync(files[0].path).mode & 0o777).toBe(0o600);
	});
	it('refuses other types, a cut form, and a file over the limit (nothing left behind)', async () => {
		await expect(receiveForm(post('text/plain', 'page=x'), 1000)).rejects.toThrow(BadUpload);
		await expect(
			receiveForm(
				post('multipart/form-data; boundary=b', part('files', 'abc', 'x.csv').slice(0, 60)),
				1000
			)
		).rejects.toThrow(BadUpload);
		await expect(
			receiveForm(
				post(
					'multipart/form-data; boundary=b',
					part('files', 'x'.repeat(2000), 'big.csv') + '--b--\r\n'
				),
				1000
			)
		).rejects.toThrow(TooLarge);
	});
});
