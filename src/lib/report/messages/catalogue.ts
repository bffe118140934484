/**
 * The one catalogue: every message of the report (narrative, caveats, counting methods, reasons,
 * spike signals, the currency refusal) rendered in English and French. French is written as a
 * French professional writes it (agreement with the subject, « » quotes, non-breaking spaces from
 * Intl), not translated word for word. Evidence gating (analytics.md §6.3) lives in the codes:
 * 'campaign.effect2' is the only sentence that compares with "what the previous trend projects",
 * 'campaign.effect1' only associates, 'campaign.effect0' and 'campaign.cantTell' only describe.
 * No message says caused, thanks to, because of, proved, drove or generated.
 */
import type { Lang } from './phrase.ts';
import type { Code, Message, Outcome } from './types.ts';
import { english, EN_CLASS_ONE, EN_FANS, EN_NAME, EN_OUTCOME, EN_REASON } from './en.ts';
import { french, FR_CLASS_ONE, FR_FANS, FR_NAME, FR_OUTCOME, FR_REASON } from './fr.ts';
import type { Catalogue, Ctx } from './shared.ts';

export type { Ctx } from './shared.ts';

const CATALOGUES: Record<Lang, Catalogue> = { en: english(render), fr: french(render) };

/** A message in the reader's language. Unknown codes render as nothing, never as a code. */
export function render(m: Message, c: Ctx): string {
	const f = CATALOGUES[c.lang][m.code as Code] as ((p: unknown, c: Ctx) => string) | undefined;
	return f ? f(m.params, c) : '';
}

/** Names the views and documents may reuse (channel, outcome, refusal reason, spike class). */
export const VOCABULARY = {
	en: {
		channel: EN_NAME,
		fans: EN_FANS,
		outcome: EN_OUTCOME,
		reasons: EN_REASON,
		classes: EN_CLASS_ONE
	},
	fr: {
		channel: FR_NAME,
		fans: FR_FANS,
		outcome: Object.fromEntries(Object.entries(FR_OUTCOME).map(([k, v]) => [k, v[0]])) as Record<
			Outcome,
			string
		>,
		reasons: FR_REASON,
		classes: FR_CLASS_ONE
	}
} satisfies Record<Lang, unknown>;
