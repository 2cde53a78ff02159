/**
 * Values as the files and the API publish them. Raw snapshot files hold every count as
 * entered; what leaves the site carries the same small-number protection as the pages:
 * - a value still in force shows exactly what the place's page shows (the FigureTable);
 * - a superseded value of a sensitive metric at mahalla level is hidden when it is 1–4,
 *   or when the value that replaced it is hidden; and where that leaves one hidden value
 *   among a sector's mahallas in the file, the smallest other one is hidden too;
 * - an earlier value listed as revised is hidden on the same terms.
 */
import type { Dataset, StoredValue } from '../model/dataset.ts';
import type { Tree } from '../model/tree.ts';
import type { Metric, Provenance, Qualifier } from '../model/types.ts';
import type { FigureTable, Revision } from '../derive/figure.ts';
import { currentValues, valueKey, type CurrentValue } from '../model/history.ts';
import { get } from '../derive/stored.ts';
import { cellsToHide, isSmall } from '../derive/suppress.ts';
import { recent, type Recent } from '../site/recent.ts';

/** What export code needs of the site's data (a `SiteData` fits). */
export interface ExportData {
  ds: Dataset;
  tree: Tree;
  figures: FigureTable;
}

/** Why a published value is hidden, or null. */
export type Suppression = 'fewer-than-5' | 'protects-small' | null;

/** One stored value of a snapshot, as that snapshot is published. */
export interface PublishedValue {
  place: string;
  metric: string;
  date: string;
  value: number | null;
  qualifier: Qualifier;
  suppressed: Suppression;
  provenance: Provenance;
  /** Publication date of the snapshot that revised this value, if a later one did. */
  supersededIn: string | null;
  /** Index of its record in the snapshot file. */
  record: number;
}

/** A number as files give it: shares to 4 decimals, rates to 2 (finer than the pages). */
export function fileValue(value: number, unit: Metric['unit']): number {
  const digits = unit === 'share' ? 4 : unit === 'per-10000' ? 2 : -1;
  return digits < 0 ? value : Number(value.toFixed(digits));
}

/** True for the counts that are hidden when small: a sensitive stored metric at mahalla level. */
export function isProtected(ds: Dataset, place: string, metric: string): boolean {
  const m = ds.metricById.get(metric);
  return !!m?.sensitive && !m.derived && ds.placeById.get(place)?.kind === 'mahalla';
}

/** Earlier values of a figure as published: a small one at mahalla level is hidden. */
export function publishedRevisions(
  ds: Dataset,
  place: string,
  metric: string,
  revisions: readonly Revision[],
): Revision[] {
  const guard = isProtected(ds, place, metric);
  return revisions.map((r) => (guard && isSmall(r.value) ? { ...r, value: null } : r));
}

const historyCache = new WeakMap<Dataset, Map<string, CurrentValue>>();
// Per snapshot, the last two only: the data and API routes list snapshots in order.
const snapshotCache = new WeakMap<ExportData, Recent<string, PublishedValue[]>>();

/** Which publication revised a stored value, or null while it is in force. */
function supersededIn(history: Map<string, CurrentValue>, v: StoredValue): string | null {
  const entry = history.get(valueKey(v.place, v.metric, v.date));
  if (!entry || entry.current.published === v.published) return null;
  const chain = [...entry.revised, entry.current];
  const i = chain.findIndex((x) => x.published === v.published);
  return chain[i + 1]?.published ?? null;
}

const sectorCache = new WeakMap<ExportData, Map<string, string | null>>();

/** Id of the sector a place belongs to, or null (memoised: the tree looks it up by scanning). */
export function sectorIdOf(data: ExportData, place: string): string | null {
  const cache = sectorCache.get(data) ?? sectorCache.set(data, new Map()).get(data)!;
  let id = cache.get(place);
  if (id === undefined) cache.set(place, (id = data.tree.sectorOf(place)?.id ?? null));
  return id;
}

/** The group a mahalla's total is published over: its sector, else its district. */
function groupOf(data: ExportData, place: string): string {
  const p = data.ds.placeById.get(place);
  return sectorIdOf(data, place) ?? (p && 'parent' in p ? p.parent : place);
}

function publish(data: ExportData, v: StoredValue, history: Map<string, CurrentValue>): PublishedValue {
  const { ds, figures } = data;
  const record = Number(/^\$\.records\[(\d+)\]/.exec(v.path)?.[1] ?? -1);
  const base = {
    place: v.place,
    metric: v.metric,
    date: v.date,
    qualifier: v.qualifier,
    provenance: v.provenance,
    record,
  };
  const current = get(figures, v.place, v.metric, v.date);
  const later = supersededIn(history, v);
  if (later === null) {
    // In force: the page's decision.
    const hidden = current?.suppressed || null;
    return { ...base, value: hidden ? null : v.value, suppressed: hidden, supersededIn: null };
  }
  let suppressed: Suppression = null;
  if (isProtected(ds, v.place, v.metric))
    suppressed = isSmall(v.value) ? 'fewer-than-5' : current?.suppressed ? 'protects-small' : null;
  return { ...base, value: suppressed ? null : v.value, suppressed, supersededIn: later };
}

/** A second hidden value wherever a superseded one would be the only hidden one of its group. */
function protectSuperseded(data: ExportData, values: PublishedValue[]): void {
  const groups = new Map<string, PublishedValue[]>();
  for (const v of values) {
    if (!isProtected(data.ds, v.place, v.metric)) continue;
    const key = `${v.metric}|${v.date}|${groupOf(data, v.place)}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(v);
  }
  for (const members of groups.values()) {
    if (!members.some((v) => v.supersededIn && v.suppressed)) continue;
    if (members.filter((v) => v.suppressed).length !== 1) continue;
    // cellsToHide adds the smallest visible value when exactly one is hidden.
    const hide = cellsToHide(members.map((v) => (v.suppressed ? 1 : v.value)));
    for (const [i] of hide)
      if (!members[i]!.suppressed) Object.assign(members[i]!, { value: null, suppressed: 'protects-small' });
  }
}

/** Every stored value of the snapshot published on `date`, in file order, protected. */
export function publishedValues(data: ExportData, date: string): PublishedValue[] {
  const cache = snapshotCache.get(data) ?? snapshotCache.set(data, recent(2)).get(data)!;
  return cache.get(date, () => {
    const history =
      historyCache.get(data.ds) ?? historyCache.set(data.ds, currentValues(data.ds.values)).get(data.ds)!;
    const values: PublishedValue[] = [];
    for (const v of data.ds.values) if (v.published === date) values.push(publish(data, v, history));
    protectSuperseded(data, values);
    return values;
  });
}
