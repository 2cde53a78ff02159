/**
 * Publication coverage as downloads: `/api/v1/coverage.json` (its zod schema is here, the
 * one source of its type and JSON Schema) and `/data/coverage.csv`, nationally and per region.
 */
import { z } from 'zod';
import { Id, IsoDate } from '../schema/common.ts';
import type { Coverage, CoverageCount } from '../derive/coverage.ts';
import { ApiVersion } from './api-schema.ts';
import { API_VERSION } from './api-docs.ts';
import { BOM, toCsv } from './csv.ts';

const Count = z.strictObject({
  listed: z.int().min(0).describe('Places of this kind the dataset lists.'),
  sourced: z.int().min(0).describe('Of them, places with at least one value cited to a source.'),
  illustrative: z
    .int()
    .min(0)
    .describe(
      'Of them, places with at least one illustrative (generated) value; a place can count here and under sourced.',
    ),
  none: z.int().min(0).describe('Of them, places with no value at all.'),
});

const Scope = z.strictObject({
  region: Id.nullable().describe('The region, or null for the whole country.'),
  districts: Count.describe('Districts and cities.'),
  below: Count.describe('Sectors and mahallas listed below districts and cities.'),
  newestSourced: IsoDate.nullable().describe('Date of the newest sourced value, or null.'),
  newestIllustrative: IsoDate.nullable().describe('Date of the newest illustrative value, or null.'),
  silentRegions: z.array(Id).describe('Regions without a single value.'),
});

/** `/api/v1/coverage.json`. */
export const ApiCoverage = z
  .strictObject({
    apiVersion: ApiVersion,
    note: z.string(),
    country: Scope,
    regions: z.array(Scope).describe('One entry per region, in places.json order.'),
  })
  .meta({ title: 'Ochiq Sektor API: publication coverage' });
export type ApiCoverage = z.infer<typeof ApiCoverage>;

const NOTE =
  'Sourced and illustrative are counted apart and never added: a place can have both. Sectors and mahallas are listed only where a district has published them.';

const scope = (region: string | null, c: Coverage): z.infer<typeof Scope> => ({
  region,
  districts: { ...c.districts },
  below: { ...c.below },
  newestSourced: c.newestSourced ?? null,
  newestIllustrative: c.newestIllustrative ?? null,
  silentRegions: c.silentRegions.map((r) => r.id),
});

/** The coverage document, from the national coverage and each region's. */
export function coverageDoc(country: Coverage, regions: readonly [string, Coverage][]): ApiCoverage {
  return {
    apiVersion: API_VERSION,
    note: NOTE,
    country: scope(null, country),
    regions: regions.map(([id, c]) => scope(id, c)),
  };
}

const COLUMNS = [
  'scope',
  'places',
  'listed',
  'sourced',
  'illustrative',
  'none',
  'newest_sourced',
  'newest_illustrative',
] as const;

/** `/data/coverage.csv`: two rows per scope (districts and cities; sectors and mahallas below them). */
export function coverageCsv(country: Coverage, regions: readonly [string, Coverage][]): string {
  const rows = [['country', country] as const, ...regions].flatMap(([id, c]) =>
    (
      [
        ['districts_and_cities', c.districts],
        ['sectors_and_mahallas', c.below],
      ] as [string, CoverageCount][]
    ).map(([what, k]) => [
      id,
      what,
      k.listed,
      k.sourced,
      k.illustrative,
      k.none,
      c.newestSourced ?? '',
      c.newestIllustrative ?? '',
    ]),
  );
  return BOM + toCsv(COLUMNS, rows);
}
