/**
 * Orders search results: exact name, then prefix, then word prefix, then inside a word,
 * then near misses; generic words ("tumani", "МФЙ") are set aside and favour their kind.
 */
import type { PlaceKind } from '../model/types.ts';
import { splitKind } from './kind-words.ts';

/** One searchable place, as stored in the index. */
export interface SearchEntry {
  /** Name in the page's locale. */
  name: string;
  /** Kind, in words ("Mahalla"). */
  kind: string;
  /** Kind of place, for queries that name one ("Fargʻona shahri"). */
  type: PlaceKind;
  /** Link to its page. */
  href: string;
  /** Where it is ("Sector 2, Oʻzbekiston tumani"). */
  context: string;
  /** Search keys of every form of its name. */
  keys: string[];
}

/** How well a key matches the query, 0 for not at all. */
export function matchScore(query: string, key: string): number {
  if (!query) return 0;
  if (key === query) return 5;
  if (key.startsWith(query)) return 4;
  if (key.split(' ').some((w) => w.startsWith(query))) return 3;
  if (key.includes(query)) return 2;
  if (query.length >= 4) {
    const allowed = query.length >= 7 ? 2 : 1;
    const words = [key, ...key.split(' ')];
    if (words.some((w) => editDistance(query, w.slice(0, query.length)) <= allowed)) return 1;
  }
  return 0;
}

/** Levenshtein distance, for near misses such as a dropped or swapped letter. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** The best `limit` entries for a query key, best first; ties go to the shorter name, then A–Z. */
export function rankResults(query: string, entries: readonly SearchEntry[], limit = 8): SearchEntry[] {
  const { rest, kind } = splitKind(query);
  const q = rest || query;
  const scored: { e: SearchEntry; s: number }[] = [];
  for (const e of entries) {
    const s = Math.max(0, ...e.keys.map((k) => matchScore(q, k)));
    // Within a level of match, the kind the query names comes first.
    if (s > 0) scored.push({ e, s: s + (kind && e.type === kind ? 0.5 : 0) });
  }
  scored.sort((a, b) => b.s - a.s || a.e.name.length - b.e.name.length || a.e.name.localeCompare(b.e.name));
  return scored.slice(0, limit).map((x) => x.e);
}
