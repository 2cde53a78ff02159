import { describe, it, expect } from 'vitest';
import { searchKey } from './key.ts';

describe('searchKey', () => {
  it('makes Uzbek Cyrillic, Uzbek Latin, ASCII and Russian spellings of Qaynar meet', () => {
    const keys = ['Қайнар', 'Qaynar', 'kaynar', 'Кайнар', 'QAYNAR', ' qaynar '].map(searchKey);
    expect(new Set(keys)).toEqual(new Set(['kaynar']));
  });
  it('ignores every apostrophe variant and its absence', () => {
    const forms = [
      'Oʻzbekiston',
      "O'zbekiston",
      'O‘zbekiston',
      'O’zbekiston',
      'O`zbekiston',
      'Ozbekiston',
      'Ўзбекистон',
    ];
    expect(new Set(forms.map(searchKey))).toEqual(new Set(['ozbekiston']));
  });
  it('folds kh, x and h, and q and k, which the scripts spell differently', () => {
    expect(new Set(['Khayrullo', 'Xayrullo', 'Хайрулло'].map(searchKey))).toEqual(new Set(['hayrulo']));
    expect(searchKey('Qoʻqon')).toBe(searchKey('Қўқон'));
    expect(searchKey('Qoʻqon')).toBe('kokon');
  });
  it('keeps word boundaries and drops punctuation', () => {
    expect(searchKey('Yangi hayot, MFY')).toBe('yangi hayot mfy');
  });
});
