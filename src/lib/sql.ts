/**
 * `sql` tagged template: interpolations become bound parameters ($1, $2, …), never text.
 * Nested `Sql` fragments are spliced with their own parameters renumbered.
 * Identifiers go through `ident()`, which only accepts names from an allowlist.
 */
export interface Sql {
	readonly text: string;
	readonly values: readonly SqlValue[];
}
export type SqlValue = string | number | boolean | bigint | null;

class Fragment implements Sql {
	constructor(
		readonly parts: readonly string[],
		readonly args: readonly unknown[]
	) {}
	get text(): string {
		return build(this).text;
	}
	get values(): readonly SqlValue[] {
		return build(this).values;
	}
}

class Raw {
	constructor(readonly text: string) {}
}

function build(fragment: Fragment): Sql {
	let text = '';
	const values: SqlValue[] = [];
	const walk = (f: Fragment) => {
		f.parts.forEach((part, i) => {
			text += part;
			if (i >= f.args.length) return;
			const arg = f.args[i];
			if (arg instanceof Fragment) walk(arg);
			else if (arg instanceof Raw) text += arg.text;
			else {
				values.push(toValue(arg));
				text += `$${values.length}`;
			}
		});
	};
	walk(fragment);
	return { text, values };
}

function toValue(v: unknown): SqlValue {
	if (v === undefined) return null;
	if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'bigint')
		return v;
	if (typeof v === 'number') {
		if (!Number.isFinite(v)) throw new TypeError(`sql: cannot bind non-finite number ${v}`);
		return v;
	}
	throw new TypeError(`sql: cannot bind value of type ${typeof v}`);
}

export function sql(parts: TemplateStringsArray, ...args: unknown[]): Sql {
	return new Fragment(parts, args);
}

/** Joins fragments with a separator (itself plain SQL text, e.g. ', ' or ' AND '). */
export function join(fragments: readonly Sql[], separator = ', '): Sql {
	if (fragments.length === 0) return new Fragment([''], []);
	const parts = [''];
	for (let i = 1; i < fragments.length; i++) parts.push(separator);
	parts.push('');
	return new Fragment(parts, fragments as unknown[]);
}

/** A quoted identifier, accepted only if it is in `allowed`. */
export function ident(name: string, allowed: readonly string[]): Sql {
	if (!allowed.includes(name)) throw new Error(`sql: identifier not allowed: ${name}`);
	return new Fragment(['', ''], [new Raw(`"${name.replaceAll('"', '""')}"`)]);
}

/** An unquoted SQL keyword (e.g. a type name), accepted only if it is in `allowed`. */
export function keyword(word: string, allowed: readonly string[]): Sql {
	if (!allowed.includes(word) || !/^[A-Z_]+$/.test(word))
		throw new Error(`sql: keyword not allowed: ${word}`);
	return new Fragment(['', ''], [new Raw(word)]);
}
