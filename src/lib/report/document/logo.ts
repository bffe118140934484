import { DOMParser } from 'linkedom';

/**
 * A workspace's logo, checked and made inert before it is stored (issue 10). PNG: the signature
 * is checked, the bytes kept. SVG: parsed and written out again through an allowlist of drawing
 * elements and attributes — no script, no foreignObject, no event handler, no reference outside
 * the file (href only to "#id", url() only to "#id"), no style element. The report then shows it
 * through <img src="data:…">, where a browser runs no script and loads nothing, under a CSP that
 * forbids both: three locks, each enough on its own.
 */
export const LOGO_MAX_BYTES = 512 * 1024;

export type LogoResult =
	| { ok: true; type: 'image/png' | 'image/svg+xml'; bytes: Uint8Array }
	| { ok: false; error: 'logoType' | 'logoSize' | 'logoSvg' };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const ELEMENTS = new Set([
	'svg',
	'g',
	'path',
	'rect',
	'circle',
	'ellipse',
	'line',
	'polyline',
	'polygon',
	'text',
	'tspan',
	'defs',
	'lineargradient',
	'radialgradient',
	'stop',
	'title',
	'desc',
	'clippath',
	'use'
]);

const ATTRIBUTES = new Set([
	'viewbox',
	'width',
	'height',
	'x',
	'y',
	'x1',
	'x2',
	'y1',
	'y2',
	'cx',
	'cy',
	'r',
	'rx',
	'ry',
	'd',
	'points',
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-dasharray',
	'stroke-miterlimit',
	'opacity',
	'transform',
	'id',
	'class',
	'offset',
	'stop-color',
	'stop-opacity',
	'gradientunits',
	'gradienttransform',
	'fx',
	'fy',
	'clip-path',
	'clip-rule',
	'clippathunits',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'letter-spacing',
	'preserveaspectratio',
	'xmlns',
	'version',
	'dx',
	'dy',
	'href',
	'xlink:href',
	'xmlns:xlink',
	'spreadmethod',
	'display',
	'visibility'
]);

/** A value is safe if it names nothing outside the file and carries no script-ish syntax. */
function safeValue(name: string, value: string): boolean {
	const v = [...value]
		.filter((c) => c.charCodeAt(0) > 32)
		.join('')
		.toLowerCase();
	if (name === 'href' || name === 'xlink:href') return /^#[a-z0-9_-]+$/i.test(value.trim());
	if (name === 'xmlns') return value === 'http://www.w3.org/2000/svg';
	if (name === 'xmlns:xlink') return value === 'http://www.w3.org/1999/xlink';
	if (/javascript:|data:|expression\(|@import|<|>/.test(v)) return false;
	const urls = v.match(/url\(([^)]*)\)/g) ?? [];
	return urls.every((u) => /^url\(['"]?#[a-z0-9_-]+['"]?\)$/.test(u));
}

const escAttr = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Node {
	nodeType: number;
	nodeName: string;
	localName?: string;
	textContent: string | null;
	childNodes: ArrayLike<Node>;
	attributes?: ArrayLike<{ name: string; value: string }>;
}

function write(node: Node): string {
	if (node.nodeType === 3) return escText(node.textContent ?? '');
	if (node.nodeType !== 1) return '';
	const tag = (node.localName ?? node.nodeName).toLowerCase();
	if (!ELEMENTS.has(tag)) return '';
	const attrs = Array.from(node.attributes ?? [])
		.filter((a) => ATTRIBUTES.has(a.name.toLowerCase()) && safeValue(a.name.toLowerCase(), a.value))
		.map((a) => ` ${a.name}="${escAttr(a.value)}"`)
		.join('');
	const name = node.localName ?? node.nodeName;
	const inner = Array.from(node.childNodes).map(write).join('');
	return `<${name}${attrs}>${inner}</${name}>`;
}

/** The SVG rewritten through the allowlist, or null when it is not an SVG document. */
export function sanitiseSvg(text: string): string | null {
	if (/<!doctype|<!entity/i.test(text)) return null;
	let doc: { documentElement?: Node | null };
	try {
		doc = new DOMParser().parseFromString(text, 'image/svg+xml') as unknown as typeof doc;
	} catch {
		return null;
	}
	const root = doc.documentElement;
	if (!root || (root.localName ?? root.nodeName).toLowerCase() !== 'svg') return null;
	const out = write(root);
	return out.includes(' xmlns="')
		? out
		: out.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
}

export function checkLogo(bytes: Uint8Array, declaredType: string, fileName = ''): LogoResult {
	if (bytes.length > LOGO_MAX_BYTES) return { ok: false, error: 'logoSize' };
	if (PNG.every((b, i) => bytes[i] === b)) return { ok: true, type: 'image/png', bytes };
	const looksSvg = declaredType === 'image/svg+xml' || /\.svg$/i.test(fileName);
	if (!looksSvg) return { ok: false, error: 'logoType' };
	const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
	const clean = sanitiseSvg(text);
	if (!clean) return { ok: false, error: 'logoSvg' };
	return { ok: true, type: 'image/svg+xml', bytes: new TextEncoder().encode(clean) };
}

/** The data: URI the report's <img> shows. */
export function logoDataUri(type: string, base64: string): string | null {
	if (type !== 'image/png' && type !== 'image/svg+xml') return null;
	if (!/^[A-Za-z0-9+/]+=*$/.test(base64)) return null;
	return `data:${type};base64,${base64}`;
}
