import { z } from 'zod';
import { CHANNELS } from '../analytics/types.ts';
import { messageSchema } from './messages/types.ts';

/** The report model (issue 4): the one JSON the CLI prints, the dashboard and the PDF read. */
export const rangeSchema = z.object({
	estimate: z.number().nullable(),
	low: z.number().nullable(),
	high: z.number().nullable()
});

const effectSchema = z.union([
	rangeSchema.extend({
		evidenceLevel: z.union([z.literal(0), z.literal(1), z.literal(2)]),
		pPlacebo: z.number().nullable(),
		rel: z.number().nullable().optional(),
		pPositive: z.number().nullable().optional(),
		/** Model A's counterfactual: the pre-trend alone, or scaled on the same days a year earlier */
		method: z.enum(['trend', 'seasonal']).optional(),
		/** the yearly season: modelled; range widened by the placebos' errors (no year to model it);
		 * checked by placebos across a year; or unchecked (< 1 year of data) */
		seasonality: z.enum(['modelled', 'widened', 'placebo-calibrated', 'unchecked']).optional(),
		/** seasonal method: compared with the same weeks a year before, or a year after */
		seasonFrom: z.enum(['year-before', 'year-after']).optional(),
		/** the entry is one of contiguous entries of its channel, estimated together: its share */
		episode: z
			.object({
				start: z.iso.date(),
				end: z.iso.date(),
				entries: z.array(z.string()),
				share: z.number()
			})
			.optional()
	}),
	z.object({ estimate: z.null(), reason: z.string() })
]);

const reportChannel = z.enum([...CHANNELS, 'organic', 'undeclared']);

const cohortMethod = z.enum([
	'paid_new_fans',
	'spike_excess',
	'trend_excess',
	'pace_excess',
	'remainder'
]);

