import { describe, it, expect } from 'vitest';
import { tinyWith } from '../model/fixtures/tiny.ts';
import { fileValue, publishedRevisions, publishedValues } from './published.ts';
import { exportData } from './test-data.ts';

/** The tiny dataset where m1's Iron count of 2020-11-01 was first published as 2, then revised to 6. */
const revisedSmall = () =>
  tinyWith((f) => {
    f['snapshots/2020-11-01.json'].records.push({
      place: 'd.m2',
      date: '2020-11-01',
      provenance: 'illustrative',
      values: { iron_lifted: 9 },
    });
    f['snapshots/2020-11-01.json'].records[0].values.iron_lifted = 2;
    f['snapshots/2020-12-02.json'].records[4].values.iron_lifted = 6;
  });

const find = (values: ReturnType<typeof publishedValues>, place: string, metric: string, date: string) =>
  values.find((v) => v.place === place && v.metric === metric && v.date === date)!;

describe('publishedValues', () => {
  it('hides a value in force exactly as the page does', () => {
    const values = publishedValues(exportData(), '2020-12-02');
    expect(find(values, 'd.m1', 'iron_lifted', '2020-12-02')).toMatchObject({
      value: null,
      suppressed: 'fewer-than-5',
    });
    expect(find(values, 'd.m2', 'iron_lifted', '2020-12-02')).toMatchObject({
      value: null,
      suppressed: 'protects-small',
    });
    expect(find(values, 'd.s1', 'iron_lifted', '2020-12-02')).toMatchObject({ value: 10, suppressed: null });
  });

  it('hides a superseded count of 1 to 4 and says which snapshot revised it', () => {
    const old = find(
      publishedValues(exportData(revisedSmall()), '2020-11-01'),
      'd.m1',
      'iron_lifted',
      '2020-11-01',
    );
    expect(old).toMatchObject({ value: null, suppressed: 'fewer-than-5', supersededIn: '2020-12-02' });
  });

  it('hides a second value of the sector where a superseded one is the only hidden one', () => {
    const values = publishedValues(exportData(revisedSmall()), '2020-11-01');
    expect(find(values, 'd.m2', 'iron_lifted', '2020-11-01')).toMatchObject({
      value: null,
      suppressed: 'protects-small',
      supersededIn: null,
    });
    expect(find(values, 'd.m1', 'population', '2020-11-01').value).toBe(900);
  });

  it('shows a superseded count of 5 or more, marked with the snapshot that revised it', () => {
    const old = find(publishedValues(exportData(), '2020-11-01'), 'd.m1', 'iron_registered', '2020-11-01');
    expect(old).toMatchObject({ value: 10, suppressed: null, supersededIn: '2020-12-02' });
  });

  it('returns the same array on a second call (computed once per build)', () => {
    const data = exportData();
    expect(publishedValues(data, '2020-12-02')).toBe(publishedValues(data, '2020-12-02'));
  });
});

describe('publishedRevisions', () => {
  it('hides an earlier small count at mahalla level and keeps it elsewhere', () => {
    const { ds } = exportData();
    const revisions = [{ published: '2020-11-01', value: 3, qualifier: 'exact' as const }];
    expect(publishedRevisions(ds, 'd.m1', 'iron_lifted', revisions)[0]!.value).toBeNull();
    expect(publishedRevisions(ds, 'd.s1', 'iron_lifted', revisions)[0]!.value).toBe(3);
    expect(publishedRevisions(ds, 'd.m1', 'population', revisions)[0]!.value).toBe(3);
  });
});

describe('fileValue', () => {
  it('rounds shares to 4 decimals and rates to 2, leaves counts alone', () => {
    expect(fileValue(660 / 831, 'share')).toBe(0.7942);
    expect(fileValue((16 / 62000) * 10000, 'per-10000')).toBe(2.58);
    expect(fileValue(62000, 'people')).toBe(62000);
  });
});
