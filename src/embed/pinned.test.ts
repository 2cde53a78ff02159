import { describe, it, expect } from 'vitest';
import { siteData } from '../site/data.ts';
import { archiveAnchor, dataAsOf } from './pinned.ts';
import { chartIds, chartSpec } from '../charts/registry.ts';

// The demo dataset (data/): sector 2's sourced figures are those of 2 December 2020.
const data = siteData();
const S2 = 'fa.ozbekiston.s2';
const progressCells = (published: string) =>
  chartSpec(dataAsOf(published), S2, 'chart-progress', 'en')!.table.rows[0]!.map((c) => c.text);

describe('dataAsOf', () => {
  it('is the site data itself for the newest snapshot, and one object per earlier date', () => {
    expect(dataAsOf(data.latestSnapshot)).toBe(data);
    expect(dataAsOf('2020-11-02')).toBe(dataAsOf('2020-11-02'));
  });

  it('lays charts out as they were: sector 2’s sourced December counts, and November’s other ones', () => {
    expect(progressCells('2020-12-02').slice(1, 3)).toEqual(['831', '660']);
    const november = progressCells('2020-11-02');
    expect(november.slice(1, 3)).not.toEqual(['831', '660']);
    expect(chartSpec(dataAsOf('2020-11-02'), S2, 'chart-progress', 'en')!.dates.to).toBe('2020-11-02');
    // A trend pinned to November ends in November.
    expect(chartSpec(dataAsOf('2020-11-02'), S2, 'chart-trend-iron', 'en')!.dates.to).toBe('2020-11-02');
  });

  it('refuses a date that is not a snapshot', () => {
    expect(() => dataAsOf('2020-11-03')).toThrow(/no snapshot/);
  });
});

describe('chartIds', () => {
  it('lists a sector’s charts in page order and none for a mahalla', () => {
    expect(chartIds(data, S2)[0]).toBe('chart-progress');
    expect(chartIds(data, 'fa.ozbekiston.qaynar')).toEqual([]);
  });
});

describe('archiveAnchor', () => {
  it('points at the chart’s own key figure on the archive page, else the first key figure of the place', () => {
    const dec = dataAsOf('2020-12-02');
    expect(archiveAnchor(dec, S2, ['iron_lifted_share'])).toBe(`${S2}--iron_lifted_share--2020-12-02`);
    expect(archiveAnchor(dec, S2, ['schools'])).toBe(`${S2}--population--2020-12-02`);
  });

  it('falls back to the key-figures table for a place without key figures', () => {
    const none = { ...data, figuresOf: () => new Map() };
    expect(archiveAnchor(none, S2, ['iron_registered'])).toBe('key-figures');
  });
});
