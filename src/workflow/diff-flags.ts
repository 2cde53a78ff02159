/**
 * What deserves a second look before publishing: a count that only grows going down, a
 * change larger than a set share, a sum of mahallas that no longer matches its sector's
 * stated total, and a place that reported last time but not now.
 */
import type { Dataset } from '../model/dataset.ts';
import type { Tree } from '../model/tree.ts';
import { latest, newerPartial, type Figure, type FigureTable } from '../derive/figure.ts';
import type { Change, Side } from './diff-change.ts';

/** The kinds of flag. */
export type FlagKind =
  'cumulative-decrease' | 'large-change' | 'sum-mismatch' | 'disappeared' | 'partial-sum';

/** Something to check before publishing; never an error. */
export interface Flag {
  /** What kind of suspicion. */
  kind: FlagKind;
  /** Place id. */
  place: string;
  /** Absent for flags about a whole place. */
  metric?: string;
  /** What was seen, in a sentence. */
  message: string;
}

/** What the flags are computed from. */
export interface FlagInput {
  /** The dataset as published. */
  before: Dataset;
  /** The dataset with the new snapshot. */
  after: Dataset;
  /** The place tree of `after`. */
  tree: Tree;
  /** Figures of `after` before small-number protection. */
  rawAfter: FigureTable;
  /** The changes found. */
  changes: readonly Change[];
  /** Publication date of the new snapshot. */
  published: string;
  /** Latest published snapshot before it. */
  against: string | undefined;
  /** Share above which a change is large. */
  threshold: number;
}

/** Changes smaller than this are never "large": 1 → 3 is +200 % and means nothing (the site's small-number limit). */
export const MIN_LARGE_CHANGE = 5;

const pct = (x: number) => `${(x * 100).toFixed(1).replace(/\.0$/, '')} %`;
/** How a qualifier is written after a number in the preview. */
export const QUALIFIER_MARK = {
  exact: '',
  'at-least': '+',
  'at-most': ' or fewer',
  approximately: ' (approx.)',
} as const;
const show = (s: Side) => `${s.value}${QUALIFIER_MARK[s.qualifier]} on ${s.date}`;

/** Child places in words, for messages. */
function childrenWord(tree: Tree, place: string): string {
  const kind = tree.sumChildren(place)[0]?.kind;
  return kind === 'mahalla' ? 'its mahallas' : kind === 'sector' ? 'its sectors' : 'its districts and cities';
}

/** Flags on the changes themselves: counts that only grow going down, and large changes. */
function changeFlags(input: FlagInput): Flag[] {
  const flags: Flag[] = [];
  for (const c of input.changes) {
    const b = c.before;
    if (!b) continue;
    const a = c.after;
    const m = input.after.metricById.get(c.metric);
    // Only a certain fall counts: an upper bound now against a lower bound before.
    const certain =
      (a.qualifier === 'exact' || a.qualifier === 'at-most') &&
      (b.qualifier === 'exact' || b.qualifier === 'at-least');
    if (m?.cumulative && c.kind === 'update' && a.date > b.date && a.value < b.value && certain)
      flags.push({
        kind: 'cumulative-decrease',
        place: c.place,
        metric: c.metric,
        message: `went down from ${show(b)} to ${show(a)}, but this count only grows`,
      });
    const d = Math.abs(a.value - b.value);
    // Shares and rates move with their counts, which are flagged themselves.
    if (!m?.derived && b.value > 0 && d >= MIN_LARGE_CHANGE && d / b.value > input.threshold)
      flags.push({
        kind: 'large-change',
        place: c.place,
        metric: c.metric,
        message: `${show(b)} → ${show(a)}: a change of ${pct((a.value - b.value) / b.value)}, more than ${pct(input.threshold)}`,
      });
    if (
      c.kind === 'update' &&
      b.how === 'stated' &&
      b.qualifier === 'exact' &&
      a.how === 'sum' &&
      a.value !== b.value
    )
      flags.push({
        kind: 'sum-mismatch',
        place: c.place,
        metric: c.metric,
        message: `the stated total ${show(b)} would give way to the sum of ${childrenWord(input.tree, c.place)}, ${a.value}${a.qualifier === 'at-least' ? '+' : ''} on ${a.date}`,
      });
  }
  return flags;
}

