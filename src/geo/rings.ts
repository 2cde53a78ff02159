/**
 * Ring orientation, bounding boxes and Web Mercator, on plain GeoJSON polygons.
 * RFC 7946 wants exterior rings counter-clockwise; d3-geo reads that as "the globe
 * minus the area", so geometry is rewound clockwise before d3-geo sees it.
 */
import type { Polygon, MultiPolygon, Position } from 'geojson';

/** A polygon or multipolygon: the only geometry the map draws. */
export type Areal = Polygon | MultiPolygon;

/** Planar signed area of a closed ring in lon/lat (positive = counter-clockwise). */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++)
    sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum / 2;
}

/** The polygons of an areal geometry, as a list of rings lists. */
export const polygonsOf = (g: Areal): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;

/** Orients rings: exterior counter-clockwise when `ccw`, holes the other way. */
function orient(poly: Position[][], ccw: boolean): Position[][] {
  return poly.map((ring, i) => {
    const isCcw = ringArea(ring) > 0;
    const wantCcw = i === 0 ? ccw : !ccw;
    return isCcw === wantCcw ? ring : [...ring].reverse();
  });
}

/** Same geometry with RFC 7946 winding (exterior rings counter-clockwise). */
export function rewindRfc<G extends Areal>(g: G): G {
  return (
    g.type === 'Polygon'
      ? { ...g, coordinates: orient(g.coordinates, true) }
      : { ...g, coordinates: g.coordinates.map((p) => orient(p, true)) }
  ) as G;
}

/** Same geometry with d3-geo's winding (exterior rings clockwise). */
export function rewindD3<G extends Areal>(g: G): G {
  return (
    g.type === 'Polygon'
      ? { ...g, coordinates: orient(g.coordinates, false) }
      : { ...g, coordinates: g.coordinates.map((p) => orient(p, false)) }
  ) as G;
}

/** `[west, south, east, north]` of some geometries. */
export type BBox = [number, number, number, number];

/** Bounding box of areal geometries in lon/lat. */
export function bboxOf(geoms: readonly Areal[]): BBox {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const g of geoms) {
    for (const poly of polygonsOf(g)) {
      for (const [x, y] of poly[0]!) {
        if (x! < w) w = x!;
        if (x! > e) e = x!;
        if (y! < s) s = y!;
        if (y! > n) n = y!;
      }
    }
  }
  return [w, s, e, n];
}

/** Spherical Web Mercator (unit sphere), as Leaflet's EPSG:3857 and d3's geoMercator use. */
export const mercator = {
  x: (lon: number) => (lon * Math.PI) / 180,
  y: (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)),
  lon: (x: number) => (x * 180) / Math.PI,
  lat: (y: number) => (Math.atan(Math.exp(y)) * 360) / Math.PI - 90,
};

/**
 * Widens a box in Mercator space until its height/width lies within [min, max], so the
 * static SVG and Leaflet fit the very same box into the very same frame.
 */
export function boxWithAspect([w, s, e, n]: BBox, min: number, max: number): { box: BBox; aspect: number } {
  let x0 = mercator.x(w),
    x1 = mercator.x(e),
    y0 = mercator.y(s),
    y1 = mercator.y(n);
  // A little margin so outlines are not cut at the frame's edge.
  const pad = Math.max(x1 - x0, y1 - y0) * 0.02;
  x0 -= pad;
  x1 += pad;
  y0 -= pad;
  y1 += pad;
  const aspect = (y1 - y0) / (x1 - x0);
  if (aspect < min) {
    const grow = ((x1 - x0) * min - (y1 - y0)) / 2;
    y0 -= grow;
    y1 += grow;
  } else if (aspect > max) {
    const grow = ((y1 - y0) / max - (x1 - x0)) / 2;
    x0 -= grow;
    x1 += grow;
  }
  const box: BBox = [mercator.lon(x0), mercator.lat(y0), mercator.lon(x1), mercator.lat(y1)];
  return { box, aspect: (y1 - y0) / (x1 - x0) };
}

/** Ray casting: is a point inside a polygon (holes excluded)? Planar in lon/lat. */
export function contains(g: Areal, [x, y]: readonly [number, number]): boolean {
  let inside = false;
  for (const poly of polygonsOf(g)) {
    for (const ring of poly) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!,
          [xj, yj] = ring[j]!;
        if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
      }
    }
  }
  return inside;
}
