/**
 * The map's colours, shared by the build (static SVG, legend) and the browser script.
 * A sequential ramp whose lightness falls steadily, so classes stay apart for
 * colour-blind readers and in greyscale (ColorBrewer YlGnBu).
 */

/** Fill colours from the lowest class to the highest. */
export const RAMP = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

/** Which ramp colours a map with `k` classes uses, so few classes stay far apart. */
export const RAMP_FOR: Record<number, readonly number[]> = {
  1: [2],
  2: [1, 3],
  3: [0, 2, 4],
  4: [0, 1, 3, 4],
  5: [0, 1, 2, 3, 4],
};

/** Fill of areas without a figure: a gap, never a colour of the ramp. */
export const NO_DATA = '#ffffff';
/** Outline of every area. */
export const STROKE = '#4d4d4d';

/** Id of the SVG pattern drawn over illustrative areas of ramp colour `i`. */
export const hatchId = (i: number) => `map-hatch-${i}`;
/** Id of the SVG pattern for hidden small counts ("fewer than 5"). */
export const HIDDEN_ID = 'map-hidden';
/** Id of the SVG pattern for areas where nothing at all has been published (grey cross-hatch). */
export const UNPUBLISHED_ID = 'map-unpublished';
/** Ground and ink of that pattern: unlike any ramp colour, and labelled in every legend. */
export const UNPUBLISHED = { ground: '#e6e6e6', ink: '#8c8c8c' } as const;

/**
 * What an area is filled with: a ramp colour index, no value for this metric, a hidden
 * small count, or nothing published for the place at all.
 */
export type FillKey = number | 'none' | 'hidden' | 'unpublished';

/**
 * The SVG `fill` of an area: ramp colour, hatched when illustrative. Patterns are named by
 * id; `prefix` picks the copies of the patterns that sit in Leaflet's own SVG.
 */
export function fillOf(key: FillKey, illustrative: boolean, prefix = ''): string {
  if (key === 'none') return NO_DATA;
  if (key === 'hidden') return `url(#${prefix}${HIDDEN_ID})`;
  if (key === 'unpublished') return `url(#${prefix}${UNPUBLISHED_ID})`;
  return illustrative ? `url(#${prefix}${hatchId(key)})` : RAMP[key]!;
}

/** Hatch lines dark on light colours, light on dark ones, so they show on every class. */
export const hatchInk = (i: number) => (i >= 3 ? '#ffffff' : '#333333');
