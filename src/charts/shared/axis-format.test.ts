import { describe, it, expect } from 'vitest';
import { monthShort, monthYear, tickText } from './axis-format.ts';

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
