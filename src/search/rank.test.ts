import { describe, it, expect } from 'vitest';
import { rankResults, matchScore, editDistance, type SearchEntry } from './rank.ts';
import { searchKey } from './key.ts';
import { searchEntries } from './entries.ts';
import { siteData } from '../site/data.ts';
import { placeUrl } from '../site/routes.ts';

const entry = (name: string, ...forms: string[]): SearchEntry => ({
  name,
  kind: 'Mahalla',
  type: 'mahalla',
  href: `/uz/${name}/`,
  context: '',
  keys: [name, ...forms].map(searchKey),
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kaynar', 'kaynar')).toBe(0);
    expect(editDistance('kainar', 'kaynar')).toBe(1);
    expect(editDistance('kanar', 'kaynar')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('matchScore', () => {
  it('ranks exact over prefix over word prefix over inside over near miss over no match', () => {
    const s = (q: string, k: string) => matchScore(searchKey(q), searchKey(k));
    const levels = [
      s('navbahor', 'Navbahor'),
      s('navba', 'Navbahor'),
      s('hayot', 'Yangi hayot'),
      s('bahor', 'Navbahor'),
      s('kainar', 'Qaynar'),
      s('zzzz', 'Qaynar'),
    ];
    // Six levels, each strictly below the one before, and "no match" is the score rankResults drops.
    expect(levels).toEqual([...new Set(levels)].sort((a, b) => b - a));
    expect(levels).toHaveLength(6);
    expect(levels.at(-1)).toBe(0);
  });
});

describe('rankResults', () => {
  const entries = [
    entry('Bahor'),
    entry('Navbahor'),
    entry('Bahoriston'),
    entry('Qaynar', 'Қайнар', 'Кайнар'),
    entry('Yangi bahor'),
  ];
  it('puts the exact name before prefixes, word prefixes and inner matches', () => {
    expect(rankResults(searchKey('bahor'), entries).map((e) => e.name)).toEqual([
      'Bahor',
      'Bahoriston',
      'Yangi bahor',
      'Navbahor',
    ]);
  });
  it('finds Qaynar from any script and spelling', () => {
    for (const q of ['Қайнар', 'Qaynar', 'kaynar', 'Кайнар', 'qaynar', 'kainar']) {
      expect(rankResults(searchKey(q), entries)[0]?.name, q).toBe('Qaynar');
    }
  });
  it('finds a near miss (a letter changed) and nothing for a word no name resembles', () => {
    expect(rankResults(searchKey('kainar'), entries).map((e) => e.name)).toEqual(['Qaynar']);
    expect(rankResults(searchKey('Navbahr'), entries).map((e) => e.name)).toEqual(['Navbahor']);
    expect(rankResults(searchKey('zzzz'), entries)).toEqual([]);
  });
  it('returns nothing for an empty query and caps the list', () => {
    expect(rankResults('', entries)).toEqual([]);
    expect(rankResults(searchKey('a'), entries, 2)).toHaveLength(2);
  });
});

describe('rankResults on the whole country', () => {
  const data = siteData();
  const entries = searchEntries(data, 'uz');
  const first = (q: string) => rankResults(searchKey(q), entries)[0];
  const idOf = (href: string | undefined) =>
    data.ds.places.find((p) => placeUrl('uz', data.tree, p.id) === href)?.id;

  it('finds a mahalla with the generic word in any script', () => {
    for (const q of ['Qaynar MFY', 'Қайнар МФЙ', 'Kaynar mahalla', 'Qaynar mahallasi'])
      expect(idOf(first(q)?.href), q).toBe('fa.ozbekiston.qaynar');
  });

  it('finds a district by its Uzbek or Russian name with the kind word', () => {
    for (const q of ['Oltiariq tumani', 'Алтыарыкский район', 'Олтиариқ тумани', 'Oltiariq'])
      expect(idOf(first(q)?.href), q).toBe('fa.oltiariq');
  });

  it('tells the city, the district and the region of one name apart by the kind word', () => {
    expect(idOf(first('Fargʻona shahri')?.href)).toBe('fa.fergana-city');
    expect(idOf(first('город Фергана')?.href)).toBe('fa.fergana-city');
    expect(idOf(first('Fargʻona tumani')?.href)).toBe('fa.fargona');
    expect(idOf(first('Fargʻona viloyati')?.href)).toBe('fa');
  });

  it('finds every region, district and city of the country by each form of its name', () => {
    const missed = data.ds.places
      .filter((p) => p.kind === 'region' || p.kind === 'district' || p.kind === 'city')
      .flatMap((p) =>
        Object.values(p.names)
          .filter((n) => !rankResults(searchKey(n), entries).some((e) => idOf(e.href) === p.id))
          .map((n) => `${p.id}: ${n}`),
      );
    expect(missed).toEqual([]);
  });
});
