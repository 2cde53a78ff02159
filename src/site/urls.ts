/** Every URL of the site is made here, so pages and links cannot disagree. */
import { type Locale, locales, localeSegment } from '../i18n/locales.ts';
import type { Tree } from '../model/tree.ts';
import { siteUrl } from './config.ts';

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
