/** Finds the place a template row is about: by its id, or by a name in any of its four forms. */
import type { Dataset, PlaceEntry } from '../model/dataset.ts';
import { textForms } from '../schema/common.ts';
import { foldApostrophes } from '../translit/apostrophes.ts';
import { cellText } from './numbers.ts';

/** A name as compared: lower case, apostrophes of any kind dropped, spaces collapsed. */
export const nameKey = (s: string): string =>
  foldApostrophes(cellText(s).normalize('NFC').toLocaleLowerCase('ru')).replace(/\s+/g, ' ');

/** Name key → the places having that name in some form. */
export type NameIndex = Map<string, PlaceEntry[]>;

/** Indexes every place under each of its four name forms. */
export function nameIndex(ds: Dataset): NameIndex {
  const index: NameIndex = new Map();
  for (const p of ds.places) {
    for (const key of new Set(textForms.map((f) => nameKey(p.names[f])))) {
      const list = index.get(key) ?? index.set(key, []).get(key)!;
      list.push(p);
    }
  }
  return index;
}

/** The place found for a row, or why none could be chosen. */
export type Match =
  | { ok: true; place: PlaceEntry }
  | { ok: false; rule: string; message: string; value: string; on: 'id' | 'name' };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when a given name is this name. A CSV saved in the Windows Cyrillic code page
 * turns letters it lacks (ʻ, қ, ғ, ҳ) into "?", so "?" stands for one letter or none.
 */
export function keyFits(placeKey: string, givenKey: string): boolean {
  if (!givenKey.includes('?')) return placeKey === givenKey;
  return new RegExp(`^${givenKey.split('?').map(escape).join('.?')}$`, 'u').test(placeKey);
}

/** True when one of the given names is a name of `place`. */
const namesFit = (place: PlaceEntry, names: readonly string[]) =>
  names.some((n) => textForms.some((f) => keyFits(nameKey(place.names[f]), nameKey(n))));

const shortList = (ps: readonly PlaceEntry[]) =>
  ps
    .slice(0, 4)
    .map((p) => p.id)
    .join(', ') + (ps.length > 4 ? ', …' : '');

const noMatch = (rule: string, message: string, value: string, on: 'id' | 'name'): Match => ({
  ok: false,
  rule,
  message,
  value,
  on,
});

/** The place of an id; the names given, if any, must be its own. */
function matchId(ds: Dataset, idText: string, given: readonly string[]): Match {
  const place = ds.placeById.get(idText);
  if (!place) return noMatch('known-place', 'no place has this id in places.json', idText, 'id');
  if (given.length && !namesFit(place, given))
    return noMatch(
      'place-name',
      `the names in this row are not those of ${place.id} (${place.names['uz-Latn']}): was the id or the row changed? Copy the row from a fresh template`,
      given[0]!,
      'name',
    );
  return { ok: true, place };
}

/** The one place of the given kind (if any) that the names fit. */
function matchNames(ds: Dataset, index: NameIndex, given: readonly string[], kind: string): Match {
  const lossy = given.some((n) => n.includes('?'));
  const found = lossy ? new Set(ds.places) : new Set(given.flatMap((n) => index.get(nameKey(n)) ?? []));
  const named = [...found].filter((p) => namesFit(p, given));
  const fits = named.filter((p) => cellText(kind) === '' || p.kind === cellText(kind));
  if (fits.length === 1) return { ok: true, place: fits[0]! };
  if (fits.length === 0 && named.length)
    return noMatch(
      'known-place',
      `no ${cellText(kind)} has this name (${shortList(named)} do): check the kind column, or fill in the place_id`,
      given[0]!,
      'name',
    );
  if (fits.length === 0)
    return noMatch(
      'known-place',
      'no place has this name in places.json: fill in the place_id from the template',
      given[0]!,
      'name',
    );
  return noMatch(
    'ambiguous-place',
    `${fits.length} places have this name (${shortList(fits)}): fill in the place_id`,
    given[0]!,
    'name',
  );
}

/**
 * Resolves a row. With an id, the id decides and the names (if any) must be the place's,
 * which catches an id pasted into the wrong row; without one, the names must fit one place.
 */
export function matchPlace(
  ds: Dataset,
  index: NameIndex,
  id: string,
  names: readonly string[],
  kind: string,
): Match {
  const given = names.map(cellText).filter((n) => n !== '');
  const idText = cellText(id);
  if (idText !== '') return matchId(ds, idText, given);
  if (!given.length)
    return noMatch('required', 'give the place_id (or a name) of the place this row is about', '', 'id');
  return matchNames(ds, index, given, kind);
}
