/**
 * Small-number protection for the notebooks (registers of vulnerable families): at
 * mahalla level a count from 1 to 4 is published as "fewer than 5", and when a sector
 * would have exactly one such hidden value, a second one is hidden too, so that the
 * sector's total minus the others cannot reveal it.
 */
import type { Dataset } from '../model/dataset.ts';
import type { Tree } from '../model/tree.ts';
import type { Figure, FigureTable } from './figure.ts';
import { get } from './stored.ts';

/** The smallest count that may be published as it is (0 is published). */
export const SMALL_LIMIT = 5;

export const isSmall = (v: number | null) => v !== null && v > 0 && v < SMALL_LIMIT;

/**
 * Given the figures of siblings whose total is published, decides which to hide:
 * every small one, plus the smallest other one if only one would be hidden.
 * Returns the indexes to hide with the reason.
 */
export function cellsToHide(
  values: readonly (number | null)[],
): Map<number, 'fewer-than-5' | 'protects-small'> {
  const hide = new Map<number, 'fewer-than-5' | 'protects-small'>();
  values.forEach((v, i) => isSmall(v) && hide.set(i, 'fewer-than-5'));
  if (hide.size === 1) {
    let best = -1;
    values.forEach((v, i) => {
      if (hide.has(i) || v === null) return;
      if (best < 0 || v < values[best]!) best = i;
    });
    if (best >= 0) hide.set(best, 'protects-small');
  }
  return hide;
}

function hideFigure(f: Figure, reason: 'fewer-than-5' | 'protects-small'): void {
  f.value = null;
  f.suppressed = reason;
  // An earlier published value could give away the hidden one: hide revisions too.
  f.revisions = f.revisions.map((r) => ({ ...r, value: null }));
}

export function suppressSmallNumbers(ds: Dataset, tree: Tree, table: FigureTable): void {
  const sensitive = ds.metrics.filter((m) => m.sensitive && !m.derived);
  const groups = ds.places.filter(
    (p) =>
      p.kind === 'sector' ||
      ((p.kind === 'district' || p.kind === 'city') && tree.sectors(p.id).length === 0),
  );
  // Mahallas not reached through a sector still get their small values hidden.
  const grouped = new Set(groups.flatMap((g) => tree.mahallas(g.id).map((m) => m.id)));
  const singles = ds.places.filter((p) => p.kind === 'mahalla' && !grouped.has(p.id));
  for (const metric of sensitive) {
    for (const group of groups) {
      const members = tree.mahallas(group.id);
      if (members.length === 0) continue;
      const dates = new Set(
        members.flatMap((m) => (table.get(m.id)?.get(metric.id) ?? []).map((f) => f.date)),
      );
      for (const date of dates) {
        const figures = members.map((m) => get(table, m.id, metric.id, date));
        const hide = cellsToHide(figures.map((f) => f?.value ?? null));
        for (const [i, reason] of hide) hideFigure(figures[i]!, reason);
        // A group of one hidden value would show it as its own total.
        const total = get(table, group.id, metric.id, date);
        const shown = figures.filter((f) => f && !f.suppressed).length;
        if (total && hide.size > 0 && shown === 0 && isSmall(total.value)) hideFigure(total, 'fewer-than-5');
      }
    }
    for (const m of singles)
      for (const f of table.get(m.id)?.get(metric.id) ?? [])
        if (isSmall(f.value)) hideFigure(f, 'fewer-than-5');
    // A shown value may have replaced a small one: the earlier value stays hidden.
    for (const p of ds.places) {
      if (p.kind !== 'mahalla') continue;
      for (const f of table.get(p.id)?.get(metric.id) ?? [])
        f.revisions = f.revisions.map((r) => (isSmall(r.value) ? { ...r, value: null } : r));
    }
  }
  // Figures computed from a hidden value are hidden as well.
  for (const metric of ds.metrics) {
    const d = metric.derived;
    if (!d) continue;
    for (const [place, figures] of table) {
      for (const f of figures.get(metric.id) ?? []) {
        const inputs = [get(table, place, d.numerator, f.date), get(table, place, d.denominator, f.date)];
        const reason = inputs.find((x) => x?.suppressed)?.suppressed;
        if (reason) hideFigure(f, reason);
      }
    }
  }
}
