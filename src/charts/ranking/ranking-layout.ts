/** Ranking: one bar per place, highest first; the page's own place highlighted among its siblings. */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { marks as colours, type MarkColour } from '../chart-palette.ts';
import { el, num, pct } from '../shared/svg-nodes.ts';
import { bandId, boundMark, defs, fill, mark, swatchBar } from '../shared/marks.ts';
import { bandLegend, statusLegend } from '../shared/legend.ts';
import { cellRef, isIllustrative, numberOf, tickText, valueCell, valueText } from '../shared/values.ts';
import { langAttr, ordinal, truncate } from '../shared/label-text.ts';
import type { TableCell, ChartSpec, ChartValue, ChartLegendItem, SvgNode } from '../shared/chart-spec.ts';
import { rankOf, type RankingModel, type RankingRow } from './ranking-model.ts';
import { compareNames } from '../../i18n/format.ts';

/** Fixed geometry (px). Names sit above their bars so both fit a 320 px phone. */
const RANKING = { row: 34, barOffset: 19, barH: 10, axis: 20, top: 2, nameChars: 26 } as const;

// Shown values first, highest first; then hidden ones; then those with no data; ties by name.
const order = (v: ChartValue) => (v.kind === 'value' ? 0 : v.kind === 'suppressed' ? 1 : 2);

/** Rows in drawing order. */
export function sortRows(rows: readonly RankingRow[], locale: Locale): RankingRow[] {
  return [...rows].sort(
    (a, b) =>
      order(a.value) - order(b.value) ||
      (numberOf(b.value) ?? 0) - (numberOf(a.value) ?? 0) ||
      compareNames(locale, a.name.text, b.name.text),
  );
}

/** The x scale, in per cent of the width: shares run to 100 %, counts to the largest value. */
export function xScale(m: RankingModel) {
  const top = max(m.rows, (r) => numberOf(r.value)) ?? 0;
  const domainMax = m.metric.unit === 'share' ? Math.max(1, top) : Math.max(top, 5);
  return scaleLinear().domain([0, domainMax]).range([0, 100]).nice();
}

/** A row's bar: a track for shares, the value's bar and bound mark, or a band up to 5 for a count of 1 to 4. */
function barShapes(m: RankingModel, r: RankingRow, barY: number, x: (v: number) => number): SvgNode[] {
  const colour: MarkColour = m.mode === 'siblings' ? (r.self ? 'highlight' : 'other') : 'primary';
  const v = numberOf(r.value);
  const shapes: SvgNode[] = [];
  if (m.metric.unit === 'share')
    shapes.push(el('rect', { x: 0, y: barY, width: '100%', height: RANKING.barH, fill: colours.track }));
  if (v !== undefined) {
    shapes.push(
      el('rect', {
        x: 0,
        y: barY,
        width: pct(x(v)),
        height: RANKING.barH,
        fill: fill(m.id, colour, isIllustrative(r.value)),
      }),
    );
    shapes.push(...boundMark(r.value, pct(x(v)), barY));
  } else if (
    r.value.kind === 'suppressed' &&
    r.value.reason === 'fewer-than-5' &&
    m.metric.unit !== 'share'
  ) {
    shapes.push(
      el('rect', {
        x: 0,
        y: barY,
        width: pct(x(5)),
        height: RANKING.barH,
        fill: `url(#${bandId(m.id)})`,
        stroke: colours.ink,
        'stroke-dasharray': '3 2',
      }),
    );
  }
  return shapes;
}

/** One row: the bar with the place's name above it and the value at the right. */
function rowNodes(m: RankingModel, r: RankingRow, i: number, x: (v: number) => number, locale: Locale) {
  const top = RANKING.top + i * RANKING.row;
  const shapes = barShapes(m, r, top + RANKING.barOffset, x);
  const cls = r.self ? 'label strong' : 'label';
  const lang = langAttr(r.name, locale);
  // Names and values sit inside the mark, so hovering anywhere on the row shows its tooltip.
  shapes.push(el('text', { x: 0, y: top + 14, class: cls, lang }, truncate(r.name.text, RANKING.nameChars)));
  shapes.push(
    el(
      'text',
      { x: '100%', y: top + 14, 'text-anchor': 'end', class: `${cls} value-label` },
      valueText(locale, r.value, m.metric.unit),
    ),
  );
  return [mark(cellRef(i, 2), shapes, r.self ? 'self' : '')];
}

function axis(m: RankingModel, x: ReturnType<typeof xScale>, locale: Locale, bottom: number): SvgNode[] {
  const ticks = x.ticks(m.metric.unit === 'share' ? 2 : 3);
  return ticks.flatMap((tick, i) => [
    el('line', { x1: pct(x(tick)), x2: pct(x(tick)), y1: 0, y2: bottom, stroke: colours.grid }),
    el(
      'text',
      {
        x: pct(x(tick)),
        y: bottom + 14,
        'text-anchor': i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle',
        class: 'tick',
      },
      tickText(locale, tick, m.metric.unit),
    ),
  ]);
}

