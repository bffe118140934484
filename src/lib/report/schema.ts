import { z } from 'zod';
import { CHANNELS } from '../analytics/types.ts';

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

export const reportSchema = z.object({
	schemaVersion: z.literal(1),
	page: z.object({ slug: z.string(), name: z.string(), platform: z.string() }),
	period: z.object({ from: z.iso.date(), to: z.iso.date() }),
	lang: z.enum(['en', 'fr']),
	channels: z.array(
		z.object({
			channel: reportChannel,
			cost: z.number().nullable(),
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
			reason: z.string().nullable()
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
			effects: z.object({
				fansAdded: effectSchema,
				engagedUsers: effectSchema,
				reachOrganic: effectSchema
			})
		})
	),
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
			signals: z.array(z.string())
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
		z.object({ reason: z.string() })
	]),
	narrative: z.object({
		headline: z.string(),
		sections: z.array(z.object({ title: z.string(), paragraphs: z.array(z.string()) }))
	}),
	caveats: z.array(z.string())
});

export type Report = z.infer<typeof reportSchema>;
export type ReportChannel = Report['channels'][number];
export type ReportCampaign = Report['campaigns'][number];
export type ReportEffect = ReportCampaign['effects']['fansAdded'];
