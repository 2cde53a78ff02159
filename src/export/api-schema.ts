/**
 * The formats of `/api/v1/` as zod schemas (no transforms), the one source of both the
 * TypeScript types of the documents and their JSON Schemas (`z.toJSONSchema`).
 */
import { z } from 'zod';
import { Id, IsoDate, LocalText, Qualifier, Provenance, textForms } from '../schema/common.ts';
import { Metric, MetricId, Rule } from '../schema/metrics.ts';
import { Source } from '../schema/sources.ts';
import { Count } from '../schema/snapshot.ts';

export const ApiVersion = z
  .string()
  .regex(/^1\.\d+\.\d+$/)
  .describe('Version of the API that wrote the document (semver, major 1).');
/** A path on the site, relative to its origin (`site` in `/api/v1/index.json`). */
const SitePath = z
  .string()
  .regex(/^\/[^\s]*$/)
  .describe('Path on the site, relative to its origin.');
const Suppressed = z
  .enum(['fewer-than-5', 'protects-small'])
  .nullable()
  .describe(
    'Why the value is hidden: "fewer-than-5" (a count from 1 to 4), "protects-small" (hidden so a small count elsewhere cannot be worked out), or null.',
  );
const FileNumber = z
  .number()
  .describe(
    'Counts as published; shares as a fraction (0.794 = 79.4 %) to 4 decimals; rates per 10,000 to 2 decimals.',
  );
const FourForms = z.strictObject(
  Object.fromEntries(textForms.map((f) => [f, z.string()])) as Record<
    (typeof textForms)[number],
    z.ZodString
  >,
);
const ByLocale = z.strictObject({ uz: SitePath, 'uz-Cyrl': SitePath, ru: SitePath, en: SitePath });

/** Where a figure comes from. */
export const ApiProvenance = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('sourced').describe('Stated in a published document.'),
      citations: z
        .array(
          z.strictObject({
            source: Id.describe('Id in /api/v1/sources.json.'),
            quote: z.string().optional().describe("The source's own wording."),
          }),
        )
        .min(1),
    }),
    z.strictObject({
      kind: z
        .literal('illustrative')
        .describe('Generated demonstration value: not a real figure, not citable.'),
    }),
    z.strictObject({
      kind: z.literal('register').describe('Counted from the list of places, not stated by anyone.'),
    }),
  ])
  .describe('Provenance of the figure.');

/** How a figure was computed, or null for a value stored in a snapshot. */
export const ApiDerivation = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('sum'),
      parts: z.int().min(0).describe('Child places whose values were added.'),
      missing: z.int().min(0).describe('Child places without a value (the sum is then a lower bound).'),
    }),
    z.strictObject({
      kind: z.literal('ratio'),
      numerator: MetricId,
      denominator: MetricId,
      scale: z.union([z.literal(1), z.literal(10000)]),
    }),
    z.strictObject({ kind: z.literal('count').describe('Number of mahallas listed in places.json.') }),
  ])
  .nullable()
  .describe('How the figure was made; null when it is stored in a snapshot.');

/** A place as the API lists it. */
export const ApiPlace = z.strictObject({
  id: Id.describe('Stable id; never changes.'),
  kind: z.enum(['region', 'district', 'city', 'sector', 'mahalla']),
  names: FourForms.describe('Name in Uzbek (Latin, Cyrillic), Russian and English.'),
  transliterated: z.array(z.enum(textForms)).describe('Name forms filled by automatic transliteration.'),
  parent: Id.nullable().describe('Id of the parent place (null for a region).'),
  sector: z
    .int()
    .min(1)
    .max(4)
    .nullable()
    .describe("A sector's number, or the number of the parent's sector the place belongs to."),
  sectorId: Id.nullable().describe('Id of the sector the place belongs to, where known.'),
  soato: z.string().nullable().describe('SOATO code, where known.'),
  illustrative: z.boolean().describe('True when the place (its name or make-up) is generated demo data.'),
  replacedBy: z
    .strictObject({ date: IsoDate, ids: z.array(Id) })
    .nullable()
    .describe('Successors of a merged or split place.'),
  pages: ByLocale.describe('Page of the place in each locale.'),
  series: SitePath.describe('Its per-place series: /api/v1/places/<id>.json.'),
  csv: SitePath.describe('All its figures as CSV.'),
});

/** One published figure of a place, metric and date. */
export const ApiFigure = z.strictObject({
  date: IsoDate.describe('Date the figure refers to.'),
  value: FileNumber.nullable().describe('The number; null when hidden (see suppressed).'),
  qualifier: Qualifier.describe('exact, at-least ("more than"), at-most or approximately.'),
  suppressed: Suppressed,
  provenance: ApiProvenance,
  derivation: ApiDerivation,
  published: IsoDate.describe('Publication date of the snapshot the value (or its newest input) comes from.'),
  revisions: z
    .array(z.strictObject({ published: IsoDate, value: FileNumber.nullable(), qualifier: Qualifier }))
    .describe('Earlier published values for the same date, oldest first; null when hidden.'),
});

