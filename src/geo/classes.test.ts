import { describe, it, expect } from 'vitest';
import { computeClasses, classOf, roundNice, fillKeyOf, classRanges } from './classes.ts';
import type { Figure } from '../derive/figure.ts';

const fig = (value: number | null): Figure => ({
  place: 'p',
  metric: 'm',
  date: '2020-12-02',
  value,
  suppressed: value === null ? 'fewer-than-5' : false,
  qualifier: 'exact',
  provenance: { kind: 'illustrative' },
  published: '2020-12-02',
  revisions: [],
});

describe('roundNice', () => {
  it('keeps two significant digits', () => {
    expect([roundNice(12137), roundNice(0.7149), roundNice(7), roundNice(0)]).toEqual([12000, 0.71, 7, 0]);
  });
});

describe('computeClasses', () => {
  it('makes five classes of about equal counts with rounded limits', () => {
    const c = computeClasses(Array.from({ length: 100 }, (_, i) => i * 10));
    expect(c.breaks).toEqual([200, 400, 600, 800]);
    expect(c.colours).toEqual([0, 1, 2, 3, 4]);
  });

  it('makes fewer classes when values repeat, and one when they are all equal', () => {
    expect(computeClasses([1, 1, 1, 1, 2, 2, 2, 2, 2, 2]).breaks).toEqual([2]);
    expect(computeClasses([5, 5, 5])).toEqual({ breaks: [], colours: [2] });
    expect(computeClasses([])).toEqual({ breaks: [], colours: [2] });
  });
});

describe('classOf and fillKeyOf', () => {
  const c = { breaks: [10, 20], colours: [0, 2, 4] };
  it('puts a value at a limit in the class that starts there', () => {
    expect([classOf(c, 9.99), classOf(c, 10), classOf(c, 20), classOf(c, 1e9)]).toEqual([0, 1, 2, 2]);
  });
  it('fills a missing figure as no data and a hidden one as hidden, never as a class', () => {
    expect(fillKeyOf(c, undefined)).toBe('none');
    expect(fillKeyOf(c, fig(null))).toBe('hidden');
    expect(fillKeyOf(c, fig(0))).toBe(0);
    expect(fillKeyOf(c, fig(15))).toBe(2);
  });
  it('gives open ends to the lowest and highest classes', () => {
    expect(classRanges(c)).toEqual([
      [undefined, 10],
      [10, 20],
      [20, undefined],
    ]);
  });
});
