/** The dataset as it stood when a snapshot was published: later snapshots left out. */
import type { Dataset } from '../model/dataset.ts';

export function datasetAsOf(ds: Dataset, published: string): Dataset {
  return {
    ...ds,
    snapshots: ds.snapshots.filter((s) => s.published <= published),
    values: ds.values.filter((v) => v.published <= published),
  };
}
