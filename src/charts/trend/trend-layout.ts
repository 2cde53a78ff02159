/**
 * Trend: lines across every snapshot. Sourced points are filled and joined by solid
 * lines, illustrative ones open and dashed; a snapshot without a value is a gap; a
 * revised value carries a ring and a grey mark at its earlier value.
 */
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { marks as colours } from '../chart-palette.ts';
import { el } from '../shared/svg-nodes.ts';
import { defs, seriesGroup, swatchLine, swatchPoint } from '../shared/marks.ts';
import { bandLegend, hiddenLegend } from '../shared/legend.ts';
import { valueCell, valueText } from '../shared/values.ts';
import { formatDate } from '../../i18n/format.ts';
import { monthYear } from '../shared/axis-format.ts';
import type { TableCell, ChartSpec, ChartLegendItem } from '../shared/chart-spec.ts';
import type { TrendModel } from './trend-model.ts';
import { TREND, axes, xPositions, yScale } from './trend-scales.ts';
import { endLabels, hasGap, linesOf, pointOf } from './trend-marks.ts';

function title(m: TrendModel, locale: Locale): string {
  const s = m.series[0]!;
  const shown = s.values.flatMap((v, i) => (v.kind === 'value' ? [{ v, date: m.dates[i]! }] : []));
  const [a, b] = [shown[0], shown.at(-1)];
  if (!a || !b) return t(locale, 'chart.trend.titleNone', { metric: s.label });
  const p = {
    metric: s.label,
    first: valueText(locale, a.v, s.unit),
    last: valueText(locale, b.v, s.unit),
    from: monthYear(locale, a.date),
    to: monthYear(locale, b.date),
  };
  if (a === b) return t(locale, 'chart.trend.titleOne', p);
  return t(
    locale,
    b.v.value > a.v.value
      ? 'chart.trend.titleUp'
      : b.v.value < a.v.value
        ? 'chart.trend.titleDown'
        : 'chart.trend.titleSame',
    p,
  );
}

function legend(m: TrendModel, locale: Locale): ChartLegendItem[] {
  const values = m.series.flatMap((s) => s.values);
  const items: ChartLegendItem[] = m.series.map((s) => ({
    swatch: [...swatchLine(s.colour, false), ...swatchPoint(s.shape, s.colour, false)],
    label: s.label,
  }));
  if (m.sources.citations.length)
    items.push({ swatch: swatchPoint('circle', 'secondary', false), label: t(locale, 'provenance.sourced') });
  if (m.sources.illustrative)
    items.push({
      swatch: [...swatchLine('secondary', true), ...swatchPoint('circle', 'secondary', true)],
      label: t(locale, 'chart.legend.illustrative'),
    });
  if (values.some((v) => v.kind === 'value' && v.revisions.length))
    items.push({
      swatch: [
        el('circle', { cx: 9, cy: 7, r: 6, fill: 'none', stroke: colours.revised, 'stroke-width': 1.5 }),
      ],
      label: t(locale, 'chart.trend.legendRevised'),
    });
  if (values.some((v) => v.kind === 'suppressed' && v.reason === 'fewer-than-5'))
    items.push(bandLegend(locale, m.id));
  if (values.some((v) => v.kind === 'suppressed' && v.reason === 'protects-small'))
    items.push(hiddenLegend(locale));
  return items;
}

function table(m: TrendModel, locale: Locale) {
  const head = [
    t(locale, 'table.date'),
    ...m.series.map((s) => s.label),
    ...(m.ratio ? [m.ratio.label] : []),
  ];
  const keys = ['date', ...m.series.map((s) => s.metric), ...(m.ratio ? [m.ratio.metric] : [])];
  const rows: TableCell[][] = m.dates.map((d, i) => [
    { text: formatDate(locale, d), header: true, data: { kind: 'date', iso: d } },
    ...m.series.map((s) => valueCell(locale, s.values[i]!, s.unit)),
    ...(m.ratio ? [valueCell(locale, m.ratio.values[i]!, 'share')] : []),
  ]);
  return { head, keys, rows };
}

/** The trend chart's marks, words and table. */
export function layoutTrend(m: TrendModel, locale: Locale): ChartSpec {
  const xs = xPositions(m.dates);
  const y = yScale(m);
  const values = m.series.flatMap((s) => s.values);
  const notes = [
    ...(m.sources.citations.length && m.sources.illustrative ? [t(locale, 'chart.trend.mixedNote')] : []),
    ...(m.series.some((s) => hasGap(s.values)) ? [t(locale, 'chart.trend.gapNote')] : []),
    ...(values.some((v) => v.kind === 'value' && v.revisions.length)
      ? [t(locale, 'chart.trend.revisedNote')]
      : []),
    ...(values.some((v) => v.kind === 'suppressed') ? [t(locale, 'chart.note.fewerThan5')] : []),
  ];
  const lines = el(
    'svg',
    {
      x: 0,
      y: 0,
      width: '100%',
      height: TREND.height,
      viewBox: `0 0 100 ${TREND.height}`,
      preserveAspectRatio: 'none',
      'aria-hidden': 'true',
    },
    m.series.flatMap((s) => linesOf(s, xs, y)),
  );
  return {
    id: m.id,
    title: title(m, locale),
    desc: t(locale, 'chart.trend.desc', {
      metrics: m.series.map((s) => s.label).join(', '),
      n: m.dates.length,
      from: formatDate(locale, m.dates[0]!),
      to: formatDate(locale, m.dates.at(-1)!),
    }),
    height: TREND.height,
    nodes: [
      ...defs(
        m.id,
        [],
        values.some((v) => v.kind === 'suppressed' && v.reason === 'fewer-than-5'),
      ),
      ...axes(m, xs, y, locale),
      lines,
      ...m.series.map((s) =>
        seriesGroup(
          s.colour,
          s.values.flatMap((_, i) => pointOf(m, s, i, xs, y)),
        ),
      ),
      ...endLabels(m, xs, y, locale),
    ],
    legend: legend(m, locale),
    table: table(m, locale),
    notes,
    sources: m.sources,
    dates: { from: m.dates[0]!, to: m.dates.at(-1)! },
  };
}
