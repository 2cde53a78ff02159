/**
 * The link preview card (Open Graph, Telegram) of a place as SVG text, 1200×630: site
 * name, place, the headline figure, its date, and a hatched "illustrative" mark where the
 * figure is. Every string is escaped for XML, and long ones are wrapped or shortened, so
 * no data can break the card or run out of it. The PNG stage rasterises it.
 */
import { escapeText } from '../charts/shared/svg-nodes.ts';
import { textWidth, wrapText } from './text-wrap.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says; every field is plain text, already in the page's locale. */
export interface CardText {
  /** Language tag of the card's words. */
  lang: string;
  site: string;
  tagline: string;
  /** Where the place is (its region…), above the title. */
  context?: string;
  title: string;
  /** The big number (the share lifted out of poverty), if there is one. */
  big?: string;
  /** The headline figure as a sentence, or why there is none. */
  figure: string;
  date: string;
  /** The illustrative mark's words, when the figure is illustrative. */
  illustrative?: string;
  /** "Source: …" for sourced figures. */
  source?: string;
}

const X = 64;
const RIGHT = CARD_WIDTH - X;
const BLUE = '#0072b2';
const GREY = '#595959';
const INK = '#1a1a1a';

const esc = (s: string) => escapeText(s, 'xml');

/** One `<text>` element; `bold` text is set in DejaVu Sans Bold. */
function text(
  x: number,
  y: number,
  size: number,
  s: string,
  o: { bold?: boolean; fill?: string } = {},
): string {
  const weight = o.bold ? ' font-weight="700"' : '';
  return `<text x="${x}" y="${y}" font-size="${size}"${weight} fill="${o.fill ?? INK}">${esc(s)}</text>`;
}

/** A single line that must fit: shortened with `…` if it does not. */
const oneLine = (s: string, width: number, size: number, bold = false) =>
  wrapText(s, { width, size, bold, maxLines: 1 })[0] ?? '';

/** The figure block, its big number's baseline at `y`: the big number with the sentence beside it, or the sentence alone. */
function figureBlock(c: CardText, y: number): string[] {
  const bigSize = 96;
  const big = c.big === undefined ? undefined : oneLine(c.big, 420, bigSize, true);
  const left = big === undefined ? X : X + Math.min(textWidth(big, bigSize, true), 420) + 32;
  const lines = wrapText(c.figure, { width: RIGHT - left, size: 28, maxLines: big === undefined ? 2 : 3 });
  // Beside the big number the lines end on its baseline (one line sits at its middle).
  const first = big === undefined ? y - 32 : lines.length === 1 ? y - 22 : y - 6 - 38 * (lines.length - 1);
  return [
    ...(big === undefined ? [] : [text(X, y, bigSize, big, { bold: true, fill: BLUE })]),
    ...lines.map((l, i) => text(left, first + i * 38, 28, l)),
  ];
}

/** The card as an SVG document (XML), 1200×630, set in DejaVu Sans. */
export function cardSvg(c: CardText): string {
  const title = wrapText(c.title, { width: RIGHT - X, size: 60, bold: true, maxLines: 2 });
  const titleTop = c.context ? 246 : 216;
  // The figure follows the title; the provenance mark keeps to the bottom edge.
  const figureY = titleTop + (title.length - 1) * 70 + 136;
  const mark = c.illustrative ?? c.source;
  const body = [
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#fff"></rect>`,
    `<rect width="${CARD_WIDTH}" height="12" fill="${BLUE}"></rect>`,
    text(X, 76, 32, oneLine(c.site, RIGHT - X, 32, true), { bold: true, fill: BLUE }),
    text(X, 112, 22, oneLine(c.tagline, RIGHT - X, 22), { fill: GREY }),
    ...(c.context ? [text(X, 176, 28, oneLine(c.context, RIGHT - X, 28), { fill: GREY })] : []),
    ...title.map((l, i) => text(X, titleTop + i * 70, 60, l, { bold: true })),
    ...figureBlock(c, figureY),
    text(X, figureY + 70, 26, oneLine(c.date, RIGHT - X, 26), { fill: GREY }),
    ...(c.illustrative
      ? [
          `<rect x="${X}" y="555" width="30" height="30" fill="url(#hatch)" stroke="${BLUE}" stroke-width="2"></rect>`,
          text(X + 44, 580, 24, oneLine(c.illustrative, RIGHT - X - 44, 24)),
        ]
      : mark
        ? [text(X, 580, 24, oneLine(mark, RIGHT - X, 24))]
        : []),
  ];
  const hatch = `<defs><pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#dbe8f3"></rect><line x1="2" y1="0" x2="2" y2="8" stroke="${BLUE}" stroke-width="3"></line></pattern></defs>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="DejaVu Sans" xml:lang="${esc(c.lang).replace(/"/g, '&quot;')}">`,
    hatch,
    ...body,
    '</svg>\n',
  ].join('');
}

/** The card's alternative text (`og:image:alt`): what it says, as sentences. */
export function cardAlt(c: CardText): string {
  const figure = c.big ? `${c.big} — ${c.figure}` : c.figure;
  const parts = [`${c.title}: ${figure}`, c.date, c.illustrative ?? c.source, c.site].filter(
    (p): p is string => Boolean(p),
  );
  // A part that ends with a full stop already ("2020 г.") takes no second one.
  return parts.map((p, i) => (i === parts.length - 1 || /[.!?…]$/.test(p) ? p : `${p}.`)).join(' ');
}
