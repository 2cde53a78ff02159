import { describe, it, expect } from 'vitest';
import { changesOf } from './changes.ts';
import type { Figure, PlaceFigures } from './figure.ts';

const fig = (date: string, value: number | null, published = date, extra: Partial<Figure> = {}): Figure => ({
  place: 'p',
  metric: 'm',
  date,
  value,
  suppressed: value === null ? 'fewer-than-5' : false,
  qualifier: 'exact',
  provenance: { kind: 'illustrative' },
  published,
  revisions: [],
  ...extra,
});

describe('changesOf', () => {
  it('lists a new value that differs from the previous snapshot’s', () => {
    const figures: PlaceFigures = new Map([['m', [fig('2020-11-02', 10), fig('2020-12-02', 12)]]]);
    const [c] = changesOf(figures, '2020-12-02', '2020-11-02');
    expect(c).toMatchObject({ metric: 'm', kind: 'update', before: { value: 10 }, after: { value: 12 } });
  });
  it('leaves out values that did not change, and places without a new value', () => {
    expect(
      changesOf(new Map([['m', [fig('2020-11-02', 10), fig('2020-12-02', 10)]]]), '2020-12-02', '2020-11-02'),
    ).toEqual([]);
    expect(changesOf(new Map([['m', [fig('2020-11-02', 10)]]]), '2020-12-02', '2020-11-02')).toEqual([]);
  });
  it('counts a change of qualifier as a change', () => {
    const figures: PlaceFigures = new Map([
      ['m', [fig('2020-11-02', 10), fig('2020-12-02', 10, '2020-12-02', { qualifier: 'at-least' })]],
    ]);
    expect(changesOf(figures, '2020-12-02', '2020-11-02')).toHaveLength(1);
  });
  it('lists a revision of an earlier date published in the latest snapshot', () => {
    const revised = fig('2020-10-01', 106, '2020-12-02', {
      revisions: [{ published: '2020-10-01', value: 103, qualifier: 'exact' }],
    });
    const [c] = changesOf(new Map([['m', [revised]]]), '2020-12-02', '2020-11-02');
    expect(c).toMatchObject({
      kind: 'revision',
      before: { value: 103, date: '2020-10-01' },
      after: { value: 106 },
    });
  });
  it('says nothing when both values are hidden as fewer than 5', () => {
    expect(
      changesOf(
        new Map([['m', [fig('2020-11-02', null), fig('2020-12-02', null)]]]),
        '2020-12-02',
        '2020-11-02',
      ),
    ).toEqual([]);
  });
  it('has nothing to compare without a previous snapshot', () => {
    expect(changesOf(new Map([['m', [fig('2020-12-02', 1)]]]), '2020-12-02', undefined)).toEqual([]);
  });
});
