/** Small synthetic boundary files for the tests: squares and rectangles near Fergana, never the shared file. */
import type { Feature, FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import type { CrosswalkRow } from './crosswalk.ts';

/** A counter-clockwise rectangle `[west, south, east, north]` as a GeoJSON polygon (RFC 7946). */
export function rect(w: number, s: number, e: number, n: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  };
}

/** An ADM2-shaped feature. */
export function unit(shapeID: string, shapeName: string, geometry: Polygon | MultiPolygon | null): Feature {
  return {
    type: 'Feature',
    properties: { shapeName, shapeISO: '', shapeID, shapeGroup: 'UZB', shapeType: 'ADM2' },
    geometry: geometry as Polygon,
  };
}

/** An ADM2-shaped file. */
export const adm2 = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** A crosswalk row of a synthetic unit in region `UZ-FA`. */
export const row = (shapeId: string, soato?: string): CrosswalkRow => ({
  shapeId,
  shapeName: shapeId,
  regionIso: 'UZ-FA',
  regionSoato: '1730',
  ...(soato ? { soato } : {}),
});

/**
 * A synthetic file for every unit of a crosswalk: a grid of 0.1° cells from 70.5° E,
 * 40.2° N, one cell per unit; the last unit also gets a detached enclave east of the grid.
 */
export function gridFile(rows: readonly CrosswalkRow[]): FeatureCollection {
  const cols = Math.ceil(Math.sqrt(rows.length));
  return adm2(
    rows.map((r, i) => {
      const x = 70.5 + (i % cols) * 0.1,
        y = 40.2 + Math.floor(i / cols) * 0.1;
      const main = rect(x, y, x + 0.1, y + 0.1);
      const geometry: Polygon | MultiPolygon =
        i === rows.length - 1
          ? {
              type: 'MultiPolygon',
              coordinates: [
                main.coordinates,
                rect(70.55 + cols * 0.1, y, 70.58 + cols * 0.1, y + 0.03).coordinates,
              ],
            }
          : main;
      return unit(r.shapeId, r.shapeName, geometry);
    }),
  );
}
