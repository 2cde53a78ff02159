import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCountry, readCountryReference, regionSlug, COUNTRY_DATES } from './country.ts';
import { writeDemo } from '../demo/write.ts';
import { loadDataset } from '../model/load.ts';

const reference = readCountryReference(resolve(process.env.REFERENCE_DIR ?? '../shared/reference'));
const places = (files: Map<string, string>) => (JSON.parse(files.get('places.json')!) as { places: { kind: string; soato?: string; parent?: string }[] }).places;

describe('generateCountry', () => {
  it('gives the same bytes for the same seed and other bytes for another seed', () => {
    const a = generateCountry({ reference, seed: 20201202, scale: 0.1 });
    const b = generateCountry({ reference, seed: 20201202, scale: 0.1 });
    const c = generateCountry({ reference, seed: 20201203, scale: 0.1 });
    expect([...a]).toEqual([...b]);
    expect(a.get('places.json')).not.toEqual(c.get('places.json'));
  });

  it('covers every district of the boundary list with about 9,400 mahallas and 12 monthly snapshots', () => {
    const files = generateCountry({ reference });
    const all = places(files);
    expect(all.filter((p) => p.kind === 'region')).toHaveLength(14);
    expect(all.filter((p) => p.kind === 'district' || p.kind === 'city')).toHaveLength(199);
    expect(all.filter((p) => p.kind === 'mahalla')).toHaveLength(9400);
    expect([...files.keys()].filter((k) => k.startsWith('snapshots/'))).toHaveLength(12);
    expect(COUNTRY_DATES[0]).toBe('2020-01-01');
  });

  it("gives Fergana's districts their official SOATO codes, so they join to boundary shapes", () => {
    const fergana = places(generateCountry({ reference })).filter((p) => p.parent === 'fa' && (p.kind === 'district' || p.kind === 'city'));
    expect(fergana.map((p) => p.soato)).toContain('1730230');
    expect(fergana).toHaveLength(19);
  });

  it('writes a dataset that loadDataset accepts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-country-'));
    try {
      writeDemo(dir, generateCountry({ reference, scale: 0.1 }));
      for (const f of ['metrics.json', 'sources.json', 'site.json']) copyFileSync(join('data', f), join(dir, f));
      const result = loadDataset(dir);
      expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('regionSlug', () => {
  it('drops "Region" and "Republic of"', () => {
    expect(regionSlug('Andijan Region')).toBe('andijan');
    expect(regionSlug('Tashkent City')).toBe('tashkent-city');
    expect(regionSlug('Republic of Karakalpakstan')).toBe('karakalpakstan');
  });
});
