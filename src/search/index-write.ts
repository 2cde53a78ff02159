/** Writes the search index file of a locale (format: index-file.ts) at build time. */
import type { SiteData } from '../site/data.ts';
import type { PlaceKind } from '../model/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import { homeUrl } from '../site/routes.ts';
import { toSlug } from '../translit/slug.ts';
import { mahallaSector, nameKeys, searchEntries } from './entries.ts';
import { TYPE_LETTER, titleOf, type SearchIndexFile } from './index-file.ts';
import { searchKey } from './key.ts';

/** How to store a slug: made from the name (0), from the n-th key (n), or the slug itself. */
function slugToken(slug: string, name: string, keys: readonly string[]): string | number {
  const fromName = (() => {
    try {
      return toSlug(name);
    } catch {
      return undefined; // a name in Cyrillic, or with other signs
    }
  })();
  if (fromName === slug) return 0;
  const n = keys.findIndex((k) => k.replaceAll(' ', '-') === slug);
  return n >= 0 ? n + 1 : slug;
}

export function searchIndexFile(data: SiteData, locale: Locale): SearchIndexFile {
  const { places } = data.ds;
  const entries = searchEntries(data, locale);
  const indexOf = new Map(places.map((p, i) => [p.id, i]));
  const file: SearchIndexFile = {
    version: 3,
    root: homeUrl(locale),
    kinds: Object.fromEntries(
      (Object.keys(TYPE_LETTER) as PlaceKind[]).map((k) => [k, t(locale, `kind.${k}`)]),
    ) as Record<PlaceKind, string>,
    sectors: [1, 2, 3, 4].map((n) => t(locale, 'sector.title', { n })),
    parent: [],
    type: '',
    sector: '',
    name: [],
    key: [],
    slug: [],
  };
  places.forEach((p, i) => {
    const e = entries[i]!;
    const up = 'parent' in p ? indexOf.get(p.parent)! : undefined;
    const own = searchKey(titleOf(p.kind, e.name, up === undefined ? undefined : entries[up]!.name));
    file.parent.push(up === undefined ? 0 : i - up);
    file.type += TYPE_LETTER[p.kind];
    file.sector += String(p.kind === 'sector' ? p.number : (mahallaSector(p, data.tree) ?? 0));
    file.name.push(p.kind === 'sector' ? '' : e.name);
    file.key.push(
      nameKeys(p, locale, data.tree)
        .map((k) => (k === own ? '' : k))
        .join('|'),
    );
    file.slug.push(slugToken(p.slug, e.name, e.keys));
  });
  return file;
}
