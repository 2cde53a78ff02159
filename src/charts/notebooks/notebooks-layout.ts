/**
 * Notebooks overview: small multiples, one panel per register, each with its latest
 * value and a line over the snapshots on its own scale from zero. Counts from 1 to 4
 * are a hatched band up to 5, never a point at a number.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { line } from 'd3-shape';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { marks as colours } from '../chart-palette.ts';
import { el, num, pct } from '../shared/svg-nodes.ts';
import { bandId, defs, mark, point, seriesGroup, swatchLine, swatchPoint } from '../shared/marks.ts';
import { bandLegend, hiddenLegend } from '../shared/legend.ts';
import { cellRef, numberOf, valueCell, valueText } from '../shared/values.ts';
import { truncate } from '../shared/label-text.ts';
import { formatDate } from '../../i18n/format.ts';
import { monthYear } from '../shared/axis-format.ts';
import type { TableCell, ChartSpec, ChartLegendItem, SvgNode } from '../shared/chart-spec.ts';
import { xPositions } from '../trend/trend-scales.ts';
import { hasGap, segments } from '../trend/trend-marks.ts';
import type { NotebookPanel, NotebooksModel } from './notebooks-model.ts';

/** Fixed geometry: panel width and gap in per cent, heights in px. */
export const NOTEBOOKS = {
  w: 47,
  gap: 6,
  h: 100,
  rowGap: 14,
  headY: 12,
  valueY: 33,
  plotTop: 44,
  plotBottom: 92,
  nameChars: 22,
} as const;

/** Where panel `i` sits: left edge (per cent) and top (px). */
export const panelBox = (i: number) => ({
  x0: (i % 2) * (NOTEBOOKS.w + NOTEBOOKS.gap),
  top: Math.floor(i / 2) * (NOTEBOOKS.h + NOTEBOOKS.rowGap),
});

/** The panel's y scale (px from the chart's top): zero to its largest value, at least 5. */
function panelScale(p: NotebookPanel, top: number) {
  const high = max(p.values, (v) => numberOf(v)) ?? 0;
  return scaleLinear()
    .domain([0, Math.max(5, high)])
    .range([top + NOTEBOOKS.plotBottom, top + NOTEBOOKS.plotTop])
    .nice(2);
}

type Scale = ReturnType<typeof panelScale>;

/** A panel's line, one path per solid or dashed stretch, in the panel's own 0–100 box. */
function panelLines(p: NotebookPanel, xs: number[], y: Scale, top: number): SvgNode[] {
  const path = line<number>()
    .x((k) => num(xs[k]!))
    .y((k) => num(y(numberOf(p.values[k]!)!) - top));
  return segments(p.values).map((s) =>
    el('path', {
      d: path(Array.from({ length: s.to - s.from + 1 }, (_, k) => s.from + k)) ?? '',
      fill: 'none',
      stroke: colours.primary,
      'stroke-width': 2,
      'stroke-dasharray': s.dashed ? '4 3' : undefined,
      'vector-effect': 'non-scaling-stroke',
    }),
  );
}

/** A panel's mark per snapshot: a point, a hatched band up to 5, or a cross for a hidden value. */
function panelPoints(m: NotebooksModel, p: NotebookPanel, i: number, gx: (k: number) => string, y: Scale) {
  return p.values.flatMap((v, k) => {
    if (v.kind === 'missing') return [];
    const key = cellRef(k, 1 + i);
    if (v.kind === 'value')
      return [mark(key, [point('circle', gx(k), num(y(v.value)), 'primary', v.illustrative, 3.5, true)])];
    const shape =
      v.reason === 'fewer-than-5'
        ? el('rect', {
            x: gx(k),
            y: num(y(5)),
            width: 6,
            height: num(y(0) - y(5)),
            transform: 'translate(-3 0)',
            fill: `url(#${bandId(m.id)})`,
            'stroke-width': 1,
            'stroke-dasharray': '2 2',
          })
        : el(
            'text',
            { x: gx(k), y: num(y(0) - 3), 'text-anchor': 'middle', class: 'tick', stroke: 'none' },
            '×',
          );
    return [mark(key, [shape])];
  });
}

