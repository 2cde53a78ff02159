/** Export data of a small dataset, for the unit tests of this folder. */
import { loadDatasetOrThrow } from '../model/load.ts';
import { buildTree } from '../model/tree.ts';
import { deriveFigures } from '../derive/index.ts';
import { tinyFiles, writeDataset, type Files } from '../model/fixtures/tiny.ts';
import type { ExportData } from './published.ts';

/** Loads `files` (the tiny dataset by default) from a temp folder and derives its figures. */
export function exportData(files: Files = tinyFiles()): ExportData {
  const ds = loadDatasetOrThrow(writeDataset(files));
  const tree = buildTree(ds);
  return { ds, tree, figures: deriveFigures(ds, tree) };
}
