/**
 * zod schema of a second-level boundary file in the shape of geoBoundaries' ADM2 GeoJSON.
 * Features are checked one by one so that each problem names its feature.
 */
import { z } from 'zod';

const Lon = z.number().min(-180).max(180);
const Lat = z.number().min(-90).max(90);
/** `[longitude, latitude]`, extra members (elevation) allowed. */
const Position = z.tuple([Lon, Lat], z.number());
/** A closed linear ring of at least four positions. */
const Ring = z
  .array(Position)
  .min(4, { error: 'a ring needs at least 4 positions' })
  .refine((r) => r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1], {
    error: 'ring is not closed (first and last positions differ)',
  });
const PolygonCoords = z.array(Ring).min(1, { error: 'empty polygon' });

/** The geometry of one unit: a polygon or, for enclaves, a multipolygon. */
export const AdmGeometry = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('Polygon'), coordinates: PolygonCoords }),
    z.object({
      type: z.literal('MultiPolygon'),
      coordinates: z.array(PolygonCoords).min(1, { error: 'empty multipolygon' }),
    }),
  ],
  {
    error: (iss) =>
      iss.input === null || iss.input === undefined
        ? 'empty geometry (null)'
        : 'geometry must be a Polygon or MultiPolygon',
  },
);

/** One unit of the file; only `shapeID` and `shapeName` are read. */
export const AdmFeature = z.object({
  type: z.literal('Feature'),
  properties: z.looseObject({
    /** geoBoundaries' stable id of the shape; the crosswalk is keyed on it. */
    shapeID: z.string().min(1),
    /** English transliteration of the unit's name. */
    shapeName: z.string(),
  }),
  geometry: AdmGeometry,
});

/** The file: a FeatureCollection; its features are checked separately. */
export const AdmFile = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()).min(1, { error: 'no features' }),
});

export type AdmFeature = z.infer<typeof AdmFeature>;
export type AdmGeometry = z.infer<typeof AdmGeometry>;

/** A deployer's own polygon of a sector or mahalla, by place id (they take precedence over cells). */
export const PlaceFeature = z.object({
  type: z.literal('Feature'),
  properties: z.looseObject({
    /** Id of a sector or mahalla of the dataset. */
    place: z.string().min(1),
  }),
  geometry: AdmGeometry,
});
