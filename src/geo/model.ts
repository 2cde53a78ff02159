/**
 * The build's geography: boundaries joined to the dataset's places, region outlines
 * merged from their districts, and approximate mahalla cells and sectors. Loaded once.
 */
import type { Feature, MultiPolygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { Dataset, PlaceEntry } from '../model/dataset.ts';
import type { Tree } from '../model/tree.ts';
import type { Adm2Topology, UnitGeometry } from './importer.ts';
import { rewindRfc, type Areal } from './rings.ts';
import { spreadPoints, assignBySector, type Point } from './points.ts';
import { clippedCells, cellTopology, mergeCells, subtract, type CellTopology } from './voronoi.ts';

/** How trustworthy an area's line is. */
export type AreaKind = 'official' | 'approximate' | 'illustrative';

/** One district's mahalla areas (real polygons and cells), and how the cells' points were found. */
interface Cells {
  topo: CellTopology;
  /** `official` when every mahalla has a real polygon. */
  kind: AreaKind;
  /** Mahallas whose area is a real polygon. */
  real: Set<string>;
  /** Each mahalla's point, `[lon, lat]`. */
  points: Map<string, Point>;
}

/** Geography for the places of one dataset. */
export interface Geography {
  /** An area's outline in lon/lat (RFC 7946 winding), if it has one. */
  shape(id: string): Areal | undefined;
  /** Whether the place's outline is the official line or an approximation. */
  kind(id: string): AreaKind | undefined;
  /** Districts and cities of the dataset that have no shape in the boundary file. */
  missing: PlaceEntry[];
  /** The point a mahalla's cell was grown from. */
  point(id: string): Point | undefined;
}

/** A polygon as a one-part multipolygon. */
const asMulti = (g: Areal): MultiPolygon =>
  g.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [g.coordinates] } : g;

/** Which unit of the topology each region, district and city is. */
export function joinPlaces(
  topo: Adm2Topology,
  ds: Dataset,
): { units: Map<string, UnitGeometry[]>; missing: PlaceEntry[] } {
  const geoms = topo.objects.units.geometries as UnitGeometry[];
  const bySoato = new Map(geoms.filter((g) => g.properties.soato).map((g) => [g.properties.soato!, g]));
  const units = new Map<string, UnitGeometry[]>();
  const missing: PlaceEntry[] = [];
  for (const p of ds.places) {
    if (p.kind === 'region') {
      const list = geoms.filter(
        (g) => (p.soato && g.properties.regionSoato === p.soato) || (p.iso && g.properties.region === p.iso),
      );
      if (list.length) units.set(p.id, list);
    } else if (p.kind === 'district' || p.kind === 'city') {
      const g = p.soato ? bySoato.get(p.soato) : undefined;
      if (g) units.set(p.id, [g]);
      else if (!p.replacedBy) missing.push(p);
    }
  }
  return { units, missing };
}

/** The outline of one or more units of the topology (merged when several). */
const unitShape = (topo: Adm2Topology, list: UnitGeometry[]): Areal =>
  list.length === 1
    ? rewindRfc((feature(topo, list[0]!) as Feature).geometry as Areal)
    : rewindRfc(merge(topo, list) as MultiPolygon);

type Mahalla = Extract<PlaceEntry, { kind: 'mahalla' }>;

/** Each mahalla's point: its own coordinates, else one spread over the free area by sector. */
function mahallaPoints(free: Areal, rest: readonly Mahalla[], districtId: string): Map<string, Point> {
  const unplaced = rest.filter((m) => !m.coords);
  const spread =
    unplaced.length && free.coordinates.length
      ? assignBySector(unplaced, spreadPoints(free, unplaced.length, districtId))
      : new Map();
  return new Map<string, Point>(
    rest.flatMap((m) =>
      m.coords ? [[m.id, [m.coords[1], m.coords[0]]]] : spread.has(m) ? [[m.id, spread.get(m)!]] : [],
    ),
  );
}

