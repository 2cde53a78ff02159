import { describe, it, expect } from 'vitest';
import { rankResults, matchScore, editDistance, type SearchEntry } from './rank.ts';
import { searchKey } from './key.ts';

const entry = (name: string, ...forms: string[]): SearchEntry => ({
  name,
  kind: 'Mahalla',
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
  it('ranks exact over prefix over word prefix over inside over near miss', () => {
    const s = (q: string, k: string) => matchScore(searchKey(q), searchKey(k));
    expect(s('navbahor', 'Navbahor')).toBeGreaterThan(s('navba', 'Navbahor'));
    expect(s('navba', 'Navbahor')).toBeGreaterThan(s('hayot', 'Yangi hayot'));
    expect(s('hayot', 'Yangi hayot')).toBeGreaterThan(s('bahor', 'Navbahor'));
    expect(s('bahor', 'Navbahor')).toBeGreaterThan(s('kainar', 'Qaynar'));
    expect(s('kainar', 'Qaynar')).toBeGreaterThan(0);
    expect(s('zzzz', 'Qaynar')).toBe(0);
  });
});

describe('rankResults', () => {
  const entries = [entry('Bahor'), entry('Navbahor'), entry('Bahoriston'), entry('Qaynar', 'Қайнар', 'Кайнар'), entry('Yangi bahor')];
  it('puts the exact name before prefixes, word prefixes and inner matches', () => {
    expect(rankResults(searchKey('bahor'), entries).map((e) => e.name)).toEqual(['Bahor', 'Bahoriston', 'Yangi bahor', 'Navbahor']);
  });
  it('finds Qaynar from any script and spelling', () => {
    for (const q of ['Қайнар', 'Qaynar', 'kaynar', 'Кайнар', "qaynar", 'kainar']) {
      expect(rankResults(searchKey(q), entries)[0]?.name, q).toBe('Qaynar');
    }
  });
  it('returns nothing for an empty query and caps the list', () => {
    expect(rankResults('', entries)).toEqual([]);
    expect(rankResults(searchKey('a'), entries, 2)).toHaveLength(2);
  });
});
