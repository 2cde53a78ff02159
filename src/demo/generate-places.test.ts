// The generated demo's mahallas, revisions and gaps, places, and the seeded random streams.
import { describe, it, expect } from 'vitest';
import { generateDemo } from './generate.ts';
import { fork } from '../geo/random.ts';
import {
  reference,
  S2,
  places,
  snap,
  snapshots,
  mahallas,
  s2Mahallas,
  type Rec,
} from './fixtures/demo-files.ts';

describe('mahallas', () => {
  it('gives the sourced sector 18 mahallas, Qaynar among them', () => {
    expect(s2Mahallas).toHaveLength(18);
    const qaynar = s2Mahallas.find((m) => m.id === 'fa.ozbekiston.qaynar')!;
    expect(qaynar).toEqual({
      id: 'fa.ozbekiston.qaynar',
      slug: 'qaynar',
      kind: 'mahalla',
      parent: 'fa.ozbekiston',
      sector: 2,
      names: { 'uz-Cyrl': 'Қайнар' },
      note: 'Named in the source: «Қайнар» маҳалла фуқаролар йиғини',
    });
    expect(mahallas.filter((m) => m.illustrative !== true).map((m) => m.id)).toEqual([
      'fa.ozbekiston.qaynar',
    ]);
  });

  it('makes the sourced sector’s mahallas add up to its figures on 2020-12-02', () => {
    const ids = new Set(s2Mahallas.map((m) => m.id));
    const sum: Record<string, number> = {};
    for (const r of snap('2020-12-02').records.filter((r) => ids.has(r.place))) {
      for (const [k, v] of Object.entries(r.values)) sum[k] = (sum[k] ?? 0) + (v as number);
      expect(r.values.iron_lifted as number).toBeLessThanOrEqual(r.values.iron_registered as number);
    }
    expect(sum).toMatchObject({
      iron_registered: 831,
      iron_lifted: 660,
      schools: 16,
      preschools: 16,
      health_facilities: 5,
    });
    expect(sum.population).toBeGreaterThanOrEqual(62200);
    expect(sum.population).toBeLessThanOrEqual(64400);
    const july: Record<string, number> = {};
    for (const r of snap('2020-07-01').records.filter((r) => ids.has(r.place)))
      for (const [k, v] of Object.entries(r.values)) july[k] = (july[k] ?? 0) + (v as number);
    expect(july.iron_registered).toBeLessThan(831);
    expect(july.iron_lifted).toBeLessThan(660);
  });

  it('draws 4–14 mahallas for every other sector, with unique names per district and safe slugs', () => {
    const bySector = new Map<string, number>();
    for (const m of mahallas)
      bySector.set(`${m.parent}.s${m.sector}`, (bySector.get(`${m.parent}.s${m.sector}`) ?? 0) + 1);
    const sectors = places.filter((p) => p.kind === 'sector' && p.parent !== 'fa');
    expect(sectors).toHaveLength(19 * 4);
    for (const s of sectors) {
      const n = bySector.get(s.id) ?? 0;
      if (s.id === S2) expect(n).toBe(18);
      else (expect(n, s.id).toBeGreaterThanOrEqual(4), expect(n, s.id).toBeLessThanOrEqual(14));
    }
    for (const m of mahallas) {
      expect(m.slug).not.toMatch(/^sector-\d+$/);
      expect(m.id).toBe(`${m.parent}.${m.slug}`);
      expect('coords' in m).toBe(false);
      if (m.illustrative) expect(Object.keys(m.names)).toEqual(['uz-Latn']);
    }
    expect(new Set(mahallas.map((m) => m.id)).size).toBe(mahallas.length);
  });

  it('gives every mahalla one illustrative record per snapshot, values within range', () => {
    for (const s of snapshots) {
      const own = s.records.filter((r) => r.date === s.published && r.provenance === 'illustrative');
      expect(
        own.map((r) => r.place),
        s.published,
      ).toEqual(mahallas.map((m) => m.id));
      for (const r of own) {
        const v = r.values as Record<string, number>;
        (expect(v.population).toBeGreaterThanOrEqual(1500), expect(v.population).toBeLessThanOrEqual(7000));
        for (const [k, max] of [
          ['schools', 3],
          ['preschools', 3],
          ['health_facilities', 2],
        ] as const)
          expect(v[k]).toBeLessThanOrEqual(max);
        expect(v.appeals_resolved).toBeLessThanOrEqual(v.appeals_received!);
        expect(Object.keys(v)).not.toContain('mahallas');
      }
    }
    const migrants = snap('2020-12-02')
      .records.filter((r) => r.provenance === 'illustrative')
      .map((r) => r.values.labour_migrants as number);
    expect(migrants.filter((x) => x === 0).length).toBeGreaterThan(mahallas.length * 0.05);
    expect(migrants.filter((x) => x >= 1 && x <= 4).length).toBeGreaterThan(mahallas.length * 0.15);
  });
});

