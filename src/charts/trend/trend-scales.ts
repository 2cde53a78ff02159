/** The trend chart's geometry: x by date, y from zero, and the axes drawn from them. */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import type { Locale } from '../../i18n/locales.ts';
import { marks as colours } from '../chart-palette.ts';
import { el, num, pct } from '../shared/svg-nodes.ts';
import { tickText } from '../shared/values.ts';
import { dayNumber } from '../shared/label-text.ts';
import { monthShort } from '../shared/axis-format.ts';
import type { SvgNode } from '../shared/chart-spec.ts';
import type { TrendModel } from './trend-model.ts';

/** Fixed geometry (px; x in per cent of the width). */
export const TREND = { height: 200, top: 24, bottom: 168, axisY: 186, padLeft: 9, padRight: 5 } as const;

export type Scale = (v: number) => number;

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

/** Grid lines with their values, and a month label under each snapshot. */
export function axes(m: TrendModel, xs: number[], y: ReturnType<typeof yScale>, locale: Locale): SvgNode[] {
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
