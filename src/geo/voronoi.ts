/**
 * Approximate mahalla areas: Voronoi cells of the mahalla points, clipped to their
 * district and put in one topology, so a sector is the merge of its mahallas' cells.
 */
import { Delaunay } from 'd3-delaunay';
import * as clippingModule from 'polygon-clipping';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type {
  Topology,
  GeometryCollection,
  Polygon as TopoPolygon,
  MultiPolygon as TopoMultiPolygon,
} from 'topojson-specification';
import { topology } from 'topojson-server';
import { merge } from 'topojson-client';
import { bboxOf, polygonsOf, rewindRfc, type Areal } from './rings.ts';
import type { Point } from './points.ts';

/** A site of the diagram: an id (the mahalla's) and its point. */
export interface Site {
  id: string;
  point: Point;
}

/** Cells of one district, in one topology whose object `cells` has one geometry per site. */
export type CellTopology = Topology<{ cells: GeometryCollection<{ id: string }> }>;

// polygon-clipping is CommonJS: Node sees its functions on `default`, bundlers on the namespace.
const polygonClipping = ((clippingModule as unknown as { default?: typeof clippingModule }).default ??
  clippingModule) as typeof clippingModule;

/** Quantization of a district's cell topology (≈1 m over a district). */
const CELL_QUANTIZATION = 1e5;

/** Each site's Voronoi cell, clipped to the district; sites whose cell is empty get none. */
export function clippedCells(district: Areal, sites: readonly Site[]): Map<string, MultiPolygon> {
  const [w, s, e, n] = bboxOf([district]);
  const margin = Math.max(e - w, n - s);
  // Longitude is stretched by cos(latitude) so cells are fair on the ground, not in degrees.
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const voronoi = Delaunay.from(sites.map((x) => [x.point[0] * k, x.point[1]] as [number, number])).voronoi([
    (w - margin) * k,
    s - margin,
    (e + margin) * k,
    n + margin,
  ]);
  const shape = polygonsOf(district) as [number, number][][][];
  const out = new Map<string, MultiPolygon>();
  sites.forEach((site, i) => {
    const cell = voronoi.cellPolygon(i);
    if (!cell) return;
    const ring = cell.map(([x, y]) => [x / k, y] as [number, number]);
    const clipped = polygonClipping.intersection([ring], shape);
    if (clipped.length) out.set(site.id, rewindRfc({ type: 'MultiPolygon', coordinates: clipped }));
  });
  return out;
}

/** What is left of an area once some parts are taken out (e.g. mahallas with real polygons). */
export function subtract(area: Areal, parts: readonly Areal[]): MultiPolygon {
  const coords = (g: Areal) => polygonsOf(g) as [number, number][][][];
  return rewindRfc({
    type: 'MultiPolygon',
    coordinates: polygonClipping.difference(coords(area), ...parts.map(coords)),
  });
}

/** The cells in one topology, so that merging some of them leaves no gap and no overlap. */
export function cellTopology(cells: ReadonlyMap<string, MultiPolygon>): CellTopology {
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: [...cells].map(([id, geometry]): Feature => ({
      type: 'Feature',
      id,
      properties: { id },
      geometry,
    })),
  };
  const topo = topology({ cells: fc }, CELL_QUANTIZATION) as CellTopology;
  delete topo.bbox;
  return topo;
}

/** The merged outline of some cells (e.g. a sector's mahallas), or undefined if none has a cell. */
export function mergeCells(topo: CellTopology, ids: readonly string[]): MultiPolygon | undefined {
  const wanted = new Set(ids);
  const parts = topo.objects.cells.geometries.filter((g) => wanted.has(String(g.id))) as (
    TopoPolygon | TopoMultiPolygon
  )[];
  if (!parts.length) return undefined;
  return rewindRfc(merge(topo, parts));
}
