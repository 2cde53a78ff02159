/** From a validated dataset to the figures the site publishes: stored → sums → ratios → protection. */
import type { Dataset } from '../model/dataset.ts';
import type { Tree } from '../model/tree.ts';
import type { FigureTable } from './figure.ts';
import { storedFigures } from './stored.ts';
import { aggregate, countMahallas } from './aggregate.ts';
import { ratios } from './ratio.ts';
import { suppressSmallNumbers } from './suppress.ts';

export function deriveFigures(ds: Dataset, tree: Tree): FigureTable {
  const table = storedFigures(ds);
  // Counting listed mahallas comes first: a sum over sectors where only one states its
  // count would otherwise pass for the district's (as a mere lower bound).
  countMahallas(ds, tree, table);
  aggregate(ds, tree, table);
  ratios(ds, table);
  suppressSmallNumbers(ds, tree, table);
  return table;
}
