import { describe, it, expect } from 'vitest';
import { layoutTrend } from './trend-layout.ts';
import { xPositions, yScale } from './trend-scales.ts';
import { hasGap, segments } from './trend-marks.ts';
import type { TrendModel } from './trend-model.ts';
import { renderSvg } from '../shared/svg-nodes.ts';
import { golden } from '../shared/golden.ts';
import { v, few, none, ILLUSTRATIVE, SOURCED, find, texts, LOCALES } from '../shared/chart-fixtures.ts';
import type { ChartValue } from '../shared/chart-spec.ts';

const DATES = ['2020-07-01', '2020-08-01', '2020-09-01', '2020-10-01', '2020-11-02', '2020-12-02'];

const model = (
  lifted: ChartValue[],
  registered?: ChartValue[],
  over: Partial<TrendModel> = {},
): TrendModel => ({
  id: 'chart-trend-iron',
  place: { text: 'Sector 2', lang: 'en' },
  dates: DATES.slice(0, lifted.length),
  series: [
    {
      metric: 'iron_lifted',
      label: 'Families lifted out of poverty',
      unit: 'families',
      colour: 'primary',
      shape: 'circle',
      values: lifted,
    },
    ...(registered
      ? [
          {
            metric: 'iron_registered',
            label: 'Families in the Iron Notebook',
            unit: 'families' as const,
            colour: 'secondary' as const,
            shape: 'square' as const,
            values: registered,
          },
        ]
      : []),
  ],
  sources: ILLUSTRATIVE,
  ...over,
});

/** Sector 2: five illustrative months, then the sourced December figures. */
const sector2 = model(
  [v(468), v(499), v(539), v(574), v(615), v(660, { sourced: true })],
  [v(719), v(743), v(772), v(791), v(811), v(831, { sourced: true })],
  { sources: { ...SOURCED, illustrative: true } },
);

describe('xPositions', () => {
  it('spaces dates by time between the paddings, one date in the middle', () => {
    const xs = xPositions(DATES);
    expect(xs[0]).toBe(9);
    expect(xs.at(-1)).toBe(95);
    // 1 Oct – 2 Nov is 32 days, 2 Nov – 2 Dec 30: the first gap is wider.
    expect(xs[4]! - xs[3]!).toBeGreaterThan(xs[5]! - xs[4]!);
    expect(xPositions(['2020-12-02'])).toEqual([50]);
  });
});

describe('yScale', () => {
  it('starts at zero and reaches at least 5, so the "fewer than 5" band fits', () => {
    const zero = yScale(model([v(0), v(0)])).domain();
    expect(zero[0]).toBe(0);
    expect(zero[1]).toBeGreaterThanOrEqual(5);
    expect(yScale(sector2).domain()).toEqual([0, 1000]);
  });
});

describe('segments', () => {
  it('joins neighbours with values: solid between sourced, dashed if either is illustrative', () => {
    expect(segments([v(1), v(2), v(3, { sourced: true }), v(4, { sourced: true })])).toEqual([
      { from: 0, to: 2, dashed: true },
      { from: 2, to: 3, dashed: false },
    ]);
  });

  it('leaves a gap where a snapshot has no value or a hidden one', () => {
    expect(segments([v(6), v(5), none, v(7), few, v(8)])).toEqual([{ from: 0, to: 1, dashed: true }]);
    expect(hasGap([v(6), none, v(7)])).toBe(true);
    expect(hasGap([none, v(7), v(8)])).toBe(false);
  });
});

