import { printMinus } from '../messages/shared.ts';

/**
 * The spike detector writes its signals in English with the numbers inside
 * (src/lib/analytics/spikes-classify.ts). For a French report each known shape is rewritten in
 * French, numbers kept and written the French way; an unknown shape is shown as written.
 */
const n = (x: string) =>
	x.replace(/,/g, '\u202f').replace('.', ',').replace(/%$/, '\u00a0%').replace(/^-/, '−');

const FR: [RegExp, (...m: string[]) => string][] = [
	[
		/^new fans per 1,000 reach (\S+) vs usual (\S+) \(robust z (\S+)\)$/,
		(a, b, z) =>
			`nouveaux fans pour 1\u202f000 personnes atteintes : ${n(a)} contre ${n(b)} d’habitude (z robuste ${n(z)})`
	],
	[
		/^no engagement lift: engaged users (\S+) vs usual (\S+) \(robust z (\S+)\)$/,
		(a, b, z) =>
			`pas de hausse de l’engagement : ${n(a)} personnes engagées contre ${n(b)} d’habitude (z robuste ${n(z)})`
	],
	[
		/^round size: excess of (\S+) fans is within (\S+) of a (\S+) pack$/,
		(a, p, s) => `taille ronde : un excédent de ${n(a)} fans, à ${n(p)} près d’un lot de ${n(s)}`
	],
	[
		/^no posting: 0 posts published from (\S+) to (\S+)$/,
		(a, b) => `aucune publication du ${a} au ${b}`
	],
	[
		/^purge step: fans_total fell (\S+) more than unfollows explain on (\S+) \((\S+) days after\)$/,
		(a, d, k) =>
			`purge : le nombre de fans a baissé de ${n(a)} de plus que ne l’expliquent les désabonnements, le ${d} (${n(k)} jours après)`
	],
	[
		/^declared in the ledger: (.*) \((\w+), (\S+) to (\S+)\)$/s,
		(l, c, a, b) => `déclaré dans le registre : ${l} (${c}, du ${a} au ${b})`
	],
	[
		/^explained by ads: paid share of reach (\S+)$/,
		(p) => `expliqué par la publicité : part payante de la portée ${n(p)}`
	],
	[
		/^explained by reach \(viral or featured\): engaged users robust z (\S+) with new fans per 1,000 reach robust z (\S+)$/,
		(a, b) =>
			`expliqué par la portée (diffusion virale ou mise en avant) : z robuste des personnes engagées ${n(a)}, des nouveaux fans pour 1\u202f000 personnes atteintes ${n(b)}`
	],
	[
		/^post-spike churn: (\S+) unfollows above the usual pace in the (\S+) days after = (\S+) of the excess vs (\S+) for organic fans$/,
		(a, d, p, o) =>
			`départs après le pic : ${n(a)} désabonnements au-dessus du rythme habituel dans les ${n(d)} jours suivants, soit ${n(p)} de l’excédent, contre ${n(o)} pour les fans organiques`
	]
];

export function signalText(signal: string, lang: 'en' | 'fr'): string {
	if (lang === 'en') return printMinus(signal);
	for (const [re, f] of FR) {
		const m = re.exec(signal);
		if (m) return f(...m.slice(1));
	}
	return printMinus(signal);
}
