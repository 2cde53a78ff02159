/** Merges snapshots: for each place, metric and date, the latest published value wins. */
import type { StoredValue } from './dataset.ts';

/** The value in force for one place, metric and date, with the values it replaced. */
export interface CurrentValue {
  current: StoredValue;
  /** Earlier published values for the same date, oldest first. */
  revised: StoredValue[];
}

export const valueKey = (place: string, metric: string, date: string) => `${place}|${metric}|${date}`;

/** Groups values by place, metric and date; `values` may be in any order. */
export function currentValues(values: readonly StoredValue[]): Map<string, CurrentValue> {
  const sorted = [...values].sort((a, b) => a.published.localeCompare(b.published));
  const out = new Map<string, CurrentValue>();
  for (const v of sorted) {
    const key = valueKey(v.place, v.metric, v.date);
    const prev = out.get(key);
    if (!prev) out.set(key, { current: v, revised: [] });
    else if (prev.current.published === v.published)
      continue; // duplicate in one file: reported by the checks
    else out.set(key, { current: v, revised: [...prev.revised, prev.current] });
  }
  return out;
}