describe('layoutTrend', () => {
  it('states the change of the first series and draws sourced points filled, illustrative ones open', () => {
    const spec = layoutTrend(sector2, 'en');
    expect(spec.title).toBe(
      'Families lifted out of poverty rose from 468 (July 2020) to 660 (December 2020)',
    );
    const lifted = find(spec.nodes, 'circle');
    expect(lifted.map((c) => c.attrs.fill)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '#0072b2',
    ]);
    expect(find(spec.nodes, 'path').map((p) => p.attrs['stroke-dasharray'])).toEqual(['5 4', '5 4']);
    expect(spec.notes[0]).toBe(
      'Filled points on solid lines are sourced; open points on dashed lines are illustrative.',
    );
    // The lifted point refers to its cell and to the share column.
    expect(find(spec.nodes, 'g', 'mark')[5]!.attrs['data-cells']).toBe('5-1');
  });

  it('draws a gap, not a zero, where a snapshot has no value', () => {
    const spec = layoutTrend(
      model([v(6), v(5), none, v(4, { qualifier: 'approximately' }), v(5), v(6)]),
      'en',
    );
    expect(find(spec.nodes, 'path')).toHaveLength(2);
    expect(find(spec.nodes, 'g', 'mark')).toHaveLength(5);
    expect(spec.table.rows[2]![1]!.text).toBe('no data');
    expect(spec.notes).toContain('A gap in a line means that snapshot has no value; it is not a zero.');
  });

  it('shows a revised value with a ring, its earlier value and a note in the table', () => {
    const spec = layoutTrend(model([v(68), v(81), v(92), v(106, { revised: 103 }), v(117), v(126)]), 'en');
    const revised = find(spec.nodes, 'g', 'revised');
    expect(revised).toHaveLength(1);
    expect(find(revised, 'circle').map((c) => c.attrs.r)).toEqual([2.5, 8, 4]);
    expect(spec.table.rows[3]![1]).toMatchObject({
      text: '106',
      note: 'revised: 103 in the snapshot of October 1, 2020',
    });
    expect(spec.legend.map((l) => l.label)).toContain('revised later (grey dot: earlier value)');
  });

  it('draws "fewer than 5" as a band from 0 to 5, never as a point', () => {
    const spec = layoutTrend(model([v(6), few, v(7)]), 'en');
    const band = find(spec.nodes, 'rect').find((r) => r.attrs.fill === 'url(#chart-trend-iron-band)')!;
    const y = yScale(model([v(6), few, v(7)]));
    expect([band.attrs.y, band.attrs.height]).toEqual([y(5), y(0) - y(5)]);
    expect(find(spec.nodes, 'circle')).toHaveLength(2);
    expect(spec.table.rows[1]![1]!.text).toBe('fewer than 5');
  });

  it('handles one value, all zero, and no value at all', () => {
    expect(layoutTrend(model([v(12)]), 'en').title).toBe('Families lifted out of poverty: 12 (July 2020)');
    expect(layoutTrend(model([v(0), v(0)]), 'en').title).toBe(
      'Families lifted out of poverty stayed at 0 from July 2020 to August 2020',
    );
    const empty = layoutTrend(model([none, none]), 'en');
    expect(empty.title).toBe('Families lifted out of poverty: no published values');
    expect(find(empty.nodes, 'g', 'mark')).toEqual([]);
  });

  it('labels the last value of each series: the higher above its point, the lower below', () => {
    const labels = find(layoutTrend(model([v(100), v(101)], [v(102), v(103)]), 'en').nodes, 'text').filter(
      (n) => n.attrs['data-cells'],
    );
    expect(labels.map((l) => l.text)).toEqual(['101', '103']);
    const y = yScale(model([v(100), v(101)], [v(102), v(103)]));
    expect(Number(labels[0]!.attrs.y)).toBeCloseTo(y(101) + 18, 0);
    expect(Number(labels[1]!.attrs.y)).toBeCloseTo(y(103) - 9, 0);
    expect(texts(layoutTrend(sector2, 'ru').nodes)).toContain('дек.');
  });

  it.each(LOCALES)('matches its golden SVG in %s', (locale) => {
    const g = golden(
      new URL(`./__golden__/sector2.${locale}.svg`, import.meta.url),
      renderSvg(layoutTrend(sector2, locale)),
    );
    expect(g.actual).toBe(g.expected);
    const r = golden(
      new URL(`./__golden__/gap-revision.${locale}.svg`, import.meta.url),
      renderSvg(layoutTrend(model([v(68), v(81), none, v(106, { revised: 103 }), few, v(126)]), locale)),
    );
    expect(r.actual).toBe(r.expected);
  });
});
