/**
 * The trend chart's marks: solid or dashed lines between shown values, a point (or band,
 * or cross) per snapshot with rings for revisions, and the last value of each series.
 */
import { line } from 'd3-shape';
import type { Locale } from '../../i18n/locales.ts';
import { marks as colours } from '../chart-palette.ts';
import { el, num, pct } from '../shared/svg-nodes.ts';
import { bandId, mark, point } from '../shared/marks.ts';
import { cellRef, numberOf, valueText } from '../shared/values.ts';
import type { ChartValue, SvgNode } from '../shared/chart-spec.ts';
import type { TrendModel, TrendSeries } from './trend-model.ts';
import { TREND, type Scale } from './trend-scales.ts';

/** Table cells of a point: row = date, column = series (the first series also gets the ratio). */
function cellsOf(m: TrendModel, s: TrendSeries, i: number): string {
  const col = 1 + m.series.indexOf(s);
  return col === 1 && m.ratio ? `${cellRef(i, col)} ${cellRef(i, 1 + m.series.length)}` : cellRef(i, col);
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

/** Interior gaps: a date without a value between two dates with one. */
export const hasGap = (values: readonly ChartValue[]): boolean => {
  const shown = values.map((v) => v.kind !== 'missing');
  const [first, last] = [shown.indexOf(true), shown.lastIndexOf(true)];
  return first >= 0 && shown.slice(first, last + 1).includes(false);
};

/** The lines of a series, one path per solid or dashed stretch. */
export function linesOf(s: TrendSeries, xs: number[], y: Scale): SvgNode[] {
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

/** The mark of one snapshot of a series: its point (rings for revisions), band or cross. */
export function pointOf(m: TrendModel, s: TrendSeries, i: number, xs: number[], y: Scale): SvgNode[] {
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
export function endLabels(m: TrendModel, xs: number[], y: Scale, locale: Locale): SvgNode[] {
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
