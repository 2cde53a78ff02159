/**
 * What a new snapshot would change on the site: for each place, the figures in force
 * before (the latest published snapshot) against those with the new snapshot added,
 * stored values and the sums and shares they move; and flags for what deserves a second
 * look. Pure: takes two loaded datasets, returns data.
 */
import type { Dataset, PlaceEntry } from '../model/dataset.ts';
import { buildTree, type Tree } from '../model/tree.ts';
import { latest, newerPartial, type Figure, type FigureTable } from '../derive/figure.ts';
import { deriveFigures } from '../derive/index.ts';
import { storedFigures, get } from '../derive/stored.ts';
import { aggregate, countMahallas } from '../derive/aggregate.ts';
import { ratios } from '../derive/ratio.ts';
import { placesInTreeOrder } from './template.ts';
import { type Flag, flagsOf } from './diff-flags.ts';
import type { Change, Side } from './diff-change.ts';

export type { Change, Side } from './diff-change.ts';

/** The preview of a snapshot. */
export interface Diff {
  /** Publication date of the new snapshot. */
  published: string;
  /** Latest published snapshot it is compared with. */
  against: string | undefined;
  /** Places added to places.json with this snapshot (from a workbook's places sheet), in tree order. */
  newPlaces: string[];
  /** Figures that would change, place by place in tree order. */
  changes: Change[];
  /** What deserves a second look. */
  flags: Flag[];
}

/** Options of `diffDatasets`. */
export interface DiffOptions {
  /** A change larger than this share of the old value is flagged (0.5 = 50 %). */
  threshold: number;
}

/** Figures before small-number protection: the officials' own numbers, for comparisons. */
export function rawFigures(ds: Dataset, tree: Tree): FigureTable {
  const table = storedFigures(ds);
  aggregate(ds, tree, table);
  countMahallas(ds, tree, table);
  ratios(ds, table);
  return table;
}

/** Digits a value is compared to: what a reader sees (a share to 0.1 %, a rate to 0.01), counts whole. */
const DIGITS: Partial<Record<string, number>> = { share: 3, 'per-10000': 2 };

/** True when two figures of a metric in `unit` read the same (value as shown, and qualifier). */
export function sameFigure(a: Figure, b: Figure, unit = ''): boolean {
  if (a.value === null || b.value === null || a.qualifier !== b.qualifier) return false;
  const digits = DIGITS[unit] ?? 0;
  return a.value.toFixed(digits) === b.value.toFixed(digits);
}

function side(f: Figure, pub: FigureTable): Side {
  const shown = get(pub, f.place, f.metric, f.date);
  return {
    value: f.value ?? 0,
    date: f.date,
    qualifier: f.qualifier,
    suppressed: shown?.suppressed ?? false,
    how: f.derivation?.kind ?? 'stated',
  };
}

/** The changes of one place's metric: the figure in force, then earlier dates republished. */
function changesOf(
  place: string,
  metric: string,
  unit: string,
  before: readonly Figure[],
  after: readonly Figure[],
  pubBefore: FigureTable,
  pubAfter: FigureTable,
): Change[] {
  // The figure in force is the one the site shows first: a newer partial sum is flagged instead.
  const a = latest(after);
  if (!a) return [];
  const b = latest(before);
  const out: Change[] = [];
  if (!b || !sameFigure(a, b, unit))
    out.push({
      place,
      metric,
      kind: 'update',
      ...(b ? { before: side(b, pubBefore) } : {}),
      after: side(a, pubAfter),
    });
  for (const f of after.filter((x) => x.date < a.date)) {
    const g = before.find((x) => x.date === f.date);
    if (!g || !sameFigure(f, g, unit))
      out.push({
        place,
        metric,
        kind: 'revision',
        ...(g ? { before: side(g, pubBefore) } : {}),
        after: side(f, pubAfter),
      });
  }
  return out;
}

/** Compares the dataset as published (`before`) with the dataset plus the new snapshot (`after`). */
export function diffDatasets(before: Dataset, after: Dataset, published: string, options: DiffOptions): Diff {
  const treeBefore = buildTree(before);
  const treeAfter = buildTree(after);
  const rawBefore = rawFigures(before, treeBefore);
  const rawAfter = rawFigures(after, treeAfter);
  const pubBefore = deriveFigures(before, treeBefore);
  const pubAfter = deriveFigures(after, treeAfter);
  const changes: Change[] = [];
  const places: PlaceEntry[] = placesInTreeOrder(after, treeAfter);
  for (const p of places) {
    for (const m of after.metrics) {
      changes.push(
        ...changesOf(
          p.id,
          m.id,
          m.unit,
          rawBefore.get(p.id)?.get(m.id) ?? [],
          rawAfter.get(p.id)?.get(m.id) ?? [],
          pubBefore,
          pubAfter,
        ),
      );
    }
  }
  const against = before.snapshots.at(-1)?.published;
  const flags = flagsOf({
    before,
    after,
    tree: treeAfter,
    rawAfter,
    changes,
    published,
    against,
    threshold: options.threshold,
  });
  const newPlaces = places.filter((p) => p.added === published).map((p) => p.id);
  return { published, against, newPlaces, changes, flags };
}

/** The part of a diff about place `id` and the places under it (a sector's mahallas too). */
export function diffUnder(diff: Diff, tree: Tree, id: string): Diff {
  const under = (p: string) => tree.ancestry(p).some((a) => a.id === id || tree.sectorOf(a.id)?.id === id);
  return {
    ...diff,
    newPlaces: diff.newPlaces.filter(under),
    changes: diff.changes.filter((c) => under(c.place)),
    flags: diff.flags.filter((f) => under(f.place)),
  };
}