function title(m: RankingModel, sorted: RankingRow[], locale: Locale): string {
  const metric = m.metric.label;
  const shown = sorted.filter((r) => r.value.kind === 'value');
  const val = (r: RankingRow) => valueText(locale, r.value, m.metric.unit);
  if (m.mode === 'siblings') {
    const self = sorted.find((r) => r.self);
    const rank =
      self &&
      rankOf(
        self.value,
        sorted.map((r) => r.value),
      );
    if (!self || rank === undefined)
      return t(locale, 'chart.standing.titleNone', { metric, place: m.place.text });
    return t(locale, 'chart.standing.title', {
      metric,
      place: m.place.text,
      rank: ordinal(locale, rank),
      n: shown.length,
      value: val(self),
    });
  }
  const [first, last] = [shown[0], shown.at(-1)];
  if (!first || !last) return t(locale, 'chart.ranking.titleNone', { metric, place: m.place.text });
  if (first === last)
    return t(locale, 'chart.ranking.titleOne', {
      metric,
      place: m.place.text,
      top: first.name.text,
      topValue: val(first),
    });
  return t(locale, 'chart.ranking.title', {
    metric,
    place: m.place.text,
    top: first.name.text,
    topValue: val(first),
    bottom: last.name.text,
    bottomValue: val(last),
  });
}

/** The legend: the page's place among its siblings, sourced and illustrative bars, the band. */
function legendOf(m: RankingModel, sorted: RankingRow[], band: boolean, locale: Locale): ChartLegendItem[] {
  const sourcedSelf = sorted.some((r) => r.self && r.value.kind !== 'missing' && !r.value.illustrative);
  return [
    ...(m.mode === 'siblings' ? [{ swatch: swatchBar(m.id, 'highlight', false), label: m.place.text }] : []),
    ...(m.mode === 'siblings'
      ? statusLegend(locale, m.id, 'other', m.sources, sourcedSelf ? 'highlight' : 'other')
      : statusLegend(locale, m.id, 'primary', m.sources)),
    ...(band ? [bandLegend(locale, m.id)] : []),
  ];
}

/** The table: rank, place (the page's own marked), value; in drawing order. */
function tableRows(
  sorted: RankingRow[],
  locale: Locale,
  unit: RankingModel['metric']['unit'],
): TableCell[][] {
  const values = sorted.map((r) => r.value);
  return sorted.map((r) => [
    {
      text: String(rankOf(r.value, values) ?? '–'),
      data: { kind: 'number', value: rankOf(r.value, values) ?? null },
    },
    {
      text: r.self ? `${r.name.text} (${t(locale, 'chart.ranking.self')})` : r.name.text,
      header: true,
      lang: langAttr(r.name, locale),
      strong: r.self,
      data: { kind: 'place', id: r.id, name: r.name.text },
    },
    valueCell(locale, r.value, unit),
  ]);
}

/** The ranking chart's marks, words and table. */
export function layoutRanking(m: RankingModel, locale: Locale): ChartSpec {
  const sorted = sortRows(m.rows, locale);
  const x = xScale(m);
  const bottom = RANKING.top + sorted.length * RANKING.row;
  const band =
    m.metric.unit !== 'share' &&
    sorted.some((r) => r.value.kind === 'suppressed' && r.value.reason === 'fewer-than-5');
  const hatch: MarkColour[] = m.sources.illustrative
    ? m.mode === 'siblings'
      ? ['highlight', 'other']
      : ['primary']
    : [];
  const legend = legendOf(m, sorted, band, locale);
  const rows = tableRows(sorted, locale, m.metric.unit);
  const desc = t(locale, m.mode === 'siblings' ? 'chart.standing.desc' : 'chart.ranking.desc', {
    metric: m.metric.label,
    n: sorted.length,
    place: m.place.text,
  });
  return {
    id: m.id,
    title: title(m, sorted, locale),
    desc,
    height: num(bottom + RANKING.axis),
    nodes: [
      ...defs(m.id, hatch, band),
      ...axis(m, x, locale, bottom),
      ...sorted.flatMap((r, i) => rowNodes(m, r, i, x, locale)),
    ],
    legend,
    table: {
      head: [t(locale, 'chart.ranking.rank'), t(locale, 'table.place'), m.metric.label],
      keys: ['rank', 'place', m.metric.id],
      rows,
    },
    notes: band ? [t(locale, 'chart.note.fewerThan5')] : [],
    sources: m.sources,
    dates: { from: m.date, to: m.date },
  };
}
