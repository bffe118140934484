/** Escaping for the report's HTML and CSS: untrusted text stays text. */
export class Raw {
	constructor(readonly html: string) {}
	toString() {
		return this.html;
	}
}

const ESC: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export function esc(s: string): string {
	return s.replace(/[&<>"']/g, (c) => ESC[c]);
}

type Part = Raw | string | number | null | undefined | false | readonly Part[];

function part(v: Part): string {
	if (v === null || v === undefined || v === false) return '';
	if (v instanceof Raw) return v.html;
	if (Array.isArray(v)) return v.map(part).join('');
	return esc(String(v));
}

/** Markup with every interpolated value escaped, unless it is already `Raw`. */
export function h(strings: TemplateStringsArray, ...values: Part[]): Raw {
	let out = strings[0];
	values.forEach((v, i) => (out += part(v) + strings[i + 1]));
	return new Raw(out);
}

/** A CSS string literal from untrusted text: every character outside [A-Za-z0-9 .,] escaped. */
export function cssString(s: string): string {
	return `"${[...s]
		.map((c) => (/^[A-Za-z0-9 .,]$/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `))
		.join('')}"`;
}
