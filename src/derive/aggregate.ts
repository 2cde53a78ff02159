/** Fills a place's missing values with the sum of its children's, bottom-up. */
import type { Dataset, PlaceEntry } from '../model/dataset.ts';
import type { Tree } from '../model/tree.ts';
import type { Figure, FigureTable } from './figure.ts';
import { combineQualifiers } from './qualifier.ts';
import { combineProvenance } from './provenance.ts';
import { get, put } from './stored.ts';

const DEPTH: Record<PlaceEntry['kind'], number> = { mahalla: 0, sector: 1, district: 2, city: 2, region: 3 };

/** Places in the order sums must be made: a sector before its district, districts before region sectors. */
function bottomUp(ds: Dataset): PlaceEntry[] {
  const rank = (p: PlaceEntry) =>
    DEPTH[p.kind] * 2 + (p.kind === 'sector' && ds.placeById.get(p.parent)?.kind === 'region' ? 5 : 0);
  return [...ds.places].sort((a, b) => rank(a) - rank(b));
}

export function aggregate(ds: Dataset, tree: Tree, table: FigureTable): void {
  const sumMetrics = ds.metrics.filter((m) => m.aggregate === 'sum' && !m.derived);
  for (const place of bottomUp(ds)) {
    const kids = tree.sumChildren(place.id);
    if (kids.length === 0) continue;
    for (const metric of sumMetrics) {
      const dates = new Set<string>();
      for (const k of kids) for (const f of table.get(k.id)?.get(metric.id) ?? []) dates.add(f.date);
      for (const date of [...dates].sort()) {
        if (get(table, place.id, metric.id, date)) continue; // a stated value wins over a sum
        const parts = kids
          .map((k) => get(table, k.id, metric.id, date))
          .filter((f): f is Figure => f !== undefined);
        const missing = kids.length - parts.length;
        put(table, {
          place: place.id,
          metric: metric.id,
          date,
          value: parts.reduce((s, f) => s + (f.value ?? 0), 0),
          suppressed: false,
          // A sum with unreported parts is a lower bound.
          qualifier: combineQualifiers([
            ...parts.map((f) => f.qualifier),
            ...(missing ? (['at-least'] as const) : []),
          ]),
          provenance: combineProvenance(parts.map((f) => f.provenance)),
          derivation: { kind: 'sum', parts: parts.length, missing },
          published: parts
            .map((f) => f.published)
            .sort()
            .at(-1)!,
          revisions: [],
        });
      }
    }
  }
}

/** Where no count of mahallas is stated, counts those listed in places.json. */
export function countMahallas(ds: Dataset, tree: Tree, table: FigureTable): void {
  if (!ds.metricById.has('mahallas')) return;
  const latestSnapshot = ds.snapshots.at(-1)!.published;
  for (const place of ds.places) {
    if (place.kind === 'mahalla') continue;
    const listed = tree.mahallasUnder(place.id);
    if (listed.length === 0 || get(table, place.id, 'mahallas', latestSnapshot)) continue;
    put(table, {
      place: place.id,
      metric: 'mahallas',
      date: latestSnapshot,
      value: listed.length,
      suppressed: false,
      qualifier: 'exact',
      provenance: listed.some((m) => m.illustrative) ? { kind: 'illustrative' } : { kind: 'register' },
      derivation: { kind: 'count' },
      published: latestSnapshot,
      revisions: [],
    });
  }
}
