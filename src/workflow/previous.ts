/**
 * Last month's values for the template's comparison sheet: for each place and stored
 * metric, the stated figure in force as the site publishes it. The figures come from
 * deriveFigures, so the site's own small-number protection (src/derive/suppress.ts) has
 * already hidden what the pages hide: a hidden value is never written, only its reason.
 */
import { deriveFigures } from '../derive/index.ts';
import { latest, type Figure, type FigureTable } from '../derive/figure.ts';
import type { Dataset } from '../model/dataset.ts';
import type { Tree } from '../model/tree.ts';

/** A published value beside the input. */
export interface PreviousValue {
  /** The value, or null when the site hides it. */
  value: number | null;
  qualifier: Figure['qualifier'];
  /** Date the value refers to. */
  date: string;
  /** Why it is hidden, if it is. */
  suppressed: Figure['suppressed'];
  /** Source ids, or `illustrative`. */
  provenance: string;
}

/** Looks up the value in force for a place and metric (undefined when none was stated). */
export type PreviousLookup = (place: string, metric: string) => PreviousValue | undefined;

/** The stated, published figures in force; sums and shares are left out (the site computes them). */
export function previousValues(
  ds: Dataset,
  tree: Tree,
  figures: FigureTable = deriveFigures(ds, tree),
): PreviousLookup {
  return (place, metric) => {
    const f = latest(figures.get(place)?.get(metric));
    if (!f || f.derivation) return undefined;
    const provenance =
      f.provenance.kind === 'sourced'
        ? f.provenance.citations.map((c) => c.source).join(', ')
        : f.provenance.kind;
    // A hidden figure keeps its value in the table only as null: nothing to leak here.
    return {
      value: f.suppressed ? null : f.value,
      qualifier: f.qualifier,
      date: f.date,
      suppressed: f.suppressed,
      provenance,
    };
  };
}
