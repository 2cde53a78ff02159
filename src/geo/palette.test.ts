import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { RAMP, RAMP_FOR, fillOf, hatchId } from './palette.ts';

/** Relative luminance (WCAG) of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('RAMP', () => {
  it('gets darker class by class, so classes stay in order in greyscale', () => {
    const l = RAMP.map(luminance);
    for (let i = 1; i < l.length; i++) expect(l[i]!, RAMP[i]).toBeLessThan(l[i - 1]! * 0.8);
  });

  it('is the palette map.css gives the legend and list swatches', () => {
    const css = readFileSync('src/styles/map.css', 'utf8');
    // Each class's swatch rule, however the stylesheet is formatted.
    const swatch = (i: number) =>
      new RegExp(`\\.map-swatch\\.fill-${i}\\s*\\{\\s*background-color:\\s*([^;]+);`).exec(css)?.[1];
    RAMP.forEach((colour, i) => expect(swatch(i), `fill-${i}`).toBe(colour));
  });

  it('has a choice of colours for every number of classes from 1 to 5', () => {
    for (let k = 1; k <= 5; k++) expect(RAMP_FOR[k]).toHaveLength(k);
  });
});

describe('fillOf', () => {
  it('hatches illustrative values and leaves no data white', () => {
    expect(fillOf(2, false)).toBe(RAMP[2]);
    expect(fillOf(2, true)).toBe(`url(#${hatchId(2)})`);
    expect(fillOf(2, true, 'l-')).toBe(`url(#l-${hatchId(2)})`);
    expect(fillOf('none', true)).toBe('#ffffff');
    expect(fillOf('hidden', false)).toBe('url(#map-hidden)');
  });
});
