/** A figure as the site publishes it: stored, summed or computed, with its provenance. */
import type { Qualifier } from '../model/types.ts';

/** A cited source of a figure, with the source's own wording where given. */
export interface SourceCitation {
  source: string;
  quote?: string;
}

/**
 * Where a figure comes from. `register` marks counts of places taken from a place list
 * that is not illustrative (nobody published the count itself).
 */
export type FigureProvenance =
  { kind: 'sourced'; citations: SourceCitation[] } | { kind: 'illustrative' } | { kind: 'register' };

/** How a figure was made, when it is not a value stored in a snapshot. */
export type Derivation =
  | { kind: 'sum'; parts: number; missing: number }
  | { kind: 'ratio'; numerator: string; denominator: string; scale: number }
  | { kind: 'count' };

/** An earlier published value that was later revised. */
export interface Revision {
  published: string;
  value: number | null;
  qualifier: Qualifier;
}

export interface Figure {
  place: string;
  metric: string;
  /** Date the figure refers to. */
  date: string;
  /** `null` only when the figure is suppressed ("fewer than 5" or hidden to protect one). */
  value: number | null;
  /** Why the value is hidden, if it is. */
  suppressed: false | 'fewer-than-5' | 'protects-small';
  qualifier: Qualifier;
  provenance: FigureProvenance;
  /** Absent for values stored in a snapshot. */
  derivation?: Derivation;
  /** Publication date of the snapshot the value (or its newest input) comes from. */
  published: string;
  /** Earlier published values for the same date, oldest first. */
  revisions: Revision[];
}

/** Figures of one place: metric id → figures, oldest date first. */
export type PlaceFigures = Map<string, Figure[]>;
/** Figures of the whole dataset: place id → its figures. */
export type FigureTable = Map<string, PlaceFigures>;

/** Whether a figure is a sum some of whose parts were not reported (a lower bound of the reporters alone). */
export const isPartialSum = (f: Figure): boolean => f.derivation?.kind === 'sum' && f.derivation.missing > 0;

/**
 * The figure a reader sees first: the newest of the series, except that a partial sum gives
 * way to the newest complete figure before it. When only some districts report in a month,
 * a region's total of the reporters alone would read as a collapse; the complete total is
 * shown with its own date, and `newerPartial` gives the partial sum to flag beside it.
 */
export function latest(series: readonly Figure[] | undefined): Figure | undefined {
  const last = series?.at(-1);
  if (!series || !last || !isPartialSum(last)) return last;
  for (let i = series.length - 2; i >= 0; i--) if (!isPartialSum(series[i]!)) return series[i];
  return last;
}

/** The newer partial sum that `latest` passed over, if it did. */
export function newerPartial(series: readonly Figure[] | undefined): Figure | undefined {
  const last = series?.at(-1);
  return last && latest(series) !== last ? last : undefined;
}
