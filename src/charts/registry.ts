/**
 * The one registry of chart types (as OWID's grapher keeps its chart-type map with the
 * charts): each chart's id, model, layout, the metrics its citation quotes and whether
 * mahalla pages show it, in page order. Place pages, embeds, chart files (SVG, CSV),
 * link-preview cards and the API read it; nothing else lists charts.
 */
import type { Locale } from '../i18n/locales.ts';
import type { Figure } from '../derive/figure.ts';
import type { SiteData } from '../site/data.ts';
import { hasFigures } from '../site/coverage.ts';
import type { ChartSpec } from './shared/chart-spec.ts';
import { progressModel } from './progress/progress-model.ts';
import { layoutProgress, PROGRESS_METRICS } from './progress/progress-layout.ts';
import { childrenRanking, siblingsRanking } from './ranking/ranking-model.ts';
import { layoutRanking } from './ranking/ranking-layout.ts';
import { trendModel, TOPICS } from './trend/trend-model.ts';
import { layoutTrend } from './trend/trend-layout.ts';
import { institutionsModel, KINDS } from './institutions/institutions-model.ts';
import { layoutInstitutions } from './institutions/institutions-layout.ts';
import { notebooksModel, PANELS } from './notebooks/notebooks-model.ts';
import { layoutNotebooks } from './notebooks/notebooks-layout.ts';
import { figureAt } from './shared/chart-inputs.ts';

/** One chart type: its model (undefined when the place has no data for it) and its layout. */
interface Chart<M> {
  id: string;
  model: (data: SiteData, placeId: string, locale: Locale) => M | undefined;
  layout: (m: M, locale: Locale) => ChartSpec;
  /** The metrics of the place that the chart is about (its citation quotes them). */
  metrics: readonly string[];
  /** Whether mahalla pages (most of the site) show it; their standing is a sentence instead. */
  mahallas: boolean;
}
const chart = <M>(c: Chart<M>): Chart<unknown> => c as Chart<unknown>;

/** Chart ids in page order, with their model, layout and metrics. */
const CHARTS: readonly Chart<unknown>[] = [
  chart({
    id: 'chart-progress',
    model: progressModel,
    layout: layoutProgress,
    metrics: PROGRESS_METRICS,
    mahallas: true,
  }),
  chart({
    id: 'chart-trend-iron',
    model: (d, p, l) => trendModel(d, p, l, 'iron'),
    layout: layoutTrend,
    metrics: TOPICS.iron.lines,
    mahallas: true,
  }),
  chart({
    id: 'chart-ranking',
    model: childrenRanking,
    layout: layoutRanking,
    metrics: ['iron_lifted_share'],
    mahallas: false,
  }),
  chart({
    id: 'chart-standing',
    model: siblingsRanking,
    layout: layoutRanking,
    metrics: ['iron_lifted_share'],
    mahallas: false,
  }),
  chart({
    id: 'chart-notebooks',
    model: notebooksModel,
    layout: layoutNotebooks,
    metrics: PANELS.map((p) => p.metric),
    mahallas: true,
  }),
  chart({
    id: 'chart-institutions',
    model: institutionsModel,
    layout: layoutInstitutions,
    metrics: KINDS.map((k) => k.count),
    mahallas: false,
  }),
  chart({
    id: 'chart-trend-appeals',
    model: (d, p, l) => trendModel(d, p, l, 'appeals'),
    layout: layoutTrend,
    metrics: TOPICS.appeals.lines,
    mahallas: false,
  }),
];

/** Every chart id, in page order (the redirects of old chart addresses are made from it). */
export const CHART_IDS: readonly string[] = CHARTS.map((c) => c.id);

/** The charts a place page shows, laid out in a locale, in page order. */
export function pageCharts(data: SiteData, placeId: string, locale: Locale): ChartSpec[] {
  const mahalla = data.ds.placeById.get(placeId)?.kind === 'mahalla';
  return CHARTS.filter((c) => c.mahallas || !mahalla).flatMap((c) => {
    const m = c.model(data, placeId, locale);
    return m === undefined ? [] : [c.layout(m, locale)];
  });
}

/**
 * Whether a place's charts get embed pages and files: regions, districts, cities and
 * sectors (not mahallas) that have figures (a place without any has no chart at all).
 */
export function hasChartFiles(data: SiteData, placeId: string): boolean {
  const p = data.ds.placeById.get(placeId);
  return p !== undefined && p.kind !== 'mahalla' && hasFigures(data, placeId);
}

/** Every chart of a place that has embed pages, in page order. */
export function embeddableCharts(data: SiteData, placeId: string, locale: Locale): ChartSpec[] {
  return chartIds(data, placeId).map((id) => chartSpec(data, placeId, id, locale)!);
}

/**
 * The ids of a place's embeddable charts, in page order: what routes list (small props),
 * found from the models alone, without laying the charts out.
 */
export function chartIds(data: SiteData, placeId: string): string[] {
  if (!hasChartFiles(data, placeId)) return [];
  return CHARTS.filter((c) => c.model(data, placeId, 'en') !== undefined).map((c) => c.id);
}

/** One chart of a place, laid out in a locale; undefined when the place has no such chart. */
export function chartSpec(
  data: SiteData,
  placeId: string,
  chartId: string,
  locale: Locale,
): ChartSpec | undefined {
  const c = CHARTS.find((x) => x.id === chartId);
  const m = c && hasChartFiles(data, placeId) ? c.model(data, placeId, locale) : undefined;
  return m === undefined ? undefined : c!.layout(m, locale);
}

/** The metrics of the place that a chart is about. */
export const chartMetrics = (chartId: string): readonly string[] =>
  CHARTS.find((c) => c.id === chartId)?.metrics ?? [];

/** The figures a chart's citation quotes: the place's own, at the chart's last date. */
export function keyFigures(data: SiteData, placeId: string, spec: ChartSpec): Figure[] {
  const metrics = chartMetrics(spec.id);
  const figures = data.figuresOf(placeId);
  return metrics
    .map((m) => figureAt(figures.get(m), spec.dates.to))
    .filter((f): f is Figure => f !== undefined);
}
