/** The search index file format, shared by the build (writer) and the browser (reader). */
import type { SearchEntry } from './rank.ts';
import type { PlaceKind } from '../model/types.ts';

/** Entries as arrays `[name, kind, href, context, keys joined by "|", kind of place]`, to keep the file small. */
export interface SearchIndexFile {
  version: 2;
  entries: [string, string, string, string, string, PlaceKind][];
}

/** Reads an index file back into entries. */
export function entriesFromFile(file: SearchIndexFile): SearchEntry[] {
  return file.entries.map(([name, kind, href, context, keys, type]) => ({
    name,
    kind,
    href,
    context,
    keys: keys.split('|'),
    type,
  }));
}
