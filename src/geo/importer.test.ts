import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { feature, merge } from 'topojson-client';
import type { Feature, Polygon, MultiPolygon } from 'geojson';
import { importBoundaries, BoundaryError, sphericalArea, type UnitGeometry } from './importer.ts';
import { readCrosswalk } from './crosswalk.ts';
import { adm2, rect, unit, row } from './fixtures.ts';
import type { Areal } from './rings.ts';

const CROSSWALK = [row('A', '1730203'), row('B', '1730206'), row('C')];
const bytes = (x: unknown) => JSON.stringify(x);
const problemsOf = (x: unknown) => {
  try {
    importBoundaries(bytes(x), CROSSWALK);
  } catch (e) {
    if (e instanceof BoundaryError) return e.problems;
    throw e;
  }
  return [];
};
const shapes = (topo: ReturnType<typeof importBoundaries>['topology']) =>
  new Map(
    (topo.objects.units.geometries as UnitGeometry[]).map((g) => [
      g.id,
      (feature(topo, g) as Feature).geometry as Areal,
    ]),
  );

describe('importBoundaries', () => {
  it('joins each shape to the crosswalk and keeps shared edges as shared arcs', () => {
    const file = adm2([
      unit('A', 'Alpha', rect(71, 40, 71.1, 40.1)),
      unit('B', 'Beta', rect(71.1, 40, 71.2, 40.1)),
    ]);
    const { topology, units } = importBoundaries(bytes(file), CROSSWALK);
    expect(units).toBe(2);
    const props = (topology.objects.units.geometries as UnitGeometry[]).map((g) => [g.id, g.properties]);
    expect(props).toEqual([
      ['A', { name: 'Alpha', region: 'UZ-FA', regionSoato: '1730', soato: '1730203' }],
      ['B', { name: 'Beta', region: 'UZ-FA', regionSoato: '1730', soato: '1730206' }],
    ]);
    // Two rectangles side by side: their common edge is one arc, used by both.
    const used = (topology.objects.units.geometries as { arcs: number[][] }[]).map((g) =>
      g.arcs.flat().map((a) => (a < 0 ? ~a : a)),
    );
    expect(used[0]!.filter((a) => used[1]!.includes(a))).toHaveLength(1);
  });

  it('simplifies away a tiny wiggle but keeps each area within 1 % (golden, rounded)', () => {
    const wiggly: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [71, 40],
          [71.05, 40.00001],
          [71.1, 40],
          [71.1, 40.1],
          [71, 40.1],
          [71, 40],
        ],
      ],
    };
    const { topology } = importBoundaries(bytes(adm2([unit('A', 'Alpha', wiggly)])), CROSSWALK);
    const g = shapes(topology).get('A') as Polygon;
    const rounded = g.coordinates[0]!.map(([x, y]) => [Number(x!.toFixed(4)), Number(y!.toFixed(4))]);
    expect(rounded).toEqual([
      [71, 40],
      [71.1, 40],
      [71.1, 40.1],
      [71, 40.1],
      [71, 40],
    ]);
    expect(sphericalArea(g) / sphericalArea(wiggly)).toBeCloseTo(1, 2);
  });

  it("merges a region from its districts with the districts' total area", () => {
    const file = adm2([
      unit('A', 'Alpha', rect(71, 40, 71.1, 40.1)),
      unit('B', 'Beta', rect(71.1, 40, 71.2, 40.1)),
    ]);
    const { topology } = importBoundaries(bytes(file), CROSSWALK);
    const region = merge(
      topology,
      topology.objects.units.geometries as (UnitGeometry & { type: 'Polygon' })[],
    );
    expect(region.coordinates).toHaveLength(1);
    expect(sphericalArea(region) / sphericalArea(rect(71, 40, 71.2, 40.1))).toBeCloseTo(1, 3);
  });

  it('names the feature of a wrong geometry type', () => {
    const file = adm2([
      unit('A', 'Alpha', rect(71, 40, 71.1, 40.1)),
      {
        ...unit('B', 'Beta', null),
        geometry: {
          type: 'LineString',
          coordinates: [
            [71, 40],
            [72, 41],
          ],
        },
      },
    ]);
    expect(problemsOf(file)).toEqual([
      'features[1] "Beta" (shapeID B): geometry.type: geometry must be a Polygon or MultiPolygon',
    ]);
  });

  it('names the feature of an empty geometry', () => {
    expect(problemsOf(adm2([unit('A', 'Alpha', null)]))).toEqual([
      'features[0] "Alpha" (shapeID A): geometry: empty geometry (null)',
    ]);
    expect(problemsOf(adm2([unit('B', 'Beta', { type: 'MultiPolygon', coordinates: [] })]))).toEqual([
      'features[0] "Beta" (shapeID B): geometry.coordinates: empty multipolygon',
    ]);
  });

  it('names the feature of a broken geometry: open ring, too few points, no area, off the globe', () => {
    const open: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [71, 40],
          [71.1, 40],
          [71.1, 40.1],
          [71, 40.1],
        ],
      ],
    };
    const flat: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [71, 40],
          [71.1, 40],
          [71.2, 40],
          [71, 40],
        ],
      ],
    };
    const off: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [71, 40],
          [200, 40],
          [71, 40.1],
          [71, 40],
        ],
      ],
    };
    const problems = problemsOf(
      adm2([unit('A', 'Open', open), unit('B', 'Flat', flat), unit('C', 'Off', off)]),
    );
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      /^features\[0\] "Open" \(shapeID A\): geometry.coordinates.0: ring is not closed/,
    );
    expect(problems[1]).toBe('features[1] "Flat" (shapeID B): geometry: a polygon has no area');
    expect(problems[2]).toMatch(/^features\[2\] "Off" \(shapeID C\): geometry.coordinates.0.1.0: /);
  });

  it('refuses a shape the crosswalk does not know, a repeated one, and a file that is not JSON', () => {
    expect(problemsOf(adm2([unit('Z', 'Zeta', rect(71, 40, 71.1, 40.1))]))).toEqual([
      'features[0] "Zeta" (shapeID Z): shapeID is not in src/geo/crosswalk.csv',
    ]);
    expect(
      problemsOf(
        adm2([unit('A', 'Alpha', rect(71, 40, 71.1, 40.1)), unit('A', 'Alpha', rect(71, 40, 71.1, 40.1))]),
      ),
    ).toEqual(['features[1] "Alpha" (shapeID A): shapeID appears twice']);
    expect(() => importBoundaries('{"type":', CROSSWALK)).toThrow(/not JSON/);
  });
});

