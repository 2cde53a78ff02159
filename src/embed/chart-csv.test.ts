import { describe, it, expect } from 'vitest';
import { chartCsv, valueColumn, valueNumber } from './chart-csv.ts';
import { layoutProgress } from '../charts/progress/progress-layout.ts';
import type { ProgressModel } from '../charts/progress/progress-model.ts';
import { layoutRanking } from '../charts/ranking/ranking-layout.ts';
import type { RankingModel } from '../charts/ranking/ranking-model.ts';
import { layoutTrend } from '../charts/trend/trend-layout.ts';
import type { TrendModel } from '../charts/trend/trend-model.ts';
import { v, few, hidden, none, ILLUSTRATIVE, SOURCED } from '../charts/shared/chart-fixtures.ts';

/** The CSV as rows of cells (no quoted commas in these fixtures). */
const table = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((l) => l.split(','));

const progress = (over: Partial<ProgressModel> = {}): ProgressModel => ({
  id: 'chart-progress',
  placeId: 'fa.ozbekiston.s2',
  place: { text: 'Sector 2', lang: 'en' },
  date: '2020-12-02',
  registered: v(831, { sourced: true }),
  lifted: v(660, { sourced: true }),
  share: v(660 / 831, { sourced: true }),
  shareDerivedFromSourced: true,
  labels: {
    registered: 'Families in the Iron Notebook',
    lifted: 'Families lifted out of poverty',
    share: 'Share lifted out of poverty',
  },
  sources: SOURCED,
  ...over,
});

describe('valueColumn', () => {
  it('says in the name that shares are in per cent and rates per 10,000', () => {
    expect(valueColumn('iron_lifted_share', 'share')).toBe('iron_lifted_share_percent');
    expect(valueColumn('schools_per_10000', 'per-10000')).toBe('schools_per_10000');
    expect(valueColumn('schools_rate', 'per-10000')).toBe('schools_rate_per_10000');
    expect(valueColumn('iron_registered', 'families')).toBe('iron_registered');
  });
});

describe('valueNumber', () => {
  it('gives shares in per cent to two decimals and counts as they are', () => {
    expect(valueNumber(660 / 831, 'share')).toBe(79.42);
    expect(valueNumber(62000, 'people')).toBe(62000);
    expect(valueNumber(2.3456, 'per-10000')).toBe(2.35);
  });
});

describe('chartCsv', () => {
  it('writes sector 2’s progress as numbers with a decimal point, qualifiers and provenance', () => {
    const [head, row] = table(chartCsv(layoutProgress(progress(), 'en')));
    expect(head).toEqual([
      'date',
      'place_id',
      'place',
      'iron_registered',
      'iron_registered_qualifier',
      'iron_lifted',
      'iron_lifted_qualifier',
      'iron_lifted_share_percent',
      'iron_lifted_share_qualifier',
      'provenance',
      'notes',
    ]);
    expect(row).toEqual([
      '2020-12-02',
      'fa.ozbekiston.s2',
      'Sector 2',
      '831',
      'exact',
      '660',
      'exact',
      '79.42',
      'exact',
      'sourced',
      '',
    ]);
  });

  it('keeps a lower bound a number and says it is one', () => {
    const [, row] = table(
      chartCsv(
        layoutProgress(
          progress({
            registered: v(62000, { qualifier: 'at-least' }),
            lifted: v(1234.5, { qualifier: 'approximately' }),
            share: none,
          }),
          'en',
        ),
      ),
    );
    expect(row!.slice(3, 9)).toEqual(['62000', 'at-least', '1234.5', 'approximately', '', '']);
    expect(row![9]).toBe('illustrative');
  });

  it('leaves hidden small counts empty, says why, and writes no number from 1 to 4', () => {
    const csv = chartCsv(layoutProgress(progress({ registered: v(40), lifted: few, share: hidden }), 'en'));
    const [, row] = table(csv);
    expect(row!.slice(3, 9)).toEqual(['40', 'exact', '', 'fewer-than-5', '', 'protects-small']);
    for (const cell of row!) expect(cell).not.toMatch(/^[1-4]$/);
  });

  it('writes ranks as numbers and each ranked place with its id', () => {
    const model: RankingModel = {
      id: 'chart-ranking',
      mode: 'children',
      place: { text: 'Sector 2', lang: 'en' },
      parent: { text: 'Sector 2', lang: 'en' },
      ranked: 'mahallas',
      metric: { id: 'iron_lifted_share', label: 'Share lifted out of poverty', unit: 'share' },
      date: '2020-12-02',
      rows: [
        { id: 'm.a', name: { text: 'Bahor', lang: 'en' }, value: v(0.5), self: false },
        { id: 'm.b', name: { text: 'Qaynar', lang: 'en' }, value: few, self: false },
        { id: 'm.c', name: { text: 'Ziyo', lang: 'en' }, value: v(0.75), self: true },
      ],
      sources: ILLUSTRATIVE,
    };
    const rows = table(chartCsv(layoutRanking(model, 'en')));
    expect(rows[0]).toEqual([
      'date',
      'rank',
      'place_id',
      'place',
      'iron_lifted_share_percent',
      'iron_lifted_share_qualifier',
      'provenance',
      'notes',
    ]);
    expect(rows.slice(1).map((r) => r.slice(1, 6))).toEqual([
      ['1', 'm.c', 'Ziyo', '75', 'exact'],
      ['2', 'm.a', 'Bahor', '50', 'exact'],
      ['', 'm.b', 'Qaynar', '', 'fewer-than-5'],
    ]);
  });

  it('gives trend rows their ISO date, and a row without data no provenance', () => {
    const model: TrendModel = {
      id: 'chart-trend-iron',
      place: { text: 'Sector 2', lang: 'en' },
      dates: ['2020-11-02', '2020-12-02'],
      series: [
        {
          metric: 'iron_lifted',
          label: 'Families lifted out of poverty',
          unit: 'families',
          colour: 'primary',
          shape: 'circle',
          values: [none, v(660, { sourced: true, revised: 650 })],
        },
      ],
      ratio: { metric: 'iron_lifted_share', label: 'Share', values: [none, v(0.794, { sourced: true })] },
      sources: { ...SOURCED, illustrative: true },
    };
    const rows = table(chartCsv(layoutTrend(model, 'en')));
    expect(rows[0]).toEqual([
      'date',
      'iron_lifted',
      'iron_lifted_qualifier',
      'iron_lifted_share_percent',
      'iron_lifted_share_qualifier',
      'provenance',
      'notes',
    ]);
    expect(rows[1]).toEqual(['2020-11-02', '', '', '', '', '', '']);
    expect(rows[2]!.slice(0, 6)).toEqual(['2020-12-02', '660', 'exact', '79.4', 'exact', 'sourced']);
    expect(rows[2]![6]).toContain('revised: 650');
  });
});
