/** Names of places in a locale, with the language tag and whether they were transliterated. */
import type { PlaceEntry } from '../model/dataset.ts';
import type { Tree } from '../model/tree.ts';
import { type Locale, formsFor, formLang } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';

export interface ShownName {
  text: string;
  lang: string;
  transliterated: boolean;
}

export function placeName(place: PlaceEntry, locale: Locale): ShownName {
  const form = formsFor[locale][0]!;
  return {
    text: place.names[form],
    lang: formLang[form],
    transliterated: place.transliterated.includes(form),
  };
}

/** A name that says where the place is: "Sector 2, Oʻzbekiston tumani". */
export function placeTitle(place: PlaceEntry, locale: Locale, tree: Tree): string {
  if (place.kind !== 'sector') return placeName(place, locale).text;
  const parent = tree.ancestry(place.id).at(-2);
  const own = t(locale, 'sector.title', { n: place.number });
  return parent ? `${own}, ${placeName(parent, locale).text}` : own;
}
