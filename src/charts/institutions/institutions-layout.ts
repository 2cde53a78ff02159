/**
 * Institutions: for each place one level down, three columns (schools, preschools,
 * health facilities) of bars per 10,000 residents on one shared scale, each labelled
 * with its rate and count. Rates over a population given as "more than" are upper
 * bounds (≤, drawn with ‹).
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import type { Locale } from '../../i18n/locales.ts';
import { t, type UiKey } from '../../i18n/t.ts';
import { el, num, pct } from '../shared/svg-nodes.ts';
import { boundMark, defs, fill, mark } from '../shared/marks.ts';
import { statusLegend } from '../shared/legend.ts';
import { cellRef, isIllustrative, numberOf, valueCell, valueText } from '../shared/values.ts';
import { langAttr, truncate } from '../shared/label-text.ts';
import type { TableCell, ChartSpec, ChartLegendItem, SvgNode } from '../shared/chart-spec.ts';
import type { InstitutionsModel, InstitutionsRow } from './institutions-model.ts';

/** Fixed geometry: a column per kind (per cent of the width), rows in px; names span the row above the bars. */
export const INSTITUTIONS = {
  head: 16,
  row: 32,
  nameY: 12,
  barY: 16,
  barH: 9,
  col: 34,
  barMax: 16,
  nameChars: 40,
} as const;

const SHORT: readonly UiKey[] = [
  'chart.institutions.schools',
  'chart.institutions.preschools',
  'chart.institutions.health',
];

/** The shared x scale of all rates: per cent of the width, at most `barMax` so labels fit after the bars. */
export function rateScale(m: InstitutionsModel) {
  const top =
    max(m.rows.flatMap((r) => r.rates.map(numberOf)).filter((v): v is number => v !== undefined)) ?? 0;
  return scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .range([0, INSTITUTIONS.barMax]);
}

function rowNodes(
  m: InstitutionsModel,
  r: InstitutionsRow,
  i: number,
  x: (v: number) => number,
  locale: Locale,
): SvgNode[] {
  const top = INSTITUTIONS.head + i * INSTITUTIONS.row;
  const lang = langAttr(r.name, locale);
  const y = top + INSTITUTIONS.barY;
  const out: SvgNode[] = [
    el(
      'text',
      { x: 0, y: top + INSTITUTIONS.nameY, class: 'label', lang },
      truncate(r.name.text, INSTITUTIONS.nameChars),
    ),
  ];
  m.kinds.forEach((_, j) => {
    const x0 = j * INSTITUTIONS.col;
    const rate = r.rates[j]!;
    const v = numberOf(rate);
    const shapes: SvgNode[] = [];
    const w = v === undefined ? 0 : Math.max(x(v), v > 0 ? 0.5 : 0);
    if (v !== undefined && w > 0) {
      shapes.push(
        el('rect', {
          x: pct(x0),
          y,
          width: pct(w),
          height: INSTITUTIONS.barH,
          fill: fill(m.id, 'primary', isIllustrative(rate)),
        }),
      );
      shapes.push(...boundMark(rate, pct(x0 + w), y, INSTITUTIONS.barH));
    }
    // The count in brackets hides on narrow screens (CSS); the table and tooltip keep it.
    shapes.push(
      el(
        'text',
        { x: pct(x0 + w + (w > 0 ? 1.5 : 0)), y: y + INSTITUTIONS.barH, class: 'tick value-label' },
        [
          el('tspan', {}, valueText(locale, rate, 'per-10000')),
          el('tspan', { class: 'count' }, ` (${valueText(locale, r.counts[j]!, 'institutions')})`),
        ],
      ),
    );
    // Table row i + 1 (row 0 is the place itself); count and rate columns of kind j.
    out.push(mark(`${cellRef(i + 1, 1 + 2 * j)} ${cellRef(i + 1, 2 + 2 * j)}`, shapes));
  });
  return out;
}

function header(locale: Locale): SvgNode[] {
  return SHORT.map((key, j) =>
    el('text', { x: pct(j * INSTITUTIONS.col), y: 11, class: 'tick strong' }, t(locale, key)),
  );
}

function title(m: InstitutionsModel, locale: Locale): string {
  const [schools, preschools, health] = m.place.counts.map((v) => valueText(locale, v, 'institutions'));
  return t(locale, 'chart.institutions.title', {
    place: m.place.name.text,
    schools: schools!,
    preschools: preschools!,
    health: health!,
  });
}

function table(m: InstitutionsModel, locale: Locale) {
  const head = [t(locale, 'table.place'), ...m.kinds.flatMap((k) => [k.label, k.rateLabel])];
  const keys = ['place', ...m.kinds.flatMap((k) => [k.count, k.rate])];
  const rowOf = (r: InstitutionsRow, own: boolean): TableCell[] => [
    {
      text: r.name.text,
      header: true,
      lang: langAttr(r.name, locale),
      strong: own,
      data: { kind: 'place', id: r.id, name: r.name.text },
    },
    ...m.kinds.flatMap((_, j) => [
      valueCell(locale, r.counts[j]!, 'institutions'),
      valueCell(locale, r.rates[j]!, 'per-10000'),
    ]),
  ];
  return { head, keys, rows: [rowOf(m.place, true), ...m.rows.map((r) => rowOf(r, false))] };
}

/** The institutions chart's marks, words and table. */
export function layoutInstitutions(m: InstitutionsModel, locale: Locale): ChartSpec {
  const x = rateScale(m);
  const rates = [m.place, ...m.rows].flatMap((r) => r.rates);
  const upper = rates.some((v) => v.kind === 'value' && v.qualifier === 'at-most');
  const legend: ChartLegendItem[] = statusLegend(locale, m.id, 'primary', m.sources);
  return {
    id: m.id,
    title: title(m, locale),
    desc: t(locale, 'chart.institutions.desc', { n: m.rows.length, place: m.place.name.text }),
    height: num(INSTITUTIONS.head + m.rows.length * INSTITUTIONS.row),
    nodes: [
      ...defs(m.id, m.sources.illustrative ? ['primary'] : [], false),
      ...header(locale),
      ...m.rows.flatMap((r, i) => rowNodes(m, r, i, x, locale)),
    ],
    legend,
    table: table(m, locale),
    notes: [
      t(locale, 'chart.institutions.howToRead'),
      ...(upper ? [t(locale, 'chart.institutions.upperBound')] : []),
    ],
    sources: m.sources,
    dates: { from: m.date, to: m.date },
  };
}
