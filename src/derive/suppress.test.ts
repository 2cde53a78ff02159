import { describe, it, expect } from 'vitest';
import { cellsToHide, isSmall } from './suppress.ts';

describe('isSmall', () => {
  it('is true for 1 to 4 only', () => {
    expect([0, 1, 4, 5, null].map(isSmall)).toEqual([false, true, true, false, false]);
  });
});

describe('cellsToHide', () => {
  it('hides nothing when no count is small', () => {
    expect(cellsToHide([0, 5, 12]).size).toBe(0);
  });
  it('hides every small count', () => {
    expect([...cellsToHide([3, 1, 40])]).toEqual([
      [0, 'fewer-than-5'],
      [1, 'fewer-than-5'],
    ]);
  });
  it('hides the smallest other count when only one would be hidden, so totals cannot reveal it', () => {
    const hide = cellsToHide([30, 2, 9, 12]);
    expect(hide.get(1)).toBe('fewer-than-5');
    expect(hide.get(2)).toBe('protects-small');
    expect(hide.size).toBe(2);
  });
  it('protects with a zero too, since 0 is published otherwise', () => {
    expect(cellsToHide([3, 0, 7]).get(1)).toBe('protects-small');
  });
  it('skips places without data when choosing the second cell', () => {
    expect([...cellsToHide([null, 4, 20])]).toEqual([
      [1, 'fewer-than-5'],
      [2, 'protects-small'],
    ]);
  });
  it('leaves a lone small count for the caller to handle', () => {
    expect([...cellsToHide([2])]).toEqual([[0, 'fewer-than-5']]);
  });
});
