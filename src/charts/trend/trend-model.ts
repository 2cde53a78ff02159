/** Input of the trend charts: one or two counts of a topic at every snapshot date. */
import type { SiteData } from '../../site/data.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Figure } from '../../derive/figure.ts';
import type { MarkColour } from '../chart-palette.ts';
import type { PointShape } from '../shared/marks.ts';
import { chartValue, sourcesOf, type Unit } from '../shared/values.ts';
import { figureAt, metricInfo, shortName, snapshotDates } from '../shared/chart-inputs.ts';
import type { ChartName, ChartSources, ChartValue } from '../shared/chart-spec.ts';

/** A line: one metric at every date, `missing` where the snapshot has no value. */
export interface TrendSeries {
  metric: string;
  label: string;
  unit: Unit;
  colour: MarkColour;
  shape: PointShape;
  values: ChartValue[];
}

export interface TrendModel {
  id: string;
  place: ChartName;
  /** Every snapshot date, oldest first; values line up with it. */
  dates: string[];
  /** The first series is the one the title speaks of. */
  series: TrendSeries[];
  /** A ratio of the two, shown in the table only. */
  ratio?: { metric: string; label: string; values: ChartValue[] };
  sources: ChartSources;
}

/** Topics with a trend chart: the metrics drawn, first the headline one, and their ratio. */
export const TOPICS = {
  iron: { lines: ['iron_lifted', 'iron_registered'], ratio: 'iron_lifted_share' },
  appeals: { lines: ['appeals_resolved', 'appeals_received'], ratio: 'appeals_resolved_share' },
} as const;
type Topic = keyof typeof TOPICS;

const STYLE: { colour: MarkColour; shape: PointShape }[] = [
  { colour: 'primary', shape: 'circle' },
  { colour: 'secondary', shape: 'square' },
];

/** The model, or undefined when the place has no value of the topic at any date. */
export function trendModel(
  data: SiteData,
  placeId: string,
  locale: Locale,
  topic: Topic,
): TrendModel | undefined {
  const place = data.ds.placeById.get(placeId);
  const figures = data.figuresOf(placeId);
  const { lines, ratio } = TOPICS[topic];
  if (!place || !lines.some((m) => figures.get(m)?.length)) return undefined;
  const dates = snapshotDates(data);
  const used: (Figure | undefined)[] = [];
  const valuesOf = (metric: string) =>
    dates.map((d) => {
      const f = figureAt(figures.get(metric), d);
      used.push(f);
      return chartValue(f);
    });
  const series = lines.map((metric, i) => ({
    metric,
    ...metricInfo(data, metric, locale),
    ...STYLE[i]!,
    values: valuesOf(metric),
  }));
  const ratioValues = figures.get(ratio)?.length
    ? { metric: ratio, label: metricInfo(data, ratio, locale).label, values: valuesOf(ratio) }
    : undefined;
  return {
    id: `chart-trend-${topic}`,
    place: shortName(place, locale),
    dates,
    series,
    ratio: ratioValues,
    sources: sourcesOf(used),
  };
}
