import { describe, it, expect } from 'vitest';
import { qualifiedText, dateText, monthShort, monthYear, tickText } from './format.ts';
import { formatQualified, formatDate } from '../../i18n/format.ts';
import { locales } from '../../i18n/locales.ts';
import type { Qualifier } from '../../model/types.ts';

const UNITS = ['people', 'families', 'share', 'per-10000', 'institutions'] as const;
const QUALIFIERS: Qualifier[] = ['exact', 'at-least', 'at-most', 'approximately'];

describe('qualifiedText', () => {
  it('writes exactly what formatQualified writes, in every locale, unit and qualifier', () => {
    for (const locale of locales) {
      for (const unit of UNITS) {
        for (const q of QUALIFIERS) {
          for (const value of [0, 3, 62000, 0.7942238267, 2.5806451, 1234567.89]) {
            expect(qualifiedText(locale, value, q, unit), `${locale} ${unit} ${q} ${value}`).toBe(
              formatQualified(locale, value, q, unit),
            );
          }
        }
      }
    }
  });
});

describe('dateText', () => {
  it('writes exactly what formatDate writes', () => {
    for (const locale of locales)
      expect(dateText(locale, '2020-12-02')).toBe(formatDate(locale, '2020-12-02'));
  });
});

describe('month names and ticks', () => {
  it('give short months for axes and month-year for titles', () => {
    expect(monthShort('en', '2020-09-01')).toBe('Sep');
    expect(monthYear('en', '2020-07-01')).toBe('July 2020');
    expect(monthYear('ru', '2020-12-02')).toBe('декабрь 2020 г.');
  });

  it('write whole per cents on share axes and plain numbers otherwise', () => {
    expect(tickText('en', 0.5, 'share')).toBe('50%');
    expect(tickText('ru', 0.5, 'share')).toBe('50\u00a0%');
    expect(tickText('en', 1000, 'families')).toBe('1,000');
    expect(tickText('en', 2.5, 'per-10000')).toBe('2.5');
  });
});
