import { describe, it, expect } from 'vitest';
import { layoutRanking, sortRows, xScale } from './ranking-layout.ts';
import { rankOf, type RankingModel, type RankingRow } from './ranking-model.ts';
import { renderSvg } from '../shared/svg-nodes.ts';
import { golden } from '../shared/golden.ts';
import {
  v,
  few,
  hidden,
  none,
  ILLUSTRATIVE,
  SOURCED,
  find,
  texts,
  LOCALES,
  LONG_NAME,
} from '../shared/chart-fixtures.ts';
import type { ChartValue } from '../shared/chart-spec.ts';

const row = (id: string, value: ChartValue, self = false, name = id): RankingRow => ({
  id,
  name: { text: name, lang: 'en' },
  value,
  self,
});

const model = (rows: RankingRow[], over: Partial<RankingModel> = {}): RankingModel => ({
  id: 'chart-ranking',
  mode: 'children',
  place: { text: 'Sector 2', lang: 'en' },
  parent: { text: 'Sector 2', lang: 'en' },
  ranked: 'mahallas',
  metric: { id: 'iron_lifted_share', label: 'Share lifted out of poverty', unit: 'share' },
  date: '2020-12-02',
  rows,
  sources: ILLUSTRATIVE,
  ...over,
});

const shares = [
  row('bahor', v(0.78)),
  row('qaynar', v(0.74)),
  row('oqariq', v(0.93)),
  row('saodat', v(0.66)),
];

describe('rankOf', () => {
  it('ranks highest first, ties share a rank, hidden values have none', () => {
    const all = [v(3), v(5), v(5), few];
    expect(all.map((x) => rankOf(x, all))).toEqual([3, 1, 1, undefined]);
  });
});

describe('sortRows', () => {
  it('puts values highest first, then hidden ones, then those without data', () => {
    const rows = [row('a', none), row('b', few), row('c', v(0.5)), row('d', v(0.9))];
    expect(sortRows(rows, 'en').map((r) => r.id)).toEqual(['d', 'c', 'b', 'a']);
  });
});

describe('xScale', () => {
  it('runs shares to 100 % and counts to their largest value', () => {
    expect(xScale(model(shares)).domain()).toEqual([0, 1]);
    const counts = model([row('a', v(37)), row('b', v(12))], {
      metric: { id: 'iron_registered', label: 'Families', unit: 'families' },
    });
    expect(xScale(counts).domain()[1]).toBe(40);
  });
});

describe('layoutRanking', () => {
  it('names the highest and lowest place in its title and sorts the bars', () => {
    const spec = layoutRanking(model(shares), 'en');
    expect(spec.title).toBe(
      'Share lifted out of poverty (Sector 2): highest in oqariq (93.0%), lowest in saodat (66.0%)',
    );
    expect(spec.table.rows.map((r) => r[1]!.text)).toEqual(['oqariq', 'bahor', 'qaynar', 'saodat']);
    expect(find(spec.nodes, 'text', 'value-label').map((n) => n.text)).toEqual([
      '93.0%',
      '78.0%',
      '74.0%',
      '66.0%',
    ]);
    // Marks point at the value column of their table row.
    expect(find(spec.nodes, 'g', 'mark').map((g) => g.attrs['data-cells'])).toEqual([
      '0-2',
      '1-2',
      '2-2',
      '3-2',
    ]);
  });

  it('highlights the place among its siblings and says where it stands', () => {
    const rows = [
      row('s1', v(0.759)),
      row('s2', v(0.794, { sourced: true }), true),
      row('s3', v(0.678)),
      row('s4', v(0.707)),
    ];
    const spec = layoutRanking(
      model(rows, {
        id: 'chart-standing',
        mode: 'siblings',
        parent: { text: 'Oʻzbekiston', lang: 'en' },
        ranked: 'sectors',
        sources: { ...SOURCED, illustrative: true },
      }),
      'en',
    );
    expect(spec.title).toBe('Share lifted out of poverty: Sector 2 ranks 1st of 4 (79.4%)');
    const bars = find(spec.nodes, 'rect').filter((r) => r.attrs.height === 10 && r.attrs.fill !== '#efefef');
    expect(bars.map((b) => b.attrs.fill)).toEqual([
      '#0b3d6b',
      'url(#chart-standing-hatch-other)',
      'url(#chart-standing-hatch-other)',
      'url(#chart-standing-hatch-other)',
    ]);
    expect(find(spec.nodes, 'g', 'self')).toHaveLength(1);
    expect(spec.table.rows[0]![1]).toMatchObject({ text: 's2 (this place)', strong: true });
  });

  it('draws "fewer than 5" counts as a band up to 5 and hidden shares as text only', () => {
    const counts = layoutRanking(
      model([row('a', v(30)), row('b', few)], {
        metric: { id: 'iron_registered', label: 'Families', unit: 'families' },
      }),
      'en',
    );
    const band = find(counts.nodes, 'rect').find((r) => r.attrs.fill === 'url(#chart-ranking-band)');
    expect(band?.attrs.width).toBe('16.7%');
    expect(texts(counts.nodes)).toContain('fewer than 5');
    const sharesHidden = layoutRanking(model([row('a', v(0.5)), row('b', hidden)]), 'en');
    expect(find(sharesHidden.nodes, 'rect').some((r) => r.attrs.fill === 'url(#chart-ranking-band)')).toBe(
      false,
    );
    expect(texts(sharesHidden.nodes)).toContain('not shown');
  });

  it('marks a lower bound with an arrow past the bar end', () => {
    const spec = layoutRanking(model([row('a', v(0.5, { qualifier: 'at-least' }))]), 'en');
    expect(find(spec.nodes, 'polygon')).toHaveLength(1);
    expect(texts(spec.nodes)).toContain('50.0%+');
  });

  it('handles no rows, one value and all zero', () => {
    expect(layoutRanking(model([]), 'en').title).toBe(
      'Share lifted out of poverty (Sector 2): no published values to compare',
    );
    expect(layoutRanking(model([row('a', v(0.5)), row('b', none)]), 'en').title).toBe(
      'Share lifted out of poverty (Sector 2): a (50.0%)',
    );
    const zero = layoutRanking(model([row('a', v(0)), row('b', v(0))]), 'en');
    expect(
      find(zero.nodes, 'rect')
        .filter((r) => r.attrs.fill !== '#efefef')
        .map((r) => r.attrs.width),
    ).toEqual(['0%', '0%']);
  });

  it('truncates very long names on the chart and keeps them whole in the table', () => {
    const spec = layoutRanking(model([row('long', v(0.5), false, LONG_NAME)]), 'en');
    const label = find(spec.nodes, 'text').find((n) => n.text?.startsWith('Juda'))!;
    expect(Array.from(label.text!).length).toBeLessThanOrEqual(26);
    expect(label.text!.endsWith('…')).toBe(true);
    expect(spec.table.rows[0]![1]!.text).toBe(LONG_NAME);
  });

  it.each(LOCALES)('matches its golden SVG in %s', (locale) => {
    const g = golden(
      new URL(`./__golden__/children.${locale}.svg`, import.meta.url),
      renderSvg(layoutRanking(model([...shares, row('x', hidden), row('y', none)]), locale)),
    );
    expect(g.actual).toBe(g.expected);
  });
});