export const reportSchema = z.object({
	schemaVersion: z.literal(1),
	page: z.object({ slug: z.string(), name: z.string(), platform: z.string() }),
	period: z.object({ from: z.iso.date(), to: z.iso.date() }),
	lang: z.enum(['en', 'fr']),
	/** ISO 4217 code of every single-currency amount (entries without a currency use it) */
	currency: z.string().optional(),
	channels: z.array(
		z.object({
			channel: reportChannel,
			cost: z.number().nullable(),
			/** cost inside the period per currency; `cost` is null when there are several */
			costByCurrency: z.record(z.string(), z.number()).optional(),
			/** `source` and `reason` below as messages (those strings are their rendering) */
			sourceMessages: z.array(messageSchema).optional(),
			reasonMessage: messageSchema.nullable().optional(),
			fansAcquired: rangeSchema,
			survival: z
				.object({
					d30: rangeSchema.nullable(),
					d90: rangeSchema.nullable(),
					d180: rangeSchema.nullable(),
					d365: rangeSchema.nullable()
				})
				.nullable(),
			halfLifeDays: rangeSchema.nullable(),
			/** the oldest age (days) this channel's fans reach in the data: beyond it, survival is extrapolated */
			horizonDays: z.number().nullable(),
			survivingFans: rangeSchema.nullable(),
			costPerRetainedFan: z.object({ m6: rangeSchema.nullable(), m12: rangeSchema.nullable() }),
			identifiable: z.boolean(),
			/** how the channel's fans were counted (promised quantity, spike excess, trend excess…) */
			source: z.string().nullable(),
			reason: z.string().nullable(),
			/** the same as codes (issue 12): paid_new_fans, spike_excess, trend_excess, pace_excess, remainder */
			sourceCodes: z.array(cohortMethod).optional(),
			/** false when none of the channel's entries brought a detectable number of fans */
			detectable: z.boolean().optional()
		})
	),
	campaigns: z.array(
		z.object({
			id: z.string(),
			channel: z.enum(CHANNELS),
			label: z.string().nullable(),
			start: z.iso.date(),
			end: z.iso.date(),
			cost: z.number().nullable(),
			currency: z.string().optional(),
			effects: z.object({
				fansAdded: effectSchema,
				engagedUsers: effectSchema,
				reachOrganic: effectSchema
			}),
			/** the fans this entry brought, as the data shows them (Model B's cohort, issue 12) */
			cohort: z
				.object({
					method: cohortMethod.nullable(),
					fans: rangeSchema,
					detectable: z.boolean(),
					reason: z.enum(['no_detectable_effect', 'no_baseline']).nullable(),
					/** arrivals on its days counted for another entry (a pack during an ads run) */
					countedElsewhere: z.array(z.object({ id: z.string(), fans: z.number() })),
					/** days shared with other entries whose excess was split between them */
					sharedWith: z.array(z.object({ id: z.string(), fans: z.number() }))
				})
				.optional()
		})
	),
	/** promised quantities against the data: "the ledger records 500 bought fans; the exports show no matching arrivals" */
	ledgerChecks: z
		.array(
			z.object({
				id: z.string(),
				channel: z.enum(CHANNELS),
				promised: z.number(),
				observed: rangeSchema,
				status: z.enum([
					'consistent',
					'no_matching_arrivals',
					'fewer_than_promised',
					'more_than_promised'
				])
			})
		)
		.optional(),
	/** how Model B's fit went, for the caveats */
	survivalModel: z
		.object({
			converged: z.boolean(),
			mergedBands: z.number(),
			refits: z.number(),
			/** refits that did not converge: left out of every range */
			refitsNotConverged: z.number(),
			/** days with unknown removals, left out of the likelihood */
			excludedDays: z.number(),
			/** days with unknown new fans, organic arrivals imputed */
			imputedDays: z.number(),
			/** fans a platform clean-up removed unseen (reconciliation gap), and on how many days */
			cleanupFans: z.number().optional(),
			cleanupDays: z.number().optional()
		})
		.optional(),
	anomalies: z.array(
		z.object({
			start: z.iso.date(),
			end: z.iso.date(),
			excessFans: z.number(),
			class: z.enum([
				'likely_inorganic',
				'possible',
				'unexplained',
				'explained_ads',
				'explained_reach',
				'declared'
			]),
			campaignId: z.string().nullable(),
			signals: z.array(z.string()),
			/** `signals` as messages (the strings are their rendering in the report's language) */
			signalMessages: z.array(messageSchema).optional()
		})
	),
	/** Model C: which fan series the spike detector examined; reason when it could examine none */
	spikeSeries: z
		.object({
			source: z.enum(['gross', 'net', 'mixed']).nullable(),
			daysScored: z.number(),
			reason: z.enum(['no-series', 'too-short']).nullable()
		})
		.optional(),
	dilution: z.object({
		inorganicShare: rangeSchema.nullable(),
		erFans: z.number().nullable(),
		erFansAdjusted: z.number().nullable(),
		errOrganic: z.number().nullable(),
		signature: z.boolean().nullable()
	}),
	roi: z.object({
		valueInputs: z
			.object({
				valuePerEngagedUser: z.number().nullable(),
				valuePerConversion: z.number().nullable(),
				discountRate: z.number()
			})
			.nullable(),
		byChannel: z.array(
			z.object({
				channel: reportChannel,
				cost: z.number().nullable(),
				roiPct: z.number().nullable(),
				npv36: z.number().nullable(),
				paybackMonths: z.number().nullable()
			})
		)
	}),
	platformEvents: z.array(z.object({ day: z.iso.date(), description: z.string() })),
	/** Model D: new fans associated with each source of reach (evidence level 1, association only) */
	reachAttribution: z.union([
		z.object({
			betas: z.record(z.string(), rangeSchema.extend({ se: z.number() }).nullable()),
			attributedFans: z.record(z.string(), rangeSchema.nullable()),
			evidenceLevel: z.literal(1),
			daysUsed: z.number(),
			daysDropped: z.number(),
			r2: z.number().nullable()
		}),
		z.object({ reason: z.string(), reasonMessage: messageSchema.optional() })
	]),
	/** The words: each string is the rendering, in `lang`, of the messages beside it. */
	narrative: z.object({
		headline: z.string(),
		headlineMessage: messageSchema.optional(),
		sections: z.array(
			z.object({
				/** channels · campaigns · anomalies · dilution · costs */
				id: z.string().optional(),
				title: z.string(),
				paragraphs: z.array(z.string()),
				/** one list of sentence messages per paragraph */
				messages: z.array(z.array(messageSchema)).optional()
			})
		)
	}),
	caveats: z.array(z.string()),
	caveatMessages: z.array(messageSchema).optional()
});

export type Report = z.infer<typeof reportSchema>;
export type ReportChannel = Report['channels'][number];
export type ReportCampaign = Report['campaigns'][number];
export type ReportEffect = ReportCampaign['effects']['fansAdded'];
