/**
 * The one entry point pages use to reach the data: loaded, checked and derived once per
 * build. A dataset with problems stops the build with the full list.
 */
import { loadDatasetOrThrow } from '../model/load.ts';
import { buildTree, type Tree } from '../model/tree.ts';
import type { Dataset, PlaceEntry } from '../model/dataset.ts';
import { deriveFigures } from '../derive/index.ts';
import { datasetAsOf } from '../derive/as-of.ts';
import type { FigureTable, PlaceFigures } from '../derive/figure.ts';
import { dataDir } from './config.ts';
import { recent } from './recent.ts';

export interface SiteData {
  ds: Dataset;
  tree: Tree;
  figures: FigureTable;
  /** Publication date of the newest snapshot. */
  latestSnapshot: string;
  figuresOf(id: string): PlaceFigures;
}

let cached: SiteData | undefined;

export function siteData(): SiteData {
  if (cached) return cached;
  const ds = loadDatasetOrThrow(dataDir);
  const tree = buildTree(ds);
  const figures = deriveFigures(ds, tree);
  const empty: PlaceFigures = new Map();
  cached = {
    ds,
    tree,
    figures,
    latestSnapshot: ds.snapshots.at(-1)!.published,
    figuresOf: (id) => figures.get(id) ?? empty,
  };
  return cached;
}

export type { PlaceEntry };

// The tables of the last two snapshots asked for: a table per snapshot of the whole country
// is ~1 GB, so routes that need them (archive pages, pinned embeds) list their paths snapshot by snapshot.
const archived = recent<string, FigureTable>(2);

/** The figures as they were published in the snapshot of `published` (for archive pages and citations). */
export function figuresAsOf(published: string): FigureTable {
  const data = siteData();
  if (published === data.latestSnapshot) return data.figures;
  return archived.get(published, () => deriveFigures(datasetAsOf(data.ds, published), data.tree));
}
