/**
 * The charts that have embed pages and files (those of regions, districts and sectors,
 * built as their place pages build them), and the key figures each chart's "Cite" quotes.
 */
import type { Locale } from '../i18n/locales.ts';
import type { Figure } from '../derive/figure.ts';
import type { SiteData } from '../site/data.ts';
import type { ChartSpec } from '../charts/shared/types.ts';
import { progressModel } from '../charts/progress/model.ts';
import { layoutProgress } from '../charts/progress/layout.ts';
import { childrenRanking, siblingsRanking } from '../charts/ranking/model.ts';
import { layoutRanking } from '../charts/ranking/layout.ts';
import { trendModel, TOPICS } from '../charts/trend/model.ts';
import { layoutTrend } from '../charts/trend/layout.ts';
import { institutionsModel, KINDS } from '../charts/institutions/model.ts';
import { layoutInstitutions } from '../charts/institutions/layout.ts';
import { notebooksModel, PANELS } from '../charts/notebooks/model.ts';
import { layoutNotebooks } from '../charts/notebooks/layout.ts';
import { figureAt } from '../charts/shared/data.ts';

/** One chart builder: undefined when the place has no data for it. */
type Build = (data: SiteData, placeId: string, locale: Locale) => ChartSpec | undefined;

/** Chart ids in page order, with their builder and the metrics of the place that the chart is about. */
const CHARTS: readonly { id: string; build: Build; metrics: readonly string[] }[] = [
  { id: 'chart-progress', build: (d, p, l) => map(progressModel(d, p, l), (m) => layoutProgress(m, l)), metrics: ['iron_registered', 'iron_lifted', 'iron_lifted_share'] },
  { id: 'chart-trend-iron', build: (d, p, l) => map(trendModel(d, p, l, 'iron'), (m) => layoutTrend(m, l)), metrics: TOPICS.iron.lines },
  { id: 'chart-ranking', build: (d, p, l) => map(childrenRanking(d, p, l), (m) => layoutRanking(m, l)), metrics: ['iron_lifted_share'] },
  { id: 'chart-standing', build: (d, p, l) => map(siblingsRanking(d, p, l), (m) => layoutRanking(m, l)), metrics: ['iron_lifted_share'] },
  { id: 'chart-notebooks', build: (d, p, l) => map(notebooksModel(d, p, l), (m) => layoutNotebooks(m, l)), metrics: PANELS.map((p) => p.metric) },
  { id: 'chart-institutions', build: (d, p, l) => map(institutionsModel(d, p, l), (m) => layoutInstitutions(m, l)), metrics: KINDS.map((k) => k.count) },
  { id: 'chart-trend-appeals', build: (d, p, l) => map(trendModel(d, p, l, 'appeals'), (m) => layoutTrend(m, l)), metrics: TOPICS.appeals.lines },
];

const map = <A, B>(a: A | undefined, f: (a: A) => B): B | undefined => (a === undefined ? undefined : f(a));

/** Whether a place's charts get embed pages and files: regions, districts, cities and sectors (not mahallas). */
export function hasChartFiles(data: SiteData, placeId: string): boolean {
  const p = data.ds.placeById.get(placeId);
  return p !== undefined && p.kind !== 'mahalla';
}

/** Every chart of a place that has embed pages, in page order. */
export function embeddableCharts(data: SiteData, placeId: string, locale: Locale): ChartSpec[] {
  if (!hasChartFiles(data, placeId)) return [];
  return CHARTS.map((c) => c.build(data, placeId, locale)).filter((s): s is ChartSpec => s !== undefined);
}

/** The figures a chart's citation quotes: the place's own, at the chart's last date. */
export function keyFigures(data: SiteData, placeId: string, spec: ChartSpec): Figure[] {
  const metrics = CHARTS.find((c) => c.id === spec.id)?.metrics ?? [];
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
