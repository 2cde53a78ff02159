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
  const shapes = new Map<string, Areal | undefined>();
  const cells = new Map<string, Cells | undefined>();

  const unitShape = (list: UnitGeometry[]): Areal =>
    list.length === 1
      ? rewindRfc((feature(topo, list[0]!) as Feature).geometry as Areal)
      : rewindRfc(merge(topo, list) as MultiPolygon);

  const districtCells = (districtId: string): Cells | undefined => {
    if (cells.has(districtId)) return cells.get(districtId);
    const outline = shape(districtId);
    const mahallas = tree
      .mahallas(districtId)
      .filter((m) => m.kind === 'mahalla' && !m.replacedBy) as Extract<PlaceEntry, { kind: 'mahalla' }>[];
    let result: Cells | undefined;
    if (outline && mahallas.length) {
      const own = mahallas.filter((m) => real.has(m.id));
      const rest = mahallas.filter((m) => !real.has(m.id));
      // Cells grow only in what the real polygons leave of the district.
      const free = own.length
        ? subtract(
            outline,
            own.map((m) => real.get(m.id)!),
          )
        : outline;
      const unplaced = rest.filter((m) => !m.coords);
      const spread =
        unplaced.length && free.coordinates.length
          ? assignBySector(unplaced, spreadPoints(free, unplaced.length, districtId))
          : new Map();
      const points = new Map<string, Point>(
        rest.flatMap((m) =>
          m.coords ? [[m.id, [m.coords[1], m.coords[0]]]] : spread.has(m) ? [[m.id, spread.get(m)!]] : [],
        ),
      );
      const clipped = points.size
        ? clippedCells(
            free,
            [...points].map(([id, point]) => ({ id, point })),
          )
        : new Map<string, MultiPolygon>();
      for (const m of own) clipped.set(m.id, asMulti(real.get(m.id)!));
      const kind: AreaKind = !rest.length ? 'official' : unplaced.length ? 'illustrative' : 'approximate';
      result = { topo: cellTopology(clipped), kind, real: new Set(own.map((m) => m.id)), points };
    }
    cells.set(districtId, result);
    return result;
  };

  const compute = (id: string): Areal | undefined => {
    const p = ds.placeById.get(id);
    if (!p) return undefined;
    if ((p.kind === 'sector' || p.kind === 'mahalla') && real.has(id)) return rewindRfc(real.get(id)!);
    if (p.kind === 'region' || p.kind === 'district' || p.kind === 'city') {
      const list = units.get(id);
      return list ? unitShape(list) : undefined;
    }
    const parent = ds.placeById.get(p.parent);
    if (p.kind === 'mahalla')
      return districtCells(p.parent) && mergeCells(districtCells(p.parent)!.topo, [id]);
    if (parent?.kind === 'region') {
      // A region's sector: the merge of its districts' official shapes.
      const list = tree.children(id).flatMap((d) => units.get(d.id) ?? []);
      return list.length ? unitShape(list) : undefined;
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

  function shape(id: string): Areal | undefined {
    if (!shapes.has(id)) shapes.set(id, compute(id));
    return shapes.get(id);
  }

  return {
    shape,
    missing,
    kind(id) {
      const p = ds.placeById.get(id);
      if (!p || !shape(id)) return undefined;
      if (real.has(id)) return 'official';
      if (p.kind === 'mahalla')
        return districtCells(p.parent)?.real.has(id) ? 'official' : districtCells(p.parent)?.kind;
      if (p.kind === 'sector' && ds.placeById.get(p.parent)?.kind !== 'region')
        return districtCells(p.parent)?.kind;
      return 'official';
    },
    point(id) {
      const p = ds.placeById.get(id);
      return p?.kind === 'mahalla' ? districtCells(p.parent)?.points.get(id) : undefined;
    },
  };
}
