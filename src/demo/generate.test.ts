import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDemo, DEFAULT_SEED } from './generate.ts';
import { readReference } from './reference.ts';
import { writeDemo } from './write.ts';
import { fork } from '../geo/random.ts';
import { loadDataset } from '../model/load.ts';
import { currentValues } from '../model/history.ts';
import type { Dataset } from '../model/dataset.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = resolve(ROOT, '..', 'shared');
const reference = readReference(
  process.env.REFERENCE_DIR ? resolve(ROOT, process.env.REFERENCE_DIR) : join(SHARED, 'reference'),
);
const SOURCE = 'fergana-hokimiyat-2020-12-02';
const S2 = 'fa.ozbekiston.s2';

type Rec = {
  place: string;
  date: string;
  provenance: 'illustrative' | { source: string; quote?: string };
  values: Record<string, number | { value: number; qualifier: string }>;
};
type Snap = { published: string; note: Record<string, string>; records: Rec[] };
type Pl = Record<string, unknown> & {
  id: string;
  slug: string;
  kind: string;
  parent?: string;
  sector?: number;
  names: Record<string, string>;
};

const files = generateDemo({ seed: DEFAULT_SEED, reference });
const places = (JSON.parse(files.get('places.json')!) as { places: Pl[] }).places;
const snap = (date: string) => JSON.parse(files.get(`snapshots/${date}.json`)!) as Snap;
const snapshots = [...files.keys()]
  .filter((k) => k.startsWith('snapshots/'))
  .sort()
  .map((k) => JSON.parse(files.get(k)!) as Snap);
const mahallas = places.filter((p) => p.kind === 'mahalla');
const s2Mahallas = mahallas.filter((m) => m.parent === 'fa.ozbekiston' && m.sector === 2);

describe('determinism', () => {
  it('gives the same bytes for the same seed', () => {
    const again = generateDemo({ seed: DEFAULT_SEED, reference });
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [path, text] of files) expect(again.get(path), path).toBe(text);
  });

  it('gives different bytes for a different seed', () => {
    const other = generateDemo({ seed: DEFAULT_SEED + 1, reference });
    expect(other.get('places.json')).not.toBe(files.get('places.json'));
    expect(other.get('snapshots/2020-12-02.json')).not.toBe(files.get('snapshots/2020-12-02.json'));
  });

  it('matches the committed data/ (regenerate with `npx node src/cli/generate-demo.ts`, never edit by hand)', () => {
    for (const [path, text] of files)
      expect(readFileSync(join(ROOT, 'data', path), 'utf8'), `data/${path}`).toBe(text);
    const committed = readdirSync(join(ROOT, 'data', 'snapshots')).filter((n) => n.endsWith('.json'));
    expect(committed.map((n) => `snapshots/${n}`).sort()).toEqual(
      [...files.keys()].filter((k) => k.startsWith('snapshots/')).sort(),
    );
  });

  it('writes one item per line with a trailing newline', () => {
    for (const [path, text] of files) {
      expect(text.endsWith('}\n'), path).toBe(true);
      const items = text.split('\n').filter((l) => l.startsWith('    {'));
      const list = path === 'places.json' ? places : (JSON.parse(text) as Snap).records;
      expect(items.length, path).toBe(list.length);
    }
  });
});

describe('loading', () => {
  let dir: string;
  let ds: Dataset;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ochiq-demo-'));
    writeDemo(dir, files);
    for (const name of ['metrics.json', 'sources.json', 'site.json'])
      copyFileSync(join(ROOT, 'data', name), join(dir, name));
    const result = loadDataset(dir);
    if (!result.ok)
      throw new Error(
        `loader problems:\n${result.problems
          .slice(0, 20)
          .map((p) => `${p.file} ${p.path} ${p.rule}: ${p.message}`)
          .join('\n')}`,
      );
    ds = result.dataset;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes loadDataset with no problems', () => {
    expect(ds.places.length).toBe(places.length);
    expect(ds.snapshots.map((s) => s.published)).toEqual([
      '2020-07-01',
      '2020-08-01',
      '2020-09-01',
      '2020-10-01',
      '2020-11-02',
      '2020-12-02',
    ]);
  });

  it('never lets a cumulative metric of a mahalla decrease, revisions included', () => {
    const cumulative = new Set(ds.metrics.filter((m) => m.cumulative).map((m) => m.id));
    expect(cumulative.size).toBeGreaterThan(0);
    const series = new Map<string, { date: string; value: number }[]>();
    for (const { current } of currentValues(ds.values).values()) {
      if (!cumulative.has(current.metric) || ds.placeById.get(current.place)?.kind !== 'mahalla') continue;
      const key = `${current.place}|${current.metric}`;
      (series.get(key) ?? series.set(key, []).get(key)!).push({ date: current.date, value: current.value });
    }
    expect(series.size).toBe(mahallas.length * cumulative.size);
    for (const [key, points] of series) {
      points.sort((a, b) => a.date.localeCompare(b.date));
      points
        .slice(1)
        .forEach((p, i) => expect(p.value, `${key} on ${p.date}`).toBeGreaterThanOrEqual(points[i]!.value));
    }
  });
});

