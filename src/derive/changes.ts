/** What changed for a place between the latest snapshot and the one before, revisions included. */
import type { Figure, PlaceFigures } from './figure.ts';

interface PlaceChange {
  metric: string;
  /** `update`: a newer date's value; `revision`: the same date republished with another value. */
  kind: 'update' | 'revision';
  before: Figure | { value: number | null; date: string; qualifier: Figure['qualifier'] };
  after: Figure;
}

const same = (
  a: { value: number | null; qualifier: string },
  b: { value: number | null; qualifier: string },
) => a.value === b.value && a.qualifier === b.qualifier;

/**
 * Changes brought by the snapshot published `latest`, against the one published `previous`:
 * the newest value of each metric against the one before it, and revisions of past dates.
 */
export function changesOf(
  figures: PlaceFigures,
  latest: string,
  previous: string | undefined,
): PlaceChange[] {
  if (!previous) return [];
  const out: PlaceChange[] = [];
  for (const [metric, series] of figures) {
    const after = series.at(-1);
    if (after && after.date > previous && after.published === latest) {
      const before = [...series].reverse().find((f) => f.date <= previous);
      // Two hidden values ("fewer than 5" both times) have nothing to show.
      if (before && !same(before, after) && !(before.value === null && after.value === null))
        out.push({ metric, kind: 'update', before, after });
    }
    for (const f of series) {
      const revised = f.revisions.at(-1);
      if (
        f.published === latest &&
        f.date <= previous &&
        revised &&
        revised.published <= previous &&
        !same(revised, f)
      ) {
        out.push({
          metric,
          kind: 'revision',
          before: { value: revised.value, date: f.date, qualifier: revised.qualifier },
          after: f,
        });
      }
    }
  }
  return out;
}
