/** One figure that a new snapshot would change: the preview's unit (diff.ts) and what its flags read (diff-flags.ts). */
import type { Figure } from '../derive/figure.ts';

/** One side of a change: the figure before small-number protection, and whether the site hides it. */
export interface Side {
  /** The value, unrounded and never hidden (the officials' own number). */
  value: number;
  /** Date it refers to. */
  date: string;
  /** How exact it is. */
  qualifier: Figure['qualifier'];
  /** How the site shows it: `fewer-than-5`/`protects-small` when hidden. */
  suppressed: Figure['suppressed'];
  /** `stated` for a value from a snapshot; else how it was derived. */
  how: 'stated' | 'sum' | 'ratio' | 'count';
}

/** A figure that would change. */
export interface Change {
  /** Place id. */
  place: string;
  /** Metric id. */
  metric: string;
  /** `update`: the figure in force moves; `revision`: an earlier date's figure is republished differently. */
  kind: 'update' | 'revision';
  /** Absent when the place had no figure for the metric (or that date) before. */
  before?: Side;
  after: Side;
}
