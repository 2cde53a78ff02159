/**
 * The charts that have embed pages and files (those of regions, districts and sectors,
 * built as their place pages build them), and the key figures each chart's "Cite" quotes.
 */
import type { Locale } from '../i18n/locales.ts';
import type { Figure } from '../derive/figure.ts';
import type { SiteData } from '../site/data.ts';
import type { ChartSpec } from '../charts/shared/types.ts';
import { progressModel } from '../charts/progress/model.ts';
import { layoutProgress, PROGRESS_METRICS } from '../charts/progress/layout.ts';
import { childrenRanking, siblingsRanking } from '../charts/ranking/model.ts';
import { layoutRanking } from '../charts/ranking/layout.ts';
import { trendModel, TOPICS } from '../charts/trend/model.ts';
import { layoutTrend } from '../charts/trend/layout.ts';
import { institutionsModel, KINDS } from '../charts/institutions/model.ts';
import { layoutInstitutions } from '../charts/institutions/layout.ts';
import { notebooksModel, PANELS } from '../charts/notebooks/model.ts';
import { layoutNotebooks } from '../charts/notebooks/layout.ts';
import { figureAt } from '../charts/shared/data.ts';

/** One chart: its model (undefined when the place has no data for it) and its layout. */
interface Chart<M> {
  id: string;
  model: (data: SiteData, placeId: string, locale: Locale) => M | undefined;
  layout: (m: M, locale: Locale) => ChartSpec;
  /** The metrics of the place that the chart is about (its citation quotes them). */
  metrics: readonly string[];
}
const chart = <M>(c: Chart<M>): Chart<unknown> => c as Chart<unknown>;

/** Chart ids in page order, with their model, layout and metrics. */
const CHARTS: readonly Chart<unknown>[] = [
  chart({ id: 'chart-progress', model: progressModel, layout: layoutProgress, metrics: PROGRESS_METRICS }),
  chart({ id: 'chart-trend-iron', model: (d, p, l) => trendModel(d, p, l, 'iron'), layout: layoutTrend, metrics: TOPICS.iron.lines }),
  chart({ id: 'chart-ranking', model: childrenRanking, layout: layoutRanking, metrics: ['iron_lifted_share'] }),
  chart({ id: 'chart-standing', model: siblingsRanking, layout: layoutRanking, metrics: ['iron_lifted_share'] }),
  chart({ id: 'chart-notebooks', model: notebooksModel, layout: layoutNotebooks, metrics: PANELS.map((p) => p.metric) }),
  chart({ id: 'chart-institutions', model: institutionsModel, layout: layoutInstitutions, metrics: KINDS.map((k) => k.count) }),
  chart({ id: 'chart-trend-appeals', model: (d, p, l) => trendModel(d, p, l, 'appeals'), layout: layoutTrend, metrics: TOPICS.appeals.lines }),
];

/**
 * Whether a place's charts get embed pages and files: regions, districts, cities and
 * sectors (not mahallas) that have figures (a place without any has no chart at all).
 */
export function hasChartFiles(data: SiteData, placeId: string): boolean {
  const p = data.ds.placeById.get(placeId);
  return p !== undefined && p.kind !== 'mahalla' && data.figuresOf(placeId).size > 0;
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
export function chartSpec(data: SiteData, placeId: string, chartId: string, locale: Locale): ChartSpec | undefined {
  const c = CHARTS.find((x) => x.id === chartId);
  const m = c && hasChartFiles(data, placeId) ? c.model(data, placeId, locale) : undefined;
  return m === undefined ? undefined : c!.layout(m, locale);
}

/** The metrics of the place that a chart is about. */
export const chartMetrics = (chartId: string): readonly string[] => CHARTS.find((c) => c.id === chartId)?.metrics ?? [];

/** The figures a chart's citation quotes: the place's own, at the chart's last date. */
export function keyFigures(data: SiteData, placeId: string, spec: ChartSpec): Figure[] {
  const metrics = chartMetrics(spec.id);
  const figures = data.figuresOf(placeId);
  return metrics.map((m) => figureAt(figures.get(m), spec.dates.to)).filter((f): f is Figure => f !== undefined);
}

/** The place whose page path (`fergana/ozbekiston/sector-2`) is given, for components that only see the URL. */
export function placeIdByPath(data: SiteData, path: string): string | undefined {
  let index = byPath.get(data);
  if (!index) byPath.set(data, (index = new Map(data.ds.places.map((p) => [data.tree.path(p.id), p.id]))));
  return index.get(path.replace(/^\/+|\/+$/g, ''));
}
const byPath = new WeakMap<SiteData, Map<string, string>>();
