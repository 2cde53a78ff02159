/** Mark pieces every chart shares: hatch patterns, the "fewer than 5" band, tooltips, legend swatches. */
import { marks, type MarkColour } from '../chart-palette.ts';
import { el } from './svg-nodes.ts';
import type { ChartValue, SvgNode } from './chart-spec.ts';

/** Stripe colour of a colour's hatch: white on dark fills, the primary hue on light ones. */
const STRIPE: Partial<Record<MarkColour, string>> = { rest: marks.primary };

/** Id of the hatch pattern (illustrative fill) of a colour in one chart. */
export const hatchId = (chartId: string, colour: MarkColour) => `${chartId}-hatch-${colour}`;
/** Id of the "fewer than 5" band pattern of one chart. */
export const bandId = (chartId: string) => `${chartId}-band`;

/** Fill of a mark: plain for sourced values, hatched for illustrative ones. */
export const fill = (chartId: string, colour: MarkColour, illustrative: boolean): string =>
  illustrative ? `url(#${hatchId(chartId, colour)})` : marks[colour];

/** Pattern definitions: a hatch per colour used, and the band if needed. */
export function defs(chartId: string, colours: readonly MarkColour[], band: boolean): SvgNode[] {
  const patterns = colours.map((c) =>
    el(
      'pattern',
      {
        id: hatchId(chartId, c),
        width: 6,
        height: 6,
        patternUnits: 'userSpaceOnUse',
        patternTransform: 'rotate(45)',
      },
      [
        el('rect', { width: 6, height: 6, fill: marks[c] }),
        el('line', {
          x1: 1,
          y1: 0,
          x2: 1,
          y2: 6,
          stroke: STRIPE[c] ?? marks.paper,
          'stroke-width': c === 'rest' ? 1 : 2,
        }),
      ],
    ),
  );
  if (band) {
    patterns.push(
      el(
        'pattern',
        {
          id: bandId(chartId),
          width: 4,
          height: 4,
          patternUnits: 'userSpaceOnUse',
          patternTransform: 'rotate(-45)',
        },
        [
          el('rect', { width: 4, height: 4, fill: marks.paper }),
          el('line', { x1: 0, y1: 0, x2: 0, y2: 4, stroke: marks.grid, 'stroke-width': 1.5 }),
        ],
      ),
    );
  }
  return patterns.length ? [el('defs', {}, patterns)] : [];
}

/**
 * A data mark: a group that names the table cells holding its numbers (`cellRef`s,
 * space-separated). The client script makes it focusable and builds its tooltip and
 * accessible name from those cells, so every number is in the page once.
 */
export function mark(cells: string, children: SvgNode[], extraClass = ''): SvgNode {
  return el('g', { class: extraClass ? `mark ${extraClass}` : 'mark', 'data-cells': cells }, children);
}

/** Legend swatch: a small bar, hatched if illustrative. */
export const swatchBar = (
  chartId: string,
  colour: MarkColour,
  illustrative: boolean,
  outline?: MarkColour,
): SvgNode[] => [
  el('rect', {
    x: 1,
    y: 2,
    width: 16,
    height: 10,
    fill: fill(chartId, colour, illustrative),
    stroke: outline ? marks[outline] : undefined,
  }),
];

/** Legend swatch: the "fewer than 5" band. */
export const swatchBand = (chartId: string): SvgNode[] => [
  el('rect', { x: 1, y: 2, width: 16, height: 10, fill: `url(#${bandId(chartId)})`, stroke: marks.grid }),
];

/** Legend swatch: a line, dashed for illustrative stretches. */
export const swatchLine = (colour: MarkColour, dashed: boolean): SvgNode[] => [
  el('line', {
    x1: 1,
    y1: 7,
    x2: 17,
    y2: 7,
    stroke: marks[colour],
    'stroke-width': 2,
    'stroke-dasharray': dashed ? '4 3' : undefined,
  }),
];

/** Shape of a series' points: circles and squares stay apart in greyscale. */
export type PointShape = 'circle' | 'square';

/**
 * A point: filled when sourced, open (white) when illustrative. With `inherit`, paint
 * comes from the enclosing `seriesGroup` (open by default), which saves bytes.
 */
export function point(
  shape: PointShape,
  cx: string,
  cy: number,
  colour: MarkColour,
  illustrative: boolean,
  r = 4,
  inherit = false,
): SvgNode {
  const paint = inherit
    ? { fill: illustrative ? undefined : marks[colour] }
    : { fill: illustrative ? marks.paper : marks[colour], stroke: marks[colour], 'stroke-width': 2 };
  if (shape === 'circle') return el('circle', { cx, cy, r, ...paint });
  // A square centred on a percentage x: the transform shifts it by pixels after x resolves.
  return el('rect', {
    x: cx,
    y: cy - r,
    width: 2 * r,
    height: 2 * r,
    transform: `translate(${-r} 0)`,
    ...paint,
  });
}

/** A group whose points inherit one series' stroke and the open (illustrative) fill: presentation attributes inherit. */
export const seriesGroup = (colour: MarkColour, children: SvgNode[]): SvgNode =>
  el('g', { class: 'series', fill: marks.paper, stroke: marks[colour], 'stroke-width': 2 }, children);

/** Legend swatch: one point. */
export const swatchPoint = (shape: PointShape, colour: MarkColour, illustrative: boolean): SvgNode[] => [
  point(shape, '9', 7, colour, illustrative, 4),
];

/** A small triangle at a bar's end: the value is a bound, the true bar may go on (›) or stop short (‹). */
export function boundMark(v: ChartValue, x: string, y: number, h = 10): SvgNode[] {
  if (v.kind !== 'value' || v.qualifier === 'exact' || v.qualifier === 'approximately') return [];
  const d = v.qualifier === 'at-least' ? 1 : -1;
  const points = `${d},0 ${d * (1 + 0.6 * h)},${h / 2} ${d},${h}`;
  return [
    el('svg', { x, y, width: 1, height: 1, overflow: 'visible' }, [
      el('polygon', { points, fill: marks.ink }),
    ]),
  ];
}