/** `/api/v1/places/<id>.json`: every figure of a place. */
export const ApiPlaceSeries = z
  .strictObject({
    apiVersion: ApiVersion,
    place: ApiPlace,
    series: z
      .array(
        z.strictObject({
          metric: MetricId,
          unit: Metric.shape.unit,
          figures: z.array(ApiFigure).describe('Oldest date first.'),
        }),
      )
      .describe('One entry per metric, in catalogue order.'),
  })
  .meta({ title: 'Ochiq Sektor API: figures of one place' });

/** `/api/v1/places.json`. */
export const ApiPlaces = z
  .strictObject({ apiVersion: ApiVersion, places: z.array(ApiPlace) })
  .meta({ title: 'Ochiq Sektor API: places' });

/** `/api/v1/metrics.json`: the catalogue as in metrics.json. */
export const ApiMetrics = z
  .strictObject({ apiVersion: ApiVersion, metrics: z.array(Metric), rules: z.array(Rule) })
  .meta({ title: 'Ochiq Sektor API: metrics' });

/** `/api/v1/sources.json`: the cited documents as in sources.json. */
export const ApiSources = z
  .strictObject({ apiVersion: ApiVersion, sources: z.array(Source) })
  .meta({ title: 'Ochiq Sektor API: sources' });

/** A value as a published snapshot gives it: a bare count means exact and shown. */
export const ApiSnapshotValue = z.union([
  Count,
  z.strictObject({
    value: Count.nullable().describe('The number; null when hidden.'),
    qualifier: Qualifier,
    suppressed: Suppressed.optional(),
    supersededIn: IsoDate.optional().describe('Publication date of the snapshot that revised this value.'),
  }),
]);

/** `/api/v1/snapshots/<date>.json` (also `/data/snapshots/<date>.json`): one snapshot as published. */
export const ApiSnapshot = z
  .strictObject({
    apiVersion: ApiVersion,
    published: IsoDate.describe('Publication date; the file is named after it.'),
    note: LocalText.nullable(),
    protection: z.string().describe('How small counts are protected in this file.'),
    records: z.array(
      z.strictObject({
        place: Id,
        date: IsoDate,
        provenance: Provenance.describe('"illustrative" or a source id with its wording.'),
        values: z.record(MetricId, ApiSnapshotValue).describe('Metric id → value, in catalogue order.'),
      }),
    ),
  })
  .meta({ title: 'Ochiq Sektor API: one snapshot' });

/** `/api/v1/snapshots.json`: every snapshot, oldest first. */
export const ApiSnapshots = z
  .strictObject({
    apiVersion: ApiVersion,
    latest: IsoDate,
    snapshots: z.array(
      z.strictObject({
        published: IsoDate,
        note: LocalText.nullable(),
        records: z.int().min(0),
        values: z.int().min(0),
        api: SitePath,
        json: SitePath,
        csv: SitePath,
        archive: ByLocale.describe('Archive page listing its values, in each locale.'),
      }),
    ),
  })
  .meta({ title: 'Ochiq Sektor API: snapshots' });

/** `/api/v1/index.json`: what the API offers and how it changes. */
export const ApiIndex = z
  .strictObject({
    apiVersion: ApiVersion,
    name: z.string(),
    site: z.string().describe('Origin of the site; every path is relative to it.'),
    demo: z.boolean().describe('True for the demonstration dataset: not an official site.'),
    publisher: LocalText,
    licence: z.strictObject({ name: z.string(), url: z.string().nullable() }),
    latestSnapshot: IsoDate,
    endpoints: z.array(
      z.strictObject({ path: z.string(), description: z.string(), schema: SitePath.nullable() }),
    ),
    schemas: z.array(z.strictObject({ name: z.string(), path: SitePath, describes: z.string() })),
    versioning: z.string(),
    changelog: z.array(z.strictObject({ version: z.string(), date: IsoDate, changes: z.array(z.string()) })),
  })
  .meta({ title: 'Ochiq Sektor API: index' });

export type ApiPlace = z.infer<typeof ApiPlace>;
export type ApiFigure = z.infer<typeof ApiFigure>;
export type ApiPlaceSeries = z.infer<typeof ApiPlaceSeries>;
export type ApiSnapshot = z.infer<typeof ApiSnapshot>;
export type ApiSnapshotValue = z.infer<typeof ApiSnapshotValue>;
export type ApiSnapshots = z.infer<typeof ApiSnapshots>;
export type ApiIndex = z.infer<typeof ApiIndex>;
export type ApiPlaces = z.infer<typeof ApiPlaces>;
export type ApiMetrics = z.infer<typeof ApiMetrics>;
export type ApiSources = z.infer<typeof ApiSources>;
