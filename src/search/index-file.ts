/**
 * The search index file format, shared by the build (writer: index-write.ts) and the browser
 * (reader). Every string the entries repeat is stored once, or made again by the reader:
 * links from the parent's link and the place's slug, where a place is from its ancestors'
 * names, search keys without their generic words (kind-words.ts), kind words and sector
 * titles from one table each. Places are columns, in the order of places.json.
 */
import type { SearchEntry } from './rank.ts';
import type { PlaceKind } from '../model/types.ts';
import { searchKey } from './key.ts';
import { withKindless } from './kind-words.ts';
import { toSlug } from '../translit/slug.ts';

export interface SearchIndexFile {
  version: 3;
  /** Start of every link: `/en/`. */
  root: string;
  /** The kind of place in words ("Mahalla"). */
  kinds: Record<PlaceKind, string>;
  /** Titles of sectors 1 to 4 ("Sector 2"). */
  sectors: string[];
  /** How many places back the place's parent is; 0 for none. */
  parent: number[];
  /** The kind of each place, one letter (`TYPE_LETTER`). */
  type: string;
  /** One digit a place: a sector's number, the number of a mahalla's sector, else 0. */
  sector: string;
  /** Name of each place in the locale; "" for a sector (its title). */
  name: string[];
  /**
   * Keys of the name forms, once each, joined by "|" (the reader adds them without generic
   * words: `withKindless`); an empty key stands for the key of the place's title (`titleOf`).
   */
  key: string[];
  /** URL segment, or how to make it (`slugOf`). */
  slug: (string | number)[];
}

export const TYPE_LETTER: Record<PlaceKind, string> = {
  region: 'r',
  district: 'd',
  city: 'c',
  sector: 's',
  mahalla: 'm',
};
const TYPE_OF = new Map(Object.entries(TYPE_LETTER).map(([kind, letter]) => [letter, kind as PlaceKind]));

/** The name a place is found by: a sector's says where it is ("Sector 2, Oltiariq tumani"). */
export function titleOf(type: PlaceKind, name: string, parentName: string | undefined): string {
  return type === 'sector' && parentName !== undefined ? `${name}, ${parentName}` : name;
}

/** A slug as stored: 0 for the slug of the name, n for the n-th key with "-" for spaces, or itself. */
export function slugOf(stored: string | number, name: string, keys: readonly string[]): string {
  if (typeof stored === 'string') return stored;
  return stored === 0 ? toSlug(name) : keys[stored - 1]!.replaceAll(' ', '-');
}

/** `searchKey`, made once per name: many mahallas share one (Navbahor, Yangi hayot). */
function keyMemo(): (text: string) => string {
  const keys = new Map<string, string>();
  return (text) => keys.get(text) ?? keys.set(text, searchKey(text)).get(text)!;
}

/** One place of the file, given its parent's entry and the names of its ancestors, nearest first. */
function entryAt(
  file: SearchIndexFile,
  i: number,
  up: { parent: SearchEntry | undefined; trail: string[]; keyOf: (text: string) => string },
): SearchEntry {
  const type = TYPE_OF.get(file.type[i]!)!;
  const sector = Number(file.sector[i]);
  const name = type === 'sector' ? file.sectors[sector - 1]! : file.name[i]!;
  const own = up.keyOf(titleOf(type, name, up.parent?.name));
  const keys = withKindless(file.key[i]!.split('|').map((k) => k || own));
  return {
    name,
    kind: file.kinds[type],
    type,
    href: `${up.parent?.href ?? file.root}${slugOf(file.slug[i]!, name, keys)}/`,
    context: (type === 'mahalla' && sector ? [file.sectors[sector - 1]!, ...up.trail] : up.trail).join(', '),
    keys,
  };
}

/** Reads an index file back into entries, the same as the build's `searchEntries`. */
export function entriesFromFile(file: SearchIndexFile): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const trails: string[][] = [];
  const keyOf = keyMemo();
  // Parents are read first, whichever order places.json lists them in.
  const read = (i: number): number => {
    if (entries[i]) return i;
    const back = file.parent[i]!;
    const up = back ? read(i - back) : undefined;
    const parent = up === undefined ? undefined : entries[up];
    // A parent is a region, district or city (check-places.ts), so its entry's name is its name.
    trails[i] = parent ? [parent.name, ...trails[up!]!] : [];
    entries[i] = entryAt(file, i, { parent, trail: trails[i]!, keyOf });
    return i;
  };
  for (let i = 0; i < file.type.length; i++) read(i);
  return entries;
}
