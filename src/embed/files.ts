/**
 * A chart as files: a standalone SVG that carries its own text styles (the page's SVG
 * takes them from charts.css), and a CSV of exactly the numbers in the chart's table.
 */
import type { ChartSpec } from '../charts/shared/types.ts';
import { attrString, nodeString } from '../charts/shared/svg.ts';
import { toCsv, type Cell } from '../export/csv.ts';

/** Width of the standalone drawing: percentage x positions resolve against it. */
export const FILE_WIDTH = 640;

// The text rules of charts.css, for viewers that see the file alone.
const FILE_STYLE = [
  'text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;font-size:12px;fill:#1a1a1a}',
  'text.label{font-size:13px}',
  'text.head{font-size:12px}',
  'text.strong{font-weight:700}',
  'text.value{font-size:18px;font-weight:700}',
  'text.tick{font-size:11px;fill:#595959}',
  'svg>text.tick{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}',
].join('');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Height of one footer line (px). */
const LINE = 16;

/** The chart as a standalone SVG file: title, description, white background, its own styles, and footer lines (note, date, address). */
export function standaloneSvg(spec: ChartSpec, footer: readonly string[]): string {
  const height = spec.height + 12 + footer.length * LINE;
  const root = attrString({ xmlns: 'http://www.w3.org/2000/svg', width: FILE_WIDTH, height, viewBox: `0 0 ${FILE_WIDTH} ${height}`, role: 'img' });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg${root}>`,
    `<title>${esc(spec.title)}</title><desc>${esc(spec.desc)}</desc>`,
    `<style>${FILE_STYLE}</style>`,
    `<rect width="100%" height="100%" fill="#fff"></rect>`,
    `<svg${attrString({ width: FILE_WIDTH, height: spec.height, overflow: 'visible' })}>${spec.nodes.map(nodeString).join('')}</svg>`,
    ...footer.map((line, i) => `<text class="tick" x="0" y="${spec.height + 8 + (i + 1) * LINE - 4}">${esc(line)}</text>`),
    '</svg>\n',
  ].join('');
}

// A table cell in English as a plain number when it is one ("1,234" → 1234), otherwise its text.
const ENGLISH_NUMBER = /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/;
const cellValue = (text: string): Cell => (ENGLISH_NUMBER.test(text) ? Number(text.replace(/,/g, '')) : text);

/**
 * The chart's numbers as CSV: the columns of its table (from the English chart, so the
 * file is the same for every locale), a provenance column, and the note of each row.
 */
export function chartCsv(englishSpec: ChartSpec): string {
  const { head, rows } = englishSpec.table;
  const body = rows.map((row) => {
    const values = row.filter((c) => !c.header && c.illustrative !== undefined);
    const provenance = values.length === 0 ? '' : values.every((c) => c.illustrative) ? 'illustrative' : values.some((c) => c.illustrative) ? 'partly illustrative' : 'sourced';
    const notes = row.map((c) => c.note).filter(Boolean).join('; ');
    return [...row.map((c) => (c.header ? c.text : cellValue(c.text))), provenance, notes];
  });
  return toCsv([...head, 'provenance', 'notes'], body);
}
