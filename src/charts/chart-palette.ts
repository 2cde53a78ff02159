/**
 * The charts' one palette: Okabe–Ito hues darkened where needed so that every mark has
 * 3:1 contrast on white (WCAG 1.4.11), text 4.5:1 (AA), and paired marks differ in
 * lightness so they stay apart in greyscale print. chart-palette.test.ts checks all three.
 */

/** Colours of chart text: ink for values, muted for axes and notes. */
export const text = {
  ink: '#1a1a1a',
  muted: '#595959',
} as const;

/** Colours of chart marks. */
export const marks = {
  /** The main measure (families lifted, appeals resolved, the notebooks' lines). */
  primary: '#0072b2',
  /** The second measure drawn with it (families registered, appeals received). */
  secondary: '#333333',
  /** The place itself among its siblings. */
  highlight: '#0b3d6b',
  /** The siblings around it. */
  other: '#5e8fbd',
  /** The part still to do: registered but not yet lifted (outlined in primary). */
  rest: '#dbe8f3',
  /** The empty track behind a bar that could reach 100 %. */
  track: '#efefef',
  /** Axis lines, grid lines and the "fewer than 5" band. */
  grid: '#c8c8c8',
  /** Mark of an earlier, revised value. */
  revised: '#767676',
  /** Outlines of hidden-value bands and bound arrows. */
  ink: '#1a1a1a',
  paper: '#ffffff',
} as const;

/** Colours of the chart chrome in charts.css: focus ring (the site's), tooltip. */
export const chrome = {
  focus: '#f5a623',
  tooltip: '#1a1a1a',
  tooltipText: '#ffffff',
} as const;

/** A key of `marks`. */
export type MarkColour = keyof typeof marks;

/** Pairs drawn side by side in one chart, which must differ in greyscale. */
export const PAIRS: readonly [MarkColour, MarkColour][] = [
  ['primary', 'secondary'],
  ['highlight', 'other'],
  ['primary', 'rest'],
];

/** Relative luminance of an `#rrggbb` colour (WCAG 2.x definition). */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio between two colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
