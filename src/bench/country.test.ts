import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCountry, COUNTRY_DATES } from './country.ts';
import { readReference } from '../demo/reference.ts';
import { writeDemo } from '../demo/write.ts';
import { loadDataset } from '../model/load.ts';

const reference = readReference(resolve(process.env.REFERENCE_DIR ?? '../shared/reference'));
const places = (files: Map<string, string>) => (JSON.parse(files.get('places.json')!) as { places: { id: string; slug: string; kind: string; soato?: string; parent?: string }[] }).places;

describe('generateCountry', () => {
  it('gives the same bytes for the same seed and other bytes for another seed', () => {
    const a = generateCountry({ reference, seed: 20201202, scale: 0.1 });
    const b = generateCountry({ reference, seed: 20201202, scale: 0.1 });
    const c = generateCountry({ reference, seed: 20201203, scale: 0.1 });
    expect([...a]).toEqual([...b]);
    expect(a.get('places.json')).not.toEqual(c.get('places.json'));
  });

  it('covers the 206 real districts and cities with about 9,400 mahallas and 12 monthly snapshots', () => {
    const files = generateCountry({ reference });
    const all = places(files);
    expect(all.filter((p) => p.kind === 'region')).toHaveLength(14);
    expect(all.filter((p) => p.kind === 'district' || p.kind === 'city')).toHaveLength(206);
    expect(all.filter((p) => p.kind === 'mahalla')).toHaveLength(9400);
    expect([...files.keys()].filter((k) => k.startsWith('snapshots/'))).toHaveLength(12);
    expect(COUNTRY_DATES[0]).toBe('2020-01-01');
  });

  it('uses the ids, slugs and SOATO codes of the site\'s places.json, so its URLs are the site\'s', () => {
    const bench = places(generateCountry({ reference })).filter((p) => p.kind === 'region' || p.kind === 'district' || p.kind === 'city');
    const site = (JSON.parse(readFileSync('data/places.json', 'utf8')) as { places: { id: string; slug: string; kind: string; soato?: string }[] }).places;
    const key = (p: { id: string; slug: string; soato?: string }) => `${p.id} ${p.slug} ${p.soato}`;
    expect(bench.map(key).sort()).toEqual(site.filter((p) => p.kind === 'region' || p.kind === 'district' || p.kind === 'city').map(key).sort());
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
