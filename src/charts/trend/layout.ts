/**
 * Trend: lines across every snapshot. Sourced points are filled and joined by solid
 * lines, illustrative ones open and dashed; a snapshot without a value is a gap; a
 * revised value carries a ring and a grey mark at its earlier value.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { line } from 'd3-shape';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { marks as colours } from '../palette.ts';
import { el, num, pct } from '../shared/svg.ts';
import { bandId, defs, mark, point, seriesGroup, swatchLine, swatchPoint } from '../shared/marks.ts';
import { bandLegend, hiddenLegend } from '../shared/legend.ts';
import { cellRef, numberOf, tickText, valueCell, valueText } from '../shared/values.ts';
import { dayNumber } from '../shared/text.ts';
import { dateText, monthShort, monthYear } from '../shared/format.ts';
import type { Cell, ChartSpec, ChartValue, LegendItem, SvgNode } from '../shared/types.ts';
import type { TrendModel, TrendSeries } from './model.ts';

/** Fixed geometry (px; x in per cent of the width). */
export const TREND = { height: 200, top: 24, bottom: 168, axisY: 186, padLeft: 9, padRight: 5 } as const;

type Scale = (v: number) => number;

/** Table cells of a point: row = date, column = series (the first series also gets the ratio). */
export function cellsOf(m: TrendModel, s: TrendSeries, i: number): string {
  const col = 1 + m.series.indexOf(s);
  return col === 1 && m.ratio ? `${cellRef(i, col)} ${cellRef(i, 1 + m.series.length)}` : cellRef(i, col);
}

/** x position (per cent) of each date: by time, so uneven gaps between snapshots show. */
export function xPositions(dates: readonly string[]): number[] {
  if (dates.length === 1) return [50];
  const days = dates.map(dayNumber);
  const x = scaleLinear()
    .domain([days[0]!, days.at(-1)!])
    .range([TREND.padLeft, 100 - TREND.padRight]);
  return days.map((d) => x(d));
}

/** The y scale: zero to the largest value drawn (earlier revised values and the band included). */
export function yScale(m: TrendModel) {
  const all = m.series.flatMap((s) =>
    s.values.flatMap((v) =>
      v.kind === 'value'
        ? [v.value, ...v.revisions.map((r) => r.value ?? 0)]
        : v.kind === 'suppressed'
          ? [5]
          : [],
    ),
  );
  return scaleLinear()
    .domain([0, Math.max(5, max(all) ?? 0)])
    .range([TREND.bottom, TREND.top])
    .nice(3);
}

/** Stretches between neighbouring shown values, each solid (both sourced) or dashed. */
export function segments(values: readonly ChartValue[]): { from: number; to: number; dashed: boolean }[] {
  const out: { from: number; to: number; dashed: boolean }[] = [];
  for (let i = 0; i + 1 < values.length; i++) {
    const [a, b] = [values[i]!, values[i + 1]!];
    if (a.kind !== 'value' || b.kind !== 'value') continue;
    const dashed = a.illustrative || b.illustrative;
    const last = out.at(-1);
    if (last && last.to === i && last.dashed === dashed) last.to = i + 1;
    else out.push({ from: i, to: i + 1, dashed });
  }
  return out;
}

function linesOf(s: TrendSeries, xs: number[], y: Scale): SvgNode[] {
  const path = line<number>()
    .x((i) => num(xs[i]!))
    .y((i) => num(y(numberOf(s.values[i]!)!)));
  return segments(s.values).map((seg) => {
    const idx = Array.from({ length: seg.to - seg.from + 1 }, (_, k) => seg.from + k);
    return el('path', {
      d: path(idx) ?? '',
      fill: 'none',
      stroke: colours[s.colour],
      'stroke-width': 2,
      'stroke-dasharray': seg.dashed ? '5 4' : undefined,
      'vector-effect': 'non-scaling-stroke',
    });
  });
}

