import { describe, it, expect } from 'vitest';
import type { MultiPolygon } from 'geojson';
import { clippedCells, cellTopology, mergeCells } from './voronoi.ts';
import { sphericalArea } from './importer.ts';
import { rect } from './fixtures.ts';
import type { Areal } from './rings.ts';

// An L-shaped district with a detached enclave, as Soʻx and Fargʻona districts have.
const district: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [71, 40],
        [71.2, 40],
        [71.2, 40.1],
        [71.1, 40.1],
        [71.1, 40.2],
        [71, 40.2],
        [71, 40],
      ],
    ],
    rect(71.3, 40.3, 71.35, 40.35).coordinates,
  ],
};
const sites = [
  { id: 'a', point: [71.02, 40.02] as [number, number] },
  { id: 'b', point: [71.15, 40.05] as [number, number] },
  { id: 'c', point: [71.05, 40.15] as [number, number] },
  { id: 'd', point: [71.08, 40.08] as [number, number] },
  { id: 'e', point: [71.18, 40.02] as [number, number] },
];
const area = (g: Areal | undefined) => (g ? sphericalArea(g) : 0);

describe('clippedCells', () => {
  it('gives every site a cell inside the district, the cells adding up to the district', () => {
    const cells = clippedCells(district, sites);
    expect([...cells.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    const total = [...cells.values()].reduce((s, g) => s + area(g), 0);
    expect(Math.abs(total / area(district) - 1)).toBeLessThan(0.005);
  });

  it('gives the enclave to the nearest site, whose cell then has two parts', () => {
    const cells = clippedCells(district, sites);
    const parts = [...cells].filter(([, g]) => g.coordinates.length > 1).map(([id]) => id);
    expect(parts).toEqual(['c']);
  });
});

describe('mergeCells', () => {
  it('merges cells into a sector whose area is the sum of its cells, within 0.5 %', () => {
    const cells = clippedCells(district, sites);
    const topo = cellTopology(cells);
    const sectors = [['a', 'd'], ['b', 'e'], ['c']];
    const merged = sectors.map((ids) => mergeCells(topo, ids));
    sectors.forEach((ids, i) => {
      const sum = ids.reduce((s, id) => s + area(cells.get(id)), 0);
      expect(Math.abs(area(merged[i]) / sum - 1), ids.join('+')).toBeLessThan(0.005);
    });
    // Sectors that share an edge merge into one piece: no sliver left between cells.
    expect(merged[0]!.coordinates).toHaveLength(1);
    const total = merged.reduce((s, g) => s + area(g), 0);
    expect(Math.abs(total / area(district) - 1)).toBeLessThan(0.005);
  });

  it('gives nothing for ids without a cell', () => {
    expect(mergeCells(cellTopology(clippedCells(district, sites)), ['nobody'])).toBeUndefined();
  });
});
