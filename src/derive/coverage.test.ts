import { describe, it, expect } from 'vitest';
import { loadDataset } from '../model/load.ts';
import { buildTree } from '../model/tree.ts';
import { tinyWith, writeDataset } from '../model/fixtures/tiny.ts';
import { coverage } from './coverage.ts';

/** The tiny dataset with a second region that has two districts and publishes nothing. */
function dataset() {
  const files = tinyWith((f) => {
    f['places.json'].places.push(
      { id: 'q', slug: 'quiet', kind: 'region', names: { 'uz-Latn': 'Jim' } },
      { id: 'q.a', slug: 'a', kind: 'district', parent: 'q', names: { 'uz-Latn': 'A' } },
      { id: 'q.b', slug: 'b', kind: 'city', parent: 'q', names: { 'uz-Latn': 'B' } },
    );
  });
  const result = loadDataset(writeDataset(files));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return { ds: result.dataset, tree: buildTree(result.dataset) };
}

describe('coverage', () => {
  it('counts districts with sourced and with illustrative figures apart, and those with none', () => {
    const { ds, tree } = dataset();
    const c = coverage(ds, tree);
    expect(c.districts).toEqual({ listed: 3, sourced: 1, illustrative: 1, none: 2 });
    // Sectors and mahallas of district d: s1 is sourced and has illustrative mahallas, s2 has m3, m1–m3 are illustrative.
    expect(c.below).toEqual({ listed: 5, sourced: 1, illustrative: 5, none: 0 });
    expect(c.newestSourced).toBe('2020-12-02');
    expect(c.newestIllustrative).toBe('2020-12-02');
    expect(c.silentRegions.map((r) => r.id)).toEqual(['q']);
  });

  it('gives one region its own coverage', () => {
    const { ds, tree } = dataset();
    const quiet = coverage(ds, tree, 'q');
    expect(quiet.districts).toEqual({ listed: 2, sourced: 0, illustrative: 0, none: 2 });
    expect(quiet.below.listed).toBe(0);
    expect(quiet.newestSourced).toBeUndefined();
    expect(quiet.silentRegions.map((r) => r.id)).toEqual(['q']);
    expect(coverage(ds, tree, 'r').silentRegions).toEqual([]);
  });
});
