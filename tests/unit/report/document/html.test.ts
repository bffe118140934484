import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { toDocument } from '../../../../src/lib/report/document/build.ts';
import { cssString, esc, h, renderHtml } from '../../../../src/lib/report/document/html.ts';
import { checkLogo, sanitiseSvg } from '../../../../src/lib/report/document/logo.ts';
import { DEFAULT_BRANDING } from '../../../../src/lib/report/document/types.ts';
import { fixtureInput, fixtureReport } from './fixture.ts';

const HOSTILE = {
	script: '<script>alert(1)</script>',
	img: '<img src=x onerror=alert(1)>',
	link: '<a href="javascript:alert(1)">click</a>',
	style: '</style><script>alert(2)</script>',
	css: '"; } body { background: url(http://evil.example/x.png) } x { content: "'
};

function hostileInput() {
	const report = fixtureReport();
	report.page.name = HOSTILE.script;
	report.campaigns[0].label = HOSTILE.img;
	report.anomalies[1].signals = [HOSTILE.link, 'javascript:alert(3)'];
	report.narrative.headline = HOSTILE.img;
	report.caveats = [HOSTILE.link];
	return fixtureInput({
		report,
		notes: { author: HOSTILE.style, client: HOSTILE.img, recommendations: HOSTILE.link },
		branding: { ...DEFAULT_BRANDING, consultancy: HOSTILE.css, footer: HOSTILE.style }
	});
}

/** Every way a document could run script or reach the network, found by parsing it. */
function activeParts(html: string) {
	const { document } = parseHTML(html);
	const all = [...document.querySelectorAll('*')];
	return {
		scripts: document.querySelectorAll('script').length,
		handlers: all.flatMap((e) =>
			[...e.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => a.name)
		),
		links: all.filter((e) => e.hasAttribute('href')).map((e) => e.getAttribute('href')),
		sources: all
			.filter((e) => e.hasAttribute('src'))
			.map((e) => e.getAttribute('src')!)
			.filter((s) => !s.startsWith('data:image/')),
		styles: document.querySelectorAll('style').length,
		iframes: document.querySelectorAll('iframe, object, embed, base, link').length,
		text: document.body.textContent ?? ''
	};
}