function pointOf(m: TrendModel, s: TrendSeries, i: number, xs: number[], y: Scale): SvgNode[] {
  const v = s.values[i]!;
  const x = pct(xs[i]!);
  const key = cellsOf(m, s, i);
  if (v.kind === 'missing') return [];
  if (v.kind === 'suppressed') {
    const shapes =
      v.reason === 'fewer-than-5'
        ? [
            el('rect', {
              x,
              y: num(y(5)),
              width: 8,
              height: num(y(0) - y(5)),
              transform: 'translate(-4 0)',
              fill: `url(#${bandId(m.id)})`,
              'stroke-width': 1,
              'stroke-dasharray': '2 2',
            }),
          ]
        : [
            el(
              'text',
              { x, y: TREND.bottom - 4, 'text-anchor': 'middle', class: 'tick', stroke: 'none' },
              '×',
            ),
          ];
    return [mark(key, shapes)];
  }
  const shapes: SvgNode[] = [];
  for (const r of v.revisions) {
    if (r.value === null) continue;
    shapes.push(
      el('line', {
        x1: x,
        x2: x,
        y1: num(y(r.value)),
        y2: num(y(v.value)),
        stroke: colours.revised,
        'stroke-width': 1,
        'stroke-dasharray': '1 2',
      }),
    );
    shapes.push(el('circle', { cx: x, cy: num(y(r.value)), r: 2.5, fill: colours.revised, stroke: 'none' }));
  }
  if (v.revisions.length)
    shapes.push(
      el('circle', {
        cx: x,
        cy: num(y(v.value)),
        r: 8,
        fill: 'none',
        stroke: colours.revised,
        'stroke-width': 1.5,
      }),
    );
  shapes.push(point(s.shape, x, num(y(v.value)), s.colour, v.illustrative, 4, true));
  return [mark(key, shapes, v.revisions.length ? 'revised' : '')];
}

/** Labels of each series' last shown value: the highest above its point, the others below, so they never sit on a line. */
function endLabels(m: TrendModel, xs: number[], y: Scale, locale: Locale): SvgNode[] {
  const last = m.series.map((s) => s.values.findLastIndex((v) => v.kind === 'value'));
  const top = Math.max(
    ...m.series.map((s, k) => (last[k]! < 0 ? -Infinity : numberOf(s.values[last[k]!]!)!)),
  );
  let above = false;
  return m.series.flatMap((s, k) => {
    const i = last[k]!;
    if (i < 0) return [];
    const value = numberOf(s.values[i]!)!;
    const up = !above && value === top;
    above ||= up;
    const ly = y(value) + (up ? -9 : 18);
    const anchor = xs[i]! > 80 ? 'end' : 'middle';
    return [
      el(
        'text',
        {
          x: pct(xs[i]! + (anchor === 'end' ? 1 : 0)),
          y: num(ly),
          'text-anchor': anchor,
          class: 'label strong',
          'data-cells': cellRef(i, 1 + k),
        },
        valueText(locale, s.values[i]!, s.unit),
      ),
    ];
  });
}

function axes(m: TrendModel, xs: number[], y: ReturnType<typeof yScale>, locale: Locale): SvgNode[] {
  const unit = m.series[0]!.unit;
  const ticks = y.ticks(3);
  const grid = [
    el(
      'g',
      { stroke: colours.grid },
      ticks.map((tick) => el('line', { x1: 0, x2: '100%', y1: num(y(tick)), y2: num(y(tick)) })),
    ),
    ...ticks.map((tick) =>
      el('text', { x: 0, y: num(y(tick) - 3), class: 'tick' }, tickText(locale, tick, unit)),
    ),
  ];
  // On narrow screens every other month label hides (CSS), never the first or last.
  const minor = (i: number) => i % 2 === 1 && i !== m.dates.length - 1;
  const months = m.dates.map((d, i) => {
    const year = i === 0 || d.slice(0, 4) !== m.dates[i - 1]!.slice(0, 4);
    const anchor =
      m.dates.length > 1 && i === 0
        ? 'start'
        : m.dates.length > 1 && i === m.dates.length - 1
          ? 'end'
          : 'middle';
    const x = anchor === 'start' ? xs[i]! - 2 : anchor === 'end' ? xs[i]! + 2 : xs[i]!;
    const text = year ? `${monthShort(locale, d)} ${d.slice(0, 4)}` : monthShort(locale, d);
    return el(
      'text',
      { x: pct(x), y: TREND.axisY, 'text-anchor': anchor, class: minor(i) ? 'tick minor' : 'tick' },
      text,
    );
  });
  return [...grid, ...months];
}

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

function legend(m: TrendModel, locale: Locale): LegendItem[] {
  const values = m.series.flatMap((s) => s.values);
  const items: LegendItem[] = m.series.map((s) => ({
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
  const rows: Cell[][] = m.dates.map((d, i) => [
    { text: dateText(locale, d), header: true, data: { kind: 'date', iso: d } },
    ...m.series.map((s) => valueCell(locale, s.values[i]!, s.unit)),
    ...(m.ratio ? [valueCell(locale, m.ratio.values[i]!, 'share')] : []),
  ]);
  return { head, keys, rows };
}

/** Interior gaps: a date without a value between two dates with one. */
export const hasGap = (values: readonly ChartValue[]): boolean => {
  const shown = values.map((v) => v.kind !== 'missing');
  const [first, last] = [shown.indexOf(true), shown.lastIndexOf(true)];
  return first >= 0 && shown.slice(first, last + 1).includes(false);
};

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
      from: dateText(locale, m.dates[0]!),
      to: dateText(locale, m.dates.at(-1)!),
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
