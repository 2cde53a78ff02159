import { describe, it, expect } from 'vitest';
import { siteData } from '../../site/data.ts';
import { progressModel } from '../progress/progress-model.ts';
import { childrenRanking, siblingsRanking, standingOf } from '../ranking/ranking-model.ts';
import { trendModel } from '../trend/trend-model.ts';
import { institutionsModel } from '../institutions/institutions-model.ts';
import { notebooksModel } from '../notebooks/notebooks-model.ts';
import { chartValue, valueCell } from './values.ts';
import { snapshotDates } from './chart-inputs.ts';

// The models read the demo dataset (data/): the one sourced sector and the planted edge cases.
const data = siteData();
const S2 = 'fa.ozbekiston.s2';

describe('chartValue', () => {
  it('keeps a hidden value hidden and an absent one missing (never 0)', () => {
    const chashma = data.figuresOf('fa.dangara.chashma');
    expect(chartValue(chashma.get('labour_migrants')![0])).toEqual({
      kind: 'suppressed',
      reason: 'fewer-than-5',
      illustrative: true,
    });
    expect(chartValue(undefined)).toEqual({ kind: 'missing' });
  });
});

describe('progressModel', () => {
  it('reads sector 2’s sourced December figures, the share derived from them', () => {
    const m = progressModel(data, S2, 'en')!;
    expect(m.date).toBe('2020-12-02');
    expect([m.registered, m.lifted]).toMatchObject([
      { kind: 'value', value: 831, illustrative: false },
      { kind: 'value', value: 660, illustrative: false },
    ]);
    expect(m.share).toMatchObject({ kind: 'value', illustrative: false });
    expect(m.shareDerivedFromSourced).toBe(true);
    expect(m.sources.citations.map((c) => c.source)).toContain('fergana-hokimiyat-2020-12-02');
    expect(m.sources.illustrative).toBe(false);
  });

  it('gives a mahalla its standing among its sector’s mahallas', () => {
    const m = progressModel(data, 'fa.ozbekiston.qaynar', 'en')!;
    expect(m.standing).toMatchObject({ of: 18, parent: { text: 'Sector 2' }, ranked: 'mahallas' });
  });
});

describe('rankings', () => {
  it('ranks a district’s four sectors and places a sector among them', () => {
    expect(childrenRanking(data, 'fa.ozbekiston', 'en')!.rows.map((r) => r.id)).toEqual([
      'fa.ozbekiston.s1',
      S2,
      'fa.ozbekiston.s3',
      'fa.ozbekiston.s4',
    ]);
    const s = siblingsRanking(data, S2, 'en')!;
    expect(s.rows.filter((r) => r.self).map((r) => r.id)).toEqual([S2]);
    expect(standingOf(data, S2, 'iron_lifted_share', 'en')?.of).toBe(4);
  });

  it('has no siblings for the region', () => {
    expect(siblingsRanking(data, 'fa', 'en')).toBeUndefined();
  });
});

describe('trendModel', () => {
  it('covers every snapshot date, sector 2’s last point sourced and the earlier ones illustrative', () => {
    const m = trendModel(data, S2, 'en', 'iron')!;
    expect(m.dates).toEqual(snapshotDates(data));
    expect(m.dates).toEqual([
      '2020-07-01',
      '2020-08-01',
      '2020-09-01',
      '2020-10-01',
      '2020-11-02',
      '2020-12-02',
    ]);
    expect(m.series[0]!.values.map((v) => v.kind === 'value' && v.illustrative)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('carries the revision of Oltinkoʻl’s appeals on 1 October', () => {
    const m = trendModel(data, 'fa.sox.oltinkol', 'en', 'appeals')!;
    const received = m.series.find((s) => s.metric === 'appeals_received')!;
    expect(received.values[3]).toMatchObject({
      kind: 'value',
      value: 106,
      revisions: [{ value: 103, published: '2020-10-01' }],
    });
    expect(valueCell('en', received.values[3]!, 'appeals').note).toBe(
      'revised: 103 in the snapshot of October 1, 2020',
    );
  });
});

describe('notebooksModel', () => {
  it('leaves Chashma’s women’s entries of 1 September missing, not zero', () => {
    const m = notebooksModel(data, 'fa.dangara.chashma', 'en')!;
    const women = m.panels.find((p) => p.metric === 'women_entries')!;
    expect(women.values.map((v) => v.kind)).toEqual([
      'value',
      'value',
      'missing',
      'suppressed',
      'suppressed',
      'suppressed',
    ]);
  });
});

describe('institutionsModel', () => {
  it('gives a district its sectors, sector 2’s rates as upper bounds', () => {
    const m = institutionsModel(data, 'fa.ozbekiston', 'en')!;
    expect(m.rows.map((r) => r.id)).toEqual(['fa.ozbekiston.s1', S2, 'fa.ozbekiston.s3', 'fa.ozbekiston.s4']);
    expect(m.rows[1]!.rates.map((v) => v.kind === 'value' && v.qualifier)).toEqual([
      'at-most',
      'at-most',
      'at-most',
    ]);
  });

  it('is absent on a mahalla page (nothing one level down)', () => {
    expect(institutionsModel(data, 'fa.ozbekiston.qaynar', 'en')).toBeUndefined();
  });
});
