import { describe, it, expect } from 'vitest';
import { formatAge, formatDate, formatNumber, formatQualified } from './format.ts';

describe('formatNumber', () => {
  it('groups thousands the way each locale does', () => {
    expect(formatNumber('uz', 62000, 'people')).toBe('62\u00a0000');
    expect(formatNumber('ru', 62000, 'people')).toBe('62\u00a0000');
    expect(formatNumber('en', 62000, 'people')).toBe('62,000');
  });
  it('writes shares as per cent with one decimal and the locale decimal sign', () => {
    expect(formatNumber('en', 660 / 831, 'share')).toBe('79.4%');
    expect(formatNumber('uz', 660 / 831, 'share')).toBe('79,4%');
  });
});

describe('formatQualified', () => {
  it('shows a lower bound with a plus and an upper bound with ≤', () => {
    expect(formatQualified('uz', 62000, 'at-least', 'people')).toBe('62\u00a0000+');
    expect(formatQualified('en', 2.58, 'at-most', 'per-10000')).toBe('≤ 2.6');
    expect(formatQualified('en', 40, 'approximately', 'people')).toBe('≈ 40');
  });
});

describe('formatDate', () => {
  it('writes dates in the locale and script of the page', () => {
    expect(formatDate('en', '2020-12-02')).toBe('December 2, 2020');
    expect(formatDate('uz', '2020-12-02')).toBe('2-dekabr, 2020');
    expect(formatDate('uz-Cyrl', '2020-12-02')).toMatch(/декабр/);
  });
});

describe('formatAge', () => {
  it('counts whole years, months or days back from the build date', () => {
    expect(formatAge('en', '2020-12-02', '2026-11-26')).toBe('6 years ago');
    expect(formatAge('en', '2026-09-26', '2026-11-26')).toBe('2 months ago');
    expect(formatAge('en', '2026-11-26', '2026-11-26')).toBe('today');
    expect(formatAge('ru', '2020-12-02', '2026-11-26')).toBe('6 лет назад');
  });
});