const SHARED = '../shared/geo/geoBoundaries-UZB-ADM2.geojson';
describe.skipIf(!existsSync(SHARED))('importBoundaries on the shared file (../shared/geo)', () => {
  it('joins 199 districts to 14 regions, each district and region within 1 % of the source', () => {
    const raw = readFileSync(SHARED);
    const source = JSON.parse(raw.toString('utf8')) as {
      features: { properties: { shapeID: string }; geometry: Polygon | MultiPolygon }[];
    };
    const { topology, units, sha256 } = importBoundaries(raw, readCrosswalk());
    expect(sha256).toBe('b7ffa2f946cd0274052548f196115055af77519552a3155d4ccc12d9e297033f');
    expect(units).toBe(199);
    const before = new Map(source.features.map((f) => [f.properties.shapeID, sphericalArea(f.geometry)]));
    const after = shapes(topology);
    const off = [...after]
      .filter(([id, g]) => Math.abs(sphericalArea(g) / before.get(id)! - 1) > 0.01)
      .map(([id]) => id);
    expect(off).toEqual([]);
    const geoms = topology.objects.units.geometries as UnitGeometry[];
    const regions = [...new Set(geoms.map((g) => g.properties.region))];
    expect(regions).toHaveLength(14);
    for (const r of regions) {
      const mine = geoms.filter((g) => g.properties.region === r);
      const total = mine.reduce((a, g) => a + before.get(g.id)!, 0);
      expect(
        Math.abs(sphericalArea(merge(topology, mine as (UnitGeometry & { type: 'Polygon' })[])) / total - 1),
        r,
      ).toBeLessThan(0.01);
    }
    expect(geoms.filter((g) => g.properties.soato)).toHaveLength(199);
  });
});
if (!existsSync(SHARED)) console.warn(`skipped the shared-file importer test: ${SHARED} is absent`);
