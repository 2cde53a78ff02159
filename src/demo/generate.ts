/** The demo dataset generator: a pure function from a seed and the reference tables to file texts. */
import type { Reference } from './reference.ts';
import { buildPlaces } from './places.ts';
import { buildSnapshots } from './snapshots.ts';
import { formatListFile } from '../model/list-file.ts';

export const DEFAULT_SEED = 20201202;

export interface DemoOptions {
  seed?: number;
  reference: Reference;
}

/** Relative path (`places.json`, `snapshots/2020-07-01.json`, …) → file text. Same seed, same bytes. */
export function generateDemo({ seed = DEFAULT_SEED, reference }: DemoOptions): Map<string, string> {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new RangeError(`seed must be an integer 0…4294967295, got ${seed}`);
  const { places, mahallas, sourcedSector } = buildPlaces(reference, seed);
  const files = new Map<string, string>([['places.json', formatListFile({ places }, 'places')]]);
  for (const snap of buildSnapshots(mahallas, sourcedSector, seed)) {
    files.set(
      `snapshots/${snap.published}.json`,
      formatListFile({ published: snap.published, note: snap.note, records: snap.records }, 'records'),
    );
  }
  return files;
}
