/** `metrics.json`: what is measured, how it adds up, and the rules values obey. */
import { z } from 'zod';
import { Id, Labels, Text } from './common.ts';

/** A metric id: snake_case ASCII. */
export const MetricId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, { error: 'must be snake_case ASCII' })
  .max(60);

/** A measured or derived quantity. */
export const Metric = z.strictObject({
  /** Stable id used in snapshots. */
  id: MetricId,
  /** Short label in the four forms. */
  labels: Labels,
  /** What a unit of it is. */
  unit: z.enum([
    'people',
    'families',
    'entries',
    'institutions',
    'appeals',
    'mahallas',
    'share',
    'per-10000',
  ]),
  /** What exactly is counted, in the four forms. */
  definition: Labels,
  /** How values of child places make the parent's value when the parent has none. */
  aggregate: z.enum(['sum', 'none']),
  /** True when the count only grows over time (families ever lifted out of poverty). */
  cumulative: z.boolean().optional(),
  /** True for the notebooks' registers: mahalla counts 1–4 are published as "fewer than 5". */
  sensitive: z.boolean().optional(),
  /**
   * Words that name the metric in published texts, per written form, for `npm run extract`:
   * a number is proposed as this metric when one of them is near it («Темир дафтар»,
   * «камбағалликдан чиқарилди», «детск сад»). Each word of a phrase matches a word that
   * begins with it, in any script and letter case, doubled letters folded (so «мактаб»
   * also finds «мактаблар», and Russian is written as stems); when phrases of several
   * metrics fit, the longest wins («мактабгача» over «мактаб»), so a verb phrase such as
   * «камбағалликдан чиқарил» tells families lifted from families registered.
   */
  words: z
    .strictObject({
      /** Uzbek, Latin script. */
      'uz-Latn': z.array(Text).optional(),
      /** Uzbek, Cyrillic script. */
      'uz-Cyrl': z.array(Text).optional(),
      /** Russian. */
      ru: z.array(Text).optional(),
      /** English. */
      en: z.array(Text).optional(),
    })
    .optional(),
  /** Set for figures computed from other metrics, never stored in snapshots. */
  derived: z
    .strictObject({
      /** Only ratios for now: numerator / denominator × scale. */
      kind: z.literal('ratio'),
      /** Metric on top. */
      numerator: MetricId,
      /** Metric below. */
      denominator: MetricId,
      /** 1 for a share, 10000 for a rate per 10,000. */
      scale: z.union([z.literal(1), z.literal(10000)]),
    })
    .optional(),
});

/** A rule between two metrics of the same place and date. */
export const Rule = z.strictObject({
  /** Stable id, named in error messages. */
  id: Id,
  /** `part-le-total`: the part may not exceed the total. */
  kind: z.literal('part-le-total'),
  /** The part, e.g. families lifted out of poverty. */
  part: MetricId,
  /** The total, e.g. families registered. */
  total: MetricId,
});

/** The `metrics.json` file. */
export const MetricsFile = z.strictObject({
  /** The catalogue, in display order. */
  metrics: z.array(Metric).min(1),
  /** Rules checked on every place and date. */
  rules: z.array(Rule),
});

export type Metric = z.infer<typeof Metric>;
export type Rule = z.infer<typeof Rule>;
export type MetricsFile = z.infer<typeof MetricsFile>;
