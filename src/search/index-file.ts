/** The search index file format, shared by the build (writer) and the browser (reader). */
import type { SearchEntry } from './rank.ts';

/** Entries as arrays `[name, kind, href, context, keys joined by "|"]`, to keep the file small. */
export interface SearchIndexFile {
  version: 1;
  entries: [string, string, string, string, string][];
}

/** Reads an index file back into entries. */
export function entriesFromFile(file: SearchIndexFile): SearchEntry[] {
  return file.entries.map(([name, kind, href, context, keys]) => ({ name, kind, href, context, keys: keys.split('|') }));
}
