import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { loadDatasetOrThrow } from '../model/load.ts';
import { buildTree } from '../model/tree.ts';
import { importBoundaries, sphericalArea } from './importer.ts';
import { readCrosswalk } from './crosswalk.ts';
import { buildGeography, joinPlaces } from './model.ts';
import { bboxOf, contains, type Areal } from './rings.ts';
import { gridFile, rect } from './fixtures.ts';

const ds = loadDatasetOrThrow('data');
const tree = buildTree(ds);
const fergana = readCrosswalk().filter((r) => r.regionIso === 'UZ-FA');
const area = (g: Areal | undefined) => (g ? sphericalArea(g) : 0);
const rel = (a: number, b: number) => Math.abs(a / b - 1);

/** Checks the demo's sectors and mahallas add up in a geography. */
function checkSums(geo: ReturnType<typeof buildGeography>) {
  for (const d of ds.places.filter((p) => p.kind === 'district' || p.kind === 'city')) {
    const sectors = tree.sectors(d.id);
    if (!sectors.length) continue;
    for (const s of sectors) {
      const cells = tree.mahallas(s.id).reduce((sum, m) => sum + area(geo.shape(m.id)), 0);
      expect(rel(area(geo.shape(s.id)), cells), s.id).toBeLessThan(0.005);
    }
    const total = sectors.reduce((sum, s) => sum + area(geo.shape(s.id)), 0);
    expect(rel(total, area(geo.shape(d.id))), d.id).toBeLessThan(0.005);
  }
}

describe("buildGeography on a synthetic grid of the demo's 19 units", () => {
  const topo = importBoundaries(JSON.stringify(gridFile(fergana)), fergana).topology;
  const geo = buildGeography(topo, ds, tree);

  it('joins every district and city by SOATO and the region by its code', () => {
    const { units, missing } = joinPlaces(topo, ds);
    expect(missing.filter((p) => 'parent' in p && p.parent === 'fa')).toEqual([]);
    expect(units.get('fa')).toHaveLength(19);
    expect(geo.kind('fa.ozbekiston')).toBe('official');
  });

  it("makes each sector the sum of its mahallas' cells and each district the sum of its sectors (0.5 %)", () => {
    checkSums(geo);
  });

  it('places illustrative mahalla points inside their district, the same on every build', () => {
    for (const m of tree.mahallas('fa.sox'))
      expect(contains(geo.shape('fa.sox')!, geo.point(m.id)!), m.id).toBe(true);
    const again = buildGeography(topo, ds, tree);
    expect(again.point('fa.ozbekiston.qaynar')).toEqual(geo.point('fa.ozbekiston.qaynar'));
    expect(geo.kind('fa.ozbekiston.qaynar')).toBe('illustrative');
    expect(geo.kind('fa.ozbekiston.s2')).toBe('illustrative');
  });

  it("merges a region's outline from its districts, and a region sector from its districts", () => {
    const districts = tree.children('fa').reduce((s, d) => s + area(geo.shape(d.id)), 0);
    expect(rel(area(geo.shape('fa')), districts)).toBeLessThan(0.001);
    const s2 = tree.children('fa.s2').reduce((s, d) => s + area(geo.shape(d.id)), 0);
    expect(rel(area(geo.shape('fa.s2')), s2)).toBeLessThan(0.001);
  });
});

const SHARED = '../shared/geo/geoBoundaries-UZB-ADM2.geojson';
describe.skipIf(!existsSync(SHARED))('buildGeography on the shared file (../shared/geo)', () => {
  const topo = importBoundaries(readFileSync(SHARED), readCrosswalk()).topology;

  it('gives sectors and districts that add up, within 0.5 %', () => {
    checkSums(buildGeography(topo, ds, tree));
  });

  it('joins 199 of the 206 districts and cities and names the 7 units the file lacks', () => {
    const { units, missing } = joinPlaces(topo, ds);
    expect(
      ds.places.filter((p) => (p.kind === 'district' || p.kind === 'city') && units.has(p.id)),
    ).toHaveLength(199);
    expect(missing.map((p) => p.names['uz-Latn']).sort()).toEqual(
      [
        'Bandixon tumani',
        'Boʻzatov tumani',
        'Gʻozgʻon shahri',
        'Koʻkdala tumani',
        'Taxiatosh tumani',
        'Tuproqqalʼa tumani',
        'Yangihayot tumani',
      ].sort(),
    );
    expect(ds.places.filter((p) => p.kind === 'region').every((r) => units.has(r.id))).toBe(true);
  });
});

describe("buildGeography with a deployer's real polygons", () => {
  const topo = importBoundaries(JSON.stringify(gridFile(fergana)), fergana).topology;
  const [w, s, e, n] = bboxOf([buildGeography(topo, ds, tree).shape('fa.ozbekiston')!]);
  const qaynar = rect(w, s, w + (e - w) / 4, n);
  const sector4 = rect(w, s, e, s + (n - s) / 3);
  const geo = buildGeography(
    topo,
    ds,
    tree,
    new Map<string, Areal>([
      ['fa.ozbekiston.qaynar', qaynar],
      ['fa.ozbekiston.s4', sector4],
    ]),
  );

  it('uses a real mahalla polygon as it is, and grows the other cells around it', () => {
    expect(rel(area(geo.shape('fa.ozbekiston.qaynar')), area(qaynar))).toBeLessThan(0.001);
    expect(geo.kind('fa.ozbekiston.qaynar')).toBe('official');
    expect(geo.kind('fa.ozbekiston.bahor')).toBe('illustrative');
    const all = tree.mahallas('fa.ozbekiston').reduce((sum, m) => sum + area(geo.shape(m.id)), 0);
    expect(rel(all, area(geo.shape('fa.ozbekiston')))).toBeLessThan(0.005);
    const s = tree.sectorOf('fa.ozbekiston.qaynar')!;
    const cells = tree.mahallas(s.id).reduce((sum, m) => sum + area(geo.shape(m.id)), 0);
    expect(rel(area(geo.shape(s.id)), cells)).toBeLessThan(0.005);
  });

  it("uses a real sector polygon instead of the merge of its mahallas' cells", () => {
    expect(rel(area(geo.shape('fa.ozbekiston.s4')), area(sector4))).toBeLessThan(0.001);
    expect(geo.kind('fa.ozbekiston.s4')).toBe('official');
  });
});
