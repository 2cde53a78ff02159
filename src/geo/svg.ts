/**
 * The static SVG map: areas projected at build time with d3-geo's Web Mercator, fitted
 * to the same box Leaflet later fits, so nothing moves when the script takes over.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { bboxOf, boxWithAspect, rewindD3, type Areal, type BBox } from './rings.ts';

/** Width of the SVG's coordinate system; its height follows the box's shape. */
export const SVG_WIDTH = 640;
/** Height/width limits of a map frame: wide regions are not flattened, tall ones not stretched. */
export const ASPECT_MIN = 0.5;
export const ASPECT_MAX = 1;

/** Projected areas and the box they were fitted to. */
export interface Projected {
  width: number;
  height: number;
  /** `[west, south, east, north]` the frame shows; Leaflet fits exactly this box. */
  box: BBox;
  /** SVG path data of each area, by id. */
  paths: Map<string, string>;
}

/** Projects areas into a frame `SVG_WIDTH` wide, fitted to their padded bounding box. */
export function projectAreas(areas: ReadonlyMap<string, Areal>): Projected {
  const { box, aspect } = boxWithAspect(bboxOf([...areas.values()]), ASPECT_MIN, ASPECT_MAX);
  const width = SVG_WIDTH;
  const height = Math.round(SVG_WIDTH * aspect);
  const [w, s, e, n] = box;
  const projection = geoMercator().fitSize([width, height], {
    type: 'MultiPoint',
    coordinates: [
      [w, s],
      [e, n],
    ],
  });
  const path = geoPath(projection).digits(1);
  const paths = new Map<string, string>();
  for (const [id, g] of areas) paths.set(id, path(rewindD3(g)) ?? '');
  return { width, height, box, paths };
}
