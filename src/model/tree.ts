/** The place tree: children, ancestors and URL paths, computed once per dataset. */
import type { Dataset, PlaceEntry } from './dataset.ts';

export interface Tree {
  /** Children shown one level down: region → districts, district → sectors, sector → mahallas. */
  children(id: string): PlaceEntry[];
  /** Children whose values add up to the place's value. */
  sumChildren(id: string): PlaceEntry[];
  /** The place's sectors (for a region, district or city). */
  sectors(id: string): PlaceEntry[];
  /** The sector a district or mahalla belongs to, if known. */
  sectorOf(id: string): PlaceEntry | undefined;
  /** The mahallas of a district or city, or of a sector. */
  mahallas(id: string): PlaceEntry[];
  /** Every mahalla below a place, at any depth (a region's or a region sector's too). */
  mahallasUnder(id: string): PlaceEntry[];
  /** From the region down to the place itself. */
  ancestry(id: string): PlaceEntry[];
  /** URL path without locale, e.g. `fergana/uzbekistan/sector-2`. */
  path(id: string): string;
}

/** Each place's direct children, by parent id, in the order of places.json. */
function childrenByParent(ds: Dataset): Map<string, PlaceEntry[]> {
  const byParent = new Map<string, PlaceEntry[]>();
  for (const p of ds.places) {
    if (!('parent' in p)) continue;
    const list = byParent.get(p.parent) ?? byParent.set(p.parent, []).get(p.parent)!;
    list.push(p);
  }
  return byParent;
}

/** URL paths, each made once: the parent's path, then the slug. */
function pathsOf(ds: Dataset): (id: string) => string {
  const paths = new Map<string, string>();
  const path = (id: string): string => {
    const cached = paths.get(id);
    if (cached !== undefined) return cached;
    const p = ds.placeById.get(id);
    if (!p) throw new Error(`unknown place ${id}`);
    const result = 'parent' in p ? `${path(p.parent)}/${p.slug}` : p.slug;
    paths.set(id, result);
    return result;
  };
  return path;
}

/** From the region down to the place itself. */
function ancestryOf(ds: Dataset): (id: string) => PlaceEntry[] {
  const ancestry = (id: string): PlaceEntry[] => {
    const p = ds.placeById.get(id);
    if (!p) return [];
    return 'parent' in p ? [...ancestry(p.parent), p] : [p];
  };
  return ancestry;
}

export function buildTree(ds: Dataset): Tree {
  const byParent = childrenByParent(ds);
  const kids = (id: string) => byParent.get(id) ?? [];
  const sectors = (id: string) =>
    kids(id)
      .filter((p) => p.kind === 'sector')
      .sort((a, b) => (a.kind === 'sector' && b.kind === 'sector' ? a.number - b.number : 0));
  const inSector = (sector: PlaceEntry) =>
    sector.kind === 'sector'
      ? kids(sector.parent).filter((p) => p.kind !== 'sector' && 'sector' in p && p.sector === sector.number)
      : [];
  const sectorOf = (id: string) => {
    const p = ds.placeById.get(id);
    if (!p || !('parent' in p) || p.kind === 'sector' || p.sector === undefined) return undefined;
    return sectors(p.parent).find((s) => s.kind === 'sector' && s.number === p.sector);
  };
  const children = (id: string): PlaceEntry[] => {
    const p = ds.placeById.get(id);
    if (!p) return [];
    if (p.kind === 'sector') return inSector(p);
    if (p.kind === 'region') return kids(id).filter((c) => c.kind !== 'sector');
    return sectors(id);
  };
  const mahallas = (id: string): PlaceEntry[] => {
    const p = ds.placeById.get(id);
    if (!p) return [];
    if (p.kind === 'sector') return inSector(p).filter((c) => c.kind === 'mahalla');
    return kids(id).filter((c) => c.kind === 'mahalla');
  };
  return {
    children,
    sumChildren(id) {
      const p = ds.placeById.get(id);
      if (!p || p.kind === 'mahalla') return [];
      if (p.kind === 'sector') return inSector(p);
      if (p.kind === 'region') return kids(id).filter((c) => c.kind !== 'sector');
      // A district adds up from its sectors; a district without sectors from its mahallas.
      const s = sectors(id);
      return s.length ? s : kids(id);
    },
    sectors,
    sectorOf,
    mahallas,
    mahallasUnder(id) {
      const p = ds.placeById.get(id);
      if (!p || p.kind === 'mahalla') return [];
      const regionLevel =
        p.kind === 'region' || (p.kind === 'sector' && ds.placeById.get(p.parent)?.kind === 'region');
      return regionLevel ? children(id).flatMap((d) => mahallas(d.id)) : mahallas(id);
    },
    ancestry: ancestryOf(ds),
    path: pathsOf(ds),
  };
}
