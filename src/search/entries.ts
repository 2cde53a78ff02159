/** Builds the search index of a locale at build time: every place, its name forms and where it is. */
import type { SiteData } from '../site/data.ts';
import type { PlaceEntry } from '../model/dataset.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import { placeName, placeTitle } from '../site/names.ts';
import { placeUrl } from '../site/routes.ts';
import { searchKey } from './key.ts';
import { withKindless } from './kind-words.ts';
import type { SearchEntry } from './rank.ts';

/** Keys of every form of the name, once each (a sector's: of its title "Sector 2, Oltiariq tumani"). */
export function nameKeys(p: PlaceEntry, locale: Locale, tree: SiteData['tree']): string[] {
  const names = p.kind === 'sector' ? [placeTitle(p, locale, tree)] : Object.values(p.names);
  return [...new Set(names.map(searchKey).filter(Boolean))];
}

/** The number of the sector a mahalla belongs to, if that sector is a place of the dataset. */
export function mahallaSector(p: PlaceEntry, tree: SiteData['tree']): number | undefined {
  const sector = p.kind === 'mahalla' ? tree.sectorOf(p.id) : undefined;
  return sector?.kind === 'sector' ? sector.number : undefined;
}

function contextOf(p: PlaceEntry, locale: Locale, data: SiteData): string {
  const ancestors = data.tree.ancestry(p.id).slice(0, -1);
  const sector = mahallaSector(p, data.tree);
  const parts = [
    ...(sector ? [t(locale, 'sector.title', { n: sector })] : []),
    ...ancestors.reverse().map((a) => placeName(a, locale).text),
  ];
  return parts.join(', ');
}

export function searchEntries(data: SiteData, locale: Locale): SearchEntry[] {
  return data.ds.places.map((p) => ({
    name: p.kind === 'sector' ? t(locale, 'sector.title', { n: p.number }) : placeName(p, locale).text,
    kind: t(locale, `kind.${p.kind}`),
    type: p.kind,
    href: placeUrl(locale, data.tree, p.id),
    context: contextOf(p, locale, data),
    // Every form of the name, and the same without generic words ("oltiarik tumani" → "oltiarik").
    keys: withKindless(nameKeys(p, locale, data.tree)),
  }));
}