/** One panel: its name, latest value, baseline, line and marks. */
function panelNodes(m: NotebooksModel, p: NotebookPanel, i: number, xs: number[], locale: Locale): SvgNode[] {
  const { x0, top } = panelBox(i);
  const y = panelScale(p, top);
  const gx = (k: number) => pct(x0 + (NOTEBOOKS.w * xs[k]!) / 100);
  const last = m.dates.length - 1;
  return [
    el(
      'text',
      { x: pct(x0), y: top + NOTEBOOKS.headY, class: 'head' },
      truncate(p.short, NOTEBOOKS.nameChars),
    ),
    el(
      'text',
      { x: pct(x0), y: top + NOTEBOOKS.valueY, class: 'value', 'data-cells': cellRef(last, 1 + i) },
      valueText(locale, p.values[last]!, p.unit),
    ),
    el('line', {
      x1: pct(x0),
      x2: pct(x0 + NOTEBOOKS.w),
      y1: num(y(0)),
      y2: num(y(0)),
      stroke: colours.grid,
    }),
    el(
      'svg',
      {
        x: pct(x0),
        y: top,
        width: pct(NOTEBOOKS.w),
        height: NOTEBOOKS.h,
        viewBox: `0 0 100 ${NOTEBOOKS.h}`,
        preserveAspectRatio: 'none',
        'aria-hidden': 'true',
      },
      panelLines(p, xs, y, top),
    ),
    seriesGroup('primary', panelPoints(m, p, i, gx, y)),
  ];
}

function legend(m: NotebooksModel, locale: Locale): ChartLegendItem[] {
  const values = m.panels.flatMap((p) => p.values);
  const items: ChartLegendItem[] = [];
  if (m.sources.citations.length)
    items.push({
      swatch: [...swatchLine('primary', false), ...swatchPoint('circle', 'primary', false)],
      label: t(locale, 'provenance.sourced'),
    });
  if (m.sources.illustrative)
    items.push({
      swatch: [...swatchLine('primary', true), ...swatchPoint('circle', 'primary', true)],
      label: t(locale, 'chart.legend.illustrative'),
    });
  if (values.some((v) => v.kind === 'suppressed' && v.reason === 'fewer-than-5'))
    items.push(bandLegend(locale, m.id));
  if (values.some((v) => v.kind === 'suppressed' && v.reason === 'protects-small'))
    items.push(hiddenLegend(locale));
  return items;
}

/** The notebooks overview's marks, words and table. */
export function layoutNotebooks(m: NotebooksModel, locale: Locale): ChartSpec {
  const xs = xPositions(m.dates);
  const last = m.dates.length - 1;
  const values = m.panels.flatMap((p) => p.values);
  const list = m.panels.map((p) => `${p.short} — ${valueText(locale, p.values[last]!, p.unit)}`).join(', ');
  const rows: TableCell[][] = m.dates.map((d, k) => [
    { text: formatDate(locale, d), header: true, data: { kind: 'date', iso: d } },
    ...m.panels.map((p) => valueCell(locale, p.values[k]!, p.unit)),
  ]);
  const panelRows = Math.ceil(m.panels.length / 2);
  return {
    id: m.id,
    title: t(locale, 'chart.notebooks.title', {
      place: m.place.text,
      date: monthYear(locale, m.dates[last]!),
      list,
    }),
    desc: t(locale, 'chart.notebooks.desc', {
      n: m.dates.length,
      from: formatDate(locale, m.dates[0]!),
      to: formatDate(locale, m.dates[last]!),
    }),
    height: Math.max(0, panelRows * NOTEBOOKS.h + (panelRows - 1) * NOTEBOOKS.rowGap),
    nodes: [
      ...defs(
        m.id,
        [],
        values.some((v) => v.kind === 'suppressed' && v.reason === 'fewer-than-5'),
      ),
      ...m.panels.flatMap((p, i) => panelNodes(m, p, i, xs, locale)),
    ],
    legend: legend(m, locale),
    table: {
      head: [t(locale, 'table.date'), ...m.panels.map((p) => p.label)],
      keys: ['date', ...m.panels.map((p) => p.metric)],
      rows,
    },
    notes: [
      ...(m.sources.citations.length && m.sources.illustrative ? [t(locale, 'chart.trend.mixedNote')] : []),
      ...(m.panels.some((p) => hasGap(p.values)) ? [t(locale, 'chart.trend.gapNote')] : []),
      ...(values.some((v) => v.kind === 'suppressed') ? [t(locale, 'chart.note.fewerThan5')] : []),
    ],
    sources: m.sources,
    dates: { from: m.dates[0]!, to: m.dates[last]! },
  };
}
