/**
 * Generic words of place names and queries ("tumani", "МФЙ", "город"): they never stop a
 * match, and they say which kind of place the reader means.
 */
import type { PlaceKind } from '../model/types.ts';
import { searchKey } from './key.ts';

/** Words, in every script and spelling, that name a kind of place. */
const WORDS: Record<PlaceKind, readonly string[]> = {
  region: [
    'viloyati',
    'viloyat',
    'вилояти',
    'вилоят',
    'область',
    'oblast',
    'region',
    'respublikasi',
    'республикаси',
    'республика',
    'republic',
    'of',
  ],
  district: ['tumani', 'tuman', 'тумани', 'туман', 'район', 'rayon', 'district'],
  city: ['shahri', 'shahar', 'шаҳри', 'шаҳар', 'город', 'gorod', 'г', 'city'],
  sector: ['sektor', 'сектор', 'sector'],
  mahalla: [
    'mahalla',
    'mahallasi',
    'маҳалла',
    'маҳалласи',
    'махалля',
    'махалла',
    'mfy',
    'мфй',
    'сгм',
    'mahalle',
  ],
};

const KIND_OF = new Map<string, PlaceKind>(
  (Object.entries(WORDS) as [PlaceKind, readonly string[]][]).flatMap(([kind, words]) =>
    words.map((w) => [searchKey(w), kind] as const),
  ),
);

/** A search key without its generic words, and the kind of place the first of them names. */
export function splitKind(key: string): { rest: string; kind?: PlaceKind } {
  const kept: string[] = [];
  let kind: PlaceKind | undefined;
  for (const word of key.split(' ')) {
    const k = KIND_OF.get(word);
    if (k) kind ??= k;
    else kept.push(word);
  }
  return { rest: kept.join(' '), kind };
}

/**
 * A place's search keys from the keys of its name forms: each, then each without generic
 * words ("oltiarik tumani" → "oltiarik"), once each. The index file stores only the first
 * part; the browser adds the rest.
 */
export function withKindless(keys: readonly string[]): string[] {
  return [...new Set([...keys, ...keys.map((k) => splitKind(k).rest)].filter(Boolean))];
}
