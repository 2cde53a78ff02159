/**
 * Which map a place page opens with: the areas one level down (a region's districts and
 * cities, a district's sectors, a sector's mahallas; a mahalla shows its sector's with
 * itself selected), projected for the static SVG and packed as TopoJSON for Leaflet.
 */
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { topology } from 'topojson-server';
import type { Dataset, PlaceEntry } from '../model/dataset.ts';
import type { Tree } from '../model/tree.ts';
import type { AreaKind, Geography } from './model.ts';
import type { Areal } from './rings.ts';
import { projectAreas, type Projected } from './svg.ts';

/** Level of the areas on a map; colour classes are computed per level. */
export type Level = 'region' | 'district' | 'sector' | 'mahalla';

/**
 * The home page's map of the regions. It is no place of the dataset: its id cannot be a
 * place id (ids never start with "_"), and it is also its map file's path.
 */
export const COUNTRY = '_country';

/** A map: whose it is, its areas in order, and how to draw them. */
export interface Subject {
  /** The place whose areas these are (a mahalla page shows its sector's). */
  id: string;
  level: Level;
  /** Places one level down, in the tree's order (those without a shape left out). */
  places: PlaceEntry[];
  /** Places one level down that have no shape. */
  unshaped: PlaceEntry[];
  /** The weakest kind of line among the areas. */
  kind: AreaKind;
  projected: Projected;
  /** The areas as TopoJSON, object `areas`, geometry ids = place ids (≈ 1/10 000 of the box). */
  topology: Topology;
}

/** The places one level down on a subject's map: the regions for the country. */
export function areasBelow(ds: Dataset, tree: Tree, id: string): PlaceEntry[] {
  const below = id === COUNTRY ? ds.places.filter((p) => p.kind === 'region') : tree.children(id);
  return below.filter((c) => !c.replacedBy);
}

/** Path of a subject's map file under `/map/<locale>/`. */
export const subjectPath = (tree: Tree, id: string) => (id === COUNTRY ? COUNTRY : tree.path(id));

/**
 * Whose map a page shows: its own; for a mahalla its sector's; for a district or city
 * with nothing listed below it, its region's (with itself selected).
 */
export function subjectIdOf(ds: Dataset, tree: Tree, placeId: string): string | undefined {
  if (placeId === COUNTRY) return COUNTRY;
  const p = ds.placeById.get(placeId);
  if (!p) return undefined;
  if (p.kind === 'mahalla') return tree.sectorOf(placeId)?.id;
  if ((p.kind === 'district' || p.kind === 'city') && !tree.children(placeId).length) return p.parent;
  return placeId;
}

/** The level of a map's areas. */
function levelOf(ds: Dataset, p: PlaceEntry | undefined): Level {
  if (!p) return 'region';
  if (p.kind === 'region') return 'district';
  if (p.kind === 'sector') return ds.placeById.get(p.parent)?.kind === 'region' ? 'district' : 'mahalla';
  return 'sector';
}

const KIND_RANK: Record<AreaKind, number> = { official: 0, approximate: 1, illustrative: 2 };

/** The areas as one TopoJSON object `areas`, without bounding box or properties (smaller files). */
function areaTopology(areas: ReadonlyMap<string, Areal>): Subject['topology'] {
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: [...areas].map(([aid, geometry]) => ({ type: 'Feature', id: aid, properties: null, geometry })),
  };
  const topo = topology({ areas: fc }, 1e4);
  delete topo.bbox;
  for (const g of (topo.objects.areas as { geometries: { properties?: unknown }[] }).geometries)
    delete g.properties;
  return topo;
}

/** Builds a subject's map, or undefined when the place has no areas below it. */
export function buildSubject(ds: Dataset, tree: Tree, geo: Geography, id: string): Subject | undefined {
  const p = ds.placeById.get(id);
  if (id !== COUNTRY && (!p || p.kind === 'mahalla')) return undefined;
  const below = areasBelow(ds, tree, id);
  if (!below.length) return undefined;
  const areas = new Map<string, Areal>();
  const places: PlaceEntry[] = [];
  const unshaped: PlaceEntry[] = [];
  let kind: AreaKind = 'official';
  for (const c of below) {
    const g = geo.shape(c.id);
    if (!g) {
      unshaped.push(c);
      continue;
    }
    areas.set(c.id, g);
    places.push(c);
    const k = geo.kind(c.id) ?? 'official';
    if (KIND_RANK[k] > KIND_RANK[kind]) kind = k;
  }
  const base = { id, level: levelOf(ds, p), places, unshaped, kind };
  if (!areas.size)
    return {
      ...base,
      projected: { width: 0, height: 0, box: [0, 0, 0, 0], paths: new Map() },
      topology: { type: 'Topology', objects: {}, arcs: [] },
    };
  return { ...base, projected: projectAreas(areas), topology: areaTopology(areas) };
}

/** Every place whose page draws its own map (the map data endpoint serves these). */
export function subjectIds(ds: Dataset, tree: Tree): string[] {
  return [
    COUNTRY,
    ...ds.places.filter((p) => p.kind !== 'mahalla' && tree.children(p.id).length > 0).map((p) => p.id),
  ];
}
