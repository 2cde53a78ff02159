/**
 * Publication coverage: which districts and cities, and which places below them, have
 * published figures, sourced and illustrative counted apart (a place can have both, so
 * the two are never added), how old the newest figure of each kind is, and which regions
 * have published nothing. A transparency site shows its own gaps.
 */
import type { Dataset, PlaceEntry } from '../model/dataset.ts';
import type { Tree } from '../model/tree.ts';

/** Counts of one kind of place. */
export interface CoverageCount {
  /** Places of this kind the dataset lists. */
  listed: number;
  /** Of them, places with at least one value cited to a source. */
  sourced: number;
  /** Of them, places with at least one illustrative value. */
  illustrative: number;
  /** Of them, places with no value at all. */
  none: number;
}

/** Coverage of the whole country or of one region. */
export interface Coverage {
  /** Districts and cities. */
  districts: CoverageCount;
  /** Sectors and mahallas listed below districts and cities (regions' own sectors are not counted). */
  below: CoverageCount;
  /** Date of the newest sourced value, if any. */
  newestSourced?: string;
  /** Date of the newest illustrative value, if any. */
  newestIllustrative?: string;
  /** Regions without a single value (for a region's own coverage: empty or itself). */
  silentRegions: PlaceEntry[];
}

/** What has been published for each place: whether any value is sourced, any illustrative. */
interface Seen {
  sourced: boolean;
  illustrative: boolean;
}

function seenByPlace(ds: Dataset): Map<string, Seen> {
  const seen = new Map<string, Seen>();
  for (const v of ds.values) {
    const s = seen.get(v.place) ?? { sourced: false, illustrative: false };
    if (v.provenance === 'illustrative') s.illustrative = true;
    else s.sourced = true;
    seen.set(v.place, s);
  }
  return seen;
}

function count(places: readonly PlaceEntry[], of: (id: string) => Seen | undefined): CoverageCount {
  const c: CoverageCount = { listed: places.length, sourced: 0, illustrative: 0, none: 0 };
  for (const p of places) {
    const s = of(p.id);
    if (s?.sourced) c.sourced++;
    if (s?.illustrative) c.illustrative++;
    if (!s?.sourced && !s?.illustrative) c.none++;
  }
  return c;
}

const isDistrict = (p: PlaceEntry) => p.kind === 'district' || p.kind === 'city';

/** Coverage of the dataset, or of one region when `regionId` is given. */
export function coverage(ds: Dataset, tree: Tree, regionId?: string): Coverage {
  const seen = seenByPlace(ds);
  const regions = ds.places.filter(
    (p) => p.kind === 'region' && !p.replacedBy && (!regionId || p.id === regionId),
  );
  const districts = regions.flatMap((r) => tree.children(r.id)).filter((p) => isDistrict(p) && !p.replacedBy);
  const below = new Map(
    districts.map((d) => [
      d.id,
      [...tree.sectors(d.id), ...tree.mahallas(d.id)].filter((p) => !p.replacedBy),
    ]),
  );
  // A district counts as published when it or any place below it has a value.
  const merged = (ids: string[]): Seen | undefined => {
    const list = ids.flatMap((id) => seen.get(id) ?? []);
    return list.length
      ? { sourced: list.some((s) => s.sourced), illustrative: list.some((s) => s.illustrative) }
      : undefined;
  };
  const districtSeen = new Map(
    districts.map((d) => [d.id, merged([d.id, ...below.get(d.id)!.map((p) => p.id)])]),
  );
  const silent = (r: PlaceEntry) =>
    !merged([r.id, ...tree.sectors(r.id).map((s) => s.id)]) &&
    !tree.children(r.id).some((d) => districtSeen.get(d.id));
  const inScope = new Set([...regions, ...districts, ...[...below.values()].flat()].map((p) => p.id));
  const dates = (sourced: boolean) =>
    ds.values
      .filter((v) => inScope.has(v.place) && (v.provenance !== 'illustrative') === sourced)
      .map((v) => v.date)
      .sort();
  return {
    districts: count(districts, (id) => districtSeen.get(id)),
    // A sector has figures when it or one of its mahallas has a value (its sums are its own).
    below: count([...below.values()].flat(), (id) =>
      ds.placeById.get(id)?.kind === 'sector'
        ? merged([id, ...tree.mahallas(id).map((m) => m.id)])
        : seen.get(id),
    ),
    newestSourced: dates(true).at(-1),
    newestIllustrative: dates(false).at(-1),
    silentRegions: regions.filter(silent),
  };
}
