import { describe, it, expect } from 'vitest';
import { loadDatasetOrThrow } from '../model/load.ts';
import { buildTree } from '../model/tree.ts';
import { tinyFiles, writeDataset } from '../model/fixtures/tiny.ts';
import { deriveFigures } from './index.ts';
import { datasetAsOf } from './as-of.ts';

describe('datasetAsOf', () => {
  it('shows a value as first published, before a later snapshot revised it', () => {
    const ds = loadDatasetOrThrow(writeDataset(tinyFiles()));
    const then = datasetAsOf(ds, '2020-11-01');
    expect(then.snapshots.map((s) => s.published)).toEqual(['2020-11-01']);
    const figures = deriveFigures(then, buildTree(then));
    const f = figures.get('d.m1')!.get('iron_registered')!;
    expect(f.map((x) => [x.date, x.value])).toEqual([['2020-11-01', 10]]);
    // The full dataset has the revised value 11 for the same date.
    const now = deriveFigures(ds, buildTree(ds)).get('d.m1')!.get('iron_registered')!;
    expect(now.find((x) => x.date === '2020-11-01')!.value).toBe(11);
  });
});
