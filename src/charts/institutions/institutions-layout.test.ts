import { describe, it, expect } from 'vitest';
import { layoutInstitutions, rateScale, INSTITUTIONS } from './institutions-layout.ts';
import type { InstitutionsModel, InstitutionsRow } from './institutions-model.ts';
import { renderSvg } from '../shared/svg-nodes.ts';
import { golden } from '../shared/golden.ts';
import {
  v,
  none,
  ILLUSTRATIVE,
  SOURCED,
  find,
  texts,
  textOf,
  LOCALES,
  LONG_NAME,
} from '../shared/chart-fixtures.ts';
import type { ChartValue } from '../shared/chart-spec.ts';

const row = (id: string, counts: ChartValue[], rates: ChartValue[], name = id): InstitutionsRow => ({
  id,
  name: { text: name, lang: 'en' },
  counts,
  rates,
});

const KINDS = [
  {
    count: 'schools',
    rate: 'schools_per_10000',
    label: 'Schools',
    rateLabel: 'Schools per 10,000 residents',
  },
  {
    count: 'preschools',
    rate: 'preschools_per_10000',
    label: 'Preschools',
    rateLabel: 'Preschools per 10,000 residents',
  },
  {
    count: 'health_facilities',
    rate: 'health_facilities_per_10000',
    label: 'Health facilities',
    rateLabel: 'Health facilities per 10,000 residents',
  },
];

/** Oʻzbekiston district: sector 2's rates are upper bounds (its population is "more than 62,000"). */
const district = (rows: InstitutionsRow[]): InstitutionsModel => ({
  id: 'chart-institutions',
  place: row(
    'fa.ozbekiston',
    [v(64), v(60), v(12)],
    [v(3.7, { qualifier: 'at-most' }), v(3.47, { qualifier: 'at-most' }), v(0.69, { qualifier: 'at-most' })],
    'Oʻzbekiston',
  ),
  date: '2020-12-02',
  kinds: KINDS,
  rows,
  sources: { ...SOURCED, illustrative: true },
});

const s1 = row('s1', [v(18), v(17), v(3)], [v(4.1), v(3.9), v(0.7)], 'Sector 1');
const s2 = row(
  's2',
  [v(16, { sourced: true }), v(16, { sourced: true }), v(5, { sourced: true })],
  [
    v(2.58, { qualifier: 'at-most', sourced: true }),
    v(2.58, { qualifier: 'at-most', sourced: true }),
    v(0.81, { qualifier: 'at-most', sourced: true }),
  ],
  'Sector 2',
);

describe('rateScale', () => {
  it('puts every rate on one scale, the largest at barMax per cent', () => {
    const x = rateScale(district([s1, s2]));
    expect(x(4.1)).toBeCloseTo(INSTITUTIONS.barMax, 6);
    expect(x(0)).toBe(0);
  });

  it('does not divide by zero when every rate is zero', () => {
    expect(rateScale(district([row('z', [v(0), v(0), v(0)], [v(0), v(0), v(0)])]))(0)).toBe(0);
  });
});

describe('layoutInstitutions', () => {
  it('counts the place in its title and labels each bar with rate and count', () => {
    const spec = layoutInstitutions(district([s1, s2]), 'en');
    expect(spec.title).toBe('Oʻzbekiston has 64 schools, 60 preschools and 12 health facilities');
    expect(find(spec.nodes, 'text', 'value-label').map(textOf)).toEqual([
      '4.1 (18)',
      '3.9 (17)',
      '0.7 (3)',
      '≤ 2.6 (16)',
      '≤ 2.6 (16)',
      '≤ 0.8 (5)',
    ]);
  });

  it('marks upper bounds with an arrow back and says why', () => {
    const spec = layoutInstitutions(district([s1, s2]), 'en');
    expect(find(spec.nodes, 'polygon')).toHaveLength(3);
    expect(spec.notes.join(' ')).toContain('the rate per 10,000 residents is an upper bound');
  });

  it('solid bars for sourced values, hatched for illustrative ones', () => {
    const spec = layoutInstitutions(district([s1, s2]), 'en');
    const bars = find(spec.nodes, 'rect');
    expect(bars.map((b) => b.attrs.fill)).toEqual([
      ...Array(3).fill('url(#chart-institutions-hatch-primary)'),
      ...Array(3).fill('#0072b2'),
    ]);
  });

  it('lists the place itself first in the table and points marks at their count and rate cells', () => {
    const spec = layoutInstitutions(district([s1, s2]), 'en');
    expect(spec.table.rows.map((r) => r[0]!.text)).toEqual(['Oʻzbekiston', 'Sector 1', 'Sector 2']);
    expect(
      find(spec.nodes, 'g', 'mark')
        .map((g) => g.attrs['data-cells'])
        .slice(0, 3),
    ).toEqual(['1-1 1-2', '1-3 1-4', '1-5 1-6']);
  });

  it('draws nothing for a zero or missing rate, and says "no data"', () => {
    const spec = layoutInstitutions(district([row('m', [v(0), none, v(1)], [v(0), none, v(2.1)])]), 'en');
    expect(find(spec.nodes, 'rect')).toHaveLength(1);
    expect(find(spec.nodes, 'text', 'value-label').map(textOf)).toContain('no data (no data)');
    // On narrow screens only the rate shows; the count is its own span for CSS to hide.
    expect(find(spec.nodes, 'tspan', 'count').map((n) => n.text)).toEqual([' (0)', ' (no data)', ' (1)']);
  });

  it('truncates long names', () => {
    const spec = layoutInstitutions(
      district([row('l', [v(1), v(1), v(1)], [v(1), v(1), v(1)], LONG_NAME)]),
      'en',
    );
    expect(
      texts(spec.nodes).some((s) => s.endsWith('…') && Array.from(s).length <= INSTITUTIONS.nameChars),
    ).toBe(true);
    expect(spec.height).toBe(INSTITUTIONS.head + INSTITUTIONS.row);
  });

  it('with no places below, draws only the column heads', () => {
    const spec = layoutInstitutions(district([]), 'en');
    expect(spec.height).toBe(INSTITUTIONS.head);
    expect(find(spec.nodes, 'g', 'mark')).toEqual([]);
    expect(spec.table.rows).toHaveLength(1);
  });

  it.each(LOCALES)('matches its golden SVG in %s', (locale) => {
    const g = golden(
      new URL(`./__golden__/district.${locale}.svg`, import.meta.url),
      renderSvg(layoutInstitutions(district([s1, s2]), locale)),
    );
    expect(g.actual).toBe(g.expected);
  });
});

describe('illustrative-only places', () => {
  it('say "illustrative" in the legend', () => {
    const spec = layoutInstitutions({ ...district([s1]), sources: ILLUSTRATIVE }, 'en');
    expect(spec.legend.map((l) => l.label)).toEqual(['illustrative']);
  });
});
