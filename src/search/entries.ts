/** Builds the search index of a locale at build time: every place, its name forms and where it is. */
import type { SiteData } from '../site/data.ts';
import type { PlaceEntry } from '../model/dataset.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import { placeName, placeTitle } from '../site/names.ts';
import { placeUrl } from '../site/routes.ts';
import { searchKey } from './key.ts';
import { splitKind } from './kind-words.ts';
import type { SearchEntry } from './rank.ts';
import type { SearchIndexFile } from './index-file.ts';

/** Keys of every form of the name, and the same without generic words ("oltiarik tumani" → "oltiarik"). */
function keysOf(p: PlaceEntry, locale: Locale, tree: SiteData['tree']): string[] {
  const names = p.kind === 'sector' ? [placeTitle(p, locale, tree)] : Object.values(p.names);
  const keys = names.map(searchKey);
  return [...new Set([...keys, ...keys.map((k) => splitKind(k).rest)].filter(Boolean))];
}

function contextOf(p: PlaceEntry, locale: Locale, data: SiteData): string {
  const ancestors = data.tree.ancestry(p.id).slice(0, -1);
  const sector = data.tree.sectorOf(p.id);
  const parts = [
    ...(p.kind === 'mahalla' && sector
      ? [t(locale, 'sector.title', { n: sector.kind === 'sector' ? sector.number : 0 })]
      : []),
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
    keys: keysOf(p, locale, data.tree),
  }));
}

export function searchIndexFile(data: SiteData, locale: Locale): SearchIndexFile {
  return {
    version: 2,
    entries: searchEntries(data, locale).map((e) => [
      e.name,
      e.kind,
      e.href,
      e.context,
      e.keys.join('|'),
      e.type,
    ]),
  };
}
