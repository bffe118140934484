import { render, VOCABULARY } from './messages/catalogue.ts';
import { msg } from './messages/types.ts';
import type { Lang } from './messages/phrase.ts';

/**
 * The report's vocabulary in English and French, for views that label things the way the
 * narrative does. Every sentence lives in the message catalogue (messages/catalogue.ts).
 */
const words = (lang: Lang) => {
	const title = (id: 'channels' | 'campaigns' | 'anomalies' | 'dilution' | 'costs') =>
		render(msg(`section.${id}`, {}), { lang, currency: 'EUR' });
	return {
		...VOCABULARY[lang],
		sections: {
			channels: title('channels'),
			campaigns: title('campaigns'),
			anomalies: title('anomalies'),
			dilution: title('dilution'),
			costs: title('costs')
		}
	};
};

export const WORDS = { en: words('en'), fr: words('fr') };
export type Words = (typeof WORDS)['en'];