describe('revision and gap', () => {
  it('corrects one mahalla’s 2020-10-01 appeals in the 2020-11-02 snapshot', () => {
    const late = snap('2020-11-02').records.filter((r) => r.date !== '2020-11-02');
    expect(late).toHaveLength(1);
    const [rev] = late as [Rec];
    expect(rev.date).toBe('2020-10-01');
    expect(rev.provenance).toBe('illustrative');
    expect(s2Mahallas.map((m) => m.id)).not.toContain(rev.place);
    const before = snap('2020-10-01').records.find((r) => r.place === rev.place)!;
    expect(rev.values.appeals_received).not.toBe(before.values.appeals_received);
  });

  it('leaves women_entries out for exactly one mahalla on 2020-09-01', () => {
    const missing = snap('2020-09-01').records.filter((r) => !('women_entries' in r.values));
    expect(missing).toHaveLength(1);
    for (const s of snapshots.filter((s) => s.published !== '2020-09-01'))
      expect(
        s.records
          .filter((r) => r.provenance === 'illustrative' && r.date === s.published)
          .every((r) => 'women_entries' in r.values),
      ).toBe(true);
  });
});

describe('places', () => {
  const districts = places.filter((p) => p.kind === 'district' || p.kind === 'city');
  const fergana = districts.filter((d) => d.parent === 'fa');

  it('lists Fergana, its sectors and its 19 districts and cities in file order', () => {
    expect(fergana.map((d) => d.soato)).toEqual(
      reference.districts.filter((d) => d.region === 'UZ-FA').map((d) => d.soato),
    );
    for (const slug of ['ozbekiston', 'qoshtepa', 'fergana-city', 'kokand-city', 'oltiariq'])
      expect(fergana.map((d) => d.slug)).toContain(slug);
    expect(fergana.map((d) => d.sector)).toEqual(fergana.map((_, i) => (i % 4) + 1));
    expect(places[0]).toMatchObject({
      id: 'fa',
      slug: 'fergana',
      kind: 'region',
      iso: 'UZ-FA',
      soato: '1730',
    });
    expect(places.filter((p) => p.kind === 'sector').every((p) => p.illustrative === true)).toBe(true);
  });

  it('lists every region and every district and city of the country with their real codes and names', () => {
    const regions = places.filter((p) => p.kind === 'region');
    expect(regions.map((r) => r.soato).sort()).toEqual(reference.regions.map((r) => r.soato).sort());
    expect(districts.map((d) => d.soato).sort()).toEqual(reference.districts.map((d) => d.soato).sort());
    expect(districts).toHaveLength(206);
    const nukus = places.find((p) => p.soato === '1735401')!;
    expect(nukus).toMatchObject({ id: 'qr.nukus-city', slug: 'nukus-city', kind: 'city', parent: 'qr' });
    expect(nukus.names).toEqual({
      'uz-Latn': 'Nukus shahri',
      'uz-Cyrl': 'Нукус шаҳри',
      ru: 'город Нукус',
      en: 'Nukus City',
    });
    expect(regions.map((r) => r.slug)).toEqual(
      expect.arrayContaining(['fergana', 'samarkand', 'karakalpakstan', 'tashkent', 'tashkent-city']),
    );
    expect(places.find((p) => p.soato === '1710240')).toMatchObject({ id: 'qa.kokdala', kind: 'district' });
  });

  it('invents nothing below the districts of the other regions', () => {
    const outside = new Set(
      places
        .filter((p) => p.kind !== 'region' && p.parent !== 'fa' && !String(p.parent).startsWith('fa.'))
        .map((p) => p.id),
    );
    expect(places.filter((p) => p.parent && outside.has(String(p.parent)))).toEqual([]);
    expect(places.filter((p) => outside.has(p.id) && p.illustrative)).toEqual([]);
    for (const s of snapshots) expect(s.records.filter((r) => !r.place.startsWith('fa'))).toEqual([]);
  });
});

describe('fork', () => {
  it('gives seeds 0 to 9 streams of their own', () => {
    const firsts = Array.from({ length: 10 }, (_, seed) => fork(seed, 'values:fa.ozbekiston.qaynar').next());
    expect(new Set(firsts).size).toBe(10);
    const demos = Array.from({ length: 10 }, (_, seed) =>
      generateDemo({ seed, reference }).get('snapshots/2020-12-02.json'),
    );
    expect(new Set(demos).size).toBe(10);
  });
});
