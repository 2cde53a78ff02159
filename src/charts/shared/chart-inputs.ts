/** Reading chart inputs from the site data: short names, figures by date, metric labels. */
import type { PlaceEntry } from '../../model/dataset.ts';
import type { Figure } from '../../derive/figure.ts';
import type { SiteData } from '../../site/data.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { placeName } from '../../site/names.ts';
import { metricLabel } from '../../site/figures.ts';
import type { ChartName } from './chart-spec.ts';
import type { Unit } from './values.ts';
import { isolate } from './label-text.ts';

/** A place's name as charts print it: `Sector 2`, `Qaynar` (the page heading gives the rest). */
export function shortName(place: PlaceEntry, locale: Locale): ChartName {
  if (place.kind === 'sector') return { text: t(locale, 'sector.title', { n: place.number }), lang: locale };
  const n = placeName(place, locale);
  return { text: isolate(n.text), lang: n.lang };
}

/** The figure of a series for a date, if there is one. */
export const figureAt = (series: readonly Figure[] | undefined, date: string): Figure | undefined =>
  series?.find((f) => f.date === date);

/** A metric's label and unit in a locale (the id itself if the dataset lacks it). */
export function metricInfo(data: SiteData, id: string, locale: Locale): { label: string; unit: Unit } {
  const m = data.ds.metricById.get(id);
  return m ? { label: isolate(metricLabel(m, locale)), unit: m.unit } : { label: id, unit: 'people' };
}

/** Every date any snapshot refers to, oldest first: the x axis of trends. */
export function snapshotDates(data: SiteData): string[] {
  const cached = datesCache.get(data);
  if (cached) return cached;
  const dates = [...new Set(data.ds.values.map((v) => v.date))].sort();
  datesCache.set(data, dates);
  return dates;
}
const datesCache = new WeakMap<SiteData, string[]>();
