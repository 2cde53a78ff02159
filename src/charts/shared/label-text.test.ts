import { describe, it, expect } from 'vitest';
import { truncate, ordinal, dayNumber, isolate } from './label-text.ts';

describe('truncate', () => {
  it('keeps short labels and cuts long ones with an ellipsis, by code point', () => {
    expect(truncate('Qaynar', 10)).toBe('Qaynar');
    expect(truncate('Oʻzbekiston tumani', 8)).toBe('Oʻzbeki…');
    expect(Array.from(truncate('A'.repeat(10000), 30))).toHaveLength(30);
    expect(truncate('😀😀😀😀', 3)).toBe('😀😀…');
  });
});

describe('ordinal', () => {
  it('writes English ordinals and bare numbers elsewhere', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map((n) => ordinal('en', n))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
    ]);
    expect(ordinal('uz', 7)).toBe('7');
  });
});

describe('dayNumber', () => {
  it('counts days since 1970 in UTC', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2020-12-02') - dayNumber('2020-11-02')).toBe(30);
  });
});

describe('isolate', () => {
  it('wraps a name with bidi controls in FSI … PDI and leaves others alone', () => {
    expect(isolate('Qaynar \u202egnp.exe')).toBe('\u2068Qaynar \u202egnp.exe\u2069');
    expect(isolate('Oʻzbekiston')).toBe('Oʻzbekiston');
  });
});
