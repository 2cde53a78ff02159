/** All cross-file checks of a dataset, in the order their problems are most useful. */
import type { Dataset } from './dataset.ts';
import type { Problem } from './problems.ts';
import { checkPlaces, checkCatalogue, type FileNames } from './check-places.ts';
import { checkValues } from './check-values.ts';
import { checkSoato } from './check-soato.ts';

export function checkDataset(ds: Dataset, files: FileNames): Problem[] {
  const structural = [
    ...checkPlaces(ds, files),
    ...checkSoato(ds, files.places),
    ...checkCatalogue(ds, files),
  ];
  // Value checks walk the tree and the catalogue, so they need both to be sound.
  return structural.length ? structural : checkValues(ds);
}
