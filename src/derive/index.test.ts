import { describe, it, expect } from 'vitest';
import { loadDatasetOrThrow } from '../model/load.ts';
import { buildTree } from '../model/tree.ts';
import { tinyFiles, writeDataset } from '../model/fixtures/tiny.ts';
import { deriveFigures } from './index.ts';
import { latest, newerPartial, type Figure, type FigureTable } from './figure.ts';

function figures(): FigureTable {
  const ds = loadDatasetOrThrow(writeDataset(tinyFiles()));
  return deriveFigures(ds, buildTree(ds));
}
const at = (t: FigureTable, place: string, metric: string) => latest(t.get(place)?.get(metric));

describe('deriveFigures', () => {
  it('keeps a stated sector value over the sum of its mahallas, with its citation', () => {
    const f = at(figures(), 'd.s1', 'iron_registered')!;
    expect(f.value).toBe(20);
    expect(f.derivation).toBeUndefined();
    expect(f.provenance).toEqual({
      kind: 'sourced',
      citations: [
        {
          source: 'press',
          quote: '20 families registered, 10 lifted out of poverty, more than 2 thousand residents',
        },
      ],
    });
  });

  it('sums sectors into the district, illustrative when any part is', () => {
    const f = at(figures(), 'd', 'iron_registered')!;
    expect(f.value).toBe(20); // sector 1 states 20, sector 2 sums to 0
    expect(f.derivation).toEqual({ kind: 'sum', parts: 2, missing: 0 });
    expect(f.provenance.kind).toBe('illustrative');
  });

  it('marks a sum with unreported parts as a lower bound', () => {
    const f = at(figures(), 'd.s2', 'schools');
    expect(f).toBeUndefined(); // no mahalla of sector 2 reports schools: no figure, not zero
    const d = at(figures(), 'd', 'schools')!;
    expect(d.value).toBe(3);
    expect(d.qualifier).toBe('at-least');
    expect(d.derivation).toEqual({ kind: 'sum', parts: 1, missing: 1 });
  });

  it('derives a share from sourced figures as sourced and exact', () => {
    const f = at(figures(), 'd.s1', 'iron_lifted_share')!;
    expect(f.value).toBe(0.5);
    expect(f.qualifier).toBe('exact');
    expect(f.provenance.kind).toBe('sourced');
    expect(f.derivation).toMatchObject({
      kind: 'ratio',
      numerator: 'iron_lifted',
      denominator: 'iron_registered',
    });
  });

  it('makes a rate over a lower-bound population an upper bound', () => {
    const f = at(figures(), 'd.s1', 'schools_per_10000')!;
    expect(f.qualifier).toBe('at-most');
    expect(f.value).toBeCloseTo((3 / 2000) * 10000);
  });

  it('publishes no ratio over a zero denominator', () => {
    expect(at(figures(), 'd.m3', 'iron_lifted_share')).toBeUndefined();
  });

  it('hides small mahalla counts, a second one to protect it, and ratios built on them', () => {
    const t = figures();
    expect(at(t, 'd.m1', 'iron_lifted')).toMatchObject({ value: null, suppressed: 'fewer-than-5' });
    expect(at(t, 'd.m2', 'iron_lifted')).toMatchObject({ value: null, suppressed: 'protects-small' });
    expect(at(t, 'd.m1', 'iron_lifted_share')).toMatchObject({ value: null });
    expect(at(t, 'd.m1', 'population')!.value).toBe(1000); // not a notebook: shown
    expect(at(t, 'd.s1', 'iron_lifted')!.value).toBe(10); // the sector total stays
  });

  it('hides an earlier small value that a later snapshot revised upwards', () => {
    const files = tinyFiles() as any;
    files['snapshots/2020-11-01.json'].records[0].values.iron_lifted = 3;
    files['snapshots/2020-12-02.json'].records.push({
      place: 'd.m1',
      date: '2020-11-01',
      provenance: 'illustrative',
      values: { iron_lifted: 7 },
    });
    const ds = loadDatasetOrThrow(writeDataset(files));
    const f = deriveFigures(ds, buildTree(ds))
      .get('d.m1')!
      .get('iron_lifted')!
      .find((x) => x.date === '2020-11-01')!;
    expect(f.value).toBe(7);
    expect(f.revisions).toEqual([{ published: '2020-11-01', value: null, qualifier: 'exact' }]);
  });

  it('counts a district’s listed mahallas even when one sector states its own count', () => {
    const files = tinyFiles() as any;
    files['snapshots/2020-12-02.json'].records.push({
      place: 'd.s1',
      date: '2020-12-02',
      provenance: { source: 'press' },
      values: { mahallas: 2 },
    });
    const ds = loadDatasetOrThrow(writeDataset(files));
    const t = deriveFigures(ds, buildTree(ds));
    expect(at(t, 'd.s1', 'mahallas')).toMatchObject({ value: 2, provenance: { kind: 'sourced' } });
    expect(at(t, 'd', 'mahallas')).toMatchObject({
      value: 3,
      qualifier: 'exact',
      derivation: { kind: 'count' },
    });
  });

  it('keeps a revised value with the value it replaced', () => {
    const f = figures()
      .get('d.m1')!
      .get('iron_registered')!
      .find((x) => x.date === '2020-11-01')!;
    expect(f.value).toBe(11);
    expect(f.published).toBe('2020-12-02');
    expect(f.revisions).toEqual([{ published: '2020-11-01', value: 10, qualifier: 'exact' }]);
  });

  it('counts listed mahallas where no count is stated', () => {
    const t = figures();
    expect(at(t, 'd', 'mahallas')).toMatchObject({
      value: 3,
      derivation: { kind: 'count' },
      provenance: { kind: 'register' },
    });
    expect(at(t, 'd.s1', 'mahallas')!.value).toBe(2);
    expect(at(t, 'r', 'mahallas')!.value).toBe(3);
  });
});

describe('latest with a partial sum', () => {
  const sum = (date: string, value: number, missing: number): Figure => ({
    place: 'fa',
    metric: 'iron_registered',
    date,
    value,
    suppressed: false,
    qualifier: missing ? 'at-least' : 'exact',
    provenance: { kind: 'illustrative' },
    derivation: { kind: 'sum', parts: 19 - missing, missing },
    published: date,
    revisions: [],
  });

  it('shows the newest complete total when only some places reported since, and names the partial sum', () => {
    const series = [sum('2020-11-02', 5000, 0), sum('2020-12-02', 5100, 0), sum('2021-01-04', 600, 17)];
    expect(latest(series)?.date).toBe('2020-12-02');
    expect(newerPartial(series)?.value).toBe(600);
  });

  it('shows the newest figure when it is complete, or when no complete one came before', () => {
    const complete = [sum('2020-11-02', 5000, 0), sum('2020-12-02', 5100, 0)];
    expect(latest(complete)?.date).toBe('2020-12-02');
    expect(newerPartial(complete)).toBeUndefined();
    const onlyPartial = [sum('2020-12-02', 600, 17)];
    expect(latest(onlyPartial)?.value).toBe(600);
    expect(newerPartial(onlyPartial)).toBeUndefined();
  });
});
