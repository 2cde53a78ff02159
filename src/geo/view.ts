/**
 * What the map shows in one language: names, values, classes and legends for every
 * metric, for the static SVG, the list beside it and the data file Leaflet reads.
 */
import type { Metric } from '../model/types.ts';
import { latest, type Figure } from '../derive/figure.ts';
import type { SiteData } from '../site/data.ts';
import { hasFigures } from '../site/coverage.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import { formatFigure, formatNumber } from '../i18n/format.ts';
import { metricLabel } from '../site/figures.ts';
import { placeName } from '../site/names.ts';
import { placeUrl } from '../site/routes.ts';
import { computeClasses, classRanges, fillKeyOf, type Classes } from './classes.ts';
import type { Level, Subject } from './subject.ts';
import type { LegendItem, MapArea, MapData, MapMetric, MapValue } from './types.ts';
import type { PlaceEntry } from '../model/dataset.ts';

/** The metric a map opens with. */
export const DEFAULT_METRIC = 'iron_lifted_share';

/** Places of each level, for class limits that hold across every page of that level. */
function placesOfLevel(data: SiteData, level: Level): PlaceEntry[] {
  const { ds } = data;
  if (level === 'mahalla') return ds.places.filter((p) => p.kind === 'mahalla');
  if (level === 'region') return ds.places.filter((p) => p.kind === 'region');
  if (level === 'district') return ds.places.filter((p) => p.kind === 'district' || p.kind === 'city');
  return ds.places.filter((p) => p.kind === 'sector' && ds.placeById.get(p.parent)?.kind !== 'region');
}

const classCache = new Map<string, Classes>();

/** Colour classes of a metric at a level, from every value of that level. */
export function classesFor(data: SiteData, metric: string, level: Level): Classes {
  const key = `${metric}|${level}`;
  let c = classCache.get(key);
  if (!c) {
    const values = placesOfLevel(data, level).flatMap(
      (p) => latest(data.figuresOf(p.id).get(metric))?.value ?? [],
    );
    c = computeClasses(values);
    classCache.set(key, c);
  }
  return c;
}

/** A place's name as the map shows it ("Sector 2" for sectors). */
export function areaName(p: PlaceEntry, locale: Locale): { text: string; lang: string } {
  return p.kind === 'sector'
    ? { text: t(locale, 'sector.title', { n: p.number }), lang: locale }
    : placeName(p, locale);
}

/** Legend lines of a metric: its classes, then no data, hidden and illustrative where they occur. */
function legendOf(c: Classes, m: Metric, locale: Locale, values: MapValue[]): LegendItem[] {
  const fmt = (v: number) => formatNumber(locale, v, m.unit);
  // A map where nothing has a value has no classes to explain.
  const ranges = values.some((v) => typeof v.fill === 'number') ? classRanges(c) : [];
  const items: LegendItem[] = ranges.map(([from, to], i) => ({
    fill: c.colours[i]!,
    illustrative: false,
    text:
      from === undefined && to === undefined
        ? t(locale, 'map.legend.single')
        : from === undefined
          ? t(locale, 'map.legend.below', { value: fmt(to!) })
          : to === undefined
            ? t(locale, 'map.legend.above', { value: fmt(from) })
            : t(locale, 'map.legend.range', { from: fmt(from), to: fmt(to) }),
  }));
  if (values.some((v) => v.fill === 'none'))
    items.push({ fill: 'none', illustrative: false, text: t(locale, 'map.noData') });
  if (values.some((v) => v.fill === 'unpublished'))
    items.push({ fill: 'unpublished', illustrative: false, text: t(locale, 'map.unpublished') });
  if (values.some((v) => v.fill === 'hidden'))
    items.push({ fill: 'hidden', illustrative: false, text: t(locale, 'map.hidden') });
  if (values.some((v) => v.illustrative))
    items.push({ fill: c.colours.at(-1)!, illustrative: true, text: t(locale, 'map.illustrative') });
  return items;
}

/** One area's value for a metric; `published` is false where the place has no figure at all. */
function valueOf(c: Classes, m: Metric, f: Figure | undefined, locale: Locale, published: boolean): MapValue {
  if (!f && !published)
    return { text: t(locale, 'map.unpublished'), fill: 'unpublished', illustrative: false };
  return {
    text: f ? formatFigure(locale, f, m) : t(locale, 'figure.noData'),
    fill: fillKeyOf(c, f),
    illustrative: f?.provenance.kind === 'illustrative' && f.value !== null,
  };
}

/** Every metric of the catalogue that at least one area has, the default first. */
export function metricsOf(data: SiteData, subject: Subject): Metric[] {
  const list = data.ds.metrics.filter((m) => subject.places.some((p) => data.figuresOf(p.id).has(m.id)));
  // Where nothing is published below, the map still shows the areas, each marked as such.
  const fallback = data.ds.metricById.get(DEFAULT_METRIC) ?? data.ds.metrics[0];
  if (!list.length && fallback) return [fallback];
  const i = list.findIndex((m) => m.id === DEFAULT_METRIC);
  if (i > 0) list.unshift(...list.splice(i, 1));
  return list;
}

/** One metric's legend and values on a map, in a language. */
export function mapMetric(data: SiteData, subject: Subject, m: Metric, locale: Locale): MapMetric {
  const c = classesFor(data, m.id, subject.level);
  const values = subject.places.map((p) => {
    const f = latest(data.figuresOf(p.id).get(m.id));
    return [p.id, valueOf(c, m, f, locale, hasFigures(data, p.id))] as const;
  });
  return {
    id: m.id,
    label: metricLabel(m, locale),
    legend: legendOf(
      c,
      m,
      locale,
      values.map(([, v]) => v),
    ),
    values: Object.fromEntries(values),
  };
}

/** Every metric's legend and values, the default first. */
export function mapMetrics(data: SiteData, subject: Subject, locale: Locale): MapMetric[] {
  return metricsOf(data, subject).map((m) => mapMetric(data, subject, m, locale));
}

/** The areas with names and links in a language. */
export function mapAreas(data: SiteData, subject: Subject, locale: Locale): MapArea[] {
  return subject.places.map((p) => {
    const n = areaName(p, locale);
    return { id: p.id, name: n.text, lang: n.lang, href: placeUrl(locale, data.tree, p.id) };
  });
}

/** The data file Leaflet reads. */
export function mapData(data: SiteData, subject: Subject, locale: Locale): MapData {
  return {
    topology: subject.topology,
    areas: mapAreas(data, subject, locale),
    metrics: mapMetrics(data, subject, locale),
  };
}
