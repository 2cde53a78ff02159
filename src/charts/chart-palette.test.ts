import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { text, marks, chrome, PAIRS, contrast, luminance } from './chart-palette.ts';

describe('luminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1, 6);
  });
});

describe('contrast', () => {
  it('is 21 between black and white, and symmetric', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrast('#0072b2', '#ffffff')).toBeCloseTo(contrast('#ffffff', '#0072b2'), 9);
  });

  it('gives chart text at least 4.5:1 on white (WCAG AA)', () => {
    for (const [name, c] of Object.entries(text))
      expect(contrast(c, marks.paper), name).toBeGreaterThanOrEqual(4.5);
  });

  it('gives data marks at least 3:1 on white (WCAG 1.4.11), except the outlined "rest" fill', () => {
    for (const name of ['primary', 'secondary', 'highlight', 'other', 'revised'] as const) {
      expect(contrast(marks[name], marks.paper), name).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps marks drawn together apart in greyscale (lightness ratio at least 1.8)', () => {
    for (const [a, b] of PAIRS) expect(contrast(marks[a], marks[b]), `${a}/${b}`).toBeGreaterThanOrEqual(1.8);
  });

  it('keeps white text readable on the highlight and primary fills', () => {
    expect(contrast(marks.highlight, marks.paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(marks.primary, marks.paper)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('charts.css', () => {
  it('uses only colours of this palette (CSS cannot import it, so this test ties them)', () => {
    const css = readFileSync(new URL('../styles/charts.css', import.meta.url), 'utf8');
    const known = new Set<string>([
      ...Object.values(text),
      ...Object.values(marks),
      ...Object.values(chrome),
    ]);
    const long = (hex: string) =>
      (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex).toLowerCase();
    const used = [...css.matchAll(/#[0-9a-fA-F]{3,6}\b/g)].map((m) => long(m[0]));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((c) => !known.has(c))).toEqual([]);
  });

  it('keeps tooltip text readable (AA)', () => {
    expect(contrast(chrome.tooltip, chrome.tooltipText)).toBeGreaterThanOrEqual(4.5);
  });
});
