import { describe, it, expect } from 'vitest';
import type { SnapshotRecord } from '../model/types.ts';
import { buildTree } from '../model/tree.ts';
import { diffDatasets, diffUnder } from './diff.ts';
import { formatDiff } from './diff-format.ts';
import { loadTrial } from './trial.ts';
import { tinyDir } from './fixtures/sheets.ts';

const NEW = '2021-01-04';
const rec = (
  place: string,
  values: SnapshotRecord['values'],
  extra: Partial<SnapshotRecord> = {},
): SnapshotRecord => ({ place, date: NEW, provenance: 'illustrative', values, ...extra });

/** A month's clean update of the tiny dataset: small growth, sums matching the sector's total. */
const clean = (): SnapshotRecord[] => [
  rec('d.s1', { iron_registered: 22, iron_lifted: 11 }, { provenance: { source: 'press' } }),
  rec('d.m1', { population: 1010, iron_registered: 13, iron_lifted: 4, schools: 1 }),
  rec('d.m2', { population: 1100, iron_registered: 9, iron_lifted: 7, schools: 2 }),
  rec('d.m3', { population: 505, iron_registered: 0, iron_lifted: 0 }),
];

function diffOf(records: SnapshotRecord[]) {
  const dir = tinyDir();
  const text = JSON.stringify({ published: NEW, records });
  const before = loadTrial(dir, `${NEW}.json`, undefined, 'new.json');
  const after = loadTrial(dir, `${NEW}.json`, text, 'new.json');
  if (!before.ok || !after.ok) throw new Error(JSON.stringify([before, after]));
  const diff = diffDatasets(before.dataset, after.dataset, NEW, { threshold: 0.5 });
  return { diff, ds: after.dataset, tree: buildTree(after.dataset) };
}

const flagKeys = (records: SnapshotRecord[]) =>
  diffOf(records).diff.flags.map((f) => `${f.kind} ${f.place}${f.metric ? ` ${f.metric}` : ''}`);

/** The clean update with `edit` applied to a copy. */
const cleanWith = (edit: (rs: SnapshotRecord[]) => void) => {
  const rs = clean();
  edit(rs);
  return rs;
};

describe('diffDatasets', () => {
  it('lists stored values and the sums and shares they move, against the latest published snapshot', () => {
    const { diff } = diffOf(clean());
    expect(diff.against).toBe('2020-12-02');
    const find = (place: string, metric: string) =>
      diff.changes.find((c) => c.place === place && c.metric === metric);
    expect(find('d.m1', 'iron_registered')).toMatchObject({
      kind: 'update',
      before: { value: 12, how: 'stated' },
      after: { value: 13, date: NEW, how: 'stated' },
    });
    expect(find('d', 'iron_registered')).toMatchObject({
      before: { value: 20, how: 'sum' },
      after: { value: 22, how: 'sum' },
    });
    expect(find('d.m1', 'iron_lifted_share')).toMatchObject({
      before: { value: 0.25 },
      after: { how: 'ratio' },
    });
    // 10/20 and 11/22 read the same: not a change.
    expect(find('d.s1', 'iron_lifted_share')).toBeUndefined();
    // Unchanged values are not listed.
    expect(find('d.m2', 'population')).toBeUndefined();
  });

  it('flags nothing in a clean month', () => {
    expect(flagKeys(clean())).toEqual([]);
  });

  it('flags a count that only grows going down', () => {
    const rs = cleanWith((r) => ((r[0]!.values.iron_registered = 20), (r[1]!.values.iron_registered = 11)));
    expect(flagKeys(rs)).toEqual(['cumulative-decrease d.m1 iron_registered']);
  });

  it('flags a change larger than the threshold, and not one of fewer than 5', () => {
    const big = flagKeys(cleanWith((r) => (r[1]!.values.population = 2500)));
    expect(big).toContain('large-change d.m1 population');
    const tiny = flagKeys(cleanWith((r) => (r[1]!.values.schools = 3))); // 1 → 3 is +200 % but only 2 schools
    expect(tiny).toEqual([]);
  });

  it('flags mahallas that add up to less than their sector states', () => {
    expect(flagKeys(cleanWith((r) => (r[0]!.values.iron_registered = 30)))).toEqual([
      'sum-mismatch d.s1 iron_registered',
    ]);
  });

  it("flags a sector's stated total giving way to a different sum of its mahallas, and the sector gone quiet", () => {
    const keys = flagKeys(clean().slice(1));
    expect(keys).toContain('sum-mismatch d.s1 iron_registered');
    expect(keys).toContain('disappeared d.s1');
  });

  it('flags a place that reported last time and not now, while its district did', () => {
    expect(flagKeys(clean().slice(0, 3))).toEqual([
      'disappeared d.m3',
      'partial-sum d population',
      'partial-sum d iron_registered',
      'partial-sum d iron_lifted',
    ]);
  });

  it('keeps the complete total of a month when only some places report the next, and flags the partial sum', () => {
    const { diff } = diffOf([rec('d.m1', { population: 1010 })]);
    // District d's population stays 2500+ (2020-12-02; sector 1 states "more than 2 thousand"): its sum of the one mahalla that reported is no change to show.
    expect(diff.changes.find((c) => c.place === 'd' && c.metric === 'population')).toBeUndefined();
    const flag = diff.flags.find(
      (f) => f.kind === 'partial-sum' && f.place === 'd' && f.metric === 'population',
    );
    expect(flag?.message).toBe(
      'only 1 of 2 places reported on 2021-01-04: their sum 1010+ is shown as incomplete, and the site keeps the complete total 2500+ of 2020-12-02',
    );
  });

  it('lists a republished earlier date as a revision', () => {
    const { diff } = diffOf([...clean(), rec('d.m2', { population: 1150 }, { date: '2020-12-02' })]);
    expect(diff.changes.find((c) => c.place === 'd.m2' && c.metric === 'population')).toMatchObject({
      kind: 'revision',
      before: { value: 1100 },
      after: { value: 1150, date: '2020-12-02' },
    });
  });
});

describe('diffUnder', () => {
  it("keeps a sector's own changes and its mahallas'", () => {
    const { diff, tree } = diffOf(clean());
    const places = new Set(diffUnder(diff, tree, 'd.s1').changes.map((c) => c.place));
    expect([...places].sort()).toEqual(['d.m1', 'd.m2', 'd.s1']);
  });
});

describe('formatDiff', () => {
  it('prints a heading per place, one line per change and one per flag', () => {
    const { diff, ds, tree } = diffOf(
      cleanWith((r) => ((r[0]!.values.iron_registered = 20), (r[1]!.values.iron_registered = 11))),
    );
    const text = formatDiff(ds, tree, diff);
    expect(text).toContain('\nd.m1 · Viloyat › Tuman › Bir\n');
    expect(text).toContain('  population: 1000 (2020-12-02) → 1010 (2021-01-04)  +10 (+1.0 %)\n');
    // Small counts of a sensitive register say how the site will show them.
    expect(text).toContain(
      '  iron_lifted: 3 (2020-12-02, shown as "fewer than 5") → 4 (2021-01-04, shown as "fewer than 5")  +1 (+33.3 %)\n',
    );
    expect(text).toContain(
      '! cumulative-decrease: d.m1 (Viloyat › Tuman › Bir) iron_registered: went down from 12 on 2020-12-02 to 11 on 2021-01-04, but this count only grows\n',
    );
    expect(formatDiff(ds, tree, diff, true)).not.toContain('population:');
  });
});
