/**
 * Colour classes, computed at build time so the browser needs no d3: per metric and per
 * level of place (districts, sectors, mahallas), from every value of that level in the
 * dataset, so that the same colour means the same range on every page of a level.
 */
import type { Figure } from '../derive/figure.ts';
import { RAMP_FOR, type FillKey } from './palette.ts';

/** Class limits of one metric at one level: `breaks[i]` starts class `i + 1`. */
export interface Classes {
  breaks: number[];
  /** Ramp colour index of each class. */
  colours: readonly number[];
}

/** Rounds to two significant digits, so legends read "12 000 – 18 000", not "12 137 – 18 092". */
export function roundNice(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const p = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 1);
  return Math.round(x / p) * p;
}

/** Up to five classes of about equal counts, with rounded limits. */
export function computeClasses(values: readonly number[]): Classes {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  const breaks: number[] = [];
  if (sorted.length > 1) {
    for (const q of [0.2, 0.4, 0.6, 0.8]) {
      // An observed value, not one interpolated between two: no class is left empty by design.
      const b = roundNice(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
      if (b > sorted[0]! && b <= sorted.at(-1)! && b !== breaks.at(-1)) breaks.push(b);
    }
  }
  return { breaks, colours: RAMP_FOR[breaks.length + 1]! };
}

/** The class a value falls in (0 = lowest). */
export function classOf(c: Classes, value: number): number {
  let i = 0;
  while (i < c.breaks.length && value >= c.breaks[i]!) i++;
  return i;
}

/** How a figure is filled: its class's ramp colour, or no data, or hidden. */
export function fillKeyOf(c: Classes, f: Figure | undefined): FillKey {
  if (!f) return 'none';
  if (f.value === null) return 'hidden';
  return c.colours[classOf(c, f.value)]!;
}

/** `[from, to)` of each class, `undefined` for an open end. */
export function classRanges(c: Classes): [number | undefined, number | undefined][] {
  return c.colours.map((_, i) => [i === 0 ? undefined : c.breaks[i - 1], c.breaks[i]]);
}
