import { describe, expect, it } from 'vitest';
import { dict } from '../../../src/lib/i18n/index.ts';
import { createWorkspace } from '../../../src/lib/server/workspaces.ts';
import { resolveTarget, targetFields } from '../../../src/routes/import/target.server.ts';
import { createTestDb, importFixtures } from '../../helpers/db.ts';

const t = dict('en');
const fields = (o: Record<string, string>) => targetFields((k) => o[k]);

describe('the import form’s page choice', () => {
	it('goes to an existing page, or refuses with the reason', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'bakery', 'facebook/page-basic-cp1252.csv');
		const go = (o: Record<string, string>) => resolveTarget(db, fields(o), t);
		expect(await go({ target: 'existing', page: 'bakery' })).toEqual({
			ok: true,
			target: { page: 'bakery' }
		});
		expect(await go({ target: 'existing' })).toMatchObject({ ok: false, field: 'page' });
		expect(await go({ target: 'existing', page: 'gone' })).toMatchObject({
			ok: false,
			error: t.ws.errNoSuchPage
		});
		expect(await go({ target: 'existing', page: "x'; DROP TABLE pages" })).toMatchObject({
			ok: false
		});
	});

	it('creates a new page in a chosen workspace, its address free', async () => {
		const db = await createTestDb();
		await importFixtures(db, 'cafe-noel', 'facebook/page-basic-cp1252.csv');
		const acme = (await createWorkspace(db, 'Acme'))!;
		const go = (o: Record<string, string>) => resolveTarget(db, fields(o), t);
		// the address made from the name is taken: the next one is used
		expect(await go({ target: 'new', name: 'Café Noël', workspace: acme })).toEqual({
			ok: true,
			target: { page: 'cafe-noel-2', workspace: 'acme', name: 'Café Noël' }
		});
		// an address asked for must be free
		expect(await go({ target: 'new', name: 'X', slug: 'cafe-noel' })).toMatchObject({
			ok: false,
			field: 'slug',
			error: t.ws.errSlugTaken
		});
		expect(await go({ target: 'new', name: 'X', slug: 'Not A Slug' })).toMatchObject({
			ok: false,
			field: 'slug'
		});
		expect(await go({ target: 'new', name: '  ' })).toMatchObject({ ok: false, field: 'name' });
		expect(await go({ target: 'new', name: 'X', workspace: 'nope' })).toMatchObject({
			ok: false,
			field: 'workspace'
		});
		// "My pages" is created with its first page
		expect(await go({ target: 'new', name: 'Mine' })).toEqual({
			ok: true,
			target: { page: 'mine', workspace: 'default', name: 'Mine' }
		});
		// no page chosen but a new one named, the radio left on "existing" (no JavaScript)
		expect(await go({ target: 'existing', page: '', name: 'Garage' })).toEqual({
			ok: true,
			target: { page: 'garage', workspace: 'default', name: 'Garage' }
		});
	});
});