describe('the document as self-contained HTML', () => {
	it('has no script, no link out, no external source, and forbids them in its own CSP', () => {
		const html = renderHtml(toDocument(fixtureInput()), DEFAULT_BRANDING, {
			charts: { survival: '<svg><g></g></svg>' }
		});
		const a = activeParts(html);
		expect(a).toMatchObject({
			scripts: 0,
			handlers: [],
			links: [],
			sources: [],
			iframes: 0,
			styles: 1
		});
		const { document } = parseHTML(html);
		expect(
			document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')
		).toBe(
			"default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'"
		);
		expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
	});

	it('keeps hostile page names, labels, signals, notes and branding as inert text', () => {
		const html = renderHtml(toDocument(hostileInput()), hostileInput().branding, { charts: {} });
		const a = activeParts(html);
		expect(a.scripts).toBe(0);
		expect(a.handlers).toEqual([]);
		expect(a.links).toEqual([]);
		expect(a.sources).toEqual([]);
		expect(a.styles).toBe(1);
		// shown to the reader exactly as written
		expect(a.text).toContain(HOSTILE.script);
		expect(a.text).toContain(HOSTILE.img);
		expect(a.text).toContain(HOSTILE.link);
		expect(a.text).toContain('javascript:alert(3)');
		// the running header and footer reach CSS only as escaped string literals
		const css = /<style>([\s\S]*)<\/style>/.exec(html)![1];
		expect(css).not.toMatch(/url\(|<\/style|<script/i);
		expect(css).toContain('content: "\\22 \\3b  \\7d  body');
	});

	it('escapes the five HTML specials and every CSS-significant character', () => {
		expect(esc(`<a href="x" title='y'>&</a>`)).toBe(
			'&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;'
		);
		expect(cssString('a"b\\c</style>')).toBe('"a\\22 b\\5c c\\3c \\2f style\\3e "');
		expect(cssString('Fournil des Lilas, 2024')).toBe('"Fournil des Lilas, 2024"');
	});

	it('leaves an unwritten “what we recommend” out of files, and invites to write it on screen', () => {
		const doc = toDocument(fixtureInput());
		const file = renderHtml(doc, DEFAULT_BRANDING, { charts: {} });
		expect(file).not.toContain('id="recommend"');
		const screen = renderHtml(doc, DEFAULT_BRANDING, {
			charts: {},
			screen: { toolbar: h`<nav class="toolbar screen-only"></nav>` }
		});
		expect(screen).toContain('<section class="part screen-only" id="recommend"');
	});

	it('renders the CM’s text as paragraphs and line breaks, nothing else', () => {
		const html = renderHtml(
			toDocument(
				fixtureInput({
					notes: { author: null, client: null, recommendations: 'One\nTwo\n\n<b>Three</b>' }
				})
			),
			DEFAULT_BRANDING,
			{ charts: {} }
		);
		expect(html).toContain(
			'<blockquote class="authored"><p>One<br>Two</p><p>&lt;b&gt;Three&lt;/b&gt;</p>'
		);
	});
});

describe('the logo', () => {
	const svg = (body: string, attrs = '') =>
		new TextEncoder().encode(
			`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"${attrs}>${body}</svg>`
		);

	it('keeps the drawing of an SVG and drops script, handlers, foreign objects and outside references', () => {
		const r = checkLogo(
			svg(
				`<script>alert(1)</script><rect width="10" height="10" fill="#f00" onclick="alert(2)"/>` +
					`<foreignObject><div>x</div></foreignObject><use href="http://evil.example/a.svg#x"/>` +
					`<use xlink:href="#ok"/><image href="https://evil.example/i.png"/>` +
					`<a href="javascript:alert(3)"><circle r="1"/></a>` +
					`<path d="M0 0L1 1" style="fill:url(http://evil.example/p)" fill="url(#grad)"/>`,
				' onload="alert(4)"'
			),
			'image/svg+xml',
			'logo.svg'
		);
		expect(r.ok).toBe(true);
		const out = new TextDecoder().decode((r as { bytes: Uint8Array }).bytes);
		expect(out).toBe(
			'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#f00"></rect><use></use><use xlink:href="#ok"></use><path d="M0 0L1 1" fill="url(#grad)"></path></svg>'
		);
	});

	it('accepts a PNG by its signature, refuses other files, oversized ones and non-SVG XML', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
		expect(checkLogo(png, 'application/octet-stream')).toMatchObject({
			ok: true,
			type: 'image/png'
		});
		expect(checkLogo(new TextEncoder().encode('GIF89a'), 'image/gif', 'a.gif')).toEqual({
			ok: false,
			error: 'logoType'
		});
		expect(checkLogo(new Uint8Array(512 * 1024 + 1), 'image/png')).toEqual({
			ok: false,
			error: 'logoSize'
		});
		expect(checkLogo(new TextEncoder().encode('<html><script/></html>'), 'image/svg+xml')).toEqual({
			ok: false,
			error: 'logoSvg'
		});
		expect(sanitiseSvg('<!DOCTYPE svg [<!ENTITY x "y">]><svg/>')).toBeNull();
	});

	it('is shown only through an <img> data URI', () => {
		const r = checkLogo(svg('<rect width="1" height="1"/>'), 'image/svg+xml', 'l.svg');
		const uri = `data:image/svg+xml;base64,${Buffer.from((r as { bytes: Uint8Array }).bytes).toString('base64')}`;
		const html = renderHtml(
			toDocument(fixtureInput()),
			{ ...DEFAULT_BRANDING, logo: uri },
			{ charts: {} }
		);
		const { document } = parseHTML(html);
		const imgs = [...document.querySelectorAll('img')];
		expect(imgs.map((i) => i.getAttribute('src'))).toEqual([uri]);
		expect(document.querySelectorAll('svg image, object, embed').length).toBe(0);
	});
});
