/**
 * Every URL of the site is made here (as Starlight keeps its routing helpers in one
 * place), so pages, files, feeds, the API and links cannot disagree: pages, embeds,
 * chart files, images, map data, the search index, the API and downloads.
 * e2e/routes.spec.ts checks that each one names a file the build wrote.
 */
import { type Locale, locales, localeSegment } from '../i18n/locales.ts';
import type { Tree } from '../model/tree.ts';
import { siteUrl } from './config.ts';
import type { SiteData } from './data.ts';

const seg = (locale: Locale) => localeSegment[locale];

// Pages

export const homeUrl = (locale: Locale) => `/${seg(locale)}/`;
export const aboutUrl = (locale: Locale) => `/${seg(locale)}/about/`;
export const azUrl = (locale: Locale) => `/${seg(locale)}/a-z/`;
export const placeUrl = (locale: Locale, tree: Tree, id: string) => `/${seg(locale)}/${tree.path(id)}/`;
/** A snapshot's archive page, at an anchor if given. */
export const archiveUrl = (locale: Locale, published: string, anchor?: string) =>
  `/${seg(locale)}/archive/${published}/${anchor ? `#${anchor}` : ''}`;
/** The Atom feed of snapshots. */
export const feedUrl = (locale: Locale) => `/${seg(locale)}/feed.xml`;

/** `getStaticPaths` of a page that exists once per locale. */
export const localePaths = () =>
  locales.map((locale) => ({ params: { locale: seg(locale) }, props: { locale } }));

/** Same page in another locale: swaps the first path segment. */
export function switchLocale(pathname: string, to: Locale): string {
  return pathname.replace(/^\/[^/]+\//, `/${seg(to)}/`);
}

export const absolute = (path: string) => `${siteUrl}${path}`;

// Embeds and chart files

/**
 * A place's embed page (latest snapshot), holding all its charts, at one chart if given:
 * `/embed/en/fergana/ozbekiston/sector-2/#chart-progress`. (Until 2026-11 each chart had its
 * own page, `…/sector-2/chart-progress/`; those addresses redirect here: src/deploy/redirects.ts.)
 */
export const embedUrl = (locale: Locale, placePath: string, chartId?: string) =>
  `/embed/${seg(locale)}/${placePath}/${chartId ? `#${chartId}` : ''}`;
/**
 * A place's embed page pinned to a snapshot: all its charts as they were in the snapshot
 * of `date` (`/embed/en/2020-12-02/fergana/ozbekiston/sector-2/`); `#<chart id>` shows one.
 */
export const pinnedEmbedUrl = (locale: Locale, date: string, placePath: string) =>
  `/embed/${seg(locale)}/${date}/${placePath}/`;
/** A chart's standalone SVG, whose labels are in the locale (its PNGs are drawn from it in the browser). */
export const chartSvgUrl = (locale: Locale, placeId: string, chartId: string) =>
  `/charts/${seg(locale)}/${placeId}/${chartId}.svg`;
/** A chart's CSV (the same for every locale). */
export const chartCsvUrl = (placeId: string, chartId: string) => `/charts/${placeId}/${chartId}.csv`;

// Images, map data, search

/** A link-preview card as SVG (made by the og endpoint) and as PNG (drawn from it by the PNG stage). */
export const ogSvgUrl = (locale: Locale, cardId: string) => `/og/${seg(locale)}/${cardId}.svg`;
export const ogPngUrl = (locale: Locale, cardId: string) => `/og/${seg(locale)}/${cardId}.png`;
/** The data file Leaflet reads for a map (`subjectPath`: a place path, or `_country`). */
export const mapDataUrl = (locale: Locale, subjectPath: string) => `/map/${seg(locale)}/${subjectPath}.json`;
/** The search index of a locale. */
export const searchIndexUrl = (locale: Locale) => `/search/${seg(locale)}.json`;

// The static API and downloads

export const apiUrl = {
  index: '/api/v1/index.json',
  places: '/api/v1/places.json',
  place: (id: string) => `/api/v1/places/${id}.json`,
  metrics: '/api/v1/metrics.json',
  sources: '/api/v1/sources.json',
  snapshots: '/api/v1/snapshots.json',
  snapshot: (date: string) => `/api/v1/snapshots/${date}.json`,
  coverage: '/api/v1/coverage.json',
  schema: (name: string) => `/api/v1/schema/${name}.schema.json`,
} as const;

export const downloadUrl = {
  placeCsv: (id: string) => `/data/places/${id}.csv`,
  snapshotCsv: (date: string) => `/data/snapshots/${date}.csv`,
  snapshotJson: (date: string) => `/data/snapshots/${date}.json`,
  coverageCsv: '/data/coverage.csv',
  readme: '/data/README.txt',
  licence: '/data/LICENSE.txt',
  templateXlsx: '/data/template.xlsx',
  templateCsv: '/data/template.csv',
} as const;

/** The place whose page path (`fergana/ozbekiston/sector-2`) is given, for components that only see the URL. */
export function placeIdByPath(data: SiteData, path: string): string | undefined {
  let index = byPath.get(data);
  if (!index) byPath.set(data, (index = new Map(data.ds.places.map((p) => [data.tree.path(p.id), p.id]))));
  return index.get(path.replace(/^\/+|\/+$/g, ''));
}
const byPath = new WeakMap<SiteData, Map<string, string>>();
