/** Every URL of the site is made here, so pages and links cannot disagree. */
import { type Locale, locales, localeSegment } from '../i18n/locales.ts';
import type { Tree } from '../model/tree.ts';
import { siteUrl } from './config.ts';
import type { SiteData } from './data.ts';

export const homeUrl = (locale: Locale) => `/${localeSegment[locale]}/`;
export const aboutUrl = (locale: Locale) => `/${localeSegment[locale]}/about/`;
export const azUrl = (locale: Locale) => `/${localeSegment[locale]}/a-z/`;

/** `getStaticPaths` of a page that exists once per locale. */
export const localePaths = () => locales.map((locale) => ({ params: { locale: localeSegment[locale] }, props: { locale } }));
export const placeUrl = (locale: Locale, tree: Tree, id: string) => `/${localeSegment[locale]}/${tree.path(id)}/`;

/** Same page in another locale: swaps the first path segment. */
export function switchLocale(pathname: string, to: Locale): string {
  return pathname.replace(/^\/[^/]+\//, `/${localeSegment[to]}/`);
}

export const absolute = (path: string) => `${siteUrl}${path}`;

/** The place whose page path (`fergana/ozbekiston/sector-2`) is given, for components that only see the URL. */
export function placeIdByPath(data: SiteData, path: string): string | undefined {
  let index = byPath.get(data);
  if (!index) byPath.set(data, (index = new Map(data.ds.places.map((p) => [data.tree.path(p.id), p.id]))));
  return index.get(path.replace(/^\/+|\/+$/g, ''));
}
const byPath = new WeakMap<SiteData, Map<string, string>>();
