/**
 * A chart as files: a standalone SVG that carries its own text styles (the page's SVG
 * takes them from charts.css) and its title, and a CSV of exactly the numbers in the
 * chart's table. The SVG is XML (no HTML entities), so viewers, and browsers drawing it
 * as an image for its PNG download (src/client/png-download.ts), read it.
 */
import type { ChartSpec } from '../charts/shared/chart-spec.ts';
import { attrString, escapeText, nodeString } from '../charts/shared/svg-nodes.ts';
import { wrapText } from '../png/text-wrap.ts';

/** Width of the chart in the file: percentage x positions resolve against it. */
export const FILE_WIDTH = 768;
/** Widths (px) of a chart's PNG downloads, drawn in the reader's browser from the SVG file. */
export const CHART_PNG_WIDTHS = [1200, 2400] as const;
/**
 * Margin around the drawing (px), so text does not touch the image's edge. With it the
 * file is 800 px wide, and its PNGs (1200 and 2400 px) are drawn at exactly 1.5× and 3×:
 * whole-pixel hatch tiles, which keeps hatched PNGs about a third smaller.
 */
const PAD = 16;

// The text rules of charts.css, for viewers that see the file alone.
const FILE_STYLE = [
  'text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;font-size:12px;fill:#1a1a1a}',
  'text.label{font-size:13px}',
  'text.head{font-size:12px}',
  'text.strong{font-weight:700}',
  'text.value{font-size:18px;font-weight:700}',
  'text.tick{font-size:11px;fill:#595959}',
  'text.file-title{font-size:15px;font-weight:700}',
  'svg>text.tick{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}',
].join('');

const esc = (s: string) => escapeText(s, 'xml');

/** Height of one footer line (px). */
const LINE = 16;
/** Height of one title line (px) and the most lines a title gets (the full title is in `<title>`). */
const TITLE_LINE = 20;
const TITLE_LINES = 3;

/** The chart as a standalone SVG file: title (shown and as `<title>`), description, white background, its own styles, and footer lines (note, date, address). */
export function standaloneSvg(spec: ChartSpec, footer: readonly string[]): string {
  const title = wrapText(spec.title, { width: FILE_WIDTH, size: 15, bold: true, maxLines: TITLE_LINES });
  const top = PAD + title.length * TITLE_LINE + 8;
  const footTop = top + spec.height + 8;
  const width = FILE_WIDTH + 2 * PAD;
  const height = footTop + footer.length * LINE + PAD - 4;
  const root = attrString(
    { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' },
    'xml',
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg${root}>`,
    `<title>${esc(spec.title)}</title><desc>${esc(spec.desc)}</desc>`,
    `<style>${FILE_STYLE}</style>`,
    `<rect width="100%" height="100%" fill="#fff"></rect>`,
    ...title.map(
      (line, i) =>
        `<text class="file-title" x="${PAD}" y="${PAD + (i + 1) * TITLE_LINE - 5}">${esc(line)}</text>`,
    ),
    `<svg${attrString({ x: PAD, y: top, width: FILE_WIDTH, height: spec.height, overflow: 'visible' }, 'xml')}>${spec.nodes.map((n) => nodeString(n, 'xml')).join('')}</svg>`,
    ...footer.map(
      (line, i) => `<text class="tick" x="${PAD}" y="${footTop + (i + 1) * LINE - 4}">${esc(line)}</text>`,
    ),
    '</svg>\n',
  ].join('');
}

// The chart's CSV lives in chart-csv.ts (numbers, qualifiers, provenance per column).
export { chartCsv } from './chart-csv.ts';
