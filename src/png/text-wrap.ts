/**
 * Text measured for DejaVu Sans, the font PNGs are drawn with: SVG has no line breaking,
 * so titles are wrapped here, into lines that the renderer will not overflow.
 */

// Advance widths in em, rounded up from DejaVu Sans (regular); bold is about 10 % wider.
const NARROW = /[ijlrtfIJ.,:;!'|()\-/\s\u02bb\u02bc\u2018\u2019]/u;
const WIDE = /[mwMWжшщюыфЖШЩЮЫФ%—…@]/u;
const UPPER = /\p{Lu}/u;

const emCache = new Map<string, number>();

/** Width of one character in em. */
function charEm(c: string): number {
  const known = emCache.get(c);
  if (known !== undefined) return known;
  // Combining marks and bidi controls take no room.
  const em = /\p{M}|[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/u.test(c)
    ? 0
    : NARROW.test(c)
      ? 0.36
      : WIDE.test(c)
        ? 1
        : UPPER.test(c)
          ? 0.8
          : 0.64;
  emCache.set(c, em);
  return em;
}

/** Estimated width (px) of a line of text at a font size; errs on the wide side. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const c of text) em += charEm(c);
  return em * size * (bold ? 1.1 : 1);
}

interface WrapOptions {
  /** Room for each line (px). */
  width: number;
  size: number;
  bold?: boolean;
  /** Lines at most; the last one ends with `…` when text is left over. */
  maxLines: number;
}

/** The longest start of `word` (whole characters) that fits in `width`, at least one character. */
function fitChars(word: string, width: number, size: number, bold: boolean): string {
  const scale = size * (bold ? 1.1 : 1);
  let used = 0;
  let end = 0;
  for (const c of word) {
    used += charEm(c) * scale;
    if (used > width && end > 0) break;
    end += c.length;
  }
  return word.slice(0, end);
}

/** Ends a line with `…`, dropping characters until it fits. */
function ellipsize(line: string, width: number, size: number, bold: boolean): string {
  let chars = Array.from(line.trimEnd());
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, size, bold) > width) chars = chars.slice(0, -1);
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Breaks text into lines at spaces, not at no-break spaces (a word longer than a line is
 * cut between characters), at most `maxLines`, the last one shortened with `…` if text is
 * left over. Never returns an empty list for non-empty text.
 */
export function wrapText(text: string, o: WrapOptions): string[] {
  const bold = o.bold ?? false;
  const fits = (s: string) => textWidth(s, o.size, bold) <= o.width;
  // No-break spaces (Uzbek and Russian thousands, `62 000`) hold their words together.
  const words = text.split(/[^\S\u00a0\u202f]+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let w of words) {
    // Once there are more lines than allowed, the rest of the text only adds to the `…`.
    if (lines.length > o.maxLines) break;
    if (line && fits(`${line} ${w}`)) {
      line = `${line} ${w}`;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    while (!fits(w) && lines.length <= o.maxLines) {
      const head = fitChars(w, o.width, o.size, bold);
      lines.push(head);
      w = w.slice(head.length);
    }
    line = w;
  }
  if (line) lines.push(line);
  if (lines.length <= o.maxLines) return lines;
  const kept = lines.slice(0, o.maxLines);
  kept[o.maxLines - 1] = ellipsize(kept[o.maxLines - 1]!, o.width, o.size, bold);
  return kept;
}