/** Stated exact totals whose children, all reported and exact, add up to something else. */
function sumFlags(input: FlagInput): Flag[] {
  const { after, tree, rawAfter, published } = input;
  const flags: Flag[] = [];
  const sumMetrics = after.metrics.filter((m) => m.aggregate === 'sum' && !m.derived);
  for (const p of after.places) {
    const kids = tree.sumChildren(p.id);
    if (!kids.length) continue;
    for (const m of sumMetrics) {
      for (const total of rawAfter.get(p.id)?.get(m.id) ?? []) {
        if (total.derivation || total.qualifier !== 'exact') continue;
        const parts = kids.map((k) =>
          rawAfter
            .get(k.id)
            ?.get(m.id)
            ?.find((f) => f.date === total.date),
        );
        if (parts.some((f) => !f || f.qualifier !== 'exact')) continue;
        const figures = parts as Figure[];
        if (total.published !== published && !figures.some((f) => f.published === published)) continue; // not this snapshot's doing
        const sum = figures.reduce((s, f) => s + (f.value ?? 0), 0);
        if (sum !== total.value)
          flags.push({
            kind: 'sum-mismatch',
            place: p.id,
            metric: m.id,
            message: `${childrenWord(tree, p.id)} add up to ${sum} on ${total.date}, not the stated total ${total.value}`,
          });
      }
    }
  }
  return flags;
}

/** Places with values in the latest published snapshot and none in the new one, where the new one covers their district. */
function goneFlags(input: FlagInput): Flag[] {
  const { before, after, published, against, tree } = input;
  if (!against) return [];
  // The district (or region) a place belongs to: the new snapshot may cover only some districts.
  const scope = (id: string) =>
    tree.ancestry(id).find((p) => p.kind === 'district' || p.kind === 'city')?.id ??
    tree.ancestry(id)[0]?.id ??
    id;
  const fresh = after.values.filter((v) => v.published === published);
  const reported = new Set(fresh.map((v) => v.place));
  const covered = new Set(fresh.map((v) => scope(v.place)));
  const last = new Map<string, Set<string>>();
  for (const v of before.values.filter((x) => x.published === against))
    (last.get(v.place) ?? last.set(v.place, new Set()).get(v.place)!).add(v.metric);
  const flags: Flag[] = [];
  for (const [place, metrics] of last) {
    if (reported.has(place) || !covered.has(scope(place))) continue;
    const where = after.placeById.get(scope(place))?.names['uz-Latn'] ?? scope(place);
    flags.push({
      kind: 'disappeared',
      place,
      message: `had values in the snapshot of ${against} (${[...metrics].join(', ')}) but has none in this one, while other places of ${where} do`,
    });
  }
  return flags;
}

/** Every flag, in the order: per change, then sums, then places gone quiet. */
/** Sums of this snapshot that only some places reported: the site keeps the complete total before them. */
function partialFlags(input: FlagInput): Flag[] {
  const flags: Flag[] = [];
  for (const [place, figures] of input.rawAfter) {
    for (const [metric, series] of figures) {
      const partial = newerPartial(series);
      const shown = latest(series);
      if (!partial || !shown || partial.published !== input.published || partial.derivation?.kind !== 'sum')
        continue;
      const { parts, missing } = partial.derivation;
      flags.push({
        kind: 'partial-sum',
        place,
        metric,
        message: `only ${parts} of ${parts + missing} places reported on ${partial.date}: their sum ${partial.value}+ is shown as incomplete, and the site keeps the complete total ${shown.value ?? ''}${QUALIFIER_MARK[shown.qualifier]} of ${shown.date}`,
      });
    }
  }
  return flags;
}

export function flagsOf(input: FlagInput): Flag[] {
  return [...changeFlags(input), ...sumFlags(input), ...goneFlags(input), ...partialFlags(input)];
}