describe('sourced facts', () => {
  const latest = snap('2020-12-02');
  const sourced = latest.records.filter((r) => r.provenance !== 'illustrative');

  it('carries each figure of the press release exactly, first in the latest snapshot', () => {
    const got = sourced.map((r) => [r.place, r.date, r.values, r.provenance]);
    const cite = (quote: string) => ({ source: SOURCE, quote });
    expect(got).toEqual([
      [S2, '2020-12-02', { mahallas: 18 }, cite('18 та маҳалла фуқаролар йиғини')],
      [
        S2,
        '2020-12-02',
        { population: { value: 62000, qualifier: 'at-least' } },
        cite('62 мингдан ортиқ аҳоли'),
      ],
      [S2, '2020-12-02', { iron_registered: 831 }, cite('831 та оила рўйхатга олиниб')],
      [S2, '2020-12-02', { iron_lifted: 660 }, cite('уларнинг 660 таси камбағалликдан чиқарилди')],
      [S2, '2020-12-02', { schools: 16 }, cite('16 та мактаб')],
      [S2, '2020-12-02', { preschools: 16 }, cite('16 та мактабгача таълим ташкилоти')],
      [S2, '2020-12-02', { health_facilities: 5 }, cite('5 та соғлиқни сақлаш муассасаси')],
    ]);
    expect(latest.records.slice(0, sourced.length)).toEqual(sourced);
    for (const s of snapshots.filter((s) => s.published !== '2020-12-02'))
      expect(s.records.every((r) => r.provenance === 'illustrative')).toBe(true);
  });

  it('puts the sector leaders, headquarters and channel in places.json, and nothing else', () => {
    const byId = new Map(places.map((p) => [p.id, p]));
    expect(byId.get(S2)!.leader).toEqual({
      name: {
        'uz-Cyrl': 'Мирвоҳид Отабоев',
        'uz-Latn': 'Mirvohid Otaboev',
        ru: 'Мирвохид Отабоев',
        en: 'Mirvohid Otaboev',
      },
      asOf: '2020-12-02',
      provenance: { source: SOURCE, quote: 'Ўзбекистон тумани прокурори, 2-сектор раҳбари Мирвоҳид Отабоев' },
    });
    expect(byId.get(S2)!.channels).toEqual([
      {
        kind: 'telegram',
        asOf: '2020-12-02',
        provenance: { source: SOURCE, quote: 'телеграм канал ҳам ишга туширилган' },
      },
    ]);
    expect((byId.get('fa.s1')!.leader as { name: { en: string } }).name.en).toBe('Khayrullo Bozarov');
    expect(byId.get('fa.s2')!.headquarters).toMatchObject({
      asOf: '2020-12-02',
      provenance: { source: SOURCE },
    });
    const withFacts = places.filter((p) => p.leader || p.headquarters || p.channels).map((p) => p.id);
    expect(withFacts.sort()).toEqual(['fa.ozbekiston.s2', 'fa.s1', 'fa.s2']);
  });

  it('never gives a url, phone or address for any place', () => {
    const text = files.get('places.json')!;
    expect(text).not.toMatch(/"(url|phone|address|email|handle)"/);
    expect(text).not.toMatch(/t\.me|https?:|@[a-z]/i);
  });

  it('quotes the press release word for word', () => {
    const release = join(SHARED, 'seed', 'press-release-2020-12-02.uz-Cyrl.txt');
    if (!existsSync(release)) return; // only the shared checkout has the release itself
    const text = readFileSync(release, 'utf8');
    const quotes = [...files.values()].flatMap((t) =>
      [...t.matchAll(/"quote":"([^"]*)"/g)].map((m) => m[1]!),
    );
    expect(quotes.length).toBeGreaterThanOrEqual(10);
    for (const q of new Set(quotes)) expect(text, q).toContain(q);
  });
});

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