/** A district's mahalla areas: the real polygons, and cells grown in what they leave of the outline. */
function growCells(
  outline: Areal,
  mahallas: readonly Mahalla[],
  real: ReadonlyMap<string, Areal>,
  districtId: string,
): Cells {
  const own = mahallas.filter((m) => real.has(m.id));
  const rest = mahallas.filter((m) => !real.has(m.id));
  // Cells grow only in what the real polygons leave of the district.
  const free = own.length
    ? subtract(
        outline,
        own.map((m) => real.get(m.id)!),
      )
    : outline;
  const points = mahallaPoints(free, rest, districtId);
  const clipped = points.size
    ? clippedCells(
        free,
        [...points].map(([id, point]) => ({ id, point })),
      )
    : new Map<string, MultiPolygon>();
  for (const m of own) clipped.set(m.id, asMulti(real.get(m.id)!));
  const unplaced = rest.some((m) => !m.coords);
  const kind: AreaKind = !rest.length ? 'official' : unplaced ? 'illustrative' : 'approximate';
  return { topo: cellTopology(clipped), kind, real: new Set(own.map((m) => m.id)), points };
}

/** Whether a place's shape is the official line: real polygons are, cells are not. */
function areaKind(
  ds: Dataset,
  real: ReadonlyMap<string, Areal>,
  id: string,
  districtCells: (districtId: string) => Cells | undefined,
): AreaKind | undefined {
  const p = ds.placeById.get(id);
  if (!p) return undefined;
  if (real.has(id)) return 'official';
  if (p.kind === 'mahalla')
    return districtCells(p.parent)?.real.has(id) ? 'official' : districtCells(p.parent)?.kind;
  if (p.kind === 'sector' && ds.placeById.get(p.parent)?.kind !== 'region')
    return districtCells(p.parent)?.kind;
  return 'official';
}

/** `make` called once per id, its result kept (undefined too). */
function memo<T>(make: (id: string) => T): (id: string) => T {
  const kept = new Map<string, T>();
  return (id) => {
    if (!kept.has(id)) kept.set(id, make(id));
    return kept.get(id) as T;
  };
}

/**
 * Joins boundaries to a dataset; every derived shape is made on first use and kept.
 * `real` holds a deployer's own sector or mahalla polygons, which take precedence over cells.
 */
export function buildGeography(
  topo: Adm2Topology,
  ds: Dataset,
  tree: Tree,
  real: ReadonlyMap<string, Areal> = new Map(),
): Geography {
  const { units, missing } = joinPlaces(topo, ds);
  const districtCells = memo((districtId: string): Cells | undefined => {
    const outline = shape(districtId);
    const mahallas = tree
      .mahallas(districtId)
      .filter((m) => m.kind === 'mahalla' && !m.replacedBy) as Mahalla[];
    return outline && mahallas.length ? growCells(outline, mahallas, real, districtId) : undefined;
  });

  const compute = (id: string): Areal | undefined => {
    const p = ds.placeById.get(id);
    if (!p) return undefined;
    if ((p.kind === 'sector' || p.kind === 'mahalla') && real.has(id)) return rewindRfc(real.get(id)!);
    if (p.kind === 'region' || p.kind === 'district' || p.kind === 'city') {
      const list = units.get(id);
      return list ? unitShape(topo, list) : undefined;
    }
    const parent = ds.placeById.get(p.parent);
    if (p.kind === 'mahalla')
      return districtCells(p.parent) && mergeCells(districtCells(p.parent)!.topo, [id]);
    if (parent?.kind === 'region') {
      // A region's sector: the merge of its districts' official shapes.
      const list = tree.children(id).flatMap((d) => units.get(d.id) ?? []);
      return list.length ? unitShape(topo, list) : undefined;
    }
    const c = districtCells(p.parent);
    return (
      c &&
      mergeCells(
        c.topo,
        tree.mahallas(id).map((m) => m.id),
      )
    );
  };

  const shape = memo(compute);

  return {
    shape,
    missing,
    kind: (id) => (ds.placeById.has(id) && shape(id) ? areaKind(ds, real, id, districtCells) : undefined),
    point(id) {
      const p = ds.placeById.get(id);
      return p?.kind === 'mahalla' ? districtCells(p.parent)?.points.get(id) : undefined;
    },
  };
}
