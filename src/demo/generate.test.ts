import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemo, DEFAULT_SEED } from './generate.ts';
import { writeDemo } from './write.ts';
import { loadDataset } from '../model/load.ts';
import { currentValues } from '../model/history.ts';
import type { Dataset } from '../model/dataset.ts';
import {
  ROOT,
  SHARED,
  reference,
  SOURCE,
  S2,
  files,
  places,
  snap,
  snapshots,
  mahallas,
  type Snap,
} from './fixtures/demo-files.ts';

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
