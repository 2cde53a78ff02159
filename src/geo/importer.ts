/**
 * The importer: validates an ADM2 boundary file, joins each shape to the crosswalk and
 * turns it into a simplified, quantized TopoJSON topology of districts and cities.
 */
import { createHash } from 'node:crypto';
import type { FeatureCollection, Feature } from 'geojson';
import type {
  Topology,
  GeometryCollection,
  Polygon as TopoPolygon,
  MultiPolygon as TopoMultiPolygon,
} from 'topojson-specification';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import { geoArea } from 'd3-geo';
import { AdmFile, AdmFeature } from './schema.ts';
import type { CrosswalkRow } from './crosswalk.ts';
import { rewindD3, rewindRfc, ringArea, polygonsOf, type Areal } from './rings.ts';

/** What the topology says about each unit. */
export interface UnitProps {
  /** geoBoundaries' name, for messages. */
  name: string;
  /** Region's ISO 3166-2 code. */
  region: string;
  /** Region's SOATO code. */
  regionSoato: string;
  /** The unit's SOATO code, where the crosswalk knows it. */
  soato?: string;
}

/** The importer's output: one object `units`, each geometry's id its `shapeID`. */
export type Adm2Topology = Topology<{ units: GeometryCollection<UnitProps> }>;
/** One unit's geometry in the topology. */
export type UnitGeometry = (TopoPolygon<UnitProps> | TopoMultiPolygon<UnitProps>) & {
  id: string;
  properties: UnitProps;
};

/** A boundary file that cannot be imported; `problems` has one line per problem. */
export class BoundaryError extends Error {
  /** One line per problem, each naming its feature. */
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`boundary file rejected:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/** Quantization of the stored topology: ~1.5 m over the whole country. */
export const QUANTIZATION = 1e6;
/** Points whose triangle is smaller than this (km²) are dropped ... */
export const SIMPLIFY_KM2 = 1;
/** ... or smaller than this share of the smallest unit touching the arc, so small cities keep their area. */
export const SIMPLIFY_SHARE = 0.0005;
const KM2 = 1 / 6371 ** 2;

/** Names a feature in messages: its index, name and id. */
function label(raw: unknown, i: number): string {
  const p = (raw as { properties?: { shapeName?: unknown; shapeID?: unknown } } | null)?.properties;
  const name = typeof p?.shapeName === 'string' ? ` "${p.shapeName}"` : '';
  const id = typeof p?.shapeID === 'string' ? ` (shapeID ${p.shapeID})` : '';
  return `features[${i}]${name}${id}`;
}

/** Checks every feature and returns them, or throws every problem found. */
export function validateBoundaries(input: unknown, crosswalk: readonly CrosswalkRow[]): AdmFeature[] {
  const file = AdmFile.safeParse(input);
  if (!file.success)
    throw new BoundaryError(file.error.issues.map((i) => `$.${i.path.join('.')}: ${i.message}`));
  const known = new Set(crosswalk.map((r) => r.shapeId));
  const problems: string[] = [];
  const features: AdmFeature[] = [];
  const seen = new Set<string>();
  file.data.features.forEach((raw, i) => {
    const parsed = AdmFeature.safeParse(raw);
    if (!parsed.success) {
      for (const iss of parsed.error.issues)
        problems.push(`${label(raw, i)}: ${iss.path.join('.') || 'feature'}: ${iss.message}`);
      return;
    }
    const f = parsed.data;
    const empty = polygonsOf(f.geometry as Areal).some((poly) => Math.abs(ringArea(poly[0]!)) === 0);
    if (empty) problems.push(`${label(raw, i)}: geometry: a polygon has no area`);
    if (!known.has(f.properties.shapeID))
      problems.push(`${label(raw, i)}: shapeID is not in src/geo/crosswalk.csv`);
    if (seen.has(f.properties.shapeID)) problems.push(`${label(raw, i)}: shapeID appears twice`);
    seen.add(f.properties.shapeID);
    features.push(f);
  });
  if (problems.length) throw new BoundaryError(problems);
  return features;
}

/** Spherical area (steradians) of an areal geometry in either winding. */
export const sphericalArea = (g: Areal) => geoArea(rewindD3(g));

/** Per-arc simplification threshold: the global one, or less for arcs of small units. */
function arcThresholds(topo: Topology, areaOf: Map<string, number>): Map<number, number> {
  const out = new Map<number, number>();
  const arcsOf = (x: unknown): number[] =>
    Array.isArray(x) ? x.flatMap(arcsOf) : [(x as number) < 0 ? ~(x as number) : (x as number)];
  for (const g of (topo.objects.units as GeometryCollection).geometries) {
    const local = Math.min(SIMPLIFY_KM2 * KM2, areaOf.get(String(g.id))! * SIMPLIFY_SHARE);
    for (const a of arcsOf((g as TopoPolygon).arcs)) out.set(a, Math.min(out.get(a) ?? Infinity, local));
  }
  return out;
}

/** Builds the simplified, quantized topology from validated features. */
export function buildTopology(
  features: readonly AdmFeature[],
  crosswalk: readonly CrosswalkRow[],
): Adm2Topology {
  const byId = new Map(crosswalk.map((r) => [r.shapeId, r]));
  const areaOf = new Map<string, number>();
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: features.map((f): Feature => {
      const row = byId.get(f.properties.shapeID)!;
      const geometry = rewindRfc(f.geometry as Areal);
      areaOf.set(row.shapeId, sphericalArea(geometry));
      const properties: UnitProps = {
        name: f.properties.shapeName,
        region: row.regionIso,
        regionSoato: row.regionSoato,
        ...(row.soato ? { soato: row.soato } : {}),
      };
      return { type: 'Feature', id: row.shapeId, properties, geometry };
    }),
  };
  const pre = presimplify(
    topology({ units: fc }) as unknown as Topology<{ units: GeometryCollection }>,
    sphericalTriangleArea,
  );
  const limits = arcThresholds(pre, areaOf);
  const global = SIMPLIFY_KM2 * KM2;
  // Scaling an arc's weights lets one global threshold act as the arc's own, smaller one.
  pre.arcs.forEach((arc, i) => {
    const k = global / (limits.get(i) ?? global);
    for (const p of arc as number[][]) if (p[2] !== Infinity) p[2]! *= k;
  });
  const topo = quantize(simplify(pre, global), QUANTIZATION) as Adm2Topology;
  delete topo.bbox;
  return topo;
}

/** Result of an import: the topology and where it came from. */
export interface Imported {
  topology: Adm2Topology;
  /** SHA-256 of the file's bytes. */
  sha256: string;
  /** Number of units. */
  units: number;
}

/** Imports a boundary file's bytes: parse, validate, join, simplify, quantize. */
export function importBoundaries(bytes: Uint8Array | string, crosswalk: readonly CrosswalkRow[]): Imported {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const text = typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BoundaryError([`not JSON: ${(e as Error).message}`]);
  }
  const features = validateBoundaries(json, crosswalk);
  const topology = buildTopology(features, crosswalk);
  return { topology, sha256, units: features.length };
}
